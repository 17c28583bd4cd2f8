import { type ChildProcess, spawn } from "node:child_process";
import { rmSync } from "node:fs";
import { resolve } from "node:path";
import { createInterface } from "node:readline";

const repo = resolve(import.meta.dirname, "..");

/** Starts src/server/main.ts on a free loopback port and resolves with its origin once /healthz answers. */
export async function startServer(options: {
  dbFile: string;
  storage: string;
  token: string;
}): Promise<{ child: ChildProcess; origin: string }> {
  const child = spawn(process.execPath, ["--import", "tsx", "src/server/main.ts"], {
    cwd: repo,
    env: {
      ...process.env,
      HOST: "127.0.0.1",
      PORT: "0",
      MESHAGENT_DB: options.dbFile,
      MESHAGENT_STORAGE: options.storage,
      MESHAGENT_ADMIN_TOKEN: options.token,
    },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const origin = await new Promise<string>((found, fail) => {
    const timer = setTimeout(() => fail(new Error("the server did not start within 20 s")), 20_000);
    child.once("exit", (code) => fail(new Error(`the server exited with ${code} before listening`)));
    createInterface({ input: child.stdout as NodeJS.ReadableStream }).on("line", (line) => {
      const match = /running at (http:\/\/\S+)/.exec(line);
      if (match?.[1]) {
        clearTimeout(timer);
        found(match[1]);
      }
    });
  });
  const health = await fetch(`${origin}/healthz`);
  if (health.status !== 200) throw new Error(`/healthz answered ${health.status}`);
  return { child, origin };
}

/** Stops a server from `startServer` and removes its working folder. */
export async function stopServer(child: ChildProcess, work: string): Promise<void> {
  const exited = new Promise((done) => child.once("exit", done));
  child.kill("SIGTERM");
  await exited;
  rmSync(work, { recursive: true, force: true });
}

export interface TargetRow {
  measure: string;
  value: string;
  target: string;
  met: boolean;
}

/** Prints measured rows as a Markdown table; a missed target makes the script exit non-zero. */
export function printTargets(rows: readonly TargetRow[]): void {
  console.log("| measure | value | target | met |\n|---|---:|---|---|");
  for (const r of rows) console.log(`| ${r.measure} | ${r.value} | ${r.target} | ${r.met ? "yes" : "**no**"} |`);
  if (rows.some((r) => !r.met)) process.exitCode = 1;
}
