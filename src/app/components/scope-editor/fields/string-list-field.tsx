import type { InputHTMLAttributes } from "react";
import type { OptionalList } from "#api/scope/form-state.ts";
import { inputClass } from "#app/components/ui/text-field.tsx";
import { useIssueAria } from "../field-issues.tsx";
import { RestrictedList } from "./restricted-list.tsx";

interface StringListFieldProps {
  legend: string;
  anyLabel: string;
  list: OptionalList<string>;
  onChange: (list: OptionalList<string>) => void;
  /** "breakout room": rows are "breakout room 1", the button "Add breakout room". */
  noun: string;
  nouns?: string;
  path: string;
  placeholder?: string;
  inputMode?: InputHTMLAttributes<HTMLInputElement>["inputMode"];
  hint?: string;
}

/** An optional list of names or patterns, one text box per entry. */
export function StringListField(props: StringListFieldProps) {
  return (
    <div className="grid gap-1">
      <RestrictedList
        legend={props.legend}
        anyLabel={props.anyLabel}
        list={props.list}
        onChange={props.onChange}
        newItem={() => ""}
        noun={props.noun}
        nouns={props.nouns}
        path={props.path}
        renderRow={(value, index, update) => (
          <StringRow
            label={`${props.legend}: ${props.noun} ${index + 1}`}
            value={value}
            onChange={update}
            path={`${props.path}.${index}`}
            placeholder={props.placeholder}
            inputMode={props.inputMode}
          />
        )}
      />
      {props.hint && <p className="text-xs text-muted">{props.hint}</p>}
    </div>
  );
}

interface StringRowProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  path: string;
  placeholder?: string;
  inputMode?: InputHTMLAttributes<HTMLInputElement>["inputMode"];
}

function StringRow({ label, value, onChange, path, placeholder, inputMode }: StringRowProps) {
  const aria = useIssueAria(path);
  return (
    <input
      aria-label={label}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      placeholder={placeholder}
      inputMode={inputMode}
      spellCheck={false}
      className={`${inputClass} h-8 font-mono text-xs`}
      {...aria}
    />
  );
}
