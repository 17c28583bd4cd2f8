import { newRows } from "#api/scope/form-state.ts";
import { useEditor } from "../editor-context.tsx";
import { GrantFlags } from "../fields/grant-flags.tsx";
import { NamespaceField } from "../fields/namespace-field.tsx";
import { RestrictedList } from "../fields/restricted-list.tsx";
import { RowFlags } from "../fields/row-flags.tsx";
import { RowText } from "../fields/row-text.tsx";
import { tableFlags } from "./dataset-section.tsx";

const databaseFlags = [
  ["create_table", "Create tables"],
  ["drop", "Drop"],
  ["inspect", "Inspect"],
  ["list_tables", "List tables"],
  ["execute", "Execute"],
] as const;

export function SqliteFields() {
  const { state, edit } = useEditor();
  const databaseDefaults = newRows.sqliteDatabase();
  const tableDefaults = newRows.sqliteTable();
  return (
    <>
      <GrantFlags
        name="sqlite"
        flags={[
          ["create_database", "Create databases"],
          ["list_databases", "List databases"],
        ]}
      />
      <RestrictedList
        legend="Databases"
        anyLabel="Any database"
        onlyLabel="Only these databases"
        noun="database"
        path="sqlite.databases"
        list={state.sqlite.databases}
        newItem={newRows.sqliteDatabase}
        onChange={(list) =>
          edit("sqlite", (draft) => {
            draft.databases = list;
          })
        }
        renderRow={(db, index, update) => {
          const owner = `database ${index + 1}`;
          const path = `sqlite.databases.${index}`;
          return (
            <>
              <RowText
                label={`Name of ${owner}`}
                path={`${path}.name`}
                value={db.name}
                onChange={(name) => update({ ...db, name })}
              />
              <NamespaceField
                owner={owner}
                value={db.namespace}
                onChange={(namespace) => update({ ...db, namespace })}
              />
              <RowFlags
                owner={owner}
                flags={databaseFlags}
                value={db}
                defaults={databaseDefaults}
                onChange={(key, checked) => update({ ...db, [key]: checked })}
              />
              <div className="border-l-2 border-line pl-3">
                <RestrictedList
                  legend={`Tables of ${owner}`}
                  anyLabel="Any table"
                  onlyLabel="Only these tables"
                  noun="table"
                  path={`${path}.tables`}
                  list={db.tables}
                  newItem={() => ({ ...newRows.sqliteTable(), database: db.name })}
                  onChange={(tables) => update({ ...db, tables })}
                  renderRow={(table, t, updateTable) => (
                    <>
                      <div className="grid gap-2 sm:grid-cols-2">
                        <RowText
                          label={`Database of table ${t + 1}`}
                          path={`${path}.tables.${t}.database`}
                          value={table.database}
                          onChange={(database) => updateTable({ ...table, database })}
                        />
                        <RowText
                          label={`Name of table ${t + 1}`}
                          path={`${path}.tables.${t}.table`}
                          value={table.table}
                          onChange={(name) => updateTable({ ...table, table: name })}
                        />
                      </div>
                      <NamespaceField
                        owner={`table ${t + 1} of ${owner}`}
                        value={table.namespace}
                        onChange={(namespace) => updateTable({ ...table, namespace })}
                      />
                      <RowFlags
                        owner={`table ${t + 1} of ${owner}`}
                        flags={tableFlags}
                        value={table}
                        defaults={tableDefaults}
                        onChange={(key, checked) => updateTable({ ...table, [key]: checked })}
                      />
                    </>
                  )}
                />
              </div>
            </>
          );
        }}
      />
    </>
  );
}
