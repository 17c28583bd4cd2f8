import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { parseApiKeyIds } from "#api/api-key-format.ts";
import { encodeApiKey, randomSecret } from "./tokens.ts";

describe("reading an API key's ids in the browser", () => {
  it("gives back the ids the server wrote, for many random UUIDs", () => {
    for (let i = 0; i < 200; i++) {
      const keyId = randomUUID();
      const projectId = randomUUID();
      expect(parseApiKeyIds(encodeApiKey(keyId, projectId, randomSecret()))).toEqual({ keyId, projectId });
    }
  });

  it("is null for other tokens", () => {
    for (const token of ["mat_abc", "ma-", "ma-x-y-z", "ma-AAAAAAAAAAAAAAAAAAAAAA-AAAAAAAAAAAAAAAAAAAAAA-"]) {
      expect(parseApiKeyIds(token)).toBeNull();
    }
  });
});
