/** A title-and-body skeleton for a page or panel whose data is loading; `label` is read to screen readers. */
export function LoadingBlock({ label, bodyClassName = "h-48" }: { label: string; bodyClassName?: string }) {
  return (
    <div role="status" className="grid gap-4">
      <span className="sr-only">{label}</span>
      <div className="skeleton h-8 w-64" />
      <div className={`skeleton w-full ${bodyClassName}`} />
    </div>
  );
}
