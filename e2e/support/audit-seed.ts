import type { Meshagent } from "#api/client.ts";
import { parseScope } from "#api/scope/forms.ts";
import { createUser } from "../fixtures.ts";

// A project where "write /data/x" is allowed for exactly two pairs, for two different reasons.
export async function seedAuditProject(owner: Meshagent, admin: Meshagent) {
  const project = await owner.createProject("Audited");
  const [ann, bob] = await Promise.all([createUser(admin, "ann"), createUser(admin, "bob")]);
  const ids = [ann.id, bob.id];
  for (const id of ids) await owner.addMember(project.id, id);
  const [annId = "", bobId = ""] = ids;
  const lab = await owner.createRoom(project.id, { name: "lab" });
  const ops = await owner.createRoom(project.id, { name: "ops" });
  const grant = (roomId: string, userId: string, scope: Record<string, unknown>) =>
    owner.createRoomGrant(project.id, { roomId, userId, permissions: parseScope(scope) });
  await grant(lab.id, annId, { storage: { paths: [{ path: "/data" }] } });
  await grant(lab.id, bobId, { storage: { paths: [{ path: "/data", read_only: true }, { path: "/data/x" }] } });
  await grant(ops.id, bobId, { storage: {} });
  await grant(ops.id, annId, { llm: { models: ["openai/*"] } });
  return { project, ann, bob, annId, bobId, lab, ops };
}
