import type { ProjectMember } from "#api/schemas/member.ts";
import { type FlagKey, memberFlags, memberName } from "./member-flags.ts";
import { useOptimisticFlag } from "./use-optimistic-flag.ts";

interface MemberFlagCheckboxProps {
  member: ProjectMember;
  flag: FlagKey;
  /** Changes the flag; settles once the change is saved or refused (never rejects). */
  onChange: (on: boolean) => Promise<void>;
  /** Why it cannot be changed (not an admin), or `null`. */
  disabledReason: string | null;
}

/** One role flag of one member, changed (and shown) the moment it is ticked. */
export function MemberFlagCheckbox({ member, flag, onChange, disabledReason }: MemberFlagCheckboxProps) {
  const label = memberFlags.find((f) => f.key === flag)?.label ?? flag;
  const [checked, toggle] = useOptimisticFlag(member[flag], onChange);
  return (
    <input
      type="checkbox"
      className="size-4 accent-accent disabled:cursor-not-allowed"
      checked={checked}
      onChange={(event) => toggle(event.target.checked)}
      disabled={disabledReason !== null}
      title={disabledReason ?? undefined}
      aria-label={`${label}: ${memberName(member).slice(0, 100)}`}
    />
  );
}
