import { useId, useState } from "react";
import { presetLabel } from "#api/scope/label.ts";
import { privilegeLevel } from "#api/scope/level.ts";
import type { ApiScope } from "#api/scope/schema.ts";
import { LevelBadge } from "#app/components/scope-editor/level-badge.tsx";
import { Button } from "#app/components/ui/button.tsx";
import { inputClass } from "#app/components/ui/text-field.tsx";
import { UntrustedText } from "#app/components/ui/untrusted-text.tsx";
import type { InitialPermission } from "./create-room-form.ts";
import { InitialScopeDialog } from "./initial-scope-dialog.tsx";
import { type PermissionPreset, permissionPresetIds, permissionPresets } from "./permission-presets.ts";
import { useMemberChoices } from "./use-member-choices.ts";

interface InitialPermissionsFieldProps {
  projectId: string;
  value: InitialPermission[];
  onChange: (rows: InitialPermission[]) => void;
}

const selectClass = `${inputClass} pr-8`;

function PresetSelect({
  value,
  onChange,
  label,
}: {
  value: PermissionPreset;
  onChange: (p: PermissionPreset) => void;
  label: string;
}) {
  return (
    <select
      aria-label={label}
      value={value}
      onChange={(e) => onChange(e.target.value as PermissionPreset)}
      className={selectClass}
    >
      {permissionPresetIds.map((id) => (
        <option key={id} value={id}>
          {permissionPresets[id].label}
        </option>
      ))}
    </select>
  );
}

/** Room grants to create with the room: a member and a scope (from a preset, refined in the scope editor) per row. */
export function InitialPermissionsField({ projectId, value, onChange }: InitialPermissionsFieldProps) {
  const id = useId();
  const [filter, setFilter] = useState("");
  const [picked, setPicked] = useState("");
  const [preset, setPreset] = useState<PermissionPreset>("userDefault");
  const [editing, setEditing] = useState<number | null>(null);
  const editingRow = editing === null ? undefined : value[editing];
  const { choices, more } = useMemberChoices(projectId, filter);
  const available = choices.filter((choice) => !value.some((row) => row.userId === choice.id));
  const pick = available.find((choice) => choice.id === picked) ?? available[0];

  return (
    <fieldset className="grid min-w-0 grid-cols-1 gap-2">
      <legend className="mb-1.5 text-sm font-medium">Initial permissions</legend>
      <p className="text-xs text-muted">
        Members who get a grant in the new room: start from a preset, then refine with “Edit scope”.
      </p>
      {value.length > 0 && (
        <ul className="grid gap-2" aria-label="Members with initial permissions">
          {value.map((row, index) => (
            <li
              key={row.userId}
              className="grid min-w-0 grid-cols-[1fr_auto] items-center gap-x-2 gap-y-1 sm:grid-cols-[1fr_auto_auto_auto]"
            >
              <UntrustedText className="text-sm">{row.label}</UntrustedText>
              <span className="flex min-w-0 items-center gap-2 text-xs text-muted">
                <LevelBadge level={privilegeLevel(row.scope)} />
                <span data-testid="initial-scope-label">{presetLabel(row.scope)}</span>
              </span>
              <Button size="sm" aria-label={`Edit scope of ${row.label}`} onClick={() => setEditing(index)}>
                Edit scope
              </Button>
              <Button
                variant="ghost"
                size="sm"
                aria-label={`Remove ${row.label}`}
                onClick={() => onChange(value.filter((_, i) => i !== index))}
              >
                Remove
              </Button>
            </li>
          ))}
        </ul>
      )}
      {editingRow && (
        <InitialScopeDialog
          projectId={projectId}
          who={editingRow.label}
          scope={editingRow.scope}
          open
          onOpenChange={(open) => !open && setEditing(null)}
          onApply={(scope: ApiScope) => onChange(value.map((row, i) => (i === editing ? { ...row, scope } : row)))}
        />
      )}
      <div className="grid min-w-0 grid-cols-1 gap-2 rounded-lg border border-dashed border-line p-3 sm:grid-cols-[1fr_1fr]">
        <input
          type="search"
          aria-label="Find a member"
          placeholder="Find a member…"
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
          className={inputClass}
        />
        <select
          id={`${id}-member`}
          aria-label="Member to add"
          value={pick?.id ?? ""}
          onChange={(e) => setPicked(e.target.value)}
          className={selectClass}
          disabled={!pick}
        >
          {available.length === 0 && <option value="">No {filter ? "matching " : "other "}members</option>}
          {available.map((choice) => (
            <option key={choice.id} value={choice.id}>
              {choice.label.length > 80 ? `${choice.label.slice(0, 80)}…` : choice.label}
            </option>
          ))}
        </select>
        <PresetSelect label="Preset for the new member" value={preset} onChange={setPreset} />
        <Button
          disabled={!pick}
          onClick={() => {
            if (!pick) return;
            onChange([...value, { userId: pick.id, label: pick.label, scope: permissionPresets[preset].scope() }]);
            setPicked("");
          }}
        >
          Add permission
        </Button>
        {more && <p className="text-xs text-muted sm:col-span-2">Showing the first 50 members; type to find others.</p>}
      </div>
    </fieldset>
  );
}
