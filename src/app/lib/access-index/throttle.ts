/**
 * Runs `fn` at once, then at most once per `ms` (a trailing call catches up); `flush` runs a
 * pending call now. Keeps 50 pages arriving in a burst from re-rendering a page 50 times.
 */
export function throttle(fn: () => void, ms: number) {
  let last = Number.NEGATIVE_INFINITY;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const run = () => {
    clearTimeout(timer);
    timer = undefined;
    last = Date.now();
    fn();
  };
  return {
    call() {
      const wait = last + ms - Date.now();
      if (wait <= 0) run();
      else timer ??= setTimeout(run, wait);
    },
    flush() {
      if (timer !== undefined) run();
    },
    cancel() {
      clearTimeout(timer);
      timer = undefined;
    },
  };
}
