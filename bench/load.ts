import { readFileSync } from "node:fs";
import autocannon from "autocannon";

export interface Measurement {
  label: string;
  p50: number;
  p99: number;
  rps: number;
  /** Mean response size in bytes (headers included). */
  bytesPerResponse: number;
  /** Share of one core the server used during the measured run, when it can be read (Linux). */
  serverCpu: number | undefined;
}

/** CPU seconds a process has used so far, from /proc (Linux); undefined elsewhere. */
export function cpuSecondsOf(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    // Fields after the command name (which may hold spaces): utime and stime are the 12th and 13th.
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
  } catch {
    return undefined;
  }
}
// USER_HZ: 100 on every Linux this runs on.
const CLOCK_TICKS = 100;

export interface LoadOptions {
  connections: number;
  warmupSeconds: number;
  seconds: number;
  token: string;
  /** The server's process id, to report how busy it was. */
  serverPid?: number | undefined;
}

/** A path per request, to defeat the server's page cache; omitted, every request asks for the same URL. */
export type PathPicker = () => string;

function run(url: string, o: LoadOptions, duration: number, pick?: PathPicker): Promise<autocannon.Result> {
  return autocannon({
    url,
    connections: o.connections,
    duration,
    headers: { authorization: `Bearer ${o.token}` },
    ...(pick ? { requests: [{ setupRequest: (request) => ({ ...request, path: pick() }) }] } : {}),
    // A slow answer is a result to report, a stuck one is a failure.
    timeout: 10,
  });
}

/** Loads one URL for `seconds` after a discarded warm-up; any answer but 200, or any error, fails the run. */
export async function measure(label: string, url: string, o: LoadOptions, pick?: PathPicker): Promise<Measurement> {
  await run(url, o, o.warmupSeconds, pick);
  const cpuBefore = cpuSecondsOf(o.serverPid);
  const wallBefore = performance.now();
  const r = await run(url, o, o.seconds, pick);
  const cpuAfter = cpuSecondsOf(o.serverPid);
  const wall = (performance.now() - wallBefore) / 1000;
  const other = Object.keys(r.statusCodeStats ?? {}).filter((code) => code !== "200");
  if (r.non2xx > 0 || other.length > 0 || r.errors > 0 || r.timeouts > 0 || r.requests.total === 0) {
    throw new Error(
      `${label}: ${r.non2xx} non-2xx answers (statuses ${other.join(", ") || "-"}), ${r.errors} errors, ${r.timeouts} timeouts in ${r.requests.total} requests (${url})`,
    );
  }
  return {
    label,
    p50: r.latency.p50,
    p99: r.latency.p99,
    rps: r.requests.average,
    bytesPerResponse: r.throughput.total / r.requests.total,
    serverCpu: cpuBefore !== undefined && cpuAfter !== undefined ? (cpuAfter - cpuBefore) / wall : undefined,
  };
}
