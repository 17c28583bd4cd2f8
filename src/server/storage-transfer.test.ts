import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NotFoundError } from "#api/errors.ts";
import { openDownload, type TransferProgress } from "#api/storage/transfer.ts";
import { startTestServer, type TestServer } from "./testing/test-server.ts";

let server: TestServer;
let projectId: string;
beforeAll(async () => {
  server = await startTestServer();
  projectId = (await server.admin.createProject("Transfers")).id;
});
afterAll(() => server.close());

describe("a download with progress", () => {
  it("streams the bytes back, counted up to the size the server announced", async () => {
    const bytes = new Uint8Array(300_000).map((_, i) => i % 251);
    await server.admin.upload(projectId, "t/a.bin", bytes);

    let last: TransferProgress | undefined;
    const { stream, size } = await openDownload(server.admin, projectId, "t/a.bin", { onProgress: (p) => (last = p) });
    expect(size).toBe(bytes.length);
    // Buffer.equals: a deep toEqual over 300 kB takes seconds.
    expect(Buffer.from(await new Response(stream).arrayBuffer()).equals(bytes)).toBe(true);
    expect(last).toEqual({ loaded: bytes.length, total: bytes.length });
  });

  it("a missing file is a NotFoundError before any byte is read", async () => {
    await expect(openDownload(server.admin, projectId, "t/none.bin")).rejects.toBeInstanceOf(NotFoundError);
  });
});
