import { type Ref, useId } from "react";
import type { ParsedJsonObject } from "./parse-json-object.ts";

interface JsonObjectFieldProps {
  label: string;
  value: string;
  onChange: (text: string) => void;
  /** What is wrong with the text (syntax, shape or the server's word), or `null`. */
  problem: string | null;
  /** Shown under the field while there is no problem. */
  status: string;
  rows?: number;
  readOnly?: boolean;
  ref?: Ref<HTMLTextAreaElement>;
}

/** JSON text in a monospace area, checked as it is typed, with its problem announced beneath. */
export function JsonObjectField({
  label,
  value,
  onChange,
  problem,
  status,
  rows = 8,
  readOnly,
  ref,
}: JsonObjectFieldProps) {
  const id = useId();
  return (
    <div className="grid gap-1.5">
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      <textarea
        id={id}
        ref={ref}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        readOnly={readOnly}
        spellCheck={false}
        rows={rows}
        aria-invalid={problem ? true : undefined}
        aria-describedby={`${id}-status`}
        className="w-full rounded-lg border border-line bg-surface p-3 font-mono text-xs leading-5 shadow-xs aria-invalid:border-danger read-only:bg-subtle"
      />
      <p
        id={`${id}-status`}
        role={problem ? "alert" : undefined}
        className={`text-xs break-words ${problem ? "font-medium text-danger" : "text-muted"}`}
      >
        {problem ?? status}
      </p>
    </div>
  );
}

/** Moves the caret to a syntax error, so the user sees where to fix it. */
export function selectJsonProblem(area: HTMLTextAreaElement | null, parsed: ParsedJsonObject): void {
  if (parsed.ok || parsed.offset === undefined || !area) return;
  area.focus();
  area.setSelectionRange(parsed.offset, parsed.offset + 1);
}
