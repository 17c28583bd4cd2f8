import { useId, useMemo } from "react";
import { useSearchParams } from "react-router";
import { inputClass } from "#app/components/ui/text-field.tsx";
import type { AccessIndex } from "#app/lib/access-index/access-index.ts";
import { byText } from "#app/lib/access-index/label-order.ts";

export interface Choice {
  id: string;
  name: string;
}

/** A choice kept in the URL (`?roomId=`), falling back to the first option when absent or unknown. */
export function useUrlChoice(param: string, options: readonly Choice[], fallback = options[0]) {
  const [params, setParams] = useSearchParams();
  const chosen = options.find((o) => o.id === params.get(param)) ?? fallback;
  const choose = (id: string) =>
    setParams((p) => {
      p.set(param, id);
      return p;
    });
  return [chosen, choose] as const;
}

interface ChoicePickerProps {
  label: string;
  options: readonly Choice[];
  value: Choice | undefined;
  onChange: (id: string) => void;
}

/** A labelled select over a view's rooms or members; hidden in print, where the heading names the choice. */
export function ChoicePicker({ label, options, value, onChange }: ChoicePickerProps) {
  const id = useId();
  return (
    <div className="grid max-w-sm min-w-0 gap-1.5 print:hidden">
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      <select id={id} className={inputClass} value={value?.id ?? ""} onChange={(e) => onChange(e.target.value)}>
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.name}
          </option>
        ))}
      </select>
    </div>
  );
}

const byName = (a: Choice, b: Choice) => byText(a.name, b.name);

/** The rooms holding at least one grant, by name; sorted once per index version. */
export function useRoomChoices(index: AccessIndex): Choice[] {
  const version = index.version;
  // biome-ignore lint/correctness/useExhaustiveDependencies: `version` stands for the index's contents
  return useMemo(
    () =>
      [...index.rooms.values()]
        .filter((r) => index.roomCells(r.id).size > 0)
        .map(({ id, name }) => ({ id, name }))
        .sort(byName),
    [index, version],
  );
}
