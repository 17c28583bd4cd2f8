import { grantLabels } from "./grant-labels.ts";
import { presets } from "./presets.ts";
import { type ApiScope, apiScopeSchema, type GrantName, grantNames } from "./schema.ts";

// What a scope being edited stands for while some of its rows are incomplete: the summary follows the
// form, leaving out only what cannot be read yet (a blank path), and says what it left out.

/** A part of the form the summary leaves out until it is fixed: "Storage path 2", with the problem. */
export interface LeftOut {
  path: string;
  label: string;
  message: string;
}

export interface DraftScope {
  scope: ApiScope;
  leftOut: LeftOut[];
}

// Singular nouns of the lists whose rows a user fills in, for labels that match the form's.
const rowNouns: Record<string, string> = {
  paths: "path",
  tables: "table",
  databases: "database",
  memories: "memory",
  models: "model",
  ports: "port",
  request_oauth_token: "OAuth endpoint",
  breakout_rooms: "breakout room",
  allowed_toolkits: "toolkit",
};

const isGrantName = (key: unknown): key is GrantName => grantNames.some((name) => name === key);
const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

function labelOf(path: readonly PropertyKey[], rowAt: number): string {
  const grant = path[0];
  const grantLabel = isGrantName(grant) ? grantLabels[grant] : String(grant);
  if (rowAt < 0) return grantLabel;
  const list = String(path[rowAt - 1]);
  return `${grantLabel} ${rowNouns[list] ?? list} ${Number(path[rowAt]) + 1}`;
}

/** Removes, in place, the row (or else the grant) each issue sits in; the labels use the form's numbering. */
function leaveOut(draft: Record<string, unknown>, issues: readonly { path: PropertyKey[]; message: string }[]) {
  const left: LeftOut[] = [];
  const removals: { list: unknown[]; index: number }[] = [];
  for (const { path, message } of issues) {
    const rowAt = path.findLastIndex((key) => typeof key === "number");
    left.push({ path: path.map(String).join("."), label: labelOf(path, rowAt), message });
    if (rowAt < 0) {
      if (isGrantName(path[0])) draft[path[0]] = null;
      continue;
    }
    let list: unknown = draft;
    for (const key of path.slice(0, rowAt)) list = isRecord(list) ? list[String(key)] : undefined;
    const index = Number(path[rowAt]);
    if (Array.isArray(list) && !removals.some((r) => r.list === list && r.index === index))
      removals.push({ list, index });
  }
  // From the last index down, so earlier removals do not shift later ones.
  for (const { list, index } of removals.sort((a, b) => b.index - a.index)) list.splice(index, 1);
  return left;
}

/** The form's scope with incomplete rows left out; `none` if what remains still does not parse. */
export function draftScope(formScope: unknown): DraftScope {
  const draft = structuredClone(formScope);
  const leftOut: LeftOut[] = [];
  for (let round = 0; round < 3 && isRecord(draft); round++) {
    const result = apiScopeSchema.safeParse(draft);
    if (result.success) return { scope: result.data, leftOut };
    leftOut.push(...leaveOut(draft, result.error.issues));
  }
  return { scope: presets.none(), leftOut };
}
