import { useCallback, useMemo, useState } from "react";
import { fromFormState, type ScopeFormState, toFormState } from "#api/scope/form-state.ts";
import { parseScope } from "#api/scope/forms.ts";
import type { ApiScope } from "#api/scope/schema.ts";
import { type ScopeIssue, type ScopeWarning, scopeErrors, scopeWarnings } from "#api/scope/warnings.ts";

export interface ScopeEditorModel {
  /** What the form shows: switched-off grants and unrestricted lists keep what was typed. */
  state: ScopeFormState;
  setState: (next: ScopeFormState) => void;
  /** Replaces the whole form with a scope (a preset, a pasted JSON, a loaded grant). */
  load: (scope: ApiScope) => void;
  /** The scope the form stands for now; may be invalid (see `errors`). */
  scope: ApiScope;
  /** Schema issues with dotted paths (`storage.paths.0.path`): saving is blocked while there are any. */
  errors: ScopeIssue[];
  warnings: ScopeWarning[];
  /** The latest scope the form held with no errors: what the summary, JSON and presets work from. */
  lastValid: ApiScope;
}

interface Held {
  state: ScopeFormState;
  lastValid: ApiScope;
}

/** The scope editor's state, for `<ScopeEditor editor={…} />`; `initial` is read once. */
export function useScopeEditor(initial: ApiScope): ScopeEditorModel {
  const [held, setHeld] = useState<Held>(() => ({ state: toFormState(initial), lastValid: initial }));
  const setState = useCallback((state: ScopeFormState) => {
    setHeld((previous) => {
      const scope = fromFormState(state);
      return { state, lastValid: scopeErrors(scope).length === 0 ? parseScope(scope) : previous.lastValid };
    });
  }, []);
  const load = useCallback((scope: ApiScope) => setHeld({ state: toFormState(scope), lastValid: scope }), []);
  const scope = useMemo(() => fromFormState(held.state), [held.state]);
  const errors = useMemo(() => scopeErrors(scope), [scope]);
  // The form's scope is well-formed even when a value is invalid (an empty path), so warnings still apply.
  const warnings = useMemo(() => scopeWarnings(scope), [scope]);
  return { state: held.state, setState, load, scope, errors, warnings, lastValid: held.lastValid };
}
