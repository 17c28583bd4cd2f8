import { lenses } from "#app/lib/access-index/capabilities.ts";
import { useFieldText } from "#app/lib/use-field-text.ts";
import type { AxisView, MatrixView } from "./use-matrix-search.ts";

interface MatrixToolbarProps {
  view: MatrixView;
  update: (change: (view: MatrixView) => MatrixView, options?: { replace?: boolean }) => void;
}

const fieldClass = "rounded-md border border-line bg-surface px-2 py-1 text-sm";

/** Orientation, each axis's mode, filter and sort, and the lens: every control writes the URL. */
export function MatrixToolbar({ view, update }: MatrixToolbarProps) {
  const setAxis = (name: "rooms" | "members", change: Partial<AxisView>, replace = false) =>
    update((v) => ({ ...v, [name]: { ...v[name], ...change } }), { replace });
  return (
    <div className="flex flex-wrap items-end gap-x-5 gap-y-3">
      {(["rooms", "members"] as const).map((name) => (
        <fieldset key={name} className="flex flex-wrap items-end gap-2">
          <legend className="mb-1 text-xs font-semibold text-muted">{name === "rooms" ? "Rooms" : "Members"}</legend>
          <FilterInput
            label={name === "rooms" ? "Filter rooms by name" : "Filter members by name or e-mail"}
            className={`${fieldClass} ${name === "rooms" ? "w-40" : "w-52"}`}
            placeholder={name === "rooms" ? "Filter by name" : "Filter by name or e-mail"}
            value={view[name].filter}
            onValue={(filter) => setAxis(name, { filter }, true)}
          />
          <label className="grid gap-0.5 text-xs">
            <span className="sr-only">{name === "rooms" ? "Which rooms" : "Which members"}</span>
            <select
              className={fieldClass}
              value={view[name].mode}
              onChange={(e) => setAxis(name, { mode: e.target.value === "holders" ? "holders" : "all" })}
            >
              <option value="all">{name === "rooms" ? "Every room" : "Every member"}</option>
              <option value="holders">Only those with grants</option>
            </select>
          </label>
          <label className="grid gap-0.5 text-xs">
            <span className="sr-only">{name === "rooms" ? "Sort rooms" : "Sort members"}</span>
            <select
              className={fieldClass}
              value={view[name].sort}
              onChange={(e) => setAxis(name, { sort: e.target.value === "count" ? "count" : "name" })}
            >
              <option value="name">By name</option>
              <option value="count">By grant count</option>
            </select>
          </label>
        </fieldset>
      ))}
      <label className="grid gap-1 text-xs">
        <span className="font-semibold text-muted">Lens</span>
        <select
          className={fieldClass}
          value={view.lens}
          onChange={(e) => update((v) => ({ ...v, lens: e.target.value }))}
        >
          <option value="">Everything</option>
          {lenses.map((lens) => (
            <option key={lens.key} value={lens.key}>
              Who holds {lens.label}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        className="rounded-md border border-line px-3 py-1 text-sm hover:bg-subtle"
        onClick={() => update((v) => ({ ...v, rows: v.rows === "rooms" ? "members" : "rooms" }))}
      >
        Swap axes <span className="text-muted">(rows: {view.rows})</span>
      </button>
    </div>
  );
}

interface FilterInputProps {
  label: string;
  className: string;
  placeholder: string;
  value: string;
  onValue: (text: string) => void;
}

/** An axis's filter: the field follows every key at once while the URL, which keeps it, catches up. */
function FilterInput({ label, className, placeholder, value, onValue }: FilterInputProps) {
  const [text, setText] = useFieldText(value, { text: value, onText: onValue });
  return (
    <label className="grid gap-0.5 text-xs">
      <span className="sr-only">{label}</span>
      <input
        type="search"
        className={className}
        placeholder={placeholder}
        value={text}
        onChange={(event) => setText(event.target.value)}
      />
    </label>
  );
}
