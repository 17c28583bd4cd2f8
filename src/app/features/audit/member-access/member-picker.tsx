import { SearchCombobox } from "#app/components/search-combobox/search-combobox.tsx";
import { describeError } from "#app/lib/describe-error.ts";
import type { MemberChoice } from "./use-member-choice.ts";

/**
 * A member among all of the project's, in the searchable picker the rooms use: what is typed goes to
 * the server (which matches e-mail, name or id), its first 50 matches are listed. Hidden in print,
 * where the heading names the member.
 */
export function MemberPicker({ label, choice }: { label: string; choice: MemberChoice }) {
  return (
    <SearchCombobox
      label={label}
      noun="member"
      options={choice.options}
      value={choice.chosen}
      onChange={choice.choose}
      limit={choice.limit}
      search={{
        onText: choice.setFilter,
        total: choice.searching ? undefined : choice.total,
        error: choice.error ? describeError(choice.error) : undefined,
      }}
    />
  );
}
