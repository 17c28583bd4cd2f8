import { type UseComboboxState, type UseComboboxStateChangeOptions, useCombobox } from "downshift";
import { useId, useMemo, useState } from "react";
import { inputClass } from "#app/components/ui/text-field.tsx";
import { type ComboboxOption, matchesNote, matchingOptions } from "./matching-options.ts";

interface SearchComboboxProps<T extends ComboboxOption> {
  label: string;
  /** What one option is, for the notes ("room"). */
  noun: string;
  options: readonly T[];
  value: T | undefined;
  onChange: (id: string) => void;
  /** Options rendered at most; typing narrows the rest. */
  limit?: number;
  className?: string;
}

const { InputKeyDownEscape, InputBlur } = useCombobox.stateChangeTypes;

// Escape and leaving the field keep the chosen option and show its name again: only Enter or a
// click picks (the APG's manual selection), and no key clears the choice.
function keepChoice<T extends ComboboxOption>(state: UseComboboxState<T>, action: UseComboboxStateChangeOptions<T>) {
  if (action.type !== InputKeyDownEscape && action.type !== InputBlur) return action.changes;
  return {
    ...action.changes,
    isOpen: false,
    selectedItem: state.selectedItem,
    inputValue: state.selectedItem?.name ?? "",
  };
}

/**
 * A searchable picker (the ARIA combobox pattern, through downshift): a labelled input, a listbox of
 * the names holding what is typed (the first `limit`), arrows, Enter and Escape, the highlighted
 * option named by `aria-activedescendant`. Hidden in print, where headings name the choice.
 */
export function SearchCombobox<T extends ComboboxOption>(props: SearchComboboxProps<T>) {
  const { label, noun, options, value, onChange, limit = 50, className = "" } = props;
  const id = useId();
  const noteId = `${id}-note`;
  const [text, setText] = useState(value?.name ?? "");
  const matches = useMemo(() => matchingOptions(options, text, value, limit), [options, text, value, limit]);
  const combobox = useCombobox<T>({
    inputId: id,
    items: matches.shown,
    itemToString: (item) => item?.name ?? "",
    itemToKey: (item) => item?.id,
    selectedItem: value ?? null,
    inputValue: text,
    onInputValueChange: ({ inputValue }) => setText(inputValue),
    onSelectedItemChange: ({ selectedItem }) => selectedItem && onChange(selectedItem.id),
    stateReducer: keepChoice,
    getA11yStatusMessage: ({ isOpen }) => (isOpen ? matchesNote(matches, noun) : ""),
  });
  const { isOpen, highlightedIndex, getLabelProps, getInputProps, getMenuProps, getItemProps } = combobox;
  return (
    <div className={`relative grid max-w-sm min-w-0 gap-1.5 print:hidden ${className}`}>
      <label {...getLabelProps()} htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      <input
        {...getInputProps({ onFocus: (event) => event.currentTarget.select(), "aria-describedby": noteId })}
        className={inputClass}
        placeholder={`Type to search ${options.length} ${noun}s`}
      />
      <div
        className={`absolute top-full z-20 mt-1 w-full rounded-md border border-line bg-surface shadow-md ${isOpen ? "" : "hidden"}`}
      >
        <ul {...getMenuProps()} className="max-h-72 overflow-y-auto py-1 text-sm">
          {isOpen &&
            matches.shown.map((option, index) => (
              <li
                key={option.id}
                {...getItemProps({ item: option, index })}
                className={`cursor-pointer px-3 py-1.5 ${highlightedIndex === index ? "bg-accent-soft" : ""} ${option.id === value?.id ? "font-semibold" : ""}`}
              >
                {option.name}
              </li>
            ))}
        </ul>
        <p id={noteId} className="border-t border-line px-3 py-1.5 text-xs text-muted">
          {matchesNote(matches, noun)}
        </p>
      </div>
    </div>
  );
}
