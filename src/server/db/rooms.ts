import { randomUUID } from "node:crypto";
import { type Db, likePattern, now, prepared } from "./open.ts";

export interface RoomRow {
  id: string;
  project_id: string;
  name: string;
  metadata: string;
  annotations: string;
  grant_count: number;
  created_at: string;
}

/** The wire Room, written as JSON text straight from the stored columns (no parse/stringify per row). */
export const roomJsonText = (r: Pick<RoomRow, "id" | "name" | "metadata" | "annotations">): string =>
  `{"id":${JSON.stringify(r.id)},"name":${JSON.stringify(r.name)},"metadata":${r.metadata},"annotations":${r.annotations}}`;

export function getRoomByName(db: Db, projectId: string, name: string): RoomRow | undefined {
  return prepared<[string, string], RoomRow>(db, "SELECT * FROM rooms WHERE project_id = ? AND name = ?").get(
    projectId,
    name,
  );
}

export function getRoomById(db: Db, projectId: string, id: string): RoomRow | undefined {
  return prepared<[string, string], RoomRow>(db, "SELECT * FROM rooms WHERE project_id = ? AND id = ?").get(
    projectId,
    id,
  );
}

/** `by-room/{room}` takes a name (Python) or an id (TS SDK). */
export const getRoomByNameOrId = (db: Db, projectId: string, ref: string) =>
  getRoomByName(db, projectId, ref) ?? getRoomById(db, projectId, ref);

export function insertRoom(
  db: Db,
  r: {
    projectId: string;
    name: string;
    metadata?: Record<string, unknown> | null;
    annotations?: Record<string, string> | null;
  },
): RoomRow {
  const id = randomUUID();
  prepared(
    db,
    "INSERT INTO rooms (id, project_id, name, metadata, annotations, created_at) VALUES (?, ?, ?, ?, ?, ?)",
  ).run(id, r.projectId, r.name, JSON.stringify(r.metadata ?? {}), JSON.stringify(r.annotations ?? {}), now());
  const row = getRoomById(db, r.projectId, id);
  if (!row) throw new Error("room vanished after insert");
  return row;
}

export function updateRoom(
  db: Db,
  room: RoomRow,
  u: { name: string; metadata?: Record<string, unknown> | null; annotations?: Record<string, string> | null },
): void {
  db.transaction(() => {
    prepared(db, "UPDATE rooms SET name = ?, metadata = ?, annotations = ? WHERE id = ?").run(
      u.name,
      u.metadata != null ? JSON.stringify(u.metadata) : room.metadata,
      u.annotations != null ? JSON.stringify(u.annotations) : room.annotations,
      room.id,
    );
    if (u.name !== room.name)
      prepared(db, "UPDATE room_grants SET room_name = ? WHERE room_id = ?").run(u.name, room.id);
  })();
}

export function deleteRoom(db: Db, id: string): void {
  prepared(db, "DELETE FROM rooms WHERE id = ?").run(id);
}

export const roomOrders = {
  room_name: "name ASC",
  "-room_name": "name DESC",
  created_at: "created_at ASC, name ASC",
  "-created_at": "created_at DESC, name ASC",
} as const;

export function listRooms(
  db: Db,
  projectId: string,
  p: { filter?: string; limit: number; offset: number; order: keyof typeof roomOrders },
) {
  const where = "project_id = ? AND name LIKE ? ESCAPE '\\'";
  const pattern = likePattern(p.filter);
  const rows = prepared<[string, string, number, number], RoomRow>(
    db,
    `SELECT * FROM rooms WHERE ${where} ORDER BY ${roomOrders[p.order]} LIMIT ? OFFSET ?`,
  ).all(projectId, pattern, p.limit, p.offset);
  const total =
    prepared<[string, string], { n: number }>(db, `SELECT count(*) AS n FROM rooms WHERE ${where}`).get(
      projectId,
      pattern,
    )?.n ?? 0;
  return { rows, total };
}
