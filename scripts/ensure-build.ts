// Builds the console when dist/ is missing or older than its sources, so `npm start` always serves
// the current SPA without rebuilding on every start.
import { existsSync, readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { build } from "vite";

const root = resolve(import.meta.dirname, "..");
const builtIndex = join(root, "dist", "index.html");
const sources = ["src/app", "src/api", "public", "index.html", "vite.config.ts", "package.json"].map((p) =>
  join(root, p),
);

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

const builtAt = existsSync(builtIndex) ? statSync(builtIndex).mtimeMs : 0;
const changedAt = Math.max(...sources.map(newestMtime));

if (builtAt >= changedAt) {
  console.log("The console build is up to date.");
} else {
  console.log(builtAt ? "Sources changed since the last build; rebuilding the console…" : "Building the console…");
  await build({ root, configFile: join(root, "vite.config.ts"), logLevel: "warn" });
  console.log("Built the console into dist/.");
}
