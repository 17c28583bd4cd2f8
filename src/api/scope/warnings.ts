import { modelPatternMatchesSome } from "./model-patterns.ts";
import { type PathGrantKind, shadowingEntry } from "./path-rules.ts";
import { type ApiScope, apiScopeSchema } from "./schema.ts";

// Legal scopes that are probably not what was meant, and schema errors, both placed on a dotted
// field path (`storage.paths.1.read_only`) so a form can show them next to the field.

export interface ScopeWarning {
  path: string;
  message: string;
  /** "info" only for admin: correct and deliberate, but worth a second look. */
  severity: "warning" | "info";
}

export interface ScopeIssue {
  path: string;
  message: string;
}

const warning = (path: string, message: string): ScopeWarning => ({ path, message, severity: "warning" });

function pathWarnings(scope: ApiScope, kind: PathGrantKind): ScopeWarning[] {
  const paths = scope[kind]?.paths;
  if (paths === undefined) return [];
  if (paths === null) {
    return [warning(`${kind}.paths`, `No paths listed: ${kind} can read and write everywhere.`)];
  }
  if (paths.length === 0) {
    return [warning(`${kind}.paths`, `An empty path list allows nothing: add a path or turn ${kind} off.`)];
  }
  return paths.flatMap((entry, index) => {
    const out: ScopeWarning[] = [];
    if (kind === "storage" && entry.path.includes("*")) {
      out.push(
        warning(`storage.paths.${index}.path`, 'Storage paths are plain prefixes: "*" matches only a literal "*".'),
      );
    }
    const shadow = shadowingEntry(kind, paths, index);
    const earlier = shadow === undefined ? undefined : paths[shadow];
    if (shadow !== undefined && earlier !== undefined && earlier.read_only !== entry.read_only) {
      const effect = earlier.read_only ? "read-only, so it can never be written" : "writable, so it stays writable";
      out.push(
        warning(
          `${kind}.paths.${index}.read_only`,
          `"${entry.path}" is shadowed by "${earlier.path}" (entry ${shadow + 1}), which comes first and is ${effect}.`,
        ),
      );
    }
    return out;
  });
}

// Only a trailing `*` is a wildcard (spec §7.3); anywhere else it is matched literally.
const starWarning = (path: string, pattern: string): ScopeWarning[] =>
  pattern.slice(0, -1).includes("*")
    ? [warning(path, `"*" only works at the end of a pattern; in "${pattern}" it matches a literal "*".`)]
    : [];

const starWarnings = (path: string, patterns: readonly string[] | null | undefined, field = ""): ScopeWarning[] =>
  (patterns ?? []).flatMap((pattern, index) => starWarning(`${path}.${index}${field}`, pattern));

// The SDK matches an entry against "provider/model" (see `modelPatternMatchesSome`).
function modelWarnings(models: readonly string[] | null | undefined): ScopeWarning[] {
  if (models?.length === 0)
    return [warning("llm.models", "An empty model list allows no model: add one or turn LLM off.")];
  return (models ?? []).flatMap((model, index) =>
    modelPatternMatchesSome(model)
      ? []
      : [
          warning(
            `llm.models.${index}`,
            `"${model}" matches no model: write "provider/model" (openai/gpt-4o), or end a prefix with "*" (openai/*).`,
          ),
        ],
  );
}

export function scopeWarnings(scope: ApiScope): ScopeWarning[] {
  const out = [...pathWarnings(scope, "sync"), ...pathWarnings(scope, "storage")];
  const { containers, llm, secrets, tunnels, admin } = scope;
  if (containers) {
    out.push(...starWarnings("containers.pull", containers.pull), ...starWarnings("containers.run", containers.run));
    for (const op of ["list", "pull", "run", "write"] as const) {
      out.push(...starWarnings(`containers.registry.${op}`, containers.registry?.[op]));
    }
  }
  out.push(...starWarnings("llm.models", llm?.models), ...modelWarnings(llm?.models));
  out.push(
    ...starWarnings(
      "sync.paths",
      scope.sync?.paths?.map((p) => p.path),
      ".path",
    ),
  );
  if (secrets?.request_oauth_token?.length === 0) {
    out.push(warning("secrets.request_oauth_token", "An empty endpoint list allows no OAuth tokens at all."));
  }
  const endpoints = secrets?.request_oauth_token?.map((e) => e.endpoint);
  out.push(...starWarnings("secrets.request_oauth_token", endpoints, ".endpoint"));
  if (tunnels && (tunnels.ports === null || tunnels.ports.length === 0)) {
    out.push(warning("tunnels.ports", "No ports listed: tunnels may be opened on every port."));
  }
  if (admin) {
    const what = admin.config ? "change the room's configuration" : "use the admin API (configuration changes are off)";
    out.push({ path: "admin", message: `Admin lets this participant ${what}.`, severity: "info" });
  }
  return out;
}

/** The schema's complaints about a scope being edited (JSON or form), with dotted paths. */
export function scopeErrors(input: unknown): ScopeIssue[] {
  const result = apiScopeSchema.safeParse(input);
  if (result.success) return [];
  return result.error.issues.map((issue) => ({ path: issue.path.map(String).join("."), message: issue.message }));
}
