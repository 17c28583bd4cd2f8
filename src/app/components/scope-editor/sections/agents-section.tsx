import { useEditor } from "../editor-context.tsx";
import { GrantFlags } from "../fields/grant-flags.tsx";
import { StringListField } from "../fields/string-list-field.tsx";

export function AgentsFields() {
  const { state, edit } = useEditor();
  return (
    <>
      <GrantFlags
        name="agents"
        flags={[
          ["register_agent", "Register agents"],
          ["register_public_toolkit", "Register public toolkits"],
          ["register_private_toolkit", "Register private toolkits"],
          ["call", "Call agents"],
          ["use_agents", "Use agents"],
          ["use_tools", "Use tools"],
        ]}
      />
      <StringListField
        legend="Allowed toolkits"
        anyLabel="Any toolkit"
        noun="toolkit"
        path="agents.allowed_toolkits"
        list={state.agents.allowed_toolkits}
        onChange={(list) =>
          edit("agents", (draft) => {
            draft.allowed_toolkits = list;
          })
        }
      />
    </>
  );
}
