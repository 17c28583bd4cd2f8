import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectError, send } from "../testing/http.ts";
import { aScope } from "../testing/scopes.ts";
import { seedProject } from "../testing/seed.ts";
import { startTestServer, type TestServer } from "../testing/test-server.ts";

let server: TestServer;
let seed: Awaited<ReturnType<typeof seedProject>>;
beforeAll(async () => {
  server = await startTestServer();
  seed = await seedProject(server);
});
afterAll(() => server.close());

const livekit = aScope({ livekit: {} });
const flags = { isAdmin: false, isDeveloper: false, canCreateRooms: false, canUseLlmProxy: false };

describe("members", () => {
  it("lists members with their flags, paged by count and offset and filtered by e-mail", async () => {
    const all = await seed.member.client.listMembers(seed.project.id);
    expect(all.total).toBe(3);
    expect(all.users.find((u) => u.id === seed.developer.id)).toMatchObject({ isDeveloper: true, isAdmin: false });
    const page = await server.admin.listMembers(seed.project.id, { limit: 1, offset: 1 });
    expect(page).toMatchObject({ total: 3, users: [{ id: all.users[1]?.id }] });
    const filtered = await server.admin.listMembers(seed.project.id, { filter: seed.member.email });
    expect(filtered.users.map((u) => u.id)).toEqual([seed.member.id]);
  });

  it("an admin adds a user with role flags and changes them later", async () => {
    const user = await server.newUser();
    await server.admin.addMember(seed.project.id, user.id, { canCreateRooms: true, canUseLlmProxy: true });
    expect(await user.client.getProjectRole(seed.project.id)).toMatchObject({
      role: "member",
      canCreateRooms: true,
      canUseLlmProxy: true,
    });
    await server.admin.updateMember(seed.project.id, user.id, { ...flags, isAdmin: true });
    expect(await user.client.getProjectRole(seed.project.id)).toMatchObject({ role: "admin", canUseLlmProxy: false });
  });

  it("adding an unknown user is a 400 on user_id; adding a member twice is a 409", async () => {
    const path = `${seed.path}/users`;
    expectError(await send(server, "POST", path, { body: { user_id: "nobody" } }), 400, "user_id");
    expectError(await send(server, "POST", path, { body: { user_id: seed.member.id } }), 409, "user_id");
    expectError(
      await send(server, "POST", path, { body: { user_id: seed.outsider.id, is_admin: "yes" } }),
      400,
      "is_admin",
    );
    expectError(await send(server, "POST", path, { body: {} }), 400, "user_id");
  });

  it("an update without the four era-B flags is a 400 naming the missing flag", async () => {
    const response = await send(server, "PUT", `${seed.path}/users/${seed.member.id}`, { body: { is_admin: false } });
    expectError(response, 400, "is_developer");
  });

  it("members and developers may not add, change or remove members", async () => {
    for (const token of [seed.member.token, seed.developer.token]) {
      expectError(
        await send(server, "POST", `${seed.path}/users`, { token, body: { user_id: seed.outsider.id } }),
        403,
      );
      const body = { is_admin: true, is_developer: true, can_create_rooms: true, can_use_llm_proxy: true };
      expectError(await send(server, "PUT", `${seed.path}/users/${seed.member.id}`, { token, body }), 403);
      expectError(await send(server, "DELETE", `${seed.path}/users/${seed.developer.id}`, { token }), 403);
    }
  });

  it("an outsider gets 404 for the project's members", async () => {
    expectError(await send(server, "GET", `${seed.path}/users`, { token: seed.outsider.token }), 404);
  });

  it("changing or removing someone who is not a member is a 404", async () => {
    const body = { is_admin: false, is_developer: false, can_create_rooms: false, can_use_llm_proxy: false };
    expectError(await send(server, "PUT", `${seed.path}/users/${seed.outsider.id}`, { body }), 404);
    expectError(await send(server, "DELETE", `${seed.path}/users/${seed.outsider.id}`), 404);
  });

  it("the last admin can be neither demoted nor removed (409)", async () => {
    const { client, id, token } = await server.newUser();
    const solo = await client.createProject("Solo");
    const path = `/accounts/projects/${solo.id}/users/${id}`;
    const body = { is_admin: false, is_developer: true, can_create_rooms: true, can_use_llm_proxy: true };
    expectError(await send(server, "PUT", path, { token, body }), 409, "is_admin");
    expectError(await send(server, "DELETE", path, { token }), 409);
    expect((await client.getProjectRole(solo.id)).role).toBe("admin");
  });

  it("removing a member removes their grants in that project only", async () => {
    const user = await server.newUser();
    const other = await server.admin.createProject("Other");
    for (const project of [seed.project, other]) {
      await server.admin.addMember(project.id, user.id);
      const room = await server.admin.createRoom(project.id, { name: "leaving" });
      await server.admin.createRoomGrant(project.id, { roomId: room.id, userId: user.id, permissions: livekit });
    }
    await server.admin.removeMember(seed.project.id, user.id);
    expect((await server.admin.listRoomGrantsByUser(seed.project.id, user.id)).total).toBe(0);
    expect((await server.admin.listRoomGrantsByUser(other.id, user.id)).total).toBe(1);
    const users = await server.admin.listUniqueUsersWithGrants(seed.project.id);
    expect(users.users.map((u) => u.userId)).not.toContain(user.id);
    expectError(await send(server, "GET", `/accounts/projects/${seed.project.id}`, { token: user.token }), 404);
  });
});

describe("profiles", () => {
  it("a user reads their own profile and those of people they share a project with", async () => {
    expect(await seed.member.client.getUserProfile(seed.member.id)).toMatchObject({ email: seed.member.email });
    expect(await seed.member.client.getUserProfile(seed.developer.id)).toMatchObject({ email: seed.developer.email });
  });

  it("a stranger's or unknown user's profile is a 404", async () => {
    expectError(await send(server, "GET", `/accounts/profiles/${seed.member.id}`, { token: seed.outsider.token }), 404);
    expectError(await send(server, "GET", "/accounts/profiles/nobody"), 404);
  });

  it("a user changes their own name, with unicode and HTML kept intact", async () => {
    await seed.member.client.updateUserProfile(seed.member.id, "Zoë <i>", "Ñandú 🦤");
    expect(await server.admin.getUserProfile(seed.member.id)).toMatchObject({
      firstName: "Zoë <i>",
      lastName: "Ñandú 🦤",
    });
  });

  it("changing someone else's profile is a 403; a bad body is a 400", async () => {
    const path = `/accounts/profiles/${seed.developer.id}`;
    const body = { first_name: "x", last_name: "y" };
    expectError(await send(server, "PUT", path, { token: seed.member.token, body }), 403);
    expectError(await send(server, "PUT", path, { body: { first_name: 1, last_name: "y" } }), 400, "first_name");
  });
});
