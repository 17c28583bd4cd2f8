import { readFile } from "node:fs/promises";
import { homedir } from "node:os";
import { join } from "node:path";
import { z } from "zod";
import { HttpError, notFound } from "./http/errors.ts";

// The Meshagent CLI's login (spec §2.4): settings.json (current) or session.json (legacy).

const sessionSchema = z.object({ access_token: z.string().min(1), expires_at: z.number().nullish() });
const settingsSchema = z.object({
  active_user_id: z.string().nullish(),
  users: z.record(z.string(), z.object({ api_url: z.string().nullish(), session: sessionSchema.nullish() })),
});

export const cliHome = (): string => process.env.MESHAGENT_CLI_HOME ?? join(homedir(), ".meshagent");

async function readJson(file: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(file, "utf8"));
  } catch {
    return undefined;
  }
}

/** The CLI's current access token, or a clear error when there is none or it has expired. */
export async function readCliSession(home = cliHome()): Promise<{ access_token: string; api_url: string | null }> {
  const settings = settingsSchema.safeParse(await readJson(join(home, "settings.json")));
  let session: z.infer<typeof sessionSchema> | null | undefined;
  let apiUrl: string | null = null;
  if (settings.success) {
    const users = settings.data.users;
    const activeId = settings.data.active_user_id;
    const active = (activeId && Object.hasOwn(users, activeId) && users[activeId]) || Object.values(users)[0];
    session = active?.session;
    apiUrl = active?.api_url ?? null;
  } else {
    const legacy = sessionSchema.safeParse(await readJson(join(home, "session.json")));
    session = legacy.success ? legacy.data : null;
  }
  if (!session) throw notFound("No Meshagent CLI login was found: run `meshagent auth login` first");
  if (session.expires_at != null && session.expires_at * 1000 <= Date.now()) {
    throw new HttpError(
      409,
      "Your Meshagent CLI login has expired: run any `meshagent` command to refresh it, then try again",
    );
  }
  return { access_token: session.access_token, api_url: apiUrl };
}
