import type { GrantName } from "./schema.ts";

// Every access check of spec §7.3 answers a Decision: allowed or not, why, and the part of the scope
// that decided it, so an admin can be shown the exact entry instead of a bare yes or no.

export type Because =
  | "grant-absent" // the grant is not in the scope: its whole surface is denied
  | "unrestricted" // the list is null: everything within the grant
  | "matched" // a list entry matches and allows it
  | "matched-denies" // entries match but none of them allows the operation (e.g. read-only first match)
  | "no-match" // the list names nothing that matches
  | "flag" // a boolean field of the grant decided
  | "blank-name"; // the SDKs refuse blank names even when everything is allowed

/** What decided: the grant itself, one of its fields, or one entry of a list field. */
export type DecisionEntry =
  | { grant: GrantName; field?: undefined; index?: undefined; value?: undefined }
  | { grant: GrantName; field: string; index?: undefined; value: unknown }
  | { grant: GrantName; field: string; index: number; value: unknown };

export interface Decision {
  allowed: boolean;
  because: Because;
  entry: DecisionEntry;
}

export const absent = (grant: GrantName): Decision => ({ allowed: false, because: "grant-absent", entry: { grant } });

/** A null list; tunnels also read an empty port list as every port, hence `value`. */
export const unrestricted = (grant: GrantName, field: string, value: unknown = null): Decision => ({
  allowed: true,
  because: "unrestricted",
  entry: { grant, field, value },
});

export const noMatch = (grant: GrantName, field: string, list: unknown): Decision => ({
  allowed: false,
  because: "no-match",
  entry: { grant, field, value: list },
});

export const matched = (
  allowed: boolean,
  grant: GrantName,
  field: string,
  index: number,
  value: unknown,
): Decision => ({
  allowed,
  because: allowed ? "matched" : "matched-denies",
  entry: { grant, field, index, value },
});

export const byFlag = (grant: GrantName, field: string, value: unknown): Decision => ({
  allowed: value === true,
  because: "flag",
  entry: { grant, field, value },
});

export const blank = (grant: GrantName, field: string): Decision => ({
  allowed: false,
  because: "blank-name",
  entry: { grant, field, value: "" },
});

/** The first entry a predicate picks, with its index, or undefined. */
export function findEntry<T>(list: readonly T[], pick: (item: T) => boolean): [number, T] | undefined {
  const index = list.findIndex(pick);
  const item = list[index];
  return index < 0 || item === undefined ? undefined : [index, item];
}

/** `storage.paths[0]`, `llm.models`, `admin`: where in the scope the deciding entry sits. */
export function entryLocation(entry: DecisionEntry): string {
  if (entry.field === undefined) return entry.grant;
  return entry.index === undefined ? `${entry.grant}.${entry.field}` : `${entry.grant}.${entry.field}[${entry.index}]`;
}

const becauseText: Record<Because, string> = {
  "grant-absent": "the grant is absent",
  unrestricted: "unrestricted",
  matched: "allowed by",
  "matched-denies": "denied by",
  "no-match": "nothing matches in",
  flag: "set by",
  "blank-name": "a blank name is refused",
};

/** One line for people: `allowed by storage.paths[1] {"path":"/data","read_only":false}`. */
export function describeDecision(decision: Decision): string {
  const where = entryLocation(decision.entry);
  const { because, entry } = decision;
  if (because === "grant-absent") return `${where}: ${becauseText[because]}`;
  if (because === "unrestricted") return `${where}: ${becauseText[because]}`;
  if (because === "blank-name") return becauseText[because];
  return `${becauseText[because]} ${where} = ${JSON.stringify(entry.value)}`;
}
