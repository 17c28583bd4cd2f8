import { useState } from "react";
import { parseScope } from "#api/scope/forms.ts";
import { presets } from "#api/scope/presets.ts";
import type { ApiScope } from "#api/scope/schema.ts";
import { Button } from "#app/components/ui/button.tsx";
import type { ProjectScopePreset } from "#app/lib/scope-presets-settings.ts";
import { ReadOnlyPathDialog } from "./read-only-path-dialog.tsx";
import { SavePresetDialog } from "./save-preset-dialog.tsx";

export interface PresetsBarProps {
  onApply: (scope: ApiScope, name: string) => void;
  /** The project's saved presets (settings `meshagent_admin.scope_presets`). */
  projectPresets?: readonly ProjectScopePreset[];
  /** Saved entries that could not be read, to say so instead of hiding them silently. */
  unreadablePresets?: number;
  /** Saving is offered when given; `current` is what would be saved (null while the form has errors). */
  onSavePreset?: (preset: ProjectScopePreset) => Promise<void>;
  current: ApiScope | null;
}

const builtIn: readonly { name: string; scope: () => ApiScope }[] = [
  { name: "None", scope: presets.none },
  { name: "User default", scope: presets.userDefault },
  { name: "Agent default", scope: () => presets.agentDefault() },
  { name: "Agent default + tunnels", scope: () => presets.agentDefault({ tunnels: true }) },
  { name: "Full", scope: presets.full },
];

/** Replace the whole scope with a preset: the SDK's, a read-only path, or one saved in the project. */
export function PresetsBar({
  onApply,
  projectPresets = [],
  unreadablePresets = 0,
  onSavePreset,
  current,
}: PresetsBarProps) {
  const [askingPath, setAskingPath] = useState(false);
  const [saving, setSaving] = useState(false);
  return (
    <div className="grid gap-2">
      <fieldset className="flex flex-wrap items-center gap-2">
        <legend className="float-left mr-1 text-xs font-medium text-muted">Presets:</legend>
        {builtIn.map((preset) => (
          <Button key={preset.name} size="sm" onClick={() => onApply(preset.scope(), preset.name)}>
            {preset.name}
          </Button>
        ))}
        <Button size="sm" onClick={() => setAskingPath(true)}>
          Read-only storage at a path…
        </Button>
      </fieldset>
      {(projectPresets.length > 0 || onSavePreset || unreadablePresets > 0) && (
        <fieldset className="flex flex-wrap items-center gap-2">
          <legend className="float-left mr-1 text-xs font-medium text-muted">Project presets:</legend>
          {projectPresets.map((preset) => (
            <Button
              key={preset.name}
              size="sm"
              className="max-w-56"
              onClick={() => onApply(parseScope(preset.scope), preset.name)}
            >
              <span className="truncate" dir="auto">
                {preset.name}
              </span>
            </Button>
          ))}
          {projectPresets.length === 0 && <span className="text-xs text-muted">none saved yet</span>}
          {unreadablePresets > 0 && (
            <span className="text-xs text-warn-fg">
              {unreadablePresets} saved {unreadablePresets === 1 ? "entry" : "entries"} in the project settings could
              not be read and {unreadablePresets === 1 ? "is" : "are"} not shown.
            </span>
          )}
          {onSavePreset && (
            <Button size="sm" variant="ghost" disabled={current === null} onClick={() => setSaving(true)}>
              Save current as preset…
            </Button>
          )}
        </fieldset>
      )}
      <ReadOnlyPathDialog
        open={askingPath}
        onOpenChange={setAskingPath}
        onApply={(path) =>
          onApply(parseScope({ storage: { paths: [{ path, read_only: true }] } }), `Read-only storage at ${path}`)
        }
      />
      {onSavePreset && current && (
        <SavePresetDialog
          open={saving}
          onOpenChange={setSaving}
          scope={current}
          existing={projectPresets.map((p) => p.name)}
          onSave={onSavePreset}
        />
      )}
    </div>
  );
}
