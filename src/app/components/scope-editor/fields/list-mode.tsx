import { useId } from "react";

interface ListModeProps {
  /** The list's name, e.g. "Breakout rooms": the group's label. */
  legend: string;
  /** What null means, e.g. "Any breakout room". */
  anyLabel: string;
  onlyLabel?: string;
  restricted: boolean;
  onChange: (restricted: boolean) => void;
}

/** "Unrestricted (null) vs. only these" for an optional list; the typed items survive either way. */
export function ListMode({ legend, anyLabel, onlyLabel = "Only these", restricted, onChange }: ListModeProps) {
  const name = useId();
  return (
    <div role="radiogroup" aria-label={legend} className="flex flex-wrap gap-x-4 gap-y-1">
      {[
        { value: false, label: anyLabel },
        { value: true, label: onlyLabel },
      ].map((option) => (
        <label key={String(option.value)} className="flex items-center gap-1.5 text-sm">
          <input
            type="radio"
            name={name}
            checked={restricted === option.value}
            onChange={() => onChange(option.value)}
            className="size-4 accent-accent"
          />
          {option.label}
        </label>
      ))}
    </div>
  );
}
