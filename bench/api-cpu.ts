// Server CPU per request of the grant lists, measured in-process (app.request, no sockets, no load
// generator): a figure that does not depend on how busy a shared machine is, unlike bench:api's
// latencies. Seeds bench:api's 50,000 grants. Run with `npm run bench:api-cpu` (N=2000 requests each).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createApp } from "#server/app.ts";
import { openDb } from "#server/db/open.ts";
import { seedLarge } from "./seed-large.ts";

const N = Number(process.env.N ?? 2000);
const token = "bench-admin-token";
const work = mkdtempSync(join(tmpdir(), "meshagent-admin-cpu-"));
const seed = seedLarge(join(work, "bench.db"), token);
const db = openDb(join(work, "bench.db"));
const app = createApp({ db, storageRoot: join(work, "storage") });
const G = `/accounts/projects/${seed.projectId}/room-grants`;
const headers = { authorization: `Bearer ${token}` };
const any = (n: number) => Math.floor(Math.random() * n);
let next = 0;
// In this order: the first row reads grants never shown; the second shows each grant once.
const kinds: [string, () => string][] = [
  ["random page, its grants not yet shown", () => `${G}?limit=100&offset=${any(49_901)}`],
  ["every page in turn", () => `${G}?limit=100&offset=${(next++ * 100) % 50_000}`],
  ["random page, uncached", () => `${G}?limit=100&offset=${any(49_901)}`],
  ["random page under offset 1,000", () => `${G}?limit=100&offset=${any(1000)}`],
  ["by-user/{random user}", () => `${G}/by-user/${seed.userIds[any(seed.userIds.length)]}?limit=100`],
  ["same page (cached)", () => `${G}?limit=100&offset=0`],
];

async function get(path: string) {
  const response = await app.request(path, { headers });
  if (response.status !== 200) throw new Error(`${path}: ${response.status}`);
  await response.arrayBuffer();
}

console.log(`| GET room-grants… (${N} requests each) | server CPU ms/request |\n|---|---:|`);
try {
  for (const [label, path] of kinds) {
    const before = process.cpuUsage();
    for (let i = 0; i < N; i++) await get(path());
    const used = process.cpuUsage(before);
    console.log(`| ${label} | ${((used.user + used.system) / 1000 / N).toFixed(3)} |`);
  }
} finally {
  db.close();
  rmSync(work, { recursive: true, force: true });
}
