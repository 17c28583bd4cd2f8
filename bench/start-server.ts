import { type ChildProcess, spawn } from "node:child_process";
import { resolve } from "node:path";
import { createInterface } from "node:readline";

const repo = resolve(import.meta.dirname, "..");

/** Starts src/server/main.ts on a free loopback port and resolves with its origin once /healthz answers. */
export async function startServer(options: {
  dbFile: string;
  storage: string;
  token: string;
}): Promise<{ child: ChildProcess; origin: string }> {
  const child = spawn(process.execPath, ["--import", "tsx", "src/server/main.ts"], {
    cwd: repo,
    env: {
      ...process.env,
      HOST: "127.0.0.1",
      PORT: "0",
      MESHAGENT_DB: options.dbFile,
      MESHAGENT_STORAGE: options.storage,
      MESHAGENT_ADMIN_TOKEN: options.token,
    },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const origin = await new Promise<string>((found, fail) => {
    const timer = setTimeout(() => fail(new Error("the server did not start within 20 s")), 20_000);
    child.once("exit", (code) => fail(new Error(`the server exited with ${code} before listening`)));
    createInterface({ input: child.stdout as NodeJS.ReadableStream }).on("line", (line) => {
      const match = /running at (http:\/\/\S+)/.exec(line);
      if (match?.[1]) {
        clearTimeout(timer);
        found(match[1]);
      }
    });
  });
  const health = await fetch(`${origin}/healthz`);
  if (health.status !== 200) throw new Error(`/healthz answered ${health.status}`);
  return { child, origin };
}
