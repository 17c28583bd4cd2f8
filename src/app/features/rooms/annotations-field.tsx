import { useId } from "react";
import { type Control, useFieldArray, useFormState } from "react-hook-form";
import { Button } from "#app/components/ui/button.tsx";
import { inputClass } from "#app/components/ui/text-field.tsx";
import type { RoomDetailsForm } from "./room-details-fields.tsx";

interface AnnotationsFieldProps {
  control: Control<RoomDetailsForm>;
}

/** Annotations as key/value rows: add, edit, remove. Each row keeps its identity (and focus) when another goes. */
export function AnnotationsField({ control }: AnnotationsFieldProps) {
  const id = useId();
  const { fields, append, remove } = useFieldArray({ control, name: "annotations" });
  const { errors } = useFormState({ control, name: "annotations" });
  return (
    <fieldset className="grid min-w-0 grid-cols-1 gap-2">
      <legend className="mb-1.5 text-sm font-medium">Annotations</legend>
      {fields.length === 0 && <p className="text-xs text-muted">No annotations. They are string labels for tools.</p>}
      {fields.map((field, index) => {
        const error = errors.annotations?.[index]?.key?.message;
        const rowId = `${id}-${field.id}`;
        return (
          <div key={field.id} className="grid min-w-0 grid-cols-1 gap-1">
            <div className="grid min-w-0 grid-cols-[1fr_1.5fr_auto] items-center gap-2">
              <input
                aria-label={`Key of annotation ${index + 1}`}
                {...control.register(`annotations.${index}.key`)}
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? `${rowId}-error` : undefined}
                className={inputClass}
                placeholder="key"
                spellCheck={false}
              />
              <input
                aria-label={`Value of annotation ${index + 1}`}
                {...control.register(`annotations.${index}.value`)}
                className={inputClass}
                placeholder="value"
              />
              <Button
                variant="ghost"
                size="sm"
                aria-label={`Remove annotation ${index + 1}`}
                onClick={() => remove(index)}
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
        <Button size="sm" onClick={() => append({ key: "", value: "" })}>
          Add annotation
        </Button>
      </div>
    </fieldset>
  );
}
