import { randomUUID } from "node:crypto";
import { hashSecret, newAccessToken } from "../tokens.ts";
import { type Db, now, prepared } from "./open.ts";
import type { UserRow } from "./users.ts";

/** Stores a personal access token (only its hash) and returns the token, shown once. */
export function issueAccessToken(db: Db, userId: string, name?: string | null, token = newAccessToken()) {
  const id = randomUUID();
  prepared(db, "INSERT INTO access_tokens (id, user_id, token_hash, name, created_at) VALUES (?, ?, ?, ?, ?)").run(
    id,
    userId,
    hashSecret(token),
    name ?? null,
    now(),
  );
  return { id, token };
}

export function userIdForToken(db: Db, token: string): string | undefined {
  return prepared<[string], { user_id: string }>(db, "SELECT user_id FROM access_tokens WHERE token_hash = ?").get(
    hashSecret(token),
  )?.user_id;
}

/** The user a personal access token belongs to, in one query (it runs on every request). */
export function userForToken(db: Db, token: string): UserRow | undefined {
  return prepared<[string], UserRow>(
    db,
    "SELECT u.* FROM access_tokens t JOIN users u ON u.id = t.user_id WHERE t.token_hash = ?",
  ).get(hashSecret(token));
}

export function hasTokenHash(db: Db, token: string): boolean {
  return userIdForToken(db, token) !== undefined;
}
