import { startTransition, useOptimistic } from "react";
import type { ProjectMember } from "#api/schemas/member.ts";
import { type FlagKey, memberFlags, memberName } from "./member-flags.ts";

interface MemberFlagCheckboxProps {
  member: ProjectMember;
  flag: FlagKey;
  /** Changes the flag; settles once the change is saved or refused (never rejects). */
  onChange: (on: boolean) => Promise<void>;
  /** Why it cannot be changed (not an admin), or `null`. */
  disabledReason: string | null;
}

/**
 * One role flag of one member, changed the moment it is ticked. The change itself goes through the
 * query cache (useChangeMemberFlag), whose observers hear of it a tick after the click: the box shows
 * the click at once, then follows the cache when the change settles (rolled back there if refused).
 */
export function MemberFlagCheckbox({ member, flag, onChange, disabledReason }: MemberFlagCheckboxProps) {
  const label = memberFlags.find((f) => f.key === flag)?.label ?? flag;
  const [checked, showClick] = useOptimistic(member[flag]);
  return (
    <input
      type="checkbox"
      className="size-4 accent-accent disabled:cursor-not-allowed"
      checked={checked}
      onChange={(event) => {
        const on = event.target.checked;
        startTransition(async () => {
          showClick(on);
          await onChange(on);
        });
      }}
      disabled={disabledReason !== null}
      title={disabledReason ?? undefined}
      aria-label={`${label}: ${memberName(member).slice(0, 100)}`}
    />
  );
}
