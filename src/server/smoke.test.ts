import { afterAll, beforeAll, expect, it } from "vitest";
import { startTestServer, type TestServer } from "./testing/test-server.ts";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

it("a new admin creates a project and sees it listed with the admin role", async () => {
  const created = await server.admin.createProject("Smoke");
  const { projects } = await server.admin.listProjects();
  expect(projects.map((p) => p.id)).toContain(created.id);
  expect((await server.admin.getProjectRole(created.id)).role).toBe("admin");
});
