import type { ApiScope } from "#api/scope/schema.ts";
import { ProjectScopeEditor } from "#app/components/scope-editor/project-scope-editor.tsx";
import { useScopeEditor } from "#app/components/scope-editor/use-scope-editor.ts";
import { Button } from "#app/components/ui/button.tsx";
import { Dialog } from "#app/components/ui/dialog.tsx";

interface InitialScopeDialogProps {
  projectId: string;
  /** Who the scope is for, as shown in the row (untrusted: the dialog title renders it as text). */
  who: string;
  scope: ApiScope;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onApply: (scope: ApiScope) => void;
}

/** The scope editor over the create-room dialog, for one member's initial permissions. */
export function InitialScopeDialog({ open, onOpenChange, who, ...rest }: InitialScopeDialogProps) {
  const title = `Scope for ${who.length > 80 ? `${who.slice(0, 80)}…` : who}`;
  return (
    <Dialog open={open} onOpenChange={onOpenChange} title={title} size="xl">
      {/* Mounted only while open, so every opening starts from the row's current scope. */}
      {open && <EditorBody {...rest} onClose={() => onOpenChange(false)} />}
    </Dialog>
  );
}

function EditorBody({
  projectId,
  scope,
  onApply,
  onClose,
}: Pick<InitialScopeDialogProps, "projectId" | "scope" | "onApply"> & { onClose: () => void }) {
  const editor = useScopeEditor(scope);
  const valid = editor.errors.length === 0;
  return (
    <ProjectScopeEditor
      projectId={projectId}
      editor={editor}
      actions={
        <div className="flex flex-wrap items-center gap-2 border-t border-line bg-surface py-3">
          <Button
            variant="primary"
            disabled={!valid}
            onClick={() => {
              onApply(editor.lastValid);
              onClose();
            }}
          >
            Use this scope
          </Button>
          <Button onClick={onClose}>Cancel</Button>
          <span className="text-xs text-muted" aria-live="polite">
            {valid ? "" : "Fix the problems above to use this scope."}
          </span>
        </div>
      }
    />
  );
}
