interface RowFlagsProps<K extends string> {
  /** Names the row for screen readers, e.g. "table 2". */
  owner: string;
  flags: readonly (readonly [K, string])[];
  value: Record<K, boolean>;
  defaults: Record<K, boolean>;
  onChange: (key: K, checked: boolean) => void;
}

/** The booleans of one row (a table's read/write/alter, a memory's permissions), defaults in the title. */
export function RowFlags<K extends string>({ owner, flags, value, defaults, onChange }: RowFlagsProps<K>) {
  const on = flags.filter(([key]) => defaults[key]).map(([, label]) => label.toLowerCase());
  const off = flags.filter(([key]) => !defaults[key]).map(([, label]) => label.toLowerCase());
  const defaultsText = [on.length > 0 && `${on.join(", ")} on`, off.length > 0 && `${off.join(", ")} off`]
    .filter(Boolean)
    .join("; ");
  return (
    <fieldset className="flex flex-wrap items-center gap-x-4 gap-y-1">
      <legend className="sr-only">Permissions of {owner}</legend>
      {flags.map(([key, label]) => (
        <label key={key} className="flex items-center gap-1.5 text-sm">
          <input
            type="checkbox"
            checked={value[key]}
            onChange={(event) => onChange(key, event.target.checked)}
            className="size-4 accent-accent"
          />
          <span>
            {label}
            {value[key] !== defaults[key] && <span className="text-xs text-accent"> *</span>}
          </span>
        </label>
      ))}
      <span className="text-xs text-muted">(default: {defaultsText}; * = changed)</span>
    </fieldset>
  );
}
