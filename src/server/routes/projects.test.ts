import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectError, send } from "../testing/http.ts";
import { seedProject } from "../testing/seed.ts";
import { startTestServer, type TestServer } from "../testing/test-server.ts";

let server: TestServer;
let seed: Awaited<ReturnType<typeof seedProject>>;
beforeAll(async () => {
  server = await startTestServer();
  seed = await seedProject(server);
});
afterAll(() => server.close());

describe("projects", () => {
  it("creating a project makes the creator its admin and lists it for them", async () => {
    const { client, id } = await server.newUser();
    const created = await client.createProject("Orbit", { region: "eu" });
    expect(created).toMatchObject({ name: "Orbit", ownerUserId: id });
    expect(created.projectKey).toMatch(/^orbit-/);
    const { projects } = await client.listProjects();
    expect(projects.map((p) => p.id)).toEqual([created.id]);
    expect(await client.getProject(created.id)).toMatchObject({ name: "Orbit", settings: { region: "eu" } });
    expect(await client.getProjectRole(created.id)).toMatchObject({ role: "admin", isAdmin: true });
  });

  it("a caller sees only the projects they belong to", async () => {
    const { projects } = await seed.outsider.client.listProjects();
    expect(projects.map((p) => p.id)).not.toContain(seed.project.id);
    const mine = await seed.member.client.listProjects();
    expect(mine.projects.map((p) => p.id)).toEqual([seed.project.id]);
  });

  it("a project the caller is not in answers 404 on every project endpoint", async () => {
    const token = seed.outsider.token;
    for (const suffix of ["", "/role", "/status"]) {
      expectError(await send(server, "GET", `${seed.path}${suffix}`, { token }), 404);
    }
    expectError(await send(server, "PUT", `${seed.path}/settings`, { token, body: {} }), 404);
    expectError(await send(server, "GET", "/accounts/projects/no-such-project"), 404);
  });

  it("the role endpoint reports member, developer and admin with their flags", async () => {
    expect(await seed.member.client.getProjectRole(seed.project.id)).toMatchObject({
      role: "member",
      isAdmin: false,
      isDeveloper: false,
      canCreateRooms: false,
    });
    expect(await seed.developer.client.getProjectRole(seed.project.id)).toMatchObject({
      role: "developer",
      isDeveloper: true,
      canCreateRooms: true,
    });
    expect(await server.admin.getProjectStatus(seed.project.id)).toEqual({ enabled: true });
  });

  it("an admin replaces the project settings", async () => {
    await server.admin.updateProjectSettings(seed.project.id, { theme: { dark: true }, "<b>": "ünï" });
    const project = await server.admin.getProject(seed.project.id);
    expect(project.settings).toEqual({ theme: { dark: true }, "<b>": "ünï" });
  });

  it("members and developers may not change the settings", async () => {
    for (const token of [seed.member.token, seed.developer.token]) {
      expectError(await send(server, "PUT", `${seed.path}/settings`, { token, body: { x: 1 } }), 403);
    }
  });

  it("unicode and HTML in a project name are stored and returned intact", async () => {
    const name = `<script>alert("x")</script> Ωmega 🚀`;
    const created = await server.admin.createProject(name);
    expect((await server.admin.getProject(created.id)).name).toBe(name);
  });
});

describe("bad project input", () => {
  it("an empty or missing name is a 400 naming the field", async () => {
    expectError(await send(server, "POST", "/accounts/projects", { body: { name: "  " } }), 400, "name");
    expectError(await send(server, "POST", "/accounts/projects", { body: { settings: {} } }), 400, "name");
    expectError(await send(server, "POST", "/accounts/projects", { body: { name: 42 } }), 400, "name");
  });

  it("settings that are not an object are a 400", async () => {
    expectError(
      await send(server, "POST", "/accounts/projects", { body: { name: "x", settings: [1] } }),
      400,
      "settings",
    );
    expectError(await send(server, "PUT", `${seed.path}/settings`, { body: [1, 2] }), 400);
    expectError(await send(server, "PUT", `${seed.path}/settings`, { body: null }), 400);
  });

  it("a body that is not JSON is a 400, not a 500", async () => {
    const response = await send(server, "POST", "/accounts/projects", { raw: "{name: nope" });
    expect(expectError(response, 400)?.message).toMatch(/not valid JSON/);
  });
});
