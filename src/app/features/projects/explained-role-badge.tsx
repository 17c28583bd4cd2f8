import type { ProjectRole } from "#api/schemas/project.ts";
import { Tooltip } from "#app/components/ui/tooltip.tsx";
import { RoleBadge } from "./role-badge.tsx";

const meanings: Record<ProjectRole, string> = {
  admin: "manages rooms, members, grants, keys and settings",
  developer: "creates rooms and uses project storage",
  member: "sees the project and connects to rooms where you hold a grant",
  none: "you are not a member of this project",
};

/** The role beside a page title: it takes focus and explains the role on hover and focus. */
export function ExplainedRoleBadge({ role }: { role: ProjectRole | null | undefined }) {
  if (!role) return <RoleBadge role={role} />;
  return (
    <Tooltip content={`Your role in this project: ${role}, ${meanings[role]}`}>
      <RoleBadge role={role} focusable />
    </Tooltip>
  );
}
