import type { ProjectMember } from "#api/schemas/member.ts";
import { CheckboxField } from "#app/components/ui/checkbox-field.tsx";
import { FormAlert } from "#app/components/ui/form-alert.tsx";
import { memberFlags } from "../member-flags.ts";
import { SelfAdminWarning } from "../self-admin-warning.tsx";
import { useChangeMemberFlag } from "../use-change-member-flag.ts";
import { useGuardedFlagChange } from "../use-guarded-flag-change.ts";
import { useOptimisticFlag } from "../use-optimistic-flag.ts";

interface MemberFlagsCardProps {
  projectId: string;
  member: ProjectMember;
  myUserId: string | undefined;
  canEdit: boolean;
}

/** The member's role flags, each changed when ticked (with Undo in the toast). */
export function MemberFlagsCard({ projectId, member, myUserId, canEdit }: MemberFlagsCardProps) {
  const flags = useChangeMemberFlag(projectId, myUserId);
  const guarded = useGuardedFlagChange(flags.change, myUserId);
  return (
    <section
      aria-labelledby="member-roles"
      className="grid min-w-0 grid-cols-1 gap-4 rounded-xl border border-line bg-surface p-5 shadow-xs"
    >
      <h2 id="member-roles" className="text-base font-semibold">
        Roles
      </h2>
      {flags.failure && <FormAlert>{flags.failure}</FormAlert>}
      <div className="grid gap-3 sm:grid-cols-2">
        {memberFlags.map((flag) => (
          <FlagField
            key={flag.key}
            label={flag.label}
            hint={flag.hint}
            value={member[flag.key]}
            disabled={!canEdit}
            onChange={(on) => guarded.request({ member, key: flag.key, on })}
          />
        ))}
      </div>
      {!canEdit && <p className="text-xs text-muted">Only project admins can change roles.</p>}
      <SelfAdminWarning open={guarded.held !== null} onConfirm={guarded.confirm} onCancel={guarded.cancel} />
    </section>
  );
}

interface FlagFieldProps {
  label: string;
  hint: string;
  value: boolean;
  disabled: boolean;
  /** Settles once the change is saved, refused or held for a confirmation (never rejects). */
  onChange: (on: boolean) => Promise<void>;
}

/** One flag, shown ticked (or not) the moment it is clicked, then as the query cache has it. */
function FlagField({ value, onChange, ...field }: FlagFieldProps) {
  const [checked, toggle] = useOptimisticFlag(value, onChange);
  return <CheckboxField {...field} checked={checked} onChange={(event) => toggle(event.target.checked)} />;
}
