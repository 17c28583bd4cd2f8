/**
 * Passes on the latest value at most once every `ms` (the first at once, the last after the pause),
 * so that a thousand progress updates cost a few renders and frames instead of a thousand.
 */
export function throttle<T>(pass: (value: T) => void, ms: number) {
  let last = Number.NEGATIVE_INFINITY;
  let pending: { value: T } | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    timer = undefined;
    last = performance.now();
    if (pending) pass(pending.value);
    pending = null;
  };
  return {
    push(value: T) {
      pending = { value };
      if (timer !== undefined) return;
      const wait = last + ms - performance.now();
      if (wait <= 0) flush();
      else timer = setTimeout(flush, wait);
    },
    /** Drops what is waiting (the caller shows the final state itself). */
    cancel() {
      clearTimeout(timer);
      timer = undefined;
      pending = null;
    },
  };
}
