import { type ReactNode, useId } from "react";
import type { OptionalList } from "#api/scope/form-state.ts";
import { Button } from "#app/components/ui/button.tsx";
import { FieldIssues } from "../field-issues.tsx";
import { ListMode } from "./list-mode.tsx";
import { RowControls } from "./row-controls.tsx";

interface RestrictedListProps<T> {
  legend: string;
  anyLabel: string;
  onlyLabel?: string;
  list: OptionalList<T>;
  onChange: (list: OptionalList<T>) => void;
  newItem: () => T;
  /** "path": the add button says "Add path", rows are "storage path 1", … */
  noun: string;
  /** The list's dotted scope path; row i is `${path}.${i}`. */
  path: string;
  /** Order matters (storage and sync paths): rows get move up/down. */
  ordered?: boolean;
  renderRow: (item: T, index: number, update: (item: T) => void) => ReactNode;
  /** The plural of `noun`, when it is not `noun` + "s". */
  nouns?: string;
  /** Shown when the list is restricted and empty. */
  emptyText?: string;
}

const move = <T,>(items: T[], from: number, to: number) => {
  const next = [...items];
  const [item] = next.splice(from, 1);
  if (item !== undefined) next.splice(to, 0, item);
  return next;
};

/** An optional list of rows: unrestricted, or only the rows listed (added, removed, reordered). */
export function RestrictedList<T>(props: RestrictedListProps<T>) {
  const { legend, anyLabel, onlyLabel, list, onChange, newItem, noun, path, ordered, renderRow } = props;
  const id = useId();
  const items = list.items;
  const set = (next: T[]) => onChange({ ...list, items: next });
  const nouns = props.nouns ?? `${noun}s`;
  const rowLabel = (index: number) => `${noun} ${index + 1}`;
  // Focus follows a moved row, so the keyboard can keep moving it.
  const onMove = (from: number, to: number) => {
    set(move(items, from, to));
    const direction = to < from ? "up" : "down";
    requestAnimationFrame(() => {
      const target = document.getElementById(`${id}-${to}-${direction}`) as HTMLButtonElement | null;
      const fallback = document.getElementById(`${id}-${to}-${direction === "up" ? "down" : "up"}`);
      (target && !target.disabled ? target : fallback)?.focus();
    });
  };
  return (
    <fieldset className="grid min-w-0 gap-2">
      <legend className="mb-1 text-sm font-medium">{legend}</legend>
      <ListMode
        legend={legend}
        anyLabel={anyLabel}
        onlyLabel={onlyLabel}
        restricted={list.restricted}
        onChange={(restricted) => onChange({ ...list, restricted })}
      />
      {list.restricted ? (
        <ol className="grid gap-2">
          {items.map((item, index) => (
            <li
              // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity of their own; order is the point
              key={index}
              id={`${id}-${index}-row`}
              className="flex min-w-0 items-start gap-2 rounded-md border border-line bg-canvas p-2"
            >
              <div className="grid min-w-0 flex-1 gap-2">
                {renderRow(item, index, (next) => set(items.map((old, i) => (i === index ? next : old))))}
                <FieldIssues path={`${path}.${index}`} />
              </div>
              <RowControls
                idPrefix={`${id}-${index}`}
                label={rowLabel(index)}
                index={index}
                count={items.length}
                onMove={ordered ? onMove : undefined}
                onRemove={() => set(items.filter((_, i) => i !== index))}
              />
            </li>
          ))}
          {items.length === 0 && (
            <li className="text-xs text-muted">{props.emptyText ?? `No ${nouns}: nothing is allowed.`}</li>
          )}
        </ol>
      ) : (
        items.length > 0 && (
          <p className="text-xs text-muted">
            {items.length} {items.length === 1 ? noun : nouns} kept aside; choose “{onlyLabel ?? "Only these"}” to use{" "}
            {items.length === 1 ? "it" : "them"} again.
          </p>
        )
      )}
      <FieldIssues path={path} />
      <div>
        <Button
          size="sm"
          onClick={() => {
            onChange({ restricted: true, items: [...items, newItem()] });
            // The new row's first box takes focus, so typing goes straight into it.
            requestAnimationFrame(() =>
              document.getElementById(`${id}-${items.length}-row`)?.querySelector("input")?.focus(),
            );
          }}
          aria-label={`Add ${noun} (${legend})`}
        >
          <span aria-hidden="true">+</span> Add {noun}
        </Button>
      </div>
    </fieldset>
  );
}
