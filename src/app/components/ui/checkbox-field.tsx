import { type InputHTMLAttributes, type Ref, useId } from "react";

interface CheckboxFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, "type"> {
  label: string;
  hint?: string;
  ref?: Ref<HTMLInputElement>;
}

/** A checkbox with its label (and an optional hint) beside it. */
export function CheckboxField({ label, hint, id, className = "", ...props }: CheckboxFieldProps) {
  const fallbackId = useId();
  const inputId = id ?? fallbackId;
  return (
    <div className={`flex items-start gap-2 ${className}`}>
      <input
        id={inputId}
        type="checkbox"
        className="mt-0.5 size-4 shrink-0 accent-accent"
        aria-describedby={hint ? `${inputId}-hint` : undefined}
        {...props}
      />
      <div className="grid min-w-0 gap-0.5">
        <label htmlFor={inputId} className="text-sm font-medium">
          {label}
        </label>
        {hint && (
          <p id={`${inputId}-hint`} className="text-xs text-muted">
            {hint}
          </p>
        )}
      </div>
    </div>
  );
}
