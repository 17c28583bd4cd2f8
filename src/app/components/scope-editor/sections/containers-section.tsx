import type { OptionalList } from "#api/scope/form-state.ts";
import { useEditor } from "../editor-context.tsx";
import { GrantFlags } from "../fields/grant-flags.tsx";
import { ListMode } from "../fields/list-mode.tsx";
import { StringListField } from "../fields/string-list-field.tsx";

const patternHint = "Image names, or a prefix ending in * (only at the end).";
const registryOps = [
  ["list", "List repositories"],
  ["pull", "Pull from repositories"],
  ["run", "Run from repositories"],
  ["write", "Push to repositories"],
] as const;

export function ContainersFields() {
  const { state, edit } = useEditor();
  const { registry } = state.containers;
  const setList = (key: "pull" | "run", list: OptionalList<string>) =>
    edit("containers", (draft) => {
      draft[key] = list;
    });
  return (
    <>
      <GrantFlags
        name="containers"
        flags={[
          ["use_containers", "Use containers"],
          ["logs", "Read container logs"],
        ]}
      />
      <StringListField
        legend="Pull images"
        anyLabel="Any image"
        noun="image"
        path="containers.pull"
        hint={patternHint}
        list={state.containers.pull}
        onChange={(list) => setList("pull", list)}
      />
      <StringListField
        legend="Run images"
        anyLabel="Any image"
        noun="image"
        path="containers.run"
        list={state.containers.run}
        onChange={(list) => setList("run", list)}
      />
      <fieldset className="grid gap-3 rounded-md border border-line p-3">
        <legend className="px-1 text-sm font-medium">Container registry</legend>
        <ListMode
          legend="Container registry"
          anyLabel="Every repository"
          onlyLabel="As listed below"
          restricted={registry.restricted}
          onChange={(restricted) =>
            edit("containers", (draft) => {
              draft.registry.restricted = restricted;
            })
          }
        />
        {registry.restricted &&
          registryOps.map(([op, legend]) => (
            <StringListField
              key={op}
              legend={legend}
              anyLabel="Any repository"
              noun="repository"
              nouns="repositories"
              path={`containers.registry.${op}`}
              list={registry[op]}
              onChange={(list) =>
                edit("containers", (draft) => {
                  draft.registry[op] = list;
                })
              }
            />
          ))}
      </fieldset>
    </>
  );
}
