import { useMatches } from "react-router";

/** The page of a console section that is not built yet. */
export function ComingSoonPage() {
  const label = useMatches()
    .map((match) => (match.handle as { label?: string } | undefined)?.label)
    .findLast(Boolean);
  return (
    <section className="grid place-items-center rounded-xl border border-dashed border-line bg-surface px-6 py-16 text-center">
      <div className="grid max-w-sm gap-2">
        <h2 className="text-base font-semibold">{label ?? "This page"} is coming soon</h2>
        <p className="text-muted">This part of the console is being built. The API already supports it.</p>
      </div>
    </section>
  );
}

export default ComingSoonPage;
