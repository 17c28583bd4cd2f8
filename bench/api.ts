// Seeds 2,000 rooms, 5,000 users and 50,000 grants, starts the real server in a child process (so
// the load generator does not share its event loop), and measures the room-grant lists under 16
// connections against GET /healthz as the ceiling. Target: each list ≥ 25% of the ceiling's
// throughput and p99 < 25 ms. Run with `npm run bench:api`.
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { createInterface } from "node:readline";
import { type Measurement, measure } from "./load.ts";
import { seedLarge } from "./seed-large.ts";

const TARGET_SHARE = 0.25;
const TARGET_P99_MS = 25;
const load = { connections: 16, warmupSeconds: 1, seconds: 5, token: "bench-admin-token" };

const repo = resolve(import.meta.dirname, "..");
const work = mkdtempSync(join(tmpdir(), "meshagent-admin-bench-"));

/** Starts src/server/main.ts on a free loopback port and resolves with its origin once /healthz answers. */
async function startServer(dbFile: string): Promise<{ child: ChildProcess; origin: string }> {
  const child = spawn(process.execPath, ["--import", "tsx", "src/server/main.ts"], {
    cwd: repo,
    env: {
      ...process.env,
      HOST: "127.0.0.1",
      PORT: "0",
      MESHAGENT_DB: dbFile,
      MESHAGENT_STORAGE: join(work, "storage"),
      MESHAGENT_ADMIN_TOKEN: load.token,
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

const ms = (n: number) => n.toFixed(n < 10 ? 2 : 1);

function table(ceiling: Measurement, rows: Measurement[]): string {
  const lines = [
    "| endpoint | p50 ms | p99 ms | req/s | % of ceiling | target met |",
    "|---|---:|---:|---:|---:|---|",
    `| ${ceiling.label} (ceiling) | ${ms(ceiling.p50)} | ${ms(ceiling.p99)} | ${Math.round(ceiling.rps)} | 100% | – |`,
  ];
  for (const r of rows) {
    const share = r.rps / ceiling.rps;
    const met = share >= TARGET_SHARE && r.p99 < TARGET_P99_MS;
    lines.push(
      `| ${r.label} | ${ms(r.p50)} | ${ms(r.p99)} | ${Math.round(r.rps)} | ${(share * 100).toFixed(0)}% | ${met ? "yes" : "**no**"} |`,
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

  const { child, origin } = await startServer(dbFile);
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
    const rows: Measurement[] = [];
    for (const [label, url] of lists) rows.push(await measure(`GET ${label}`, url, load));
    // The same pages with the server's page cache defeated: every request asks for another offset.
    const path = new URL(G).pathname;
    const anyOffset = () => Math.floor(Math.random() * 49_901);
    rows.push(
      await measure(
        "GET room-grants?limit=100&offset=(random), uncached",
        G,
        load,
        () => `${path}?limit=100&offset=${anyOffset()}`,
      ),
      await measure(
        "GET room-grants/by-user/{random user}, uncached",
        G,
        load,
        () => `${path}/by-user/${seed.userIds[Math.floor(Math.random() * seed.userIds.length)]}?limit=100`,
      ),
    );

    console.log(
      `\n${load.connections} connections, ${load.seconds} s per endpoint after a ${load.warmupSeconds} s warm-up\n`,
    );
    console.log(table(ceiling, rows));
    const missed = rows.filter((r) => r.rps / ceiling.rps < TARGET_SHARE || r.p99 >= TARGET_P99_MS);
    console.log(`\nTotal ${((Date.now() - started) / 1000).toFixed(0)} s`);
    if (missed.length > 0) {
      console.log(`Target missed by: ${missed.map((r) => r.label).join(", ")}`);
      process.exitCode = 1;
    }
  } finally {
    const exited = new Promise((done) => child.once("exit", done));
    child.kill("SIGTERM");
    await exited;
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  rmSync(work, { recursive: true, force: true });
  process.exit(1);
});
