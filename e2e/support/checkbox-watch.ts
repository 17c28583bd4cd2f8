import type { Locator } from "@playwright/test";

/** What a box shows: ticked or not, or "detached" if it left the page (a remount is not the same box). */
type Shown = boolean | "detached";

/**
 * Clicks a checkbox in the page and returns every state it showed, in order, without repeats: read in
 * the very task of the click, then after every task until `settledText` is on the page and half a
 * second more (the refetch that follows a change). `[true]` is a box ticked at once that never showed
 * the old state again; `[true, false]` one ticked at once, then rolled back once.
 */
export async function clickAndWatch(box: Locator, settledText: string): Promise<Shown[]> {
  return box.evaluate(
    (input: HTMLInputElement, settled) =>
      new Promise<Shown[]>((resolve) => {
        const shown = (): Shown => (input.isConnected ? input.checked : "detached");
        input.click();
        const seen = [shown()];
        const started = performance.now();
        let settledAt: number | null = null;
        const sample = () => {
          const now = performance.now();
          if (seen.at(-1) !== shown()) seen.push(shown());
          if (settledAt === null && document.body.textContent?.includes(settled)) settledAt = now;
          if ((settledAt !== null && now - settledAt > 500) || now - started > 10_000) resolve(seen);
          else setTimeout(sample, 0);
        };
        setTimeout(sample, 0);
      }),
    settledText,
  );
}
