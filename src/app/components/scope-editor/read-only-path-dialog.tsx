import { type FormEvent, useState } from "react";
import { Button } from "#app/components/ui/button.tsx";
import { Dialog } from "#app/components/ui/dialog.tsx";
import { TextField } from "#app/components/ui/text-field.tsx";

interface ReadOnlyPathDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onApply: (path: string) => void;
}

/** Asks for the path of the "read-only storage at a path" preset. */
export function ReadOnlyPathDialog({ open, onOpenChange, onApply }: ReadOnlyPathDialogProps) {
  const [path, setPath] = useState("/data");
  const [error, setError] = useState<string | undefined>();
  function submit(event: FormEvent) {
    event.preventDefault();
    if (path.trim() === "") return setError("Give a path, e.g. /data");
    onApply(path.trim());
    onOpenChange(false);
  }
  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      title="Read-only storage at a path"
      description="Replaces the scope with storage only: everything under this path can be read, nothing written."
    >
      <form onSubmit={submit} className="grid gap-4" noValidate>
        <TextField
          label="Path"
          value={path}
          onChange={(event) => {
            setPath(event.target.value);
            setError(undefined);
          }}
          error={error}
          hint="A plain prefix: /data covers /data/a.txt and /data2 alike."
          spellCheck={false}
          autoFocus
        />
        <div className="flex justify-end gap-2">
          <Button onClick={() => onOpenChange(false)}>Cancel</Button>
          <Button type="submit" variant="primary">
            Use this preset
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
