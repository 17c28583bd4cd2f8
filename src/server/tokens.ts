import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import { SignJWT } from "jose";
import type { ApiScopeJson } from "#api/scope/schema.ts";

export const hashSecret = (secret: string): string => createHash("sha256").update(secret).digest("hex");

export function sameHash(a: string, b: string): boolean {
  const x = Buffer.from(a, "hex");
  const y = Buffer.from(b, "hex");
  return x.length === y.length && timingSafeEqual(x, y);
}

/** A random URL-safe secret with no `-`, so it never confuses the API-key parser. */
export const randomSecret = (bytes = 32): string => randomBytes(bytes).toString("base64url").replace(/-/g, "_");

/** Personal access tokens of this server: `mat_<secret>`. */
export const newAccessToken = (): string => `mat_${randomSecret()}`;

// API keys (spec §8.4): ma-<K>-<P>-<secret>, K and P the key and project UUIDs as URL-safe base64
// without padding and with `-` written as `.`.
const compressUuid = (uuid: string): string =>
  Buffer.from(uuid.replace(/-/g, ""), "hex").toString("base64url").replace(/-/g, ".");

function expandUuid(part: string): string | null {
  const bytes = Buffer.from(part.replace(/\./g, "-"), "base64url");
  if (bytes.length !== 16) return null;
  const hex = bytes.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export const encodeApiKey = (keyId: string, projectId: string, secret: string): string =>
  `ma-${compressUuid(keyId)}-${compressUuid(projectId)}-${secret}`;

export function parseApiKey(value: string): { keyId: string; projectId: string; secret: string } | null {
  if (!value.startsWith("ma-")) return null;
  const [keyPart, projectPart, ...rest] = value.slice(3).split("-");
  const secret = rest.join("-");
  if (!keyPart || !projectPart || !secret) return null;
  const keyId = expandUuid(keyPart);
  const projectId = expandUuid(projectPart);
  return keyId && projectId ? { keyId, projectId, secret } : null;
}

export const PARTICIPANT_TOKEN_VERSION = "0.39.9";

/** The participant JWT of spec §8.1: HS256 with the project's secret, carrying the room grant's scope. */
export async function mintParticipantToken(p: {
  projectId: string;
  signingSecret: string;
  identity: string;
  roomName: string;
  api: ApiScopeJson;
  ttlSeconds?: number;
}): Promise<string> {
  const grants = [
    { name: "room", scope: p.roomName },
    { name: "role", scope: "user" },
    { name: "api", scope: p.api },
  ];
  return new SignJWT({ name: p.identity, grants, version: PARTICIPANT_TOKEN_VERSION })
    .setProtectedHeader({ alg: "HS256", typ: "JWT" })
    .setSubject(p.projectId)
    .setIssuedAt()
    .setExpirationTime(Math.floor(Date.now() / 1000) + (p.ttlSeconds ?? 3600))
    .sign(new TextEncoder().encode(p.signingSecret));
}
