import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "#server/testing/test-server.ts";
import { NotFoundError } from "../errors.ts";
import { openDownload, type TransferProgress, uploadWithProgress } from "./transfer.ts";

let server: TestServer;
let projectId: string;
beforeAll(async () => {
  server = await startTestServer();
  projectId = (await server.admin.createProject("Transfers")).id;
});
afterAll(() => server.close());

describe("transfers with progress", () => {
  it("an upload reports its bytes, and the download streams them back counted", async () => {
    const bytes = new Uint8Array(300_000).map((_, i) => i % 251);
    const sent: TransferProgress[] = [];
    await uploadWithProgress(server.admin, projectId, "t/a.bin", new Blob([bytes]), {
      onProgress: (p) => sent.push(p),
    });
    expect(sent.at(-1)).toEqual({ loaded: bytes.length, total: bytes.length });

    let last: TransferProgress | undefined;
    const { stream, size } = await openDownload(server.admin, projectId, "t/a.bin", { onProgress: (p) => (last = p) });
    expect(size).toBe(bytes.length);
    expect(new Uint8Array(await new Response(stream).arrayBuffer())).toEqual(bytes);
    expect(last).toEqual({ loaded: bytes.length, total: bytes.length });
  });

  it("a missing file is a NotFoundError before any byte is read", async () => {
    await expect(openDownload(server.admin, projectId, "t/none.bin")).rejects.toBeInstanceOf(NotFoundError);
  });
});
