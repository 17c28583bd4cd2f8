import { type UseComboboxState, type UseComboboxStateChangeOptions, useCombobox } from "downshift";
import { useId, useMemo } from "react";
import { inputClass } from "#app/components/ui/text-field.tsx";
import { type TypedValue, useFieldText } from "#app/lib/use-field-text.ts";
import { type ComboboxOption, type Matches, matchesNote, matchingOptions } from "./matching-options.ts";

/** The options are only the first matches of a search done elsewhere (the server's). */
export interface ElsewhereSearch {
  /** The text to search for: what is typed, or "" while the field shows the chosen option. */
  onText?: (text: string) => void;
  /** How many match in all; undefined while the search runs. */
  total: number | undefined;
  /** Why the search failed, if it did. */
  error?: string;
}

interface SearchComboboxProps<T extends ComboboxOption> {
  label: string;
  /** What one option is, for the notes ("room"). */
  noun: string;
  options: readonly T[];
  value: T | undefined;
  onChange: (id: string) => void;
  /** Options rendered at most; typing narrows the rest. */
  limit?: number;
  search?: ElsewhereSearch;
  /**
   * The typed text is the value (a filter), kept by the caller: Escape and leaving keep it, and
   * picking an option types its name. Without it, only a pick changes the value.
   */
  typed?: TypedValue;
  className?: string;
}

const { InputKeyDownEscape, InputBlur } = useCombobox.stateChangeTypes;

// Escape and leaving the field keep the chosen option and show its name again (or keep what was
// typed, when that is the value): only Enter or a click picks (the APG's manual selection), and no
// key clears the choice.
const keepChoice =
  (typed: boolean) =>
  <T extends ComboboxOption>(state: UseComboboxState<T>, action: UseComboboxStateChangeOptions<T>) => {
    if (action.type !== InputKeyDownEscape && action.type !== InputBlur) return action.changes;
    return {
      ...action.changes,
      isOpen: false,
      selectedItem: state.selectedItem,
      inputValue: typed ? state.inputValue : (state.selectedItem?.name ?? ""),
    };
  };

function noteOf(matches: Matches<ComboboxOption>, noun: string, search: ElsewhereSearch | undefined) {
  if (search?.error !== undefined) return `Could not search the ${noun}s: ${search.error}`;
  if (search !== undefined && search.total === undefined) return `Searching the ${noun}s…`;
  return matchesNote(matches, noun);
}

/**
 * A searchable picker (the ARIA combobox pattern, through downshift): a labelled input, a listbox of
 * the names holding what is typed (the first `limit`), arrows, Enter and Escape, the highlighted
 * option named by `aria-activedescendant`. Hidden in print (headings name the choice) unless typed.
 */
export function SearchCombobox<T extends ComboboxOption>(props: SearchComboboxProps<T>) {
  const { label, noun, options, value, onChange, limit = 50, search, typed, className = "" } = props;
  // Print leaves a choice out (a heading names it) but shows a typed filter.
  const hiddenInPrint = typed === undefined;
  const id = useId();
  const noteId = `${id}-note`;
  const [text, setFieldText] = useFieldText(value?.name ?? "", typed);
  const setText = (next: string) => {
    if (setFieldText(next)) search?.onText?.(next === value?.name ? "" : next);
  };
  // Narrowing the options given at once keeps a search elsewhere quick to follow the typing.
  const found = useMemo(() => matchingOptions(options, text, value, limit), [options, text, value, limit]);
  const matches = search?.total === undefined ? found : { shown: found.shown, total: search.total };
  const note = noteOf(matches, noun, search);
  const combobox = useCombobox<T>({
    inputId: id,
    items: matches.shown,
    itemToString: (item) => item?.name ?? "",
    itemToKey: (item) => item?.id,
    selectedItem: value ?? null,
    inputValue: text,
    onInputValueChange: ({ inputValue }) => setText(inputValue),
    onSelectedItemChange: ({ selectedItem }) => selectedItem && onChange(selectedItem.id),
    stateReducer: keepChoice(typed !== undefined),
    getA11yStatusMessage: ({ isOpen }) => (isOpen ? note : ""),
  });
  const { isOpen, highlightedIndex, getLabelProps, getInputProps, getMenuProps, getItemProps } = combobox;
  return (
    <div className={`relative grid max-w-sm min-w-0 gap-1.5 ${hiddenInPrint ? "print:hidden" : ""} ${className}`}>
      <label {...getLabelProps()} htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      <input
        {...getInputProps({
          onFocus: (event) => event.currentTarget.select(),
          // Downshift reports typing from an effect, a render late: a key pressed in between would
          // land on the old text, so the text follows the keys here, in the key's own update.
          onChange: (event) => setText(event.currentTarget.value),
          "aria-describedby": noteId,
        })}
        className={inputClass}
        placeholder={`Type to search ${search?.total ?? options.length} ${noun}s`}
      />
      <div
        className={`absolute top-full z-20 mt-1 w-full rounded-md border border-line bg-surface shadow-md ${isOpen ? "" : "hidden"}`}
      >
        <ul
          {...getMenuProps({ "aria-busy": search !== undefined && search.total === undefined })}
          className="max-h-72 overflow-y-auto py-1 text-sm"
        >
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
          {note}
        </p>
      </div>
    </div>
  );
}
