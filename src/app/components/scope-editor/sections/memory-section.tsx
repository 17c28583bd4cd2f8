import { newRows } from "#api/scope/form-state.ts";
import { memoryPermissionKeys } from "#api/scope/schema.ts";
import { useEditor } from "../editor-context.tsx";
import { GrantFlags } from "../fields/grant-flags.tsx";
import { NamespaceField } from "../fields/namespace-field.tsx";
import { RestrictedList } from "../fields/restricted-list.tsx";
import { RowFlags } from "../fields/row-flags.tsx";
import { RowText } from "../fields/row-text.tsx";

const permissionFlags = memoryPermissionKeys.map((key) => [key, key[0]?.toUpperCase() + key.slice(1)] as const);

export function MemoryFields() {
  const { state, edit } = useEditor();
  const defaults = newRows.memory().permissions;
  return (
    <>
      <GrantFlags name="memory" flags={[["list", "List memories"]]} />
      <RestrictedList
        legend="Memories"
        anyLabel="Any memory (every permission)"
        onlyLabel="Only these memories"
        noun="memory"
        nouns="memories"
        path="memory.memories"
        list={state.memory.memories}
        newItem={newRows.memory}
        onChange={(list) =>
          edit("memory", (draft) => {
            draft.memories = list;
          })
        }
        renderRow={(row, index, update) => (
          <>
            <RowText
              label={`Name of memory ${index + 1}`}
              path={`memory.memories.${index}.name`}
              value={row.name}
              onChange={(name) => update({ ...row, name })}
            />
            <NamespaceField
              owner={`memory ${index + 1}`}
              value={row.namespace}
              onChange={(namespace) => update({ ...row, namespace })}
            />
            <RowFlags
              owner={`memory ${index + 1}`}
              flags={permissionFlags}
              value={row.permissions}
              defaults={defaults}
              onChange={(key, checked) => update({ ...row, permissions: { ...row.permissions, [key]: checked } })}
            />
          </>
        )}
      />
    </>
  );
}
