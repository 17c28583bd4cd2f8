import type { ProjectMember } from "#api/schemas/member.ts";
import { type FlagKey, memberFlags, memberName } from "./member-flags.ts";

interface MemberFlagCheckboxProps {
  member: ProjectMember;
  flag: FlagKey;
  onChange: (on: boolean) => void;
  /** Why it cannot be changed (not an admin), or `null`. */
  disabledReason: string | null;
}

/** One role flag of one member, changed the moment it is ticked. */
export function MemberFlagCheckbox({ member, flag, onChange, disabledReason }: MemberFlagCheckboxProps) {
  const label = memberFlags.find((f) => f.key === flag)?.label ?? flag;
  return (
    <input
      type="checkbox"
      className="size-4 accent-accent disabled:cursor-not-allowed"
      checked={member[flag]}
      onChange={(event) => onChange(event.target.checked)}
      disabled={disabledReason !== null}
      title={disabledReason ?? undefined}
      aria-label={`${label}: ${memberName(member).slice(0, 100)}`}
    />
  );
}
