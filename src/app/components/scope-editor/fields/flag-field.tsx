import { useId } from "react";
import { FieldIssues, useIssueAria } from "../field-issues.tsx";

interface FlagFieldProps {
  label: string;
  checked: boolean;
  /** The schema's default, shown so an admin sees what `{}` would give. */
  fallback: boolean;
  onChange: (checked: boolean) => void;
  /** The flag's dotted scope path, for its issues. */
  path: string;
}

/** One boolean of a grant, with its default beside it. */
export function FlagField({ label, checked, fallback, onChange, path }: FlagFieldProps) {
  const id = useId();
  const aria = useIssueAria(path);
  return (
    <div className="grid gap-1">
      <div className="flex items-center gap-2">
        <input
          id={id}
          type="checkbox"
          checked={checked}
          onChange={(event) => onChange(event.target.checked)}
          className="size-4 shrink-0 accent-accent"
          {...aria}
        />
        <label htmlFor={id} className="text-sm">
          {label}
        </label>
        <span className={`text-xs ${checked === fallback ? "text-muted" : "font-medium text-accent"}`}>
          (default: {fallback ? "on" : "off"})
        </span>
      </div>
      <FieldIssues path={path} />
    </div>
  );
}
