import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { throttle } from "./throttle.ts";

describe("throttle", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("runs the first call at once, folds a burst into one trailing call, and flush runs a pending one now", () => {
    const fn = vi.fn();
    const t = throttle(fn, 150);
    t.call();
    expect(fn).toHaveBeenCalledTimes(1);
    for (let i = 0; i < 50; i++) t.call();
    expect(fn).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(150);
    expect(fn).toHaveBeenCalledTimes(2);
    t.call();
    t.flush();
    expect(fn).toHaveBeenCalledTimes(3);
    t.flush();
    expect(fn).toHaveBeenCalledTimes(3);
  });

  it("cancel drops a pending call", () => {
    const fn = vi.fn();
    const t = throttle(fn, 150);
    t.call();
    t.call();
    t.cancel();
    vi.advanceTimersByTime(500);
    expect(fn).toHaveBeenCalledTimes(1);
  });
});
