/** A row's grant count: a skeleton while it loads, a dash when the caller may not read grants (`null`). */
export function GrantCountCell({ count }: { count: number | null | undefined }) {
  if (count === undefined)
    return (
      <span className="skeleton ml-auto block h-3.5 w-6">
        <span className="sr-only">Loading</span>
      </span>
    );
  if (count === null)
    return (
      <span className="text-muted" title="Not available: only admins can read grants">
        —
      </span>
    );
  return count;
}
