// A module that is fetched once and kept: the loaded value, and one load in flight at a time.

export interface LoadSlot<T> {
  /** The loaded value, once a load succeeded. */
  get(): T | null;
  /** Loads (again, after a failure); joins a load already in flight. */
  load(): Promise<T>;
}

export function createLoadSlot<T>(load: () => Promise<T>): LoadSlot<T> {
  let value: T | null = null;
  let inflight: Promise<T> | null = null;
  return {
    get: () => value,
    load() {
      inflight ??= load()
        .then((loaded) => {
          value = loaded;
          return loaded;
        })
        .finally(() => {
          inflight = null;
        });
      return inflight;
    },
  };
}
