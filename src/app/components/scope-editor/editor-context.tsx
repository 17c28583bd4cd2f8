import { createContext, useContext } from "react";
import type { GrantForm, ScopeFormState } from "#api/scope/form-state.ts";
import type { GrantName } from "#api/scope/schema.ts";
import type { ScopeIssue, ScopeWarning } from "#api/scope/warnings.ts";

// What every section and field of the editor needs: the form state, a way to change one grant,
// and the issues found at a dotted scope path (`storage.paths.1.read_only`).

export interface EditorContextValue {
  state: ScopeFormState;
  /** Changes one grant: `recipe` edits a copy of it in place. */
  edit: <N extends GrantName>(name: N, recipe: (draft: GrantForm<N>) => void) => void;
  errors: readonly ScopeIssue[];
  warnings: readonly ScopeWarning[];
  /** A prefix for element ids, unique per editor on the page. */
  idPrefix: string;
}

export const EditorContext = createContext<EditorContextValue | null>(null);

export function useEditor(): EditorContextValue {
  const value = useContext(EditorContext);
  if (!value) throw new Error("scope editor fields must be rendered inside <ScopeEditor>");
  return value;
}

/** The errors and warnings placed exactly on `path`. */
export function useIssuesAt(path: string) {
  const { errors, warnings, idPrefix } = useEditor();
  return {
    errors: errors.filter((issue) => issue.path === path).map((issue) => issue.message),
    warnings: warnings.filter((warning) => warning.path === path),
    id: `${idPrefix}-issues-${path}`,
  };
}

/** How many errors and warnings fall on `path` or below it (for a collapsed section's header). */
export function useIssueCounts(path: string) {
  const { errors, warnings } = useEditor();
  const under = (p: string) => p === path || p.startsWith(`${path}.`);
  return {
    errors: errors.filter((issue) => under(issue.path)).length,
    warnings: warnings.filter((warning) => under(warning.path) && warning.severity === "warning").length,
  };
}
