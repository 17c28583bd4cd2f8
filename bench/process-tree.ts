import { readdirSync, readFileSync } from "node:fs";
import { loadavg } from "node:os";
import { cpuSecondsOf } from "./load.ts";

// CPU used by a process and its descendants (the browser Playwright starts: its GPU, network and
// renderer processes), read from /proc on Linux; on a shared machine CPU time says what wall time
// cannot: how much work a step costs, whatever else the cores were doing.

function parentOf(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
  } catch {
    return undefined;
  }
}

/** `root` and every process below it, now (empty where there is no /proc). */
export function processTree(root: number): number[] {
  let pids: number[];
  try {
    pids = readdirSync("/proc")
      .filter((name) => /^\d+$/.test(name))
      .map(Number);
  } catch {
    return [];
  }
  const children = new Map<number, number[]>();
  for (const pid of pids) {
    const parent = parentOf(pid);
    if (parent !== undefined) children.set(parent, [...(children.get(parent) ?? []), pid]);
  }
  const tree = [root];
  for (let i = 0; i < tree.length; i++) tree.push(...(children.get(tree[i] ?? -1) ?? []));
  return tree;
}

/** CPU seconds used so far by these processes (one that exited counts 0). */
export const cpuSecondsOfAll = (pids: readonly number[]): number =>
  pids.reduce((sum, pid) => sum + (cpuSecondsOf(pid) ?? 0), 0);

/** The 1-minute load average, as `uptime` prints it. */
export const loadAverage = (): string => loadavg()[0]?.toFixed(1) ?? "–";
