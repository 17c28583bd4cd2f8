import type { AuditViewProps } from "../audit-views.tsx";

/** Placeholder until this view is built. */
export function SnapshotsView(_props: AuditViewProps) {
  return <p>This view is being built.</p>;
}
