import { newRows } from "#api/scope/form-state.ts";
import { inputClass } from "#app/components/ui/text-field.tsx";
import { useEditor } from "../editor-context.tsx";
import { FieldIssues, useIssueAria } from "../field-issues.tsx";
import { RestrictedList } from "../fields/restricted-list.tsx";

type PathKind = "storage" | "sync";

const hints: Record<PathKind, string> = {
  storage:
    "Each path is a plain prefix. Read: any matching entry. Write: decided by the first matching entry, so put narrower paths first.",
  sync: "Exact paths, or a prefix ending in *. Write is decided by the first matching entry, so order matters.",
};

/** Storage or sync: an ordered list of paths, each read-write or read-only. */
export function PathsFields({ kind }: { kind: PathKind }) {
  const { state, edit } = useEditor();
  const path = `${kind}.paths`;
  return (
    <div className="grid gap-1">
      <RestrictedList
        legend={`${kind === "storage" ? "Storage" : "Sync"} paths`}
        anyLabel="Everywhere (read and write)"
        onlyLabel="Only these paths"
        noun={`${kind} path`}
        path={path}
        ordered
        list={state[kind].paths}
        newItem={newRows.path}
        emptyText="No paths: nothing can be read or written."
        onChange={(list) =>
          edit(kind, (draft) => {
            draft.paths = list;
          })
        }
        renderRow={(row, index, update) => (
          <PathRow
            label={`${kind} path ${index + 1}`}
            path={`${path}.${index}`}
            value={row.path}
            readOnly={row.read_only}
            onChange={(value, readOnly) => update({ path: value, read_only: readOnly })}
          />
        )}
      />
      <p className="text-xs text-muted">{hints[kind]}</p>
    </div>
  );
}

interface PathRowProps {
  label: string;
  path: string;
  value: string;
  readOnly: boolean;
  onChange: (path: string, readOnly: boolean) => void;
}

function PathRow({ label, path, value, readOnly, onChange }: PathRowProps) {
  const pathAria = useIssueAria(`${path}.path`);
  const readOnlyAria = useIssueAria(`${path}.read_only`);
  return (
    <div className="grid gap-1">
      <div className="flex flex-wrap items-center gap-3">
        <input
          aria-label={`${label[0]?.toUpperCase()}${label.slice(1)}`}
          value={value}
          onChange={(event) => onChange(event.target.value, readOnly)}
          placeholder="/data"
          spellCheck={false}
          className={`${inputClass} h-8 max-w-md flex-1 font-mono text-xs`}
          {...pathAria}
        />
        <label className="flex items-center gap-1.5 text-sm">
          <input
            type="checkbox"
            checked={readOnly}
            onChange={(event) => onChange(value, event.target.checked)}
            className="size-4 accent-accent"
            {...readOnlyAria}
          />
          Read-only<span className="sr-only"> ({label})</span>
        </label>
      </div>
      <FieldIssues path={`${path}.path`} />
      <FieldIssues path={`${path}.read_only`} />
    </div>
  );
}
