import { randomUUID } from "node:crypto";
import { parseScope, toCompact } from "#api/scope/forms.ts";
import { bootstrapAdmin } from "#server/bootstrap.ts";
import { openDb } from "#server/db/open.ts";
import { insertProject } from "#server/db/projects.ts";

export interface LargeSeed {
  projectId: string;
  /** A room with grants, by name, and a user with grants, by id: the targets of the per-room/user lists. */
  roomName: string;
  userId: string;
  userIds: string[];
  grants: number;
}

// A few realistic scopes in the stored compact form, so pages carry nested JSON like real ones.
const scopes = [
  { livekit: {}, storage: { paths: [{ path: "/shared", read_only: true }, { path: "/shared/drafts" }] } },
  { livekit: {}, queues: { send: ["jobs"], receive: ["results"] }, messaging: {}, llm: { models: ["openai/*"] } },
  { livekit: {}, dataset: { tables: [{ name: "orders", namespace: ["shop"], write: true }] }, tunnels: {} },
  { livekit: {}, containers: { registry: { pull: ["acme/*"] } }, secrets: {}, agents: {}, developer: {} },
].map((s) => JSON.stringify(toCompact(parseScope(s))));

/**
 * Seeds `rooms` rooms, `users` members and `grants` room grants into a fresh database file, in one
 * transaction and with SQL directly: the API would take minutes for 50,000 grants. Each room gets
 * grants / rooms users, spread so that no (room, user) pair repeats and every user has a few.
 */
export function seedLarge(
  file: string,
  adminToken: string | undefined,
  size = { rooms: 2_000, users: 5_000, grants: 50_000 },
  /** Sets this seed's users apart from an earlier seed's in the same database. */
  emailDomain = "bench.local",
): LargeSeed & { newAdminToken?: string } {
  const db = openDb(file);
  try {
    const { admin, newToken } = bootstrapAdmin(db, adminToken);
    const project = insertProject(db, { name: "Bench", ownerUserId: admin.id });
    const t = new Date().toISOString();
    const userIds = Array.from({ length: size.users }, () => randomUUID());
    const rooms = Array.from({ length: size.rooms }, (_, i) => ({
      id: randomUUID(),
      name: `room-${String(i).padStart(5, "0")}`,
    }));
    const insertUser = db.prepare(
      "INSERT INTO users (id, email, first_name, last_name, created_at) VALUES (?, ?, ?, ?, ?)",
    );
    const insertMember = db.prepare("INSERT INTO project_members (project_id, user_id, created_at) VALUES (?, ?, ?)");
    const insertRoom = db.prepare(
      "INSERT INTO rooms (id, project_id, name, metadata, annotations, created_at) VALUES (?, ?, ?, ?, ?, ?)",
    );
    const insertGrant = db.prepare(
      "INSERT INTO room_grants (project_id, room_id, room_name, user_id, permissions, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
    );
    const perRoom = Math.ceil(size.grants / size.rooms);
    const stride = Math.floor(size.users / perRoom);
    db.transaction(() => {
      userIds.forEach((id, i) => {
        const n = String(i).padStart(5, "0");
        insertUser.run(id, `user-${n}@${emailDomain}`, "User", n, t);
        insertMember.run(project.id, id, t);
      });
      for (const room of rooms) {
        insertRoom.run(room.id, project.id, room.name, '{"purpose":"bench"}', '{"team":"perf"}', t);
      }
      for (let i = 0; i < size.grants; i++) {
        const r = i % size.rooms;
        const k = Math.floor(i / size.rooms);
        const room = rooms[r];
        const userId = userIds[(r + k * stride) % size.users];
        if (!room || !userId) throw new Error("seed index out of range");
        insertGrant.run(project.id, room.id, room.name, userId, scopes[i % scopes.length], t, t);
      }
    })();
    db.pragma("optimize");
    const roomName = rooms[Math.floor(size.rooms / 2)]?.name ?? "";
    const userId = userIds[Math.floor(size.users / 2)] ?? "";
    return { projectId: project.id, roomName, userId, userIds, grants: size.grants, newAdminToken: newToken };
  } finally {
    db.close();
  }
}
