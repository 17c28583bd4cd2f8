// Kills the server (SIGKILL) in the middle of concurrent grant writes, restarts it on the same file and
// checks every write that was acknowledged (2xx) is there and the database is intact.
// `npm run bench:crash`; WRITES=1200 CONCURRENCY=64 KILL_AFTER=600 to change the run.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { Meshagent } from "#api/client.ts";
import { toCompact } from "#api/scope/forms.ts";
import { presets } from "#api/scope/presets.ts";
import { spawnServer } from "#server/hardening/spawn-server.ts";

const WRITES = Number(process.env.WRITES ?? 1200);
const CONCURRENCY = Number(process.env.CONCURRENCY ?? 64);
const KILL_AFTER = Number(process.env.KILL_AFTER ?? WRITES / 2);

const dir = mkdtempSync(join(tmpdir(), "meshagent-admin-crash-"));
const env = {
  MESHAGENT_DB: join(dir, "db.sqlite"),
  MESHAGENT_STORAGE: join(dir, "storage"),
  MESHAGENT_ADMIN_TOKEN: `crash-${process.pid}`,
};
try {
  let server = await spawnServer(env);
  const admin = new Meshagent({ baseUrl: server.baseUrl, token: env.MESHAGENT_ADMIN_TOKEN });
  const project = await admin.createProject("Crash");
  const users = 40;
  const rooms = Math.ceil(WRITES / users);
  const userIds: string[] = [];
  for (let i = 0; i < users; i++) {
    const user = await admin.createUser({ email: `crash-${i}@example.com` });
    await admin.addMember(project.id, user.id);
    userIds.push(user.id);
  }
  const roomIds: string[] = [];
  for (let i = 0; i < rooms; i++) roomIds.push((await admin.createRoom(project.id, { name: `room-${i}` })).id);
  const pairs = roomIds.flatMap((room) => userIds.map((user) => ({ room, user }))).slice(0, WRITES);

  const body = (p: { room: string; user: string }) =>
    JSON.stringify({ room_id: p.room, user_id: p.user, permissions: toCompact(presets.userDefault()) });
  const acked: { room: string; user: string }[] = [];
  let failed = 0;
  let firstFailure = "";
  let killed = false;
  const started = performance.now();
  let next = 0;
  const worker = async () => {
    while (next < pairs.length) {
      const pair = pairs[next++];
      if (!pair) break;
      try {
        const response = await fetch(`${server.baseUrl}/accounts/projects/${project.id}/room-grants`, {
          method: "POST",
          headers: { Authorization: `Bearer ${env.MESHAGENT_ADMIN_TOKEN}`, "Content-Type": "application/json" },
          body: body(pair),
        });
        await response.arrayBuffer();
        if (response.ok) acked.push(pair);
        else {
          failed++;
          firstFailure ||= `${response.status}`;
        }
      } catch (error) {
        failed++;
        firstFailure ||= String((error as Error).cause ?? error);
      }
      if (!killed && acked.length >= KILL_AFTER) {
        killed = true;
        server.child.kill("SIGKILL");
      }
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const elapsed = performance.now() - started;
  await server.stop("SIGKILL");

  server = await spawnServer(env);
  const restarted = await fetch(`${server.baseUrl}/healthz`);
  await server.stop();
  const db = new Database(env.MESHAGENT_DB, { readonly: true });
  const integrity = db.pragma("integrity_check", { simple: true });
  const has = db.prepare<[string, string], { n: number }>(
    "SELECT COUNT(*) AS n FROM room_grants WHERE room_id = ? AND user_id = ?",
  );
  const found = acked.filter((p) => (has.get(p.room, p.user)?.n ?? 0) === 1).length;
  const stored = db.prepare<[], { n: number }>("SELECT COUNT(*) AS n FROM room_grants").get()?.n ?? 0;
  db.close();
  console.log(
    `crash: ${pairs.length} grant writes, ${CONCURRENCY} at a time, SIGKILL after ${KILL_AFTER} acknowledged (${elapsed.toFixed(0)} ms)`,
  );
  console.log(`  acknowledged (2xx): ${acked.length}; failed or cut off: ${failed} (first: ${firstFailure})`);
  console.log(`  after restart: healthz ${restarted.status}; integrity_check ${integrity}`);
  console.log(`  acknowledged writes found: ${found} of ${acked.length}; grants stored: ${stored}`);
  if (found !== acked.length || integrity !== "ok") process.exitCode = 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
