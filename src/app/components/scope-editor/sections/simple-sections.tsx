import { useEditor } from "../editor-context.tsx";
import { GrantFlags } from "../fields/grant-flags.tsx";
import { StringListField } from "../fields/string-list-field.tsx";

// The grants made of flags alone, or of one optional list.

export const MessagingFields = () => (
  <GrantFlags
    name="messaging"
    flags={[
      ["send", "Send messages"],
      ["broadcast", "Broadcast messages"],
      ["list", "List participants"],
    ]}
  />
);

export const DeveloperFields = () => <GrantFlags name="developer" flags={[["logs", "Read developer logs"]]} />;

export const AdminFields = () => <GrantFlags name="admin" flags={[["config", "Change the room's configuration"]]} />;

export const ServicesFields = () => <GrantFlags name="services" flags={[["list", "List services"]]} />;

export function LivekitFields() {
  const { state, edit } = useEditor();
  return (
    <StringListField
      legend="Breakout rooms"
      anyLabel="Any breakout room"
      noun="breakout room"
      path="livekit.breakout_rooms"
      list={state.livekit.breakout_rooms}
      onChange={(list) =>
        edit("livekit", (draft) => {
          draft.breakout_rooms = list;
        })
      }
    />
  );
}

export function LlmFields() {
  const { state, edit } = useEditor();
  return (
    <StringListField
      legend="Models"
      anyLabel="Any model"
      noun="model"
      path="llm.models"
      placeholder="openai/gpt-4o or anthropic/*"
      hint="provider/model, or a prefix ending in * (only at the end)."
      list={state.llm.models}
      onChange={(list) =>
        edit("llm", (draft) => {
          draft.models = list;
        })
      }
    />
  );
}

export function TunnelsFields() {
  const { state, edit } = useEditor();
  return (
    <StringListField
      legend="Ports"
      anyLabel="Any port"
      noun="port"
      path="tunnels.ports"
      placeholder="8080"
      inputMode="numeric"
      hint="An empty list also means every port."
      list={state.tunnels.ports}
      onChange={(list) =>
        edit("tunnels", (draft) => {
          draft.ports = list;
        })
      }
    />
  );
}
