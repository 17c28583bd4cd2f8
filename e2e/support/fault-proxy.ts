import { createServer, request, type Server } from "node:http";
import type { Socket } from "node:net";

// A real HTTP hop in front of the real server that can misbehave on demand: the console is opened
// through it, so it meets a server that is down, slow, failing or answering garbage, over the wire.

export type FaultMode =
  /** Every request passes through. */
  | "pass"
  /** Nothing listens: connections are refused, open ones are cut. */
  | "down"
  /** API requests pass through after 3 s. */
  | "slow"
  /** API requests answer 500 in the API's error shape. */
  | "error"
  /** API requests answer 200 with a body that is not JSON. */
  | "malformed";

export interface FaultProxy {
  url: string;
  setMode(mode: FaultMode): Promise<void>;
  /** API requests answered since the last call (for "was it saved once?"). */
  takeWrites(): string[];
  close(): Promise<void>;
}

const apiPath = /^\/(accounts|projects|local)(\/|$)/;
const SLOW_MS = 3_000;

export async function startFaultProxy(target: string, port: number): Promise<FaultProxy> {
  const upstream = new URL(target);
  let mode: FaultMode = "pass";
  const writes: string[] = [];
  const sockets = new Set<Socket>();

  const server: Server = createServer((req, res) => {
    const path = req.url ?? "/";
    const isApi = apiPath.test(path);
    if (isApi && mode === "error") {
      res.writeHead(500, { "content-type": "application/json" });
      res.end(JSON.stringify({ error: { message: "Injected failure" } }));
      return;
    }
    if (isApi && mode === "malformed") {
      res.writeHead(200, { "content-type": "application/json" });
      res.end('{"rooms": [ {"id": ');
      return;
    }
    const forward = () => {
      if (isApi && req.method !== "GET") writes.push(`${req.method} ${path}`);
      const outgoing = request(
        { host: upstream.hostname, port: upstream.port, method: req.method, path, headers: req.headers },
        (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        },
      );
      outgoing.on("error", () => res.destroy());
      req.pipe(outgoing);
    };
    if (isApi && mode === "slow") setTimeout(forward, SLOW_MS);
    else forward();
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });

  const listen = () => new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const stop = () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve());
      for (const socket of sockets) socket.destroy();
    });
  await listen();

  return {
    url: `http://127.0.0.1:${port}`,
    async setMode(next) {
      if (next === mode) return;
      const wasDown = mode === "down";
      mode = next;
      if (next === "down") await stop();
      else if (wasDown) await listen();
    },
    takeWrites: () => writes.splice(0),
    close: async () => {
      if (mode !== "down") await stop();
    },
  };
}
