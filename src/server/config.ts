import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { DEFAULT_UPLOAD_LIMIT } from "./storage.ts";

export interface ServerConfig {
  host: string;
  port: number;
  dbFile: string;
  storageRoot: string;
  staticRoot: string;
  adminToken?: string;
  upstream?: string;
  cliSession: boolean;
  uploadLimit: number;
  demo: boolean;
  newAdminToken: boolean;
}

export const usage = `Usage: npm start -- [--upstream URL] [--cli-session] [--demo] [--new-admin-token]
Environment: PORT (8787), HOST (127.0.0.1), MESHAGENT_DB (./.meshagent-admin/meshagent.db),
  MESHAGENT_ADMIN_TOKEN (pins the admin's token), MESHAGENT_STORAGE (project storage folder),
  MESHAGENT_UPLOAD_LIMIT (largest storage upload in bytes, 104857600)`;

export function readConfig(argv: string[], env: NodeJS.ProcessEnv): ServerConfig {
  const { values } = parseArgs({
    args: argv,
    options: {
      upstream: { type: "string" },
      "cli-session": { type: "boolean", default: false },
      demo: { type: "boolean", default: false },
      "new-admin-token": { type: "boolean", default: false },
      help: { type: "boolean", default: false },
    },
    strict: true,
  });
  if (values.help) {
    console.log(usage);
    process.exit(0);
  }
  const port = Number(env.PORT ?? 8787);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`PORT must be a port number, not ${env.PORT}`);
  if (values.upstream && !URL.canParse(values.upstream))
    throw new Error(`--upstream must be a URL, not ${values.upstream}`);
  if (values["cli-session"] && !values.upstream)
    throw new Error("--cli-session needs --upstream (the CLI's login is for a real Meshagent)");
  const uploadLimit = Number(env.MESHAGENT_UPLOAD_LIMIT || DEFAULT_UPLOAD_LIMIT);
  if (!Number.isSafeInteger(uploadLimit) || uploadLimit < 1)
    throw new Error(`MESHAGENT_UPLOAD_LIMIT must be a number of bytes, not ${env.MESHAGENT_UPLOAD_LIMIT}`);
  const dbFile = env.MESHAGENT_DB ?? "./.meshagent-admin/meshagent.db";
  const storageRoot =
    env.MESHAGENT_STORAGE ??
    (dbFile === ":memory:"
      ? join(tmpdir(), `meshagent-admin-storage-${process.pid}`)
      : join(dirname(resolve(dbFile)), "storage"));
  return {
    host: env.HOST ?? "127.0.0.1",
    port,
    dbFile,
    storageRoot,
    staticRoot: resolve("dist"),
    adminToken: env.MESHAGENT_ADMIN_TOKEN || undefined,
    upstream: values.upstream?.replace(/\/+$/, ""),
    cliSession: values["cli-session"],
    uploadLimit,
    demo: values.demo,
    newAdminToken: values["new-admin-token"],
  };
}
