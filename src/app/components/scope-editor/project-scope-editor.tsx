import type { ReactNode } from "react";
import { useProjectScopePresets } from "#app/lib/use-project-scope-presets.ts";
import { ScopeEditor } from "./scope-editor.tsx";
import type { ScopeEditorModel } from "./use-scope-editor.ts";

/** The scope editor with the project's saved presets offered, and saving the current scope as one. */
interface ProjectScopeEditorProps {
  projectId: string;
  editor: ScopeEditorModel;
  /** Save and Cancel (see ScopeEditor). */
  actions?: ReactNode;
}

export function ProjectScopeEditor({ projectId, editor, actions }: ProjectScopeEditorProps) {
  const projectPresets = useProjectScopePresets(projectId);
  return (
    <ScopeEditor
      editor={editor}
      projectPresets={projectPresets.presets}
      unreadablePresets={projectPresets.unreadable}
      onSavePreset={(preset) => projectPresets.save.mutateAsync(preset)}
      actions={actions}
    />
  );
}
