import { MAX_LIMIT } from "#api/schemas/page.ts";

export interface PageOf<T> {
  items: T[];
  total: number;
}

/** Bounds how many requests run at once, across every list one load reads. */
export function limiter(max: number) {
  let running = 0;
  const waiting: (() => void)[] = [];
  return async <T>(task: () => Promise<T>): Promise<T> => {
    if (running >= max) await new Promise<void>((go) => waiting.push(go));
    running++;
    try {
      return await task();
    } finally {
      running--;
      waiting.shift()?.();
    }
  };
}

/**
 * Every page of a list, `MAX_LIMIT` at a time: the first page tells the total, the rest go out at
 * once (through `run`, which bounds them) and are handed to `onPage` as they arrive, in any order.
 */
export async function loadAllPages<T>(
  fetchPage: (offset: number, limit: number) => Promise<PageOf<T>>,
  run: <R>(task: () => Promise<R>) => Promise<R>,
  onPage: (page: PageOf<T>, offset: number) => void,
): Promise<number> {
  const first = await run(() => fetchPage(0, MAX_LIMIT));
  onPage(first, 0);
  const offsets: number[] = [];
  for (let offset = MAX_LIMIT; offset < first.total; offset += MAX_LIMIT) offsets.push(offset);
  await Promise.all(offsets.map((offset) => run(() => fetchPage(offset, MAX_LIMIT)).then((p) => onPage(p, offset))));
  return first.total;
}
