// Long computations over the access index are generators that yield between steps; run here, they
// give the main thread back whenever a slice of a few milliseconds is spent, so no task is long.

const SLICE_MS = 8;

const nextTask = () => new Promise((resume) => setTimeout(resume, 0));

/** Runs every step at once (tests, or a result needed now). */
export function runAtOnce<T>(steps: Generator<void, T>): T {
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}

/** Runs the steps in slices of about 8 ms, each in a task of its own (the first too); rejects once `signal` aborts. */
export async function runInSteps<T>(steps: Generator<void, T>, signal: AbortSignal): Promise<T> {
  for (;;) {
    await nextTask();
    signal.throwIfAborted();
    const sliceStart = performance.now();
    do {
      const step = steps.next();
      if (step.done) return step.value;
    } while (performance.now() - sliceStart < SLICE_MS);
  }
}
