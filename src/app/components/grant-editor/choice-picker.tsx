import { type ReactNode, useState } from "react";
import { Button } from "#app/components/ui/button.tsx";
import { TextField } from "#app/components/ui/text-field.tsx";
import { UntrustedText } from "#app/components/ui/untrusted-text.tsx";
import { describeError } from "#app/lib/describe-error.ts";

export interface Choice {
  id: string;
  label: string;
  detail?: string;
  /** A word on the choice that changes what picking it does ("has a grant: opens it"). */
  mark?: string;
}

interface ChoicePickerProps {
  /** "room", "member". */
  noun: string;
  label: string;
  hint: string;
  filter: string;
  onFilterChange: (filter: string) => void;
  choices: readonly Choice[];
  total: number;
  pending: boolean;
  error: unknown;
  onPick: (choice: Choice) => void;
  empty: ReactNode;
}

/** A server-side search box and the first matches, each a button that picks it. */
export function ChoicePicker(props: ChoicePickerProps) {
  const { noun, choices, total } = props;
  const [touched, setTouched] = useState(false);
  return (
    <div className="grid gap-2">
      <TextField
        label={props.label}
        hint={props.hint}
        value={props.filter}
        type="search"
        onChange={(event) => {
          props.onFilterChange(event.target.value);
          setTouched(true);
        }}
      />
      {props.error ? (
        <p role="alert" className="text-sm text-danger">
          Could not search: {describeError(props.error)}
        </p>
      ) : props.pending ? (
        <p className="text-sm text-muted">Searching…</p>
      ) : choices.length === 0 ? (
        <div className="text-sm text-muted">{props.empty}</div>
      ) : (
        <ul aria-label={`Matching ${noun}s`} className="grid max-h-72 gap-1 overflow-y-auto">
          {choices.map((choice) => (
            <li key={choice.id}>
              <Button
                size="sm"
                variant="ghost"
                className="h-auto w-full justify-start py-1.5 text-left"
                onClick={() => props.onPick(choice)}
              >
                <span className="grid min-w-0 flex-1">
                  <UntrustedText className="font-medium">{choice.label}</UntrustedText>
                  {choice.detail && <UntrustedText className="text-xs text-muted">{choice.detail}</UntrustedText>}
                </span>
                {choice.mark && (
                  <span className="shrink-0 rounded-full bg-accent-soft px-2 text-xs font-medium text-accent">
                    {choice.mark}
                  </span>
                )}
              </Button>
            </li>
          ))}
        </ul>
      )}
      {total > choices.length && (
        <p className="text-xs text-muted" aria-live={touched ? "polite" : undefined}>
          Showing {choices.length} of {total}; type to narrow.
        </p>
      )}
    </div>
  );
}
