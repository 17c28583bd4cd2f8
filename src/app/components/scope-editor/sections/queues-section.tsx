import { useEditor } from "../editor-context.tsx";
import { GrantFlags } from "../fields/grant-flags.tsx";
import { StringListField } from "../fields/string-list-field.tsx";

export function QueuesFields() {
  const { state, edit } = useEditor();
  return (
    <>
      <GrantFlags name="queues" flags={[["list", "List queues"]]} />
      <StringListField
        legend="Send to queues"
        anyLabel="Any queue"
        noun="queue"
        path="queues.send"
        hint="Exact queue names; no wildcards."
        list={state.queues.send}
        onChange={(list) =>
          edit("queues", (draft) => {
            draft.send = list;
          })
        }
      />
      <StringListField
        legend="Receive from queues"
        anyLabel="Any queue"
        noun="queue"
        path="queues.receive"
        list={state.queues.receive}
        onChange={(list) =>
          edit("queues", (draft) => {
            draft.receive = list;
          })
        }
      />
    </>
  );
}
