import { useId } from "react";
import type { OptionalList } from "#api/scope/form-state.ts";
import { inputClass } from "#app/components/ui/text-field.tsx";

interface NamespaceFieldProps {
  /** Names the row, e.g. "table 2". */
  owner: string;
  value: OptionalList<string>;
  onChange: (value: OptionalList<string>) => void;
}

/** A namespace: any (null), or a path of segments written `a/b` (empty = the root namespace). */
export function NamespaceField({ owner, value, onChange }: NamespaceFieldProps) {
  const id = useId();
  return (
    <div className="flex flex-wrap items-center gap-2">
      <label className="flex items-center gap-1.5 text-sm">
        <input
          type="checkbox"
          checked={!value.restricted}
          onChange={(event) => onChange({ ...value, restricted: !event.target.checked })}
          className="size-4 accent-accent"
        />
        Any namespace<span className="sr-only"> for {owner}</span>
      </label>
      {value.restricted && (
        <>
          <label htmlFor={id} className="sr-only">
            Namespace of {owner} (segments separated by /)
          </label>
          <input
            id={id}
            value={value.items.join("/")}
            onChange={(event) =>
              onChange({ restricted: true, items: event.target.value === "" ? [] : event.target.value.split("/") })
            }
            placeholder="root (empty) or a/b"
            spellCheck={false}
            className={`${inputClass} h-8 max-w-56 font-mono text-xs`}
          />
        </>
      )}
    </div>
  );
}
