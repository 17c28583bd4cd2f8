import { useId } from "react";
import { inputClass } from "#app/components/ui/text-field.tsx";
import { describeError } from "#app/lib/describe-error.ts";
import type { MemberChoice } from "./use-member-choice.ts";

/**
 * A member among all of the project's: a search box (the server matches e-mail, name or id) and a
 * labelled select of the matches; hidden in print, where the heading names the member. The search
 * box's label (`find`) avoids the word "member", so that the select alone answers to "Member".
 */
export function MemberPicker({ label, find, choice }: { label: string; find: string; choice: MemberChoice }) {
  const id = useId();
  const shown = choice.options.length;
  return (
    <div className="grid max-w-sm min-w-0 gap-1.5 print:hidden">
      <label htmlFor={`${id}-find`} className="text-sm font-medium">
        {find}
      </label>
      <input
        id={`${id}-find`}
        type="search"
        className={inputClass}
        value={choice.filter}
        aria-describedby={`${id}-count`}
        onChange={(e) => choice.setFilter(e.target.value)}
      />
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      <select
        id={id}
        className={inputClass}
        value={choice.chosen?.id ?? ""}
        onChange={(e) => choice.choose(e.target.value)}
        aria-describedby={`${id}-count`}
      >
        {choice.chosen === undefined && <option value="">{choice.pending ? "Loading members…" : "No member"}</option>}
        {choice.options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.name}
          </option>
        ))}
      </select>
      <p id={`${id}-count`} className="text-xs text-muted">
        {choice.error
          ? `Could not search the members: ${describeError(choice.error)}`
          : choice.total > shown
            ? `Showing ${shown} of ${choice.total} members; type to narrow.`
            : `Every project member, with or without a grant (${choice.total}).`}
      </p>
    </div>
  );
}
