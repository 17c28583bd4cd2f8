import { describe, expect, it } from "vitest";
import { BadRequestError } from "#api/errors.ts";
import { BulkConflict, type BulkProgress, retryable, runBulk } from "./bulk-runner.ts";

const items = Array.from({ length: 20 }, (_, i) => i);
const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

describe("runBulk", () => {
  it("runs every item, never more than `concurrency` at once, and reports progress to the end", async () => {
    let running = 0;
    let most = 0;
    const seen: BulkProgress[] = [];
    const report = await runBulk(
      items,
      async (i) => {
        running++;
        most = Math.max(most, running);
        await tick();
        running--;
        return i * 2;
      },
      { concurrency: 3, onProgress: (p) => seen.push(p) },
    );
    expect(most).toBe(3);
    expect(report.done.map((d) => d.value).sort((a, b) => a - b)).toEqual(items.map((i) => i * 2));
    expect(report.failed).toEqual([]);
    expect(seen.at(0)).toEqual({ total: 20, done: 0, failed: 0 });
    expect(seen.at(-1)).toEqual({ total: 20, done: 20, failed: 0 });
  });

  it("cancelling starts nothing more, lets the running tasks finish and lists the rest as skipped", async () => {
    const controller = new AbortController();
    const started: number[] = [];
    const report = await runBulk(
      items,
      async (i) => {
        started.push(i);
        if (i === 5) controller.abort();
        await tick();
        return i;
      },
      { concurrency: 2, signal: controller.signal },
    );
    expect(report.done.map((d) => d.item).sort((a, b) => a - b)).toEqual(started.sort((a, b) => a - b));
    expect(started.length).toBeLessThanOrEqual(7);
    expect(report.skipped).toEqual(items.slice(started.length));
    expect(report.done.length + report.failed.length + report.skipped.length).toBe(items.length);
  });

  it("a run cancelled before it starts writes nothing", async () => {
    const controller = new AbortController();
    controller.abort();
    const report = await runBulk(items, async () => expect.fail("must not run"), { signal: controller.signal });
    expect(report).toEqual({ done: [], failed: [], skipped: items });
  });

  it("reports each failure with the server's reason, and retries only the failed items", async () => {
    const refused = new Set([3, 7]);
    const task = async (i: number) => {
      if (refused.has(i)) {
        throw new BadRequestError(400, "POST", "/x", "Invalid body: user_id: is not a member of the project", "");
      }
      return i;
    };
    const first = await runBulk(items, task);
    expect(first.failed).toEqual([
      { item: 3, reason: "Invalid body: user_id: is not a member of the project", conflict: false },
      { item: 7, reason: "Invalid body: user_id: is not a member of the project", conflict: false },
    ]);
    const again: number[] = [];
    refused.delete(3);
    const second = await runBulk(retryable(first), async (i) => {
      again.push(i);
      return task(i);
    });
    expect(again.sort()).toEqual([3, 7]);
    expect(second.done.map((d) => d.item)).toEqual([3]);
    expect(second.failed.map((f) => f.item)).toEqual([7]);
  });

  it("a conflict is reported as such and is not offered for retry", async () => {
    const report = await runBulk([1, 2], async (i) => {
      if (i === 2) throw new BulkConflict("storage path /shared was changed by someone else since the page loaded");
      return i;
    });
    expect(report.failed).toEqual([
      { item: 2, reason: "storage path /shared was changed by someone else since the page loaded", conflict: true },
    ]);
    expect(retryable(report)).toEqual([]);
  });
});
