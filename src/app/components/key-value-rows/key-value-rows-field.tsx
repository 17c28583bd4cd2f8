import { useId } from "react";
import { type Control, type FieldValues, useFieldArray, useFormState } from "react-hook-form";
import { Button } from "#app/components/ui/button.tsx";
import { FieldError } from "#app/components/ui/field-error.tsx";
import { inputClass } from "#app/components/ui/text-field.tsx";
import type { KeyValueRow } from "./key-value-rows.ts";

/** The one field these rows are read through: see the cast below. */
type RowsForm = { rows: KeyValueRow[] };

interface KeyValueRowsFieldProps<T extends FieldValues> {
  control: Control<T>;
  /** The form's field that holds the rows (`KeyValueRow[]`). */
  name: string;
  /** The fieldset's legend, e.g. "Annotations". */
  legend: string;
  /** What one row is, e.g. "annotation": names each input ("Key of annotation 2") and the Add button. */
  noun: string;
  /** Said while there are no rows. */
  empty: string;
}

/** String pairs as key/value rows: add, edit, remove. Each row keeps its identity (and focus) when another goes. */
export function KeyValueRowsField<T extends FieldValues>({
  control: wider,
  name: fieldName,
  legend,
  noun,
  empty,
}: KeyValueRowsFieldProps<T>) {
  const id = useId();
  // react-hook-form types a path against the form's type, which a shared field cannot know; every
  // call below goes through `name`, the caller's KeyValueRow[] field, so it is typed as a form of that one field.
  const control = wider as unknown as Control<RowsForm>;
  const name = fieldName as "rows";
  const { fields, append, remove } = useFieldArray({ control, name });
  const { errors } = useFormState({ control, name });
  return (
    <fieldset className="grid min-w-0 grid-cols-1 gap-2">
      <legend className="mb-1.5 text-sm font-medium">{legend}</legend>
      {fields.length === 0 && <p className="text-xs text-muted">{empty}</p>}
      {fields.map((field, index) => {
        const error = errors.rows?.[index]?.key?.message;
        const rowId = `${id}-${field.id}`;
        return (
          <div key={field.id} className="grid min-w-0 grid-cols-1 gap-1">
            <div className="grid min-w-0 grid-cols-[1fr_1.5fr_auto] items-center gap-2">
              <input
                aria-label={`Key of ${noun} ${index + 1}`}
                {...control.register(`${name}.${index}.key`)}
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? `${rowId}-error` : undefined}
                className={inputClass}
                placeholder="key"
                spellCheck={false}
              />
              <input
                aria-label={`Value of ${noun} ${index + 1}`}
                {...control.register(`${name}.${index}.value`)}
                className={inputClass}
                placeholder="value"
              />
              <Button
                variant="ghost"
                size="sm"
                aria-label={`Remove ${noun} ${index + 1}`}
                onClick={() => remove(index)}
              >
                Remove
              </Button>
            </div>
            <FieldError id={`${rowId}-error`} message={error} />
          </div>
        );
      })}
      <div>
        <Button size="sm" onClick={() => append({ key: "", value: "" })}>
          Add {noun}
        </Button>
      </div>
    </fieldset>
  );
}
