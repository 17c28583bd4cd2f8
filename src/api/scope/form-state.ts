import { defaultGrant, grantOf } from "./grant-labels.ts";
import {
  type ApiScope,
  containerRegistryGrantSchema,
  type GrantName,
  type Grants,
  grantNames,
  memoryEntryGrantSchema,
  oauthEndpointGrantSchema,
  pathGrantSchema,
  sqliteDatabaseGrantSchema,
  sqliteTableGrantSchema,
  tableGrantSchema,
} from "./schema.ts";

// The scope editor's form state. Every grant keeps its fields while switched off, and every
// optional list keeps its items while "unrestricted", so toggling back restores what was typed.
// Only fromFormState decides what the toggles mean: off → null grant, unrestricted → null list.

/** An optional list: `restricted: false` is null (unrestricted); the items are kept either way. */
export interface OptionalList<T> {
  restricted: boolean;
  items: T[];
}

type Primitive = string | number | boolean;

/** The form shape of a grant model: optional lists become OptionalList, a nullable model gains `restricted`. */
export type FormOf<T> = [T] extends [Primitive]
  ? T
  : [NonNullable<T>] extends [readonly (infer U)[]]
    ? OptionalList<FormOf<U>>
    : null extends T
      ? { restricted: boolean } & FormOf<NonNullable<T>>
      : { [K in keyof T]: FormOf<T[K]> };

export type GrantForm<N extends GrantName> = { enabled: boolean } & FormOf<Grants[N]>;

export type ScopeFormState = { [N in GrantName]: GrantForm<N> };

// The one nullable nested model (containers.registry, null = every repository). A null anywhere
// else in a grant is an unrestricted list.
const nullableModels: Record<string, Record<string, unknown>> = { registry: containerRegistryGrantSchema.parse({}) };

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

function toForm(value: unknown, key: string): unknown {
  if (Array.isArray(value)) return { restricted: true, items: value.map((item) => toForm(item, "")) };
  if (value === null) {
    const model = nullableModels[key];
    return model ? { ...(toForm(model, key) as object), restricted: false } : { restricted: false, items: [] };
  }
  if (isObject(value)) {
    const form: Record<string, unknown> = nullableModels[key] ? { restricted: true } : {};
    for (const [k, v] of Object.entries(value)) form[k] = toForm(v, k);
    return form;
  }
  return value;
}

function fromForm(value: unknown): unknown {
  if (!isObject(value)) return value;
  const { restricted, ...rest } = value;
  if (restricted === false) return null;
  if ("items" in rest && Array.isArray(rest.items) && typeof restricted === "boolean") return rest.items.map(fromForm);
  const model: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(rest)) model[k] = fromForm(v);
  return model;
}

function grantForm<N extends GrantName>(name: N, grant: Grants[N] | null): GrantForm<N> {
  // toForm maps a grant model onto FormOf of its type, which the round-trip tests check.
  return { enabled: grant !== null, ...(toForm(grant ?? defaultGrant(name), name) as object) } as GrantForm<N>;
}

/** The form state of a scope; absent grants are switched off with their defaults filled in. */
export function toFormState(scope: ApiScope): ScopeFormState {
  return Object.fromEntries(grantNames.map((name) => [name, grantForm(name, grantOf(scope, name))])) as ScopeFormState;
}

/** Every grant off, every field at its default: a blank editor. */
export function emptyFormState(): ScopeFormState {
  return toFormState(Object.fromEntries(grantNames.map((name) => [name, null])) as ApiScope);
}

/**
 * The scope a form state stands for: a switched-off grant is null and an unrestricted list is null,
 * whatever they hold. Not validated: run `scopeErrors` (or apiScopeSchema) on it for empty names,
 * duplicates and bad ports.
 */
export function fromFormState(state: ScopeFormState): ApiScope {
  const scope: Record<string, unknown> = {};
  for (const name of grantNames) {
    const { enabled, ...fields } = state[name];
    scope[name] = enabled ? fromForm(fields) : null;
  }
  // fromForm inverts toForm field by field, so this is the ApiScope the form was made from.
  return scope as ApiScope;
}

// A schema default in form shape, with its required names left blank for the user to fill in.
const row =
  <T>(schema: { parse: (input: unknown) => T }, sample: Record<string, string>) =>
  (): FormOf<T> =>
    ({
      ...(toForm(schema.parse(sample), "") as object),
      ...Object.fromEntries(Object.keys(sample).map((key) => [key, ""])),
    }) as FormOf<T>;

/** Blank rows for the editor's "add" buttons, every field at the model's default. */
export const newRows = {
  path: row(pathGrantSchema, { path: "x" }),
  table: row(tableGrantSchema, { name: "x" }),
  sqliteDatabase: row(sqliteDatabaseGrantSchema, { name: "x" }),
  sqliteTable: row(sqliteTableGrantSchema, { database: "x", table: "x" }),
  memory: row(memoryEntryGrantSchema, { name: "x" }),
  oauthEndpoint: row(oauthEndpointGrantSchema, { endpoint: "x", client_id: "x" }),
};
