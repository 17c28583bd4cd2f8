import { mkdtempSync, rmSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { serve } from "@hono/node-server";
import { Meshagent } from "#api/client.ts";
import { createApp } from "../app.ts";
import { bootstrapAdmin } from "../bootstrap.ts";
import { type Db, openDb } from "../db/open.ts";

export interface TestServer {
  baseUrl: string;
  adminToken: string;
  /** The server's database, for checks the API cannot make (pragmas, signing secrets, bulk seeding). */
  db: Db;
  /** Where project storage lives: `<storageRoot>/<projectId>/`. */
  storageRoot: string;
  /** The typed client, signed in as the server admin. */
  admin: Meshagent;
  /** A new user with a token, and a client signed in as them. */
  newUser(email?: string): Promise<{ id: string; email: string; token: string; client: Meshagent }>;
  close(): Promise<void>;
}

let counter = 0;

/** The real server over real HTTP on a fresh in-memory database and a temporary storage folder. */
export async function startTestServer(
  options: { upstream?: string; cliSession?: boolean; uploadLimit?: number } = {},
): Promise<TestServer> {
  const db = openDb(":memory:");
  const storageRoot = mkdtempSync(join(tmpdir(), "meshagent-admin-test-"));
  const adminToken = `test-admin-${process.pid}-${++counter}`;
  bootstrapAdmin(db, adminToken);
  const app = createApp({ db, storageRoot, checkAnswers: true, ...options });
  const server = serve({ fetch: app.fetch, hostname: "127.0.0.1", port: 0 });
  await new Promise<void>((resolve) => server.once("listening", () => resolve()));
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const admin = new Meshagent({ baseUrl, token: adminToken });
  return {
    baseUrl,
    adminToken,
    db,
    storageRoot,
    admin,
    async newUser(email = `user${++counter}-${Date.now()}@example.com`) {
      const user = await admin.createUser({ email, firstName: "Test", lastName: `User ${counter}` });
      const { token } = await admin.createUserToken(user.id, "test");
      return { id: user.id, email: user.email, token, client: new Meshagent({ baseUrl, token }) };
    },
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      db.close();
      rmSync(storageRoot, { recursive: true, force: true });
    },
  };
}
