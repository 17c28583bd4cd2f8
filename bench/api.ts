// Seeds 2,000 rooms, 5,000 users and 50,000 grants, starts the real server in a child process (so
// the load generator does not share its event loop), and measures the room-grant lists under 16
// connections against GET /healthz as the ceiling. Target: each list ≥ 25% of the ceiling's
// throughput and p99 < 25 ms; a random page no cache holds (the grant matrix reads many) p99 ≤ 10 ms.
// Run with `npm run bench:api`.
import { mkdtempSync, rmSync } from "node:fs";
import { availableParallelism as cpuCount, tmpdir } from "node:os";
import { join } from "node:path";
import { type LoadOptions, type Measurement, measure } from "./load.ts";
import { seedLarge } from "./seed-large.ts";
import { startServer, stopServer } from "./start-server.ts";

const TARGET_SHARE = 0.25;
const TARGET_P99_MS = 25;
const RANDOM_PAGE_P99_MS = 10;
const load: LoadOptions = { connections: 16, warmupSeconds: 1, seconds: 5, token: "bench-admin-token" };

const work = mkdtempSync(join(tmpdir(), "meshagent-admin-bench-"));

/** A stress row has no target but its own p99, if any. */
type Row = Measurement & { stress?: { p99Ms?: number } };
const meetsTarget = (r: Row, ceiling: Measurement) =>
  r.stress
    ? r.stress.p99Ms === undefined || r.p99 <= r.stress.p99Ms
    : r.rps / ceiling.rps >= TARGET_SHARE && r.p99 < TARGET_P99_MS;
const verdict = (r: Row, ceiling: Measurement) => {
  if (r.stress && r.stress.p99Ms === undefined) return "(stress, no target)";
  const met = meetsTarget(r, ceiling) ? "yes" : "**no**";
  return r.stress ? `${met} (p99 ≤ ${r.stress.p99Ms} ms)` : met;
};
const ms = (n: number) => n.toFixed(n < 10 ? 2 : 1);
const kb = (m: Measurement) => (m.bytesPerResponse / 1000).toFixed(1);
// Below 100% the server had time to spare: the load generator, on the same cores, set the pace.
const cpu = (m: Measurement) => (m.serverCpu === undefined ? "–" : `${Math.round(m.serverCpu * 100)}%`);
// Server CPU time per answer: unlike latency, it hardly moves with the load of a shared machine.
const cpuPerRequest = (m: Measurement) => (m.serverCpu === undefined ? "–" : ((m.serverCpu / m.rps) * 1000).toFixed(2));

function table(ceiling: Measurement, rows: Row[]): string {
  const lines = [
    "| endpoint | p50 ms | p99 ms | req/s | % of ceiling | response kB | server CPU | CPU ms/req | target met |",
    "|---|---:|---:|---:|---:|---:|---:|---:|---|",
    `| ${ceiling.label} (ceiling) | ${ms(ceiling.p50)} | ${ms(ceiling.p99)} | ${Math.round(ceiling.rps)} | 100% | ${kb(ceiling)} | ${cpu(ceiling)} | ${cpuPerRequest(ceiling)} | – |`,
  ];
  for (const r of rows) {
    const share = r.rps / ceiling.rps;
    lines.push(
      `| ${r.label} | ${ms(r.p50)} | ${ms(r.p99)} | ${Math.round(r.rps)} | ${(share * 100).toFixed(0)}% | ${kb(r)} | ${cpu(r)} | ${cpuPerRequest(r)} | ${verdict(r, ceiling)} |`,
    );
  }
  return lines.join("\n");
}

async function main() {
  const started = Date.now();
  const dbFile = join(work, "bench.db");
  const seed = seedLarge(dbFile, load.token);
  console.log(
    `Seeded 2,000 rooms, 5,000 users, ${seed.grants.toLocaleString("en")} grants in ${Date.now() - started} ms`,
  );

  const { child, origin } = await startServer({ dbFile, storage: join(work, "storage"), token: load.token });
  load.serverPid = child.pid;
  try {
    const G = `${origin}/accounts/projects/${seed.projectId}/room-grants`;
    const ceiling = await measure("GET /healthz", `${origin}/healthz`, load);
    const lists: [string, string][] = [
      ["room-grants?limit=100&offset=0", `${G}?limit=100&offset=0`],
      ["room-grants?limit=100&offset=49900", `${G}?limit=100&offset=49900`],
      ["room-grants/by-room/{name}", `${G}/by-room/${seed.roomName}?limit=100`],
      ["room-grants/by-user/{id}", `${G}/by-user/${seed.userId}?limit=100`],
      ["room-grants/by-room (unique rooms)", `${G}/by-room?limit=100`],
      ["room-grants/by-user (unique users)", `${G}/by-user?limit=100`],
    ];
    const rows: Row[] = [];
    for (const [label, url] of lists) rows.push(await measure(`GET ${label}`, url, load));
    // Stress runs: the page cache defeated, every request another page.
    const path = new URL(G).pathname;
    const anyOffset = () => Math.floor(Math.random() * 49_901);
    const anyUser = () => seed.userIds[Math.floor(Math.random() * seed.userIds.length)];
    const stress = async (
      label: string,
      pick: () => string,
      target: Row["stress"] = {},
      connections = load.connections,
    ) => ({
      ...(await measure(label, G, { ...load, connections }, pick)),
      stress: target,
    });
    const anyPage = () => `${path}?limit=100&offset=${anyOffset()}`;
    rows.push(
      await stress("GET room-grants?limit=100&offset=(random), uncached", anyPage, { p99Ms: RANDOM_PAGE_P99_MS }),
      // One connection: no queue, so p50 is the service time alone.
      await stress("GET room-grants?limit=100&offset=(random), uncached, 1 connection", anyPage, {}, 1),
      await stress("GET room-grants/by-user/{random user}, uncached", () => `${path}/by-user/${anyUser()}?limit=100`),
    );

    console.log(
      `\n${load.connections} connections, ${load.seconds} s per endpoint after a ${load.warmupSeconds} s warm-up\n`,
    );
    console.log(table(ceiling, rows));
    console.log(
      `\n${cpuCount()} cores, shared by the server and the load generator; "server CPU" is the server's share of one core, "CPU ms/req" its CPU time per answer.`,
    );
    const missed = rows.filter((r) => !meetsTarget(r, ceiling));
    console.log(`\nTotal ${((Date.now() - started) / 1000).toFixed(0)} s`);
    if (missed.length > 0) {
      console.log(`Target missed by: ${missed.map((r) => r.label).join(", ")}`);
      process.exitCode = 1;
    }
  } finally {
    await stopServer(child, work);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  rmSync(work, { recursive: true, force: true });
  process.exit(1);
});
