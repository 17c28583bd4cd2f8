import type { GrantFlag } from "#api/scope/access.ts";
import { defaultGrant } from "#api/scope/grant-labels.ts";
import type { GrantName } from "#api/scope/schema.ts";
import { useEditor } from "../editor-context.tsx";
import { FlagField } from "./flag-field.tsx";

interface GrantFlagsProps<N extends GrantName> {
  name: N;
  flags: readonly (readonly [GrantFlag<N>, string])[];
}

/** The top-level booleans of a grant, each with its default. */
export function GrantFlags<N extends GrantName>({ name, flags }: GrantFlagsProps<N>) {
  const { state, edit } = useEditor();
  // Flags are booleans by GrantFlag's definition; the records below only read and write those keys.
  const grant = state[name] as unknown as Record<string, unknown>;
  const defaults = defaultGrant(name) as unknown as Record<string, unknown>;
  return (
    <div className="grid gap-2 sm:grid-cols-2">
      {flags.map(([key, label]) => (
        <FlagField
          key={key}
          label={label}
          checked={grant[key] === true}
          fallback={defaults[key] === true}
          path={`${name}.${key}`}
          onChange={(checked) =>
            edit(name, (draft) => {
              (draft as unknown as Record<string, unknown>)[key] = checked;
            })
          }
        />
      ))}
    </div>
  );
}
