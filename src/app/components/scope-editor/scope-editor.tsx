import { Tabs } from "radix-ui";
import { type ReactNode, useId, useMemo, useState } from "react";
import type { GrantForm, ScopeFormState } from "#api/scope/form-state.ts";
import { type ApiScope, type GrantName, grantNames } from "#api/scope/schema.ts";
import type { ProjectScopePreset } from "#app/lib/scope-presets-settings.ts";
import { EditorContext, type EditorContextValue } from "./editor-context.tsx";
import { ErrorList } from "./error-list.tsx";
import { GrantSectionList } from "./grant-section-list.tsx";
import { JsonTab } from "./json-tab.tsx";
import { PresetsBar } from "./presets-bar.tsx";
import { ScopeOverview } from "./scope-overview.tsx";
import { UndoNotice } from "./undo-notice.tsx";
import type { ScopeEditorModel } from "./use-scope-editor.ts";

// The scope editor: builds any ApiScope without writing JSON (shared by the grant editor, and later
// by the create-room dialog and the grant matrix). It is controlled through a form-state model:
//
//   const editor = useScopeEditor(initialScope);          // ScopeFormState + derived scope/issues
//   <ScopeEditor editor={editor} projectPresets={…} onSavePreset={…} />
//   save(editor.lastValid)  // only when editor.errors is empty
//
// Form state (not ApiScope) is what it holds, so a switched-off grant or an "unrestricted" list keeps
// what was typed, and an invalid entry (an empty path) can stay on screen with its error beside it.

interface ScopeEditorProps {
  editor: ScopeEditorModel;
  projectPresets?: readonly ProjectScopePreset[];
  unreadablePresets?: number;
  onSavePreset?: (preset: ProjectScopePreset) => Promise<void>;
  /**
   * Save, Cancel and the like: shown stuck to the bottom, but placed right after the overview in the
   * tab order, so the keyboard reaches them without passing every section.
   */
  actions?: ReactNode;
}

export function ScopeEditor({ editor, projectPresets, unreadablePresets, onSavePreset, actions }: ScopeEditorProps) {
  const idPrefix = useId();
  const [tab, setTab] = useState("form");
  const [open, setOpen] = useState<ReadonlySet<GrantName>>(() => new Set());
  const { state, setState, errors, warnings } = editor;

  const context = useMemo<EditorContextValue>(
    () => ({
      state,
      errors,
      warnings,
      idPrefix,
      edit: <N extends GrantName>(name: N, recipe: (draft: GrantForm<N>) => void) => {
        const draft = structuredClone(state[name]);
        recipe(draft);
        setState({ ...state, [name]: draft });
      },
    }),
    [state, errors, warnings, idPrefix, setState],
  );

  // Undo sits in the editor, not in a toast: inside a modal dialog a toast can be neither clicked nor reached.
  const [replaced, setReplaced] = useState<{ name: string; before: ScopeFormState } | null>(null);
  function apply(scope: ApiScope, name: string) {
    setReplaced({ name, before: state });
    editor.load(scope);
  }

  const valid = errors.length === 0;
  return (
    <EditorContext.Provider value={context}>
      <div className="grid min-w-0 gap-4" data-testid="scope-editor">
        <ScopeOverview formScope={editor.scope} />
        {actions && <div className="sticky bottom-0 z-10 order-last grid gap-2">{actions}</div>}
        <PresetsBar
          onApply={apply}
          projectPresets={projectPresets}
          unreadablePresets={unreadablePresets}
          onSavePreset={onSavePreset}
          current={valid ? editor.lastValid : null}
        />
        {replaced && (
          <UndoNotice
            message={`Scope replaced by “${replaced.name.slice(0, 60)}”.`}
            onUndo={() => {
              setState(replaced.before);
              setReplaced(null);
            }}
            onDismiss={() => setReplaced(null)}
          />
        )}
        <Tabs.Root value={tab} onValueChange={setTab} className="grid gap-3">
          <Tabs.List aria-label="Edit the scope as" className="flex gap-1 border-b border-line">
            {[
              ["form", "Form"],
              ["json", "JSON"],
            ].map(([value, label]) => (
              <Tabs.Trigger
                key={value}
                value={value ?? ""}
                className="-mb-px border-b-2 border-transparent px-3 py-1.5 text-sm font-medium text-muted hover:text-fg data-[state=active]:border-accent data-[state=active]:text-fg"
              >
                {label}
              </Tabs.Trigger>
            ))}
          </Tabs.List>
          <Tabs.Content value="form" className="grid gap-3">
            <ErrorList errors={errors} />
            <GrantSectionList
              open={open}
              onOpenChange={(name, next) =>
                setOpen((previous) => {
                  const copy = new Set(previous);
                  if (next) copy.add(name);
                  else copy.delete(name);
                  return copy;
                })
              }
              onSetAll={(next) => setOpen(next ? new Set(grantNames) : new Set())}
            />
          </Tabs.Content>
          <Tabs.Content value="json">
            <JsonTab editor={editor} />
          </Tabs.Content>
        </Tabs.Root>
      </div>
    </EditorContext.Provider>
  );
}
