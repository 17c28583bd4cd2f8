import { useRef, useState } from "react";
import { toast } from "sonner";
import { fieldIssuesOf } from "#api/errors.ts";
import type { JsonObject } from "#api/schemas/json.ts";
import { JsonObjectField, selectJsonProblem } from "#app/components/json-editor/json-object-field.tsx";
import { describeJsonProblem, parseJsonObject } from "#app/components/json-editor/parse-json-object.ts";
import { Button } from "#app/components/ui/button.tsx";
import { describeError } from "#app/lib/describe-error.ts";
import { useUpdateSettings } from "./use-update-settings.ts";

interface SettingsEditorProps {
  projectId: string;
  initial: JsonObject;
  readOnlyReason: string | null;
}

/** The project's settings object as JSON text: checked as you type, saved on demand, kept on failure. */
export function SettingsEditor({ projectId, initial, readOnlyReason }: SettingsEditorProps) {
  const area = useRef<HTMLTextAreaElement>(null);
  const original = JSON.stringify(initial, null, 2);
  const [text, setText] = useState(original);
  const [serverError, setServerError] = useState<string | null>(null);
  const update = useUpdateSettings(projectId);
  const parsed = parseJsonObject(text, "Settings");

  async function save() {
    if (!parsed.ok) return selectJsonProblem(area.current, parsed);
    setServerError(null);
    try {
      await update.mutateAsync(parsed.value);
      toast.success("Settings saved");
    } catch (failure) {
      const issues = fieldIssuesOf(failure);
      setServerError(
        issues.length ? issues.map((i) => `${i.path || "settings"}: ${i.message}`).join("; ") : describeError(failure),
      );
      toast.error("Could not save the settings");
    }
  }

  return (
    <div className="grid gap-3">
      <JsonObjectField
        ref={area}
        label="Settings (JSON)"
        value={text}
        onChange={(next) => {
          setText(next);
          setServerError(null);
        }}
        readOnly={Boolean(readOnlyReason)}
        rows={18}
        problem={describeJsonProblem(parsed) ?? serverError}
        status={readOnlyReason ?? (text === original ? "No changes." : "Valid JSON object; not saved yet.")}
      />
      {!readOnlyReason && (
        <div className="flex gap-2">
          <Button variant="primary" onClick={save} pending={update.isPending} disabled={text === original}>
            {update.isPending ? "Saving…" : "Save settings"}
          </Button>
          <Button
            onClick={() => {
              setText(original);
              setServerError(null);
            }}
            disabled={text === original || update.isPending}
          >
            Discard changes
          </Button>
        </div>
      )}
    </div>
  );
}
