import { serve } from "@hono/node-server";
import { createApp } from "./app.ts";
import { bootstrapAdmin } from "./bootstrap.ts";
import { readConfig, usage } from "./config.ts";
import { openDb } from "./db/open.ts";
import { seedDemo } from "./demo.ts";

function start() {
  let config: ReturnType<typeof readConfig>;
  try {
    config = readConfig(process.argv.slice(2), process.env);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    console.error(usage);
    process.exit(2);
  }
  const db = openDb(config.dbFile);
  const { admin, newToken } = bootstrapAdmin(db, config.adminToken, config.newAdminToken);
  if (config.demo && !config.upstream) seedDemo(db, admin.id);

  const app = createApp({
    db,
    storageRoot: config.storageRoot,
    staticRoot: config.staticRoot,
    upstream: config.upstream,
    cliSession: config.cliSession,
    host: config.host,
    uploadLimit: config.uploadLimit,
  });
  const server = serve({ fetch: app.fetch, hostname: config.host, port: config.port }, (info) => {
    const url = `http://${config.host.includes(":") ? `[${config.host}]` : config.host}:${info.port}`;
    console.log(`meshagent-admin is running at ${url}`);
    if (config.upstream) console.log(`API calls are passed through to ${config.upstream}`);
    else console.log(`Local Meshagent API on SQLite: ${config.dbFile}`);
    if (newToken) {
      console.log(`\nAdmin token (shown once; sign in with it, keep it safe):\n\n  ${newToken}\n`);
    } else if (config.adminToken) {
      console.log("Admin token: the value of MESHAGENT_ADMIN_TOKEN");
    } else if (!config.upstream) {
      console.log(
        `Sign in as ${admin.email} with the token printed on first start (npm start -- --new-admin-token prints a new one).`,
      );
    }
  });

  const stop = () => {
    server.close();
    db.close();
    process.exit(0);
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

start();
