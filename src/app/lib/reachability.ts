// Whether the API answered the last call; drives the "API unreachable" banner.

const listeners = new Set<() => void>();
let reachable = true;

export const reachability = {
  get: (): boolean => reachable,
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  set(value: boolean): void {
    if (value === reachable) return;
    reachable = value;
    for (const listener of listeners) listener();
  },
};
