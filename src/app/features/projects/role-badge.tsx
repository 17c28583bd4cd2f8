import type { ProjectRole } from "#api/schemas/project.ts";

const styles: Record<ProjectRole, string> = {
  admin: "bg-accent-soft text-accent",
  developer: "bg-subtle text-fg",
  member: "bg-subtle text-muted",
  none: "bg-subtle text-muted",
};

export function RoleBadge({ role }: { role: ProjectRole | null | undefined }) {
  if (role === undefined) {
    return (
      <span className="skeleton inline-block h-5 w-16">
        <span className="sr-only">Loading role…</span>
      </span>
    );
  }
  if (role === null) return <span className="text-xs text-muted">unknown</span>;
  return (
    <span className={`inline-flex h-5 items-center rounded-full px-2 text-xs font-medium capitalize ${styles[role]}`}>
      {role}
    </span>
  );
}
