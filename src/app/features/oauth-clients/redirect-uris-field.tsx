import { useId } from "react";
import { type Control, useFieldArray, useFormState } from "react-hook-form";
import { Button } from "#app/components/ui/button.tsx";
import { FieldError } from "#app/components/ui/field-error.tsx";
import { inputClass } from "#app/components/ui/text-field.tsx";
import type { OAuthClientForm } from "./oauth-client-form.ts";

/** One row per redirect URI, each checked as it is typed (the form validates on change). */
export function RedirectUrisField({ control }: { control: Control<OAuthClientForm> }) {
  const id = useId();
  const { fields, append, remove } = useFieldArray({ control, name: "redirectUris" });
  const { errors } = useFormState({ control, name: "redirectUris" });
  const listError = errors.redirectUris?.message ?? errors.redirectUris?.root?.message;
  return (
    <fieldset className="grid min-w-0 grid-cols-1 gap-2" aria-describedby={`${id}-hint`}>
      <legend className="mb-1.5 text-sm font-medium">Redirect URIs</legend>
      <p id={`${id}-hint`} className="text-xs text-muted">
        Absolute URLs with https; http only on localhost, 127.0.0.1 or [::1]. Empty rows are left out.
      </p>
      {fields.map((field, index) => {
        const error = errors.redirectUris?.[index]?.value?.message;
        const errorId = `${id}-${field.id}-error`;
        return (
          <div key={field.id} className="grid min-w-0 grid-cols-1 gap-1">
            <div className="grid min-w-0 grid-cols-[1fr_auto] items-center gap-2">
              <input
                aria-label={`Redirect URI ${index + 1}`}
                {...control.register(`redirectUris.${index}.value`)}
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? errorId : undefined}
                className={inputClass}
                type="url"
                inputMode="url"
                placeholder="https://app.example/callback"
                spellCheck={false}
                autoComplete="off"
              />
              <Button
                variant="ghost"
                size="sm"
                aria-label={`Remove redirect URI ${index + 1}`}
                onClick={() => remove(index)}
              >
                Remove
              </Button>
            </div>
            <FieldError id={errorId} message={error} />
          </div>
        );
      })}
      <FieldError message={listError} />
      <div>
        <Button size="sm" onClick={() => append({ value: "" })}>
          Add redirect URI
        </Button>
      </div>
    </fieldset>
  );
}
