import { newRows } from "#api/scope/form-state.ts";
import { useEditor } from "../editor-context.tsx";
import { GrantFlags } from "../fields/grant-flags.tsx";
import { NamespaceField } from "../fields/namespace-field.tsx";
import { RestrictedList } from "../fields/restricted-list.tsx";
import { RowFlags } from "../fields/row-flags.tsx";
import { RowText } from "../fields/row-text.tsx";

export const tableFlags = [
  ["read", "Read"],
  ["write", "Write"],
  ["alter", "Alter"],
] as const;

export function DatasetFields() {
  const { state, edit } = useEditor();
  const defaults = newRows.table();
  return (
    <>
      <GrantFlags name="dataset" flags={[["list_tables", "List tables"]]} />
      <RestrictedList
        legend="Tables"
        anyLabel="Any table (read and write)"
        onlyLabel="Only these tables"
        noun="table"
        path="dataset.tables"
        list={state.dataset.tables}
        newItem={newRows.table}
        onChange={(list) =>
          edit("dataset", (draft) => {
            draft.tables = list;
          })
        }
        renderRow={(row, index, update) => (
          <>
            <RowText
              label={`Name of table ${index + 1}`}
              path={`dataset.tables.${index}.name`}
              value={row.name}
              onChange={(name) => update({ ...row, name })}
            />
            <NamespaceField
              owner={`table ${index + 1}`}
              value={row.namespace}
              onChange={(namespace) => update({ ...row, namespace })}
            />
            <RowFlags
              owner={`table ${index + 1}`}
              flags={tableFlags}
              value={row}
              defaults={defaults}
              onChange={(key, checked) => update({ ...row, [key]: checked })}
            />
          </>
        )}
      />
    </>
  );
}
