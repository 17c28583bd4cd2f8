// API keys (spec §8.4): `ma-<K>-<P>-<secret>`, K and P the key and project UUIDs as URL-safe base64
// of their 16 bytes, unpadded, with `-` written as `.`. Browser- and Node-safe (no Buffer).

function expandUuid(part: string): string | null {
  const base64 = part.replace(/\./g, "+").replace(/_/g, "/");
  let binary: string;
  try {
    binary = atob(base64.padEnd(Math.ceil(base64.length / 4) * 4, "="));
  } catch {
    return null;
  }
  if (binary.length !== 16) return null;
  const hex = [...binary].map((ch) => ch.charCodeAt(0).toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The key id and project id an `ma-…` API key carries, or `null` for any other token. */
export function parseApiKeyIds(token: string): { keyId: string; projectId: string } | null {
  if (!token.startsWith("ma-")) return null;
  const [keyPart, projectPart, ...rest] = token.slice(3).split("-");
  if (!keyPart || !projectPart || rest.join("-") === "") return null;
  const keyId = expandUuid(keyPart);
  const projectId = expandUuid(projectPart);
  return keyId && projectId ? { keyId, projectId } : null;
}
