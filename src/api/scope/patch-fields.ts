import { defaultGrant } from "./grant-labels.ts";
import { type GrantName, grantSchemas } from "./schema.ts";

export interface PatchableField {
  field: string;
  /** A flag (allowed / denied), or a list of names (`null`: unrestricted). */
  kind: "flag" | "names";
}

// A names field is one whose default is null (unrestricted) and that takes a list of plain names;
// lists of entries (tables, databases, memories, endpoints) are edited in the scope editor instead.
const isNamesField = (name: GrantName, field: string) => grantSchemas[name].safeParse({ [field]: ["x"] }).success;

/** The top-level fields of a grant type that a `set-field` patch can set. */
export function patchableFields(name: GrantName): PatchableField[] {
  return Object.entries(defaultGrant(name)).flatMap(([field, value]): PatchableField[] => {
    if (typeof value === "boolean") return [{ field, kind: "flag" }];
    if (value === null && isNamesField(name, field)) return [{ field, kind: "names" }];
    return [];
  });
}
