import { useId, useRef, useState } from "react";
import { toFormState } from "#api/scope/form-state.ts";
import { JsonObjectField } from "#app/components/json-editor/json-object-field.tsx";
import { Button } from "#app/components/ui/button.tsx";
import { CopyButton } from "#app/components/ui/copy-button.tsx";
import { describeScopeTextProblem, type JsonForm, parseScopeText, scopeToText } from "./scope-json.ts";
import type { ScopeEditorModel } from "./use-scope-editor.ts";

/**
 * The scope as JSON, two-way with the form: the text is written from the form until the user types,
 * and what they type goes back into the form whenever it is a valid scope (compact or full form).
 */
export function JsonTab({ editor }: { editor: ScopeEditorModel }) {
  const area = useRef<HTMLTextAreaElement>(null);
  const formName = useId();
  const [form, setForm] = useState<JsonForm>("compact");
  const [draft, setDraft] = useState<string | null>(null);
  const text = draft ?? scopeToText(editor.scope, form);
  const parsed = draft === null ? null : parseScopeText(draft);
  const problem = parsed ? describeScopeTextProblem(parsed) : null;

  function change(next: string) {
    setDraft(next);
    const result = parseScopeText(next);
    if (result.ok) editor.setState(toFormState(result.scope));
  }

  function showProblem() {
    if (!parsed || parsed.ok || parsed.offset === undefined || !area.current) return;
    area.current.focus();
    area.current.setSelectionRange(parsed.offset, parsed.offset + 1);
  }

  return (
    <div className="grid gap-3">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div role="radiogroup" aria-label="JSON form" className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
          {(
            [
              ["compact", "Compact (TS SDK, tokens)"],
              ["full", "Full, with nulls (Python)"],
            ] as const
          ).map(([value, label]) => (
            <label key={value} className="flex items-center gap-1.5">
              <input
                type="radio"
                name={formName}
                checked={form === value}
                onChange={() => {
                  setForm(value);
                  setDraft(null);
                }}
                className="size-4 accent-accent"
              />
              {label}
            </label>
          ))}
        </div>
        <div className="flex gap-2">
          {problem && parsed?.ok === false && parsed.offset !== undefined && (
            <Button size="sm" onClick={showProblem}>
              Go to the problem
            </Button>
          )}
          {draft !== null && (
            <Button size="sm" onClick={() => setDraft(null)}>
              {problem ? "Discard the invalid text" : "Reformat"}
            </Button>
          )}
          <CopyButton text={text} />
        </div>
      </div>
      <JsonObjectField
        ref={area}
        label="Scope (JSON)"
        value={text}
        onChange={change}
        rows={18}
        problem={problem && `${problem}. The form keeps the last valid scope.`}
        status="Paste or edit the compact or the full form; the form follows every valid change."
      />
    </div>
  );
}
