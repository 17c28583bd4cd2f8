import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";

// Each case is a file at `path` importing `{ Hono, x }` from `from`; the repo's biome.json, copied into a scratch tree, must refuse the
// wrong ones (including relative forms that dodge an alias rule) and let the right ones through.
type Case = [path: string, from: string, form?: "export" | "dynamic"];
const wrong: Case[] = [
  ["src/app/lib/p.ts", "#server/db/open.ts"],
  ["src/app/lib/p.ts", "../../server/db/open.ts"],
  ["src/app/lib/p.ts", "./../../server/db/open.ts"],
  ["src/app/lib/p.ts", "#api/../server/db/open.ts"],
  ["src/app/components/ui/p.ts", "../../../server/db/open.ts"],
  ["src/server/p.ts", "#app/lib/query-client.ts"],
  ["src/server/p.ts", "../app/lib/query-client.ts"],
  ["src/server/p.ts", "#api/../app/lib/query-client.ts"],
  ["src/server/routes/p.ts", "../../app/lib/query-client.ts"],
  ["src/server/db/p.test.ts", "../../app/lib/query-client.ts"],
  ["src/api/p.ts", "#app/lib/query-client.ts"],
  ["src/api/p.ts", "../app/lib/query-client.ts"],
  ["src/api/p.ts", "#server/db/open.ts"],
  ["src/api/scope/p.ts", "../../server/db/open.ts"],
  ["src/app/features/members/p.ts", "#server/db/open.ts"],
  ["src/app/features/members/p.ts", "#app/features/rooms/room-order.ts"],
  ["src/app/features/members/p.ts", "../rooms/room-order.ts"],
  ["src/app/features/members/p.ts", "./../rooms/room-order.ts"],
  ["src/app/features/members/p.ts", "./../../features/rooms/room-order.ts"],
  ["src/app/features/members/p.ts", "#app/lib/../features/rooms/room-order.ts"],
  ["src/app/features/members/p.ts", ".."],
  ["src/app/features/members/p.ts", "../rooms/room-order.ts", "export"],
  ["src/app/features/members/p.ts", "../rooms/room-order.ts", "dynamic"],
  ["src/app/lib/p.ts", "../../server/db/open.ts", "dynamic"],
  ["src/app/features/members/member-page/p.ts", "../../rooms/room-order.ts"],
  ["src/app/features/members/member-page/p.ts", "./../../rooms/room-order.ts"],
  ["src/app/features/members/member-page/p.ts", "../x/../../rooms/room-order.ts"],
  ["src/app/features/audit/compare/p.ts", "../../rooms/room-order.ts"],
  ["src/app/features/grants/matrix/cells/p.ts", "../../../rooms/room-order.ts"],
  ["src/app/features/grants/a/b/c/p.ts", "../../../../rooms/room-order.ts"],
  ["src/app/features/grants/a/b/c/d/p.ts", "../../../../../rooms/room-order.ts"],
  ["src/api/p.ts", "node:fs"],
  ["src/api/scope/p.ts", "react"],
  ["src/api/schemas/p.ts", "@tanstack/react-query"],
  ["src/api/p.ts", "better-sqlite3"],
  // A Hono app outside app.ts could serve a path the contract does not have.
  ["src/server/routes/p.ts", "hono"],
  ["src/server/p.ts", "hono"],
];
const right: Case[] = [
  ["src/app/lib/p.ts", "#api/client.ts"],
  ["src/app/lib/p.ts", "../components/ui/button.tsx"],
  ["src/app/features/members/p.ts", "./member-flags.ts"],
  ["src/app/features/members/p.ts", "#app/lib/query-client.ts"],
  ["src/app/features/members/p.ts", "#app/components/ui/button.tsx"],
  ["src/app/features/members/p.ts", "react-dom/client"],
  ["src/app/features/members/member-page/p.ts", "../member-flags.ts"],
  ["src/app/features/grants/matrix/cells/p.ts", "../../grant-editor-page.tsx"],
  ["src/server/p.ts", "#api/endpoints.ts"],
  ["src/server/p.ts", "@hono/node-server"],
  ["src/server/routes/p.ts", "../db/open.ts"],
  ["src/api/p.ts", "./scope/api-scope.ts"],
  ["src/api/scope/p.test.ts", "node:module"],
  ["src/api/scope/testing/p.ts", "fast-check"],
  ["src/server/app.ts", "hono"],
  ["src/server/http/route-table.ts", "hono"],
  ["src/server/p.test.ts", "hono"],
];

const diagnosticsSchema = z.object({
  diagnostics: z.array(z.object({ category: z.string(), location: z.object({ path: z.string() }) })),
});
const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const flagged = new Set<string>();
const files = new Map<string, string>();
let scratch = "";
const key = (...[path, from, form]: Case) => `${path} ${form ?? "import"} ${from}`;

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), "import-boundaries-"));
  const config = z.record(z.string(), z.unknown()).parse(JSON.parse(readFileSync(join(root, "biome.json"), "utf8")));
  writeFileSync(
    join(scratch, "biome.json"),
    JSON.stringify({ ...config, $schema: undefined, vcs: { enabled: false } }),
  );
  [...wrong, ...right].forEach(([path, from, form], i) => {
    const file = path.replace(/\/p(\.test)?\.ts$/, `/p${i}$1.ts`);
    files.set(key(path, from, form), file);
    mkdirSync(join(scratch, dirname(file)), { recursive: true });
    const code = {
      import: `import { Hono, x } from "${from}";\nexport const y = [Hono, x];\n`,
      export: `export { x } from "${from}";\n`,
      dynamic: `export const y = () => import("${from}");\n`,
    };
    writeFileSync(join(scratch, file), code[form ?? "import"]);
  });
  const biome = join(root, "node_modules/@biomejs/biome/bin/biome");
  const args = ["lint", "--only=style/noRestrictedImports", "--reporter=json", "--max-diagnostics=none", "."];
  const run = spawnSync(process.execPath, [biome, ...args], { cwd: scratch, encoding: "utf8" });
  for (const d of diagnosticsSchema.parse(JSON.parse(run.stdout)).diagnostics) {
    if (d.category === "lint/style/noRestrictedImports") flagged.add(d.location.path);
  }
}, 60_000);
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("biome.json's import boundaries", () => {
  it.each(wrong)("%s may not import %s", (...c) => {
    expect(flagged).toContain(files.get(key(...c)));
  });
  it.each(right)("%s may import %s", (...c) => {
    expect(flagged).not.toContain(files.get(key(...c)));
  });
});
