import type { LeftOut } from "#api/scope/summary-draft.ts";

/** The rows of the form the overview leaves out until they are complete, each with its problem. */
export function LeftOutList({ leftOut }: { leftOut: readonly LeftOut[] }) {
  if (leftOut.length === 0) return null;
  return (
    <ul aria-label="Left out until fixed" className="grid gap-0.5 text-xs text-danger" data-testid="left-out">
      {leftOut.map(({ path, label, message }) => (
        <li key={`${path}:${message}`} className="break-words">
          <span className="font-medium">Left out, incomplete:</span> {label} ({message})
        </li>
      ))}
    </ul>
  );
}
