import { useId, useRef } from "react";
import { type Control, useController } from "react-hook-form";
import { Button } from "#app/components/ui/button.tsx";
import { FieldError } from "#app/components/ui/field-error.tsx";
import { inputClass } from "#app/components/ui/text-field.tsx";
import type { OAuthClientForm } from "./oauth-client-form.ts";
import { acceptSuggestion, partialToken, scopeSuggestions } from "./scope-suggestions.ts";

const SHOWN = 12;

/** The scope as space-separated tokens, with Meshagent's scopes offered as buttons that complete the word typed. */
export function ScopeField({ control }: { control: Control<OAuthClientForm> }) {
  const id = useId();
  const input = useRef<HTMLInputElement | null>(null);
  const { field, fieldState } = useController({ control, name: "scope" });
  const suggestions = scopeSuggestions(field.value);
  const partial = partialToken(field.value);
  const error = fieldState.error?.message;
  const accept = (token: string) => {
    field.onChange(acceptSuggestion(field.value, token));
    input.current?.focus();
  };
  return (
    <div className="grid min-w-0 gap-1.5">
      <label htmlFor={id} className="text-sm font-medium">
        Scope
      </label>
      <input
        id={id}
        ref={(element) => {
          input.current = element;
          field.ref(element);
        }}
        name={field.name}
        value={field.value}
        onChange={field.onChange}
        onBlur={field.onBlur}
        className={inputClass}
        aria-invalid={error ? true : undefined}
        aria-describedby={[`${id}-hint`, error && `${id}-error`].filter(Boolean).join(" ")}
        spellCheck={false}
        autoComplete="off"
        placeholder="profile:read rooms:read"
      />
      <p id={`${id}-hint`} className="text-xs text-muted">
        Space-separated. Meshagent's scopes are suggested below; other tokens are sent as typed.
      </p>
      <FieldError id={`${id}-error`} message={error} />
      {suggestions.length > 0 && (
        <fieldset className="flex min-w-0 flex-wrap items-center gap-1.5">
          <legend className="sr-only">Suggested scopes</legend>
          {suggestions.slice(0, SHOWN).map((token) => (
            <Button key={token} size="sm" variant="ghost" className="font-mono text-xs" onClick={() => accept(token)}>
              {`+ ${token}`}
            </Button>
          ))}
          {suggestions.length > SHOWN && (
            <span className="text-xs text-muted">
              {suggestions.length - SHOWN} more{partial ? "" : ": type the start of one"}
            </span>
          )}
        </fieldset>
      )}
    </div>
  );
}
