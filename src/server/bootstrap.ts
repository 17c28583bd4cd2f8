import type { Db } from "./db/open.ts";
import { hasTokenHash, issueAccessToken } from "./db/tokens.ts";
import { insertUser, type UserRow } from "./db/users.ts";

export interface Bootstrap {
  admin: UserRow;
  /** The admin's token when this start created one; never read back from the database. */
  newToken?: string;
}

/**
 * On an empty database, creates the server admin and a token for it. A pinned token
 * (MESHAGENT_ADMIN_TOKEN) is registered for the admin if the database does not know it yet.
 */
export function bootstrapAdmin(db: Db, pinnedToken?: string, freshToken = false): Bootstrap {
  let admin = db
    .prepare<[], UserRow>("SELECT * FROM users WHERE is_server_admin = 1 ORDER BY created_at LIMIT 1")
    .get();
  let created = false;
  if (!admin) {
    admin = insertUser(db, { email: "admin@localhost", firstName: "Local", lastName: "Admin", serverAdmin: true });
    created = true;
  }
  if (pinnedToken) {
    if (!hasTokenHash(db, pinnedToken)) issueAccessToken(db, admin.id, "MESHAGENT_ADMIN_TOKEN", pinnedToken);
    return { admin };
  }
  if (created || freshToken) return { admin, newToken: issueAccessToken(db, admin.id, "bootstrap").token };
  return { admin };
}
