import { useMemberSearch } from "#app/lib/use-member-search.ts";

const CHOICES = 50;

export interface MemberChoice {
  id: string;
  label: string;
}

/** Members matching what the user typed, to pick grantees from (the first 50; typing narrows). */
export function useMemberChoices(projectId: string, filter: string) {
  const { members, total, query } = useMemberSearch(projectId, filter, CHOICES);
  const choices: MemberChoice[] = members.map((user) => {
    const name = [user.firstName, user.lastName].filter(Boolean).join(" ");
    const email = user.email ?? user.id;
    return { id: user.id, label: name ? `${name} <${email}>` : email };
  });
  return { choices, more: total > CHOICES, isPending: query.isPending };
}
