import { useId } from "react";
import { inputClass } from "#app/components/ui/text-field.tsx";
import { FieldIssues, useIssueAria } from "../field-issues.tsx";

interface RowTextProps {
  label: string;
  /** The value's dotted scope path, for its issues. */
  path: string;
  value: string;
  placeholder?: string;
  onChange: (value: string) => void;
}

/** A small labelled text box inside a row, with its issues under it. */
export function RowText({ label, path, value, placeholder, onChange }: RowTextProps) {
  const id = useId();
  const aria = useIssueAria(path);
  return (
    <div className="grid content-start gap-1">
      <label htmlFor={id} className="text-xs font-medium">
        {label}
      </label>
      <input
        id={id}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        placeholder={placeholder}
        spellCheck={false}
        className={`${inputClass} h-8 font-mono text-xs`}
        {...aria}
      />
      <FieldIssues path={path} />
    </div>
  );
}
