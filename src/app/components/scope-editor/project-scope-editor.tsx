import { useProjectScopePresets } from "#app/lib/use-project-scope-presets.ts";
import { ScopeEditor } from "./scope-editor.tsx";
import type { ScopeEditorModel } from "./use-scope-editor.ts";

/** The scope editor with the project's saved presets offered, and saving the current scope as one. */
export function ProjectScopeEditor({ projectId, editor }: { projectId: string; editor: ScopeEditorModel }) {
  const projectPresets = useProjectScopePresets(projectId);
  return (
    <ScopeEditor
      editor={editor}
      projectPresets={projectPresets.presets}
      unreadablePresets={projectPresets.unreadable}
      onSavePreset={(preset) => projectPresets.save.mutateAsync(preset)}
    />
  );
}
