import { grantOf } from "./grant-labels.ts";
import { type PathGrantKind, writableEntries } from "./path-rules.ts";
import type { ApiScope, GrantName, TableGrant } from "./schema.ts";

// Where a grant applies, as groups of names ("read /data; write /data/reports"), for summaryOf (summary.ts).

/** One group of a grant's places: a verb and what it applies to; `items: null` is the verb alone ("every port"). */
export interface WhereGroup {
  verb: string;
  items: readonly string[] | null;
  /** What an empty list reads as ("no paths"). */
  none: string;
}

const group = (verb: string, items: readonly string[] | null, none = `${verb} nothing`.trim()): WhereGroup => ({
  verb,
  items,
  none,
});

/** Groups for each list that restricts (null lists allow anything and say nothing). */
const lists = (...pairs: [string, readonly string[] | null][]): WhereGroup[] =>
  pairs.flatMap(([verb, list]) => (list === null ? [] : [group(verb, list)]));

function pathGroups(scope: ApiScope, kind: PathGrantKind): WhereGroup[] {
  const paths = scope[kind]?.paths;
  if (paths === null || paths === undefined) return [];
  if (paths.length === 0) return [group("", [], "no paths")];
  const writable = writableEntries(scope, kind);
  const written = new Set(writable.map((entry) => entry.path));
  const read = paths.filter((entry) => !written.has(entry.path)).map((entry) => entry.path);
  const write = writable.map(({ path, except }) =>
    except.length > 0 ? `${path} (except ${except.join(", ")})` : path,
  );
  return [...(read.length > 0 ? [group("read", read)] : []), ...(write.length > 0 ? [group("write", write)] : [])];
}

/** A named thing in a namespace: "team/events"; any namespace names it alone; the root says so. */
export function qualifiedName(name: string, namespace: readonly string[] | null): string {
  if (namespace === null) return name;
  return namespace.length === 0 ? `${name} (root namespace)` : [...namespace, name].join("/");
}

/** Items grouped under the words of what each allows, in order of first appearance. */
function byAccess<T>(items: readonly T[], name: (item: T) => string, access: (item: T) => string): WhereGroup[] {
  const groups = new Map<string, string[]>();
  for (const item of items) {
    const key = access(item);
    groups.set(key, [...(groups.get(key) ?? []), name(item)]);
  }
  return [...groups].map(([verb, names]) => group(verb, names));
}

const tableAccess = (t: TableGrant) =>
  (["read", "write", "alter"] as const).filter((op) => t[op]).join(" and ") || "no access to";

/** The groups of one present grant; none when the grant restricts no list. */
export function whereGroups(scope: ApiScope, name: GrantName): WhereGroup[] {
  switch (name) {
    case "storage":
    case "sync":
      return pathGroups(scope, name);
    case "dataset": {
      const tables = grantOf(scope, "dataset")?.tables ?? null;
      if (tables === null) return [];
      if (tables.length === 0) return [group("", [], "no tables")];
      return byAccess(tables, (t) => qualifiedName(t.name, t.namespace), tableAccess);
    }
    case "sqlite": {
      const databases = grantOf(scope, "sqlite")?.databases ?? null;
      return lists(["databases", databases?.map((d) => qualifiedName(d.name, d.namespace)) ?? null]);
    }
    case "memory": {
      const memories = grantOf(scope, "memory")?.memories ?? null;
      return lists(["memories", memories?.map((m) => qualifiedName(m.name, m.namespace)) ?? null]);
    }
    case "llm": {
      const models = grantOf(scope, "llm")?.models ?? null;
      return models === null ? [] : [group("", models, "no models")];
    }
    case "containers": {
      const grant = grantOf(scope, "containers");
      return grant === null ? [] : lists(["pull", grant.pull], ["run", grant.run]);
    }
    case "tunnels": {
      const ports = grantOf(scope, "tunnels")?.ports ?? null;
      // An empty port list is every port too (spec §7.2).
      return ports === null || ports.length === 0 ? [group("every port", null)] : [group("ports", ports)];
    }
    case "queues": {
      const grant = grantOf(scope, "queues");
      return grant === null ? [] : lists(["send to", grant.send], ["receive from", grant.receive]);
    }
    case "livekit":
      return lists(["breakout rooms", grantOf(scope, "livekit")?.breakout_rooms ?? null]);
    case "agents":
      return lists(["toolkits", grantOf(scope, "agents")?.allowed_toolkits ?? null]);
    case "secrets": {
      const endpoints = grantOf(scope, "secrets")?.request_oauth_token ?? null;
      return lists(["OAuth tokens from", endpoints?.map((e) => e.endpoint) ?? null]);
    }
    default:
      return [];
  }
}
