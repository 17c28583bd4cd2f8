// Fills a local database with a large project for trying the console at scale:
//   npm run seed -- --rooms 2000 --users 5000 --grants 50000
// into MESHAGENT_DB (the server's default file when unset); each run adds a new "Bench" project.
import { randomBytes } from "node:crypto";
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { parseArgs } from "node:util";
import { readConfig } from "#server/config.ts";
import { seedLarge } from "../bench/seed-large.ts";

const { values } = parseArgs({
  options: {
    rooms: { type: "string", default: "2000" },
    users: { type: "string", default: "5000" },
    grants: { type: "string", default: "50000" },
  },
  strict: true,
});
const size = { rooms: Number(values.rooms), users: Number(values.users), grants: Number(values.grants) };
for (const [key, n] of Object.entries(size)) {
  if (!Number.isInteger(n) || n < 1) throw new Error(`--${key} must be a positive whole number, not ${n}`);
}
if (size.grants > size.rooms * size.users) throw new Error("--grants must be at most rooms × users");

const config = readConfig([], process.env);
mkdirSync(dirname(config.dbFile), { recursive: true });
const started = Date.now();
const seed = seedLarge(config.dbFile, config.adminToken, size, `seed-${randomBytes(3).toString("hex")}.local`);
console.log(
  `Seeded project ${seed.projectId} ("Bench"): ${size.rooms} rooms, ${size.users} members, ${seed.grants} grants into ${config.dbFile} in ${Date.now() - started} ms`,
);
if (seed.newAdminToken) console.log(`Admin token (shown once): ${seed.newAdminToken}`);
