import { useEffect, useId, useRef, useState } from "react";
import { inputClass } from "../ui/text-field.tsx";

const DEBOUNCE_MS = 300;

interface FilterProps {
  label: string;
  /** The committed filter (from the URL). */
  value: string;
  onChange: (value: string) => void;
}

/**
 * A search box that commits once typing pauses (each settled filter one history entry), and follows
 * the URL when Back changes it; a commit is only ever sent for what the user typed, never re-sent
 * when the URL moves under it.
 */
export function DataTableFilter({ label, value, onChange }: FilterProps) {
  const id = useId();
  const [text, setText] = useState(value);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const latest = useRef({ value, onChange });
  latest.current = { value, onChange };

  useEffect(() => {
    clearTimeout(timer.current);
    setText(value);
  }, [value]);
  useEffect(() => () => clearTimeout(timer.current), []);

  const type = (next: string) => {
    setText(next);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      const { value: committed, onChange: commit } = latest.current;
      if (next.trim() !== committed) commit(next.trim());
    }, DEBOUNCE_MS);
  };

  return (
    <div className="grid w-full max-w-xs gap-1.5">
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      <input
        id={id}
        type="search"
        value={text}
        onChange={(event) => type(event.target.value)}
        placeholder="Type to filter…"
        className={inputClass}
        autoComplete="off"
      />
    </div>
  );
}
