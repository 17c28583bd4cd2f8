import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { throttle } from "./throttle.ts";

describe("throttle", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("passes the first value at once, then only the latest once per pause", () => {
    const seen: number[] = [];
    const t = throttle((n: number) => seen.push(n), 100);
    for (let i = 1; i <= 5; i++) t.push(i);
    expect(seen).toEqual([1]);
    vi.advanceTimersByTime(100);
    expect(seen).toEqual([1, 5]);
    vi.advanceTimersByTime(500);
    t.push(6);
    expect(seen).toEqual([1, 5, 6]);
  });

  it("cancel drops the value waiting", () => {
    const seen: number[] = [];
    const t = throttle((n: number) => seen.push(n), 100);
    t.push(1);
    t.push(2);
    t.cancel();
    vi.advanceTimersByTime(200);
    expect(seen).toEqual([1]);
  });
});
