import { parseScope } from "#api/scope/forms.ts";
import { presets } from "#api/scope/presets.ts";
import type { ApiScope } from "#api/scope/schema.ts";
import { insertGrant } from "./db/grants.ts";
import { insertMember } from "./db/members.ts";
import type { Db } from "./db/open.ts";
import { insertProject } from "./db/projects.ts";
import { insertRoom } from "./db/rooms.ts";
import { getUserByEmail, insertUser } from "./db/users.ts";

const DEMO_NAME = "Demo project";

const people = [
  { email: "alice@example.com", firstName: "Alice", lastName: "Admin", flags: { is_admin: true } },
  {
    email: "dev@example.com",
    firstName: "Dmitri",
    lastName: "Developer",
    flags: { is_developer: true, can_create_rooms: true },
  },
  { email: "maya@example.com", firstName: "Maya", lastName: "Member", flags: {} },
  { email: "agent@example.com", firstName: "Build", lastName: "Agent", flags: { can_use_llm_proxy: true } },
];

const readOnlyData = parseScope({
  livekit: {},
  messaging: {},
  storage: { paths: [{ path: "/data", read_only: true }] },
});

/** Seeds a project with rooms, members and a spread of grants, once. */
export function seedDemo(db: Db, adminId: string): void {
  const exists = db.prepare("SELECT 1 FROM projects WHERE name = ? AND owner_user_id = ?").get(DEMO_NAME, adminId);
  if (exists) return;
  db.transaction(() => {
    const project = insertProject(db, { name: DEMO_NAME, ownerUserId: adminId, settings: { region: "local" } });
    const users = people.map((p) => {
      const user = getUserByEmail(db, p.email) ?? insertUser(db, p);
      insertMember(db, project.id, user.id, p.flags);
      return user;
    });
    const roomNames = ["general", "support", "design-review", "data-lab", "agents-sandbox", "release-war-room"];
    const rooms = roomNames.map((name, i) =>
      insertRoom(db, {
        projectId: project.id,
        name,
        metadata: { team: i % 2 ? "product" : "platform" },
        annotations: { env: "demo" },
      }),
    );
    const scopes: ApiScope[] = [
      presets.full(),
      presets.agentDefault({ tunnels: true }),
      presets.userDefault(),
      readOnlyData,
    ];
    rooms.forEach((room, r) => {
      [adminId, ...users.map((u) => u.id)].forEach((userId, u) => {
        if ((r + u) % 3 === 2) return;
        const scope = userId === adminId ? presets.full() : (scopes[(r + u) % scopes.length] ?? presets.none());
        insertGrant(db, { projectId: project.id, roomId: room.id, roomName: room.name, userId, scope });
      });
    });
  })();
}
