// A 500 MB project storage upload and download through the local server (issue 13's benchmark line):
// the body is generated as a stream and hashed as it goes, the download is hashed as it arrives, so
// neither side holds the file. Prints MB/s both ways and the server's peak memory (RSS sampled from
// /proc during each transfer, and VmHWM, its peak since it started). `npm run bench:storage`;
// MB=100 for a shorter run.
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync } from "node:fs";
import { request as httpRequest, type IncomingMessage } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { Meshagent } from "#api/client.ts";
import { loadAverage } from "./process-tree.ts";
import { printTargets, startServer, stopServer } from "./start-server.ts";

const TOKEN = "bench-admin-token";
const MB = Number(process.env.MB ?? 500);
const SIZE = MB * 1_000_000;
const CHUNK = 1 << 20;
// Streaming holds a few chunks, not the file: the server may grow by this much at most.
const TARGET_GROWTH_MB = 100;

/** A field of /proc/<pid>/status in MB (Linux), or NaN. */
function memoryMb(pid: number, field: "VmRSS" | "VmHWM"): number {
  try {
    const kb = new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1];
    return Number(kb) / 1024;
  } catch {
    return Number.NaN;
  }
}

/** Runs `transfer` while sampling the server's RSS every 50 ms; resolves with its result and the peak. */
async function sampled<T>(pid: number, transfer: () => Promise<T>): Promise<{ value: T; peakMb: number; ms: number }> {
  let peakMb = memoryMb(pid, "VmRSS");
  const timer = setInterval(() => {
    peakMb = Math.max(peakMb, memoryMb(pid, "VmRSS"));
  }, 50);
  const started = performance.now();
  try {
    const value = await transfer();
    return { value, peakMb: Math.max(peakMb, memoryMb(pid, "VmRSS")), ms: performance.now() - started };
  } finally {
    clearInterval(timer);
  }
}

/** SIZE bytes of varied content, made a chunk at a time as the upload pulls them, hashed on the way. */
async function* generatedBody(hash: ReturnType<typeof createHash>): AsyncGenerator<Buffer> {
  const pattern = Buffer.alloc(CHUNK);
  for (let i = 0; i < CHUNK; i++) pattern[i] = (i * 2654435761) >>> 24;
  for (let sent = 0; sent < SIZE; sent += CHUNK) {
    const chunk = Buffer.from(pattern.subarray(0, Math.min(CHUNK, SIZE - sent)));
    chunk.writeDoubleBE(sent, 0); // no two chunks alike
    hash.update(chunk);
    yield chunk;
  }
}

/** POSTs the generated body with node:http, whose pipeline waits for the socket (fetch read ahead of it). */
async function upload(url: string, hash: ReturnType<typeof createHash>): Promise<void> {
  const request = httpRequest(url, { method: "POST", headers: { Authorization: `Bearer ${TOKEN}` } });
  const answered = new Promise<IncomingMessage>((resolve, reject) => {
    request.once("response", resolve);
    request.once("error", reject);
  });
  await pipeline(Readable.from(generatedBody(hash)), request);
  const response = await answered;
  response.resume();
  if (response.statusCode !== 201 && response.statusCode !== 200 && response.statusCode !== 204) {
    throw new Error(`upload answered ${response.statusCode}`);
  }
}

async function main() {
  const work = mkdtempSync(join(tmpdir(), "meshagent-admin-storage-bench-"));
  process.env.MESHAGENT_UPLOAD_LIMIT = String(SIZE);
  const { child, origin } = await startServer({
    dbFile: join(work, "bench.db"),
    storage: join(work, "storage"),
    token: TOKEN,
  });
  const pid = child.pid ?? 0;
  try {
    const project = await new Meshagent({ baseUrl: origin, token: TOKEN }).createProject("Storage bench");
    const url = `${origin}/projects/${project.id}/storage`;
    const headers = { Authorization: `Bearer ${TOKEN}` };
    const idleMb = memoryMb(pid, "VmRSS");

    const sentHash = createHash("sha256");
    const up = await sampled(pid, () => upload(`${url}/upload?path=bench/big.bin`, sentHash));

    const down = await sampled(pid, async () => {
      const response = await fetch(`${url}/download?path=bench/big.bin`, { headers });
      if (!response.ok || !response.body) throw new Error(`download answered ${response.status}`);
      const hash = createHash("sha256");
      let bytes = 0;
      for await (const chunk of response.body) {
        hash.update(chunk);
        bytes += chunk.byteLength;
      }
      return { bytes, digest: hash.digest("hex") };
    });

    const sent = sentHash.digest("hex");
    const same = down.value.bytes === SIZE && down.value.digest === sent;
    const rate = (ms: number) => `${(MB / (ms / 1000)).toFixed(0)} MB/s`;
    const hwm = memoryMb(pid, "VmHWM");
    const peak = Math.max(up.peakMb, down.peakMb);
    console.log(`${MB} MB (10^6 bytes) each way; load average ${loadAverage()}; sha-256 ${sent.slice(0, 16)}…`);
    printTargets([
      { measure: `upload (${(up.ms / 1000).toFixed(1)} s)`, value: rate(up.ms), target: "–", met: true },
      { measure: `download (${(down.ms / 1000).toFixed(1)} s)`, value: rate(down.ms), target: "–", met: true },
      {
        measure: "downloaded bytes equal the uploaded ones (size, sha-256)",
        value: same ? "yes" : "**no**",
        target: "yes",
        met: same,
      },
      {
        measure: `server RSS: idle ${idleMb.toFixed(0)} MB, peak during upload ${up.peakMb.toFixed(0)} MB, download ${down.peakMb.toFixed(0)} MB (VmHWM ${hwm.toFixed(0)} MB)`,
        value: `+${(peak - idleMb).toFixed(0)} MB`,
        target: `≤ +${TARGET_GROWTH_MB} MB`,
        met: peak - idleMb <= TARGET_GROWTH_MB,
      },
      {
        measure: "this bench's own peak RSS",
        value: `${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`,
        target: "–",
        met: true,
      },
    ]);
  } finally {
    await stopServer(child, work);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
