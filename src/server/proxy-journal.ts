import { createHash } from "node:crypto";
import type { Context } from "hono";
import { endpoints } from "#api/endpoints.ts";
import { toCompact } from "#api/scope/forms.ts";
import { apiScopeSchema } from "#api/scope/schema.ts";
import type { AppEnv } from "./auth.ts";
import { type JournalActor, recordUpstreamChange } from "./db/journal.ts";
import { onEndpoint, type ServerApp } from "./http/route-table.ts";
import { readQuery } from "./http/validate.ts";
import { proxyTo } from "./proxy.ts";
import { bulkIdOf, journalText } from "./routes/grant-journal.ts";

// With --upstream, grant writes pass through to the real Meshagent and this server records them in
// its journal: it reads the grant from the upstream just before the write (the before-state) and
// just after a successful one (the after-state, as the upstream stored it). A write that fails
// upstream is not recorded. Grants the upstream removes with a room or a member are not seen here.

interface UpstreamGrant {
  roomName: string;
  permissions: string;
}

async function upstreamGet(upstream: string, c: Context, path: string): Promise<Response | undefined> {
  const authorization = c.req.header("authorization");
  const headers: Record<string, string> = { accept: "application/json" };
  if (authorization) headers.authorization = authorization;
  return fetch(`${upstream.replace(/\/+$/, "")}${path}`, { headers }).catch(() => undefined);
}

async function readGrant(upstream: string, c: Context, roomId: string, userId: string) {
  const projectId = c.req.param("projectId") ?? "";
  const path = `/accounts/projects/${encodeURIComponent(projectId)}/room-grants/${encodeURIComponent(roomId)}/${encodeURIComponent(userId)}`;
  const response = await upstreamGet(upstream, c, path);
  if (!response?.ok) return null;
  const json = (await response.json().catch(() => null)) as { room?: { name?: unknown }; permissions?: unknown } | null;
  const scope = apiScopeSchema.safeParse(json?.permissions);
  if (!scope.success) return null;
  const roomName = typeof json?.room?.name === "string" ? json.room.name : roomId;
  return { roomName, permissions: JSON.stringify(toCompact(scope.data)) } satisfies UpstreamGrant;
}

// Era B has no "who am I": the caller is named by a fingerprint of their token (never the token).
function actorOf(c: Context): JournalActor {
  const token = c.req.header("authorization") ?? "";
  const fingerprint = createHash("sha256").update(token).digest("hex").slice(0, 12);
  return { actorId: `token:${fingerprint}`, actorEmail: null, bulkId: bulkIdOf(c) };
}

function bodyIds(text: string): { roomId: string; userId: string } | undefined {
  try {
    const body = JSON.parse(text) as { room_id?: unknown; user_id?: unknown; email?: unknown };
    const userId = typeof body.user_id === "string" ? body.user_id : body.email;
    if (typeof body.room_id === "string" && typeof userId === "string") return { roomId: body.room_id, userId };
  } catch {
    // Not JSON: the upstream answers it with its own 400, and nothing is recorded.
  }
  return undefined;
}

async function journaledPass(
  upstream: string,
  c: Context<AppEnv>,
  ids: { roomId: string; userId: string } | undefined,
  body: string | undefined,
  deletes: boolean,
) {
  const actor = actorOf(c);
  const before = ids ? await readGrant(upstream, c, ids.roomId, ids.userId) : null;
  const response = await proxyTo(upstream, c, body);
  if (!response.ok || !ids) return response;
  const after = deletes ? null : await readGrant(upstream, c, ids.roomId, ids.userId);
  recordUpstreamChange(c.get("db"), actor, {
    projectId: c.req.param("projectId") ?? "",
    roomId: ids.roomId,
    roomName: after?.roomName ?? before?.roomName ?? ids.roomId,
    userId: ids.userId,
    before: before?.permissions ?? null,
    after: after?.permissions ?? null,
  });
  return response;
}

/** Routes that take precedence over the plain pass-through in proxy mode, at the contract's paths. */
export function mountProxyJournal(app: ServerApp, upstream: string): void {
  const passBody = async (c: Context<AppEnv>) => {
    const body = await c.req.text();
    return journaledPass(upstream, c, bodyIds(body), body, false);
  };
  onEndpoint(app, "createRoomGrant", passBody);
  onEndpoint(app, "updateRoomGrant", passBody);
  onEndpoint(app, "deleteRoomGrant", (c) =>
    journaledPass(
      upstream,
      c,
      { roomId: c.req.param("roomId") ?? "", userId: c.req.param("userId") ?? "" },
      undefined,
      true,
    ),
  );
  // Whoever may read the project's grants upstream may read what this server recorded of them.
  onEndpoint(app, "listGrantJournal", async (c) => {
    const projectId = c.req.param("projectId") ?? "";
    const check = await upstreamGet(
      upstream,
      c,
      `/accounts/projects/${encodeURIComponent(projectId)}/room-grants?limit=1`,
    );
    if (!check)
      return c.json({ error: { message: `The upstream Meshagent API at ${upstream} could not be reached` } }, 502);
    if (!check.ok)
      return new Response(check.body, { status: check.status, headers: { "Content-Type": "application/json" } });
    const text = journalText(c, projectId, readQuery(c, endpoints.listGrantJournal.query));
    return c.body(text, 200, { "Content-Type": "application/json" });
  });
}
