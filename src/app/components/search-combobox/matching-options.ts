// What a searchable picker lists: the options whose name (or another of their terms) holds the typed
// text (any case), the first `limit` of them rendered, so 2,000 rooms cost 50 rows; the text that
// names the chosen option lists all.

export interface ComboboxOption {
  id: string;
  name: string;
  /** What else the option answers to when typed (a member's full name, their id); the name always does. */
  terms?: readonly string[];
}

const holds = (option: ComboboxOption, needle: string) =>
  option.name.toLocaleLowerCase().includes(needle) ||
  (option.terms ?? []).some((term) => term.toLocaleLowerCase().includes(needle));

export interface Matches<T extends ComboboxOption> {
  shown: T[];
  /** How many match in all (more than `shown` when held back). */
  total: number;
}

export function matchingOptions<T extends ComboboxOption>(
  options: readonly T[],
  text: string,
  chosen: T | undefined,
  limit: number,
): Matches<T> {
  const needle = text.trim().toLocaleLowerCase();
  if (needle === "" || text === chosen?.name) return { shown: options.slice(0, limit), total: options.length };
  const shown: T[] = [];
  let total = 0;
  for (const option of options) {
    if (!holds(option, needle)) continue;
    total++;
    if (shown.length < limit) shown.push(option);
  }
  return { shown, total };
}

/** The note under the list: how many are shown, and that typing narrows them. */
export function matchesNote(matches: { shown: readonly unknown[]; total: number }, noun: string): string {
  const { shown, total } = matches;
  if (total === 0) return `No ${noun} matches.`;
  const plural = total === 1 ? noun : `${noun}s`;
  return shown.length < total
    ? `Showing ${shown.length} of ${total} ${plural}; type to narrow.`
    : `${total} ${plural}${total === 1 ? " matches" : " match"}.`;
}
