import { useId } from "react";
import { type Control, useController } from "react-hook-form";
import { FieldError } from "#app/components/ui/field-error.tsx";
import type { OAuthClientForm } from "./oauth-client-form.ts";

interface ChecklistFieldProps {
  control: Control<OAuthClientForm>;
  name: "grantTypes" | "responseTypes";
  legend: string;
  /** The values offered; a client's other values are listed after them, so none is lost. */
  known: readonly string[];
}

/** A list of strings as a set of checkboxes, in the offered order. */
export function ChecklistField({ control, name, legend, known }: ChecklistFieldProps) {
  const id = useId();
  const { field, fieldState } = useController({ control, name });
  const chosen = field.value;
  const options = [...known, ...chosen.filter((value) => !known.includes(value))];
  const toggle = (value: string, on: boolean) =>
    field.onChange(options.filter((option) => (option === value ? on : chosen.includes(option))));
  const error = fieldState.error?.message;
  return (
    <fieldset className="grid min-w-0 gap-1.5" aria-describedby={error ? `${id}-error` : undefined}>
      <legend className="mb-1.5 text-sm font-medium">{legend}</legend>
      <div className="flex flex-wrap gap-x-4 gap-y-1.5">
        {options.map((option, index) => (
          <label key={option} className="flex min-w-0 items-center gap-2 text-sm">
            <input
              type="checkbox"
              className="size-4 shrink-0 accent-accent"
              checked={chosen.includes(option)}
              onChange={(event) => toggle(option, event.target.checked)}
              onBlur={field.onBlur}
              ref={index === 0 ? field.ref : undefined}
              aria-invalid={error ? true : undefined}
            />
            <code className="min-w-0 truncate text-xs" title={option}>
              {option}
            </code>
          </label>
        ))}
      </div>
      <FieldError id={`${id}-error`} message={error} />
    </fieldset>
  );
}
