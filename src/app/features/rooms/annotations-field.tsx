import { useId } from "react";
import { Button } from "#app/components/ui/button.tsx";
import { inputClass } from "#app/components/ui/text-field.tsx";
import type { AnnotationRow } from "./annotation-rows.ts";

interface AnnotationsFieldProps {
  value: AnnotationRow[];
  onChange: (rows: AnnotationRow[]) => void;
  /** The key's problem per row, by index. */
  errors?: readonly (string | undefined)[];
}

/** Annotations as key/value rows: add, edit, remove. */
export function AnnotationsField({ value, onChange, errors = [] }: AnnotationsFieldProps) {
  const id = useId();
  const set = (index: number, patch: Partial<AnnotationRow>) =>
    onChange(value.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  return (
    <fieldset className="grid min-w-0 grid-cols-1 gap-2">
      <legend className="mb-1.5 text-sm font-medium">Annotations</legend>
      {value.length === 0 && <p className="text-xs text-muted">No annotations. They are string labels for tools.</p>}
      {value.map((row, index) => {
        const error = errors[index];
        const rowId = `${id}-${index}`;
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: a row is its position; keys may be blank or repeated while typed
          <div key={index} className="grid min-w-0 grid-cols-1 gap-1">
            <div className="grid min-w-0 grid-cols-[1fr_1.5fr_auto] items-center gap-2">
              <input
                aria-label={`Key of annotation ${index + 1}`}
                value={row.key}
                onChange={(event) => set(index, { key: event.target.value })}
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? `${rowId}-error` : undefined}
                className={inputClass}
                placeholder="key"
                spellCheck={false}
              />
              <input
                aria-label={`Value of annotation ${index + 1}`}
                value={row.value}
                onChange={(event) => set(index, { value: event.target.value })}
                className={inputClass}
                placeholder="value"
              />
              <Button
                variant="ghost"
                size="sm"
                aria-label={`Remove annotation ${index + 1}`}
                onClick={() => onChange(value.filter((_, i) => i !== index))}
              >
                Remove
              </Button>
            </div>
            {error && (
              <p id={`${rowId}-error`} className="text-xs font-medium text-danger">
                {error.charAt(0).toUpperCase() + error.slice(1)}
              </p>
            )}
          </div>
        );
      })}
      <div>
        <Button size="sm" onClick={() => onChange([...value, { key: "", value: "" }])}>
          Add annotation
        </Button>
      </div>
    </fieldset>
  );
}
