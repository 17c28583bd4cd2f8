import { useId, useRef, useState } from "react";
import { toast } from "sonner";
import { ApiError } from "#api/errors.ts";
import type { JsonObject } from "#api/schemas/json.ts";
import { Button } from "#app/components/ui/button.tsx";
import { describeError } from "#app/lib/describe-error.ts";
import { parseSettings } from "./parse-settings.ts";
import { useUpdateSettings } from "./use-update-settings.ts";

interface SettingsEditorProps {
  projectId: string;
  initial: JsonObject;
  readOnlyReason: string | null;
}

/** The project's settings object as JSON text: checked as you type, saved on demand, kept on failure. */
export function SettingsEditor({ projectId, initial, readOnlyReason }: SettingsEditorProps) {
  const id = useId();
  const area = useRef<HTMLTextAreaElement>(null);
  const original = JSON.stringify(initial, null, 2);
  const [text, setText] = useState(original);
  const [serverError, setServerError] = useState<string | null>(null);
  const update = useUpdateSettings(projectId);
  const parsed = parseSettings(text);
  const syntaxError = parsed.ok
    ? null
    : `${parsed.line ? `Line ${parsed.line}, column ${parsed.column}: ` : ""}${parsed.message}`;
  const error = syntaxError ?? serverError;

  function showError() {
    if (parsed.ok || parsed.offset === undefined || !area.current) return;
    area.current.focus();
    area.current.setSelectionRange(parsed.offset, parsed.offset + 1);
  }

  async function save() {
    if (!parsed.ok) return showError();
    setServerError(null);
    try {
      await update.mutateAsync(parsed.value);
      toast.success("Settings saved");
    } catch (failure) {
      const issues = failure instanceof ApiError ? failure.issues : [];
      setServerError(
        issues.length ? issues.map((i) => `${i.path || "settings"}: ${i.message}`).join("; ") : describeError(failure),
      );
      toast.error("Could not save the settings");
    }
  }

  return (
    <div className="grid gap-3">
      <label htmlFor={id} className="text-sm font-medium">
        Settings (JSON)
      </label>
      <textarea
        id={id}
        ref={area}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setServerError(null);
        }}
        readOnly={Boolean(readOnlyReason)}
        spellCheck={false}
        rows={18}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-status`}
        className="w-full rounded-lg border border-line bg-surface p-3 font-mono text-xs leading-5 shadow-xs aria-invalid:border-danger read-only:bg-subtle"
      />
      <p
        id={`${id}-status`}
        role={error ? "alert" : undefined}
        className={`text-sm ${error ? "font-medium text-danger" : "text-muted"}`}
      >
        {error ?? readOnlyReason ?? (text === original ? "No changes." : "Valid JSON object; not saved yet.")}
      </p>
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
