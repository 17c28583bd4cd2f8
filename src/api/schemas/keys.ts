// Key-case helpers shared by the wire schemas: the wire is snake_case, TypeScript is camelCase.

type CamelCase<S extends string> = S extends `${infer Head}_${infer Tail}`
  ? `${Head}${Capitalize<CamelCase<Tail>>}`
  : S;

/** The type of an object whose top-level keys were turned from snake_case into camelCase. */
export type Camelized<T> = { [K in keyof T as K extends string ? CamelCase<K> : K]: T[K] };

export function snakeToCamel(key: string): string {
  return key.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

export function camelToSnake(key: string): string {
  return key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Renames the top-level keys of a plain object; nested values are left as they are. */
export function camelizeKeys<T extends Record<string, unknown>>(value: T): Camelized<T> {
  // Object.fromEntries defines own keys: a `__proto__` key stays data and never becomes the prototype.
  return Object.fromEntries(Object.entries(value).map(([key, entry]) => [snakeToCamel(key), entry])) as Camelized<T>;
}

/**
 * Accepts camelCase input keys as their snake_case form. As in the TS SDK (`read_only ?? readOnly`),
 * a snake_case key wins over its camelCase twin unless it is null.
 */
export function snakeKeys(value: unknown): unknown {
  if (!isRecord(value)) return value;
  // A Map, not an object: keys from the wire such as `__proto__` or `constructor` are plain keys here.
  const out = new Map<string, unknown>();
  const entries = Object.entries(value);
  for (const [key, entry] of entries) if (camelToSnake(key) !== key) out.set(camelToSnake(key), entry);
  for (const [key, entry] of entries) {
    if (camelToSnake(key) === key && (entry != null || !out.has(key))) out.set(key, entry);
  }
  return Object.fromEntries(out);
}
