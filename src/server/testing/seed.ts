import type { TestServer } from "./test-server.ts";

export type TestUser = Awaited<ReturnType<TestServer["newUser"]>>;

/** A project owned by the server admin, with a plain member, a developer and an outsider. */
export async function seedProject(server: TestServer, name = "Acme") {
  const project = await server.admin.createProject(name);
  const [member, developer, outsider] = await Promise.all([server.newUser(), server.newUser(), server.newUser()]);
  await server.admin.addMember(project.id, member.id);
  await server.admin.addMember(project.id, developer.id, { isDeveloper: true });
  return { project, member, developer, outsider, path: `/accounts/projects/${project.id}` };
}
