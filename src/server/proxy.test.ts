import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Meshagent } from "#api/client.ts";
import { expectError, send } from "./testing/http.ts";
import { startTestServer, type TestServer } from "./testing/test-server.ts";

let upstream: TestServer;
let proxy: TestServer;
let viaProxy: Meshagent;
beforeAll(async () => {
  upstream = await startTestServer();
  proxy = await startTestServer({ upstream: upstream.baseUrl });
  viaProxy = new Meshagent({ baseUrl: proxy.baseUrl, token: upstream.adminToken });
});
afterAll(() => Promise.all([proxy.close(), upstream.close()]));

describe("proxy mode", () => {
  it("a call through the proxy with the upstream's token reaches the upstream", async () => {
    const project = await upstream.admin.createProject("Upstream project");
    expect((await viaProxy.listProjects()).projects.map((p) => p.id)).toEqual([project.id]);
    const room = await viaProxy.createRoom(project.id, { name: "through", metadata: { via: "proxy ✓" } });
    expect(await upstream.admin.getRoom(project.id, "through")).toEqual(room);
  });

  it("passes the Authorization header through: no token, or the proxy's own token, is the upstream's 401", async () => {
    expectError(await send(proxy, "GET", "/accounts/projects", { token: null }), 401);
    // The proxy's own admin token means nothing upstream, so the proxy did not answer by itself.
    expectError(await send(proxy, "GET", "/accounts/projects"), 401);
    const ok = await send(proxy, "GET", "/accounts/projects", { token: upstream.adminToken });
    expect(ok.status).toBe(200);
  });

  it("passes error bodies and statuses through intact", async () => {
    const response = await send(proxy, "GET", "/accounts/projects/missing", { token: upstream.adminToken });
    expect(expectError(response, 404)?.message).toMatch(/missing/);
    const bad = await send(proxy, "POST", "/accounts/projects", { token: upstream.adminToken, raw: "{oops" });
    expectError(bad, 400);
  });

  it("streams storage bytes both ways", async () => {
    const project = await upstream.admin.createProject("Files");
    const bytes = new Uint8Array(256 * 1024).map((_, i) => (i * 31) % 256);
    await viaProxy.upload(project.id, "big/blob.bin", bytes);
    const same = (got: Uint8Array) => Buffer.from(got).equals(Buffer.from(bytes));
    expect(same(await upstream.admin.download(project.id, "big/blob.bin"))).toBe(true);
    expect(same(await viaProxy.download(project.id, "big/blob.bin"))).toBe(true);
  });

  it("reports itself as a proxy", async () => {
    expect(await viaProxy.getServerInfo()).toMatchObject({
      kind: "proxy",
      upstream: upstream.baseUrl,
      userLookup: false,
    });
  });

  it("an unreachable upstream is a 502 with a message", async () => {
    const dead = await startTestServer({ upstream: "http://127.0.0.1:9" });
    const response = await send(dead, "GET", "/accounts/projects", { token: "t" });
    expect(expectError(response, 502)?.message).toMatch(/could not be reached/);
    await dead.close();
  });

  it("a gzip-compressed upstream answer arrives whole", async () => {
    const body = JSON.stringify({
      projects: Array.from({ length: 200 }, (_, i) => ({ id: `p${i}`, name: `Project ${i}` })),
    });
    let seen: IncomingHttpHeaders = {};
    const gzipping = createServer((req, res) => {
      seen = req.headers;
      const zipped = gzipSync(body);
      res.writeHead(200, {
        "Content-Type": "application/json",
        "Content-Encoding": "gzip",
        "Content-Length": zipped.length,
      });
      res.end(zipped);
    });
    await new Promise<void>((resolve) => gzipping.listen(0, "127.0.0.1", resolve));
    const gz = await startTestServer({ upstream: `http://127.0.0.1:${(gzipping.address() as AddressInfo).port}` });
    try {
      const response = await send(gz, "GET", "/accounts/projects", { token: "secret-token" });
      expect(response.status).toBe(200);
      expect(response.text).toBe(body);
      expect(seen.authorization).toBe("Bearer secret-token");
    } finally {
      await gz.close();
      gzipping.close();
    }
  });
});
