import type { AuditViewProps } from "../audit-views.tsx";

/** Placeholder until this view is built. */
export function FindingsView(_props: AuditViewProps) {
  return <p>This view is being built.</p>;
}
