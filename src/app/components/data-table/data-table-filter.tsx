import { useEffect, useId, useRef, useState } from "react";
import { useDebouncedValue } from "#app/lib/use-debounced-value.ts";
import { inputClass } from "../ui/text-field.tsx";

const DEBOUNCE_MS = 300;

interface FilterProps {
  label: string;
  /** The committed filter (from the URL). */
  value: string;
  onChange: (value: string) => void;
}

/** A search box that commits once typing pauses, and follows the URL when Back changes it. */
export function DataTableFilter({ label, value, onChange }: FilterProps) {
  const id = useId();
  const [text, setText] = useState(value);
  const debounced = useDebouncedValue(text, DEBOUNCE_MS);
  const committed = useRef(value);

  useEffect(() => {
    if (value !== committed.current) {
      committed.current = value;
      setText(value);
    }
  }, [value]);

  useEffect(() => {
    const next = debounced.trim();
    if (next !== committed.current) {
      committed.current = next;
      onChange(next);
    }
  }, [debounced, onChange]);

  return (
    <div className="grid w-full max-w-xs gap-1.5">
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      <input
        id={id}
        type="search"
        value={text}
        onChange={(event) => setText(event.target.value)}
        placeholder="Type to filter…"
        className={inputClass}
        autoComplete="off"
      />
    </div>
  );
}
