import { type FormEvent, useState } from "react";
import { toast } from "sonner";
import type { ApiScope } from "#api/scope/schema.ts";
import { summaryOf } from "#api/scope/summary.ts";
import { Dialog } from "#app/components/ui/dialog.tsx";
import { FormFooter } from "#app/components/ui/form-footer.tsx";
import { TextField } from "#app/components/ui/text-field.tsx";
import { describeError } from "#app/lib/describe-error.ts";
import type { ProjectScopePreset } from "#app/lib/scope-presets-settings.ts";

interface SavePresetDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  scope: ApiScope;
  existing: readonly string[];
  onSave: (preset: ProjectScopePreset) => Promise<void>;
}

/** Names the current scope and saves it among the project's presets (in its settings). */
export function SavePresetDialog({ open, onOpenChange, scope, existing, onSave }: SavePresetDialogProps) {
  const [name, setName] = useState("");
  const [error, setError] = useState<string | undefined>();
  const [serverError, setServerError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const replaces = existing.includes(name.trim());

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (name.trim() === "") return setError("Give the preset a name");
    if (name.trim().length > 100) return setError("At most 100 characters");
    setPending(true);
    setServerError(null);
    try {
      await onSave({ name: name.trim(), scope });
      toast.success(`Preset “${name.trim().slice(0, 60)}” saved to the project`);
      onOpenChange(false);
      setName("");
    } catch (failure) {
      setServerError(describeError(failure));
    } finally {
      setPending(false);
    }
  }

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => !pending && onOpenChange(next)}
      title="Save as a project preset"
      description="Saved in the project's settings, so every admin of this project can start from it."
    >
      <form onSubmit={submit} className="grid gap-4" noValidate>
        <p className="rounded-md bg-subtle px-3 py-2 text-xs break-words whitespace-pre-line">
          {summaryOf(scope).full}
        </p>
        <TextField
          label="Preset name"
          value={name}
          onChange={(event) => {
            setName(event.target.value);
            setError(undefined);
          }}
          error={error}
          hint={replaces ? "A preset of this name exists: saving replaces it." : undefined}
          maxLength={100}
          autoFocus
        />
        <FormFooter
          error={serverError && <>Could not save the preset: {serverError}</>}
          onCancel={() => onOpenChange(false)}
          pending={pending}
          submitLabel={serverError ? "Retry" : "Save preset"}
        />
      </form>
    </Dialog>
  );
}
