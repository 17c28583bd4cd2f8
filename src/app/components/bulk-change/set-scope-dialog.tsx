import { presets } from "#api/scope/presets.ts";
import type { ApiScope } from "#api/scope/schema.ts";
import { ProjectScopeEditor } from "#app/components/scope-editor/project-scope-editor.tsx";
import { useScopeEditor } from "#app/components/scope-editor/use-scope-editor.ts";
import { Button } from "#app/components/ui/button.tsx";
import { Dialog } from "#app/components/ui/dialog.tsx";

interface SetScopeDialogProps {
  projectId: string;
  open: boolean;
  cellCount: number;
  onClose: () => void;
  onPreview: (scope: ApiScope) => void;
}

function SetScopeBody({ projectId, cellCount, onClose, onPreview }: Omit<SetScopeDialogProps, "open">) {
  const editor = useScopeEditor(presets.userDefault());
  const invalid = editor.errors.length > 0;
  return (
    <>
      <ProjectScopeEditor projectId={projectId} editor={editor} />
      <div className="sticky bottom-0 flex justify-end gap-2 border-t border-line bg-surface py-4">
        <Button onClick={onClose}>Cancel</Button>
        <Button variant="primary" disabled={invalid} onClick={() => onPreview(editor.lastValid)}>
          Preview for {cellCount} {cellCount === 1 ? "cell" : "cells"}
        </Button>
      </div>
    </>
  );
}

/** Picks a preset or builds a scope in the scope editor, to set on every selected cell. */
export function SetScopeDialog({ open, ...props }: SetScopeDialogProps) {
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => !next && props.onClose()}
      size="xl"
      title="Set a scope on the selected cells"
      description="Every selected cell gets exactly this scope; the preview shows what changes first."
    >
      {open && <SetScopeBody {...props} />}
    </Dialog>
  );
}
