import type { ScopeIssue } from "#api/scope/warnings.ts";

/** Every schema problem of the form, named by its field: saving waits until the list is empty. */
export function ErrorList({ errors }: { errors: readonly ScopeIssue[] }) {
  if (errors.length === 0) return null;
  return (
    <div role="alert" className="rounded-md border border-danger/30 bg-danger-soft px-3 py-2 text-sm text-danger">
      <p className="font-medium">
        {errors.length === 1 ? "1 problem" : `${errors.length} problems`} to fix before saving (shown at each field):
      </p>
      <ul className="list-disc pl-5 text-xs">
        {errors.slice(0, 8).map((issue) => (
          <li key={`${issue.path}:${issue.message}`}>
            <span className="font-mono">{issue.path || "scope"}</span>: {issue.message}
          </li>
        ))}
        {errors.length > 8 && <li>and {errors.length - 8} more</li>}
      </ul>
    </div>
  );
}
