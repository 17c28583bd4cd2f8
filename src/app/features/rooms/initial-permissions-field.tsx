import { useId, useState } from "react";
import { Button } from "#app/components/ui/button.tsx";
import { inputClass } from "#app/components/ui/text-field.tsx";
import { UntrustedText } from "#app/components/ui/untrusted-text.tsx";
import type { InitialPermission } from "./create-room-form.ts";
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

/** Room grants to create with the room: a member and a preset per row. */
export function InitialPermissionsField({ projectId, value, onChange }: InitialPermissionsFieldProps) {
  const id = useId();
  const [filter, setFilter] = useState("");
  const [picked, setPicked] = useState("");
  const [preset, setPreset] = useState<PermissionPreset>("userDefault");
  const { choices, more } = useMemberChoices(projectId, filter);
  const available = choices.filter((choice) => !value.some((row) => row.userId === choice.id));
  const pick = available.find((choice) => choice.id === picked) ?? available[0];

  return (
    <fieldset className="grid min-w-0 grid-cols-1 gap-2">
      <legend className="mb-1.5 text-sm font-medium">Initial permissions</legend>
      <p className="text-xs text-muted">
        Members who get a grant in the new room. Refine their scope later in the grant editor.
      </p>
      {value.length > 0 && (
        <ul className="grid gap-2" aria-label="Members with initial permissions">
          {value.map((row, index) => (
            <li key={row.userId} className="grid min-w-0 grid-cols-[1fr_auto_auto] items-center gap-2">
              <UntrustedText className="text-sm">{row.label}</UntrustedText>
              <PresetSelect
                label={`Permissions for ${row.label}`}
                value={row.preset}
                onChange={(next) => onChange(value.map((r, i) => (i === index ? { ...r, preset: next } : r)))}
              />
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
            onChange([...value, { userId: pick.id, label: pick.label, preset }]);
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
