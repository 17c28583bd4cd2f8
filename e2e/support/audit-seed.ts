import type { Meshagent } from "#api/client.ts";
import { parseScope } from "#api/scope/forms.ts";
import { seedProject } from "./seed-project.ts";

const scope = parseScope;

// A project where "write /data/x" is allowed for exactly two pairs, for two different reasons.
export async function seedAuditProject(owner: Meshagent, admin: Meshagent) {
  const seed = await seedProject(admin, owner, {
    name: "Audited",
    rooms: ["lab", "ops"],
    members: ["ann", "bob"],
    grants: [
      ["lab", "ann", scope({ storage: { paths: [{ path: "/data" }] } })],
      ["lab", "bob", scope({ storage: { paths: [{ path: "/data", read_only: true }, { path: "/data/x" }] } })],
      ["ops", "bob", scope({ storage: {} })],
      ["ops", "ann", scope({ llm: { models: ["openai/*"] } })],
    ],
  });
  return { ...seed, annId: seed.ann.id, bobId: seed.bob.id };
}
