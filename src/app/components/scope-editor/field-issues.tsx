import { useIssuesAt } from "./editor-context.tsx";

/** The errors and warnings on one scope path, placed under its field; `id` is for aria-describedby. */
export function FieldIssues({ path }: { path: string }) {
  const { errors, warnings, id } = useIssuesAt(path);
  if (errors.length === 0 && warnings.length === 0) return null;
  return (
    <ul id={id} className="grid gap-1 text-xs">
      {errors.map((message) => (
        <li key={`e-${message}`} className="font-medium text-danger">
          {message.charAt(0).toUpperCase() + message.slice(1)}
        </li>
      ))}
      {warnings.map((warning) => (
        <li
          key={`w-${warning.message}`}
          data-severity={warning.severity}
          className={`rounded-md border px-2 py-1 ${
            warning.severity === "warning"
              ? "border-amber-500/40 bg-warn-soft text-warn-fg"
              : "border-line bg-subtle text-muted"
          }`}
        >
          <span className="font-semibold">{warning.severity === "warning" ? "Warning: " : "Note: "}</span>
          {warning.message}
        </li>
      ))}
    </ul>
  );
}

/** aria-describedby and aria-invalid for a control whose scope path may carry issues. */
export function useIssueAria(path: string) {
  const { errors, warnings, id } = useIssuesAt(path);
  const has = errors.length > 0 || warnings.length > 0;
  return { "aria-describedby": has ? id : undefined, "aria-invalid": errors.length > 0 ? true : undefined };
}
