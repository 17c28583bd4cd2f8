import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { memberQueries } from "#app/lib/member-queries.ts";
import { useDebouncedValue } from "#app/lib/use-debounced-value.ts";
import { useApi } from "#app/lib/use-session.ts";

const CHOICES = 50;

export interface MemberChoice {
  id: string;
  label: string;
}

/** Members matching what the user typed, to pick grantees from (the first 50; typing narrows). */
export function useMemberChoices(projectId: string, filter: string) {
  const api = useApi();
  const debounced = useDebouncedValue(filter.trim(), 250);
  const query = useQuery({
    ...memberQueries.list(api, projectId, { limit: CHOICES, offset: 0, filter: debounced }),
    placeholderData: keepPreviousData,
  });
  const choices: MemberChoice[] = (query.data?.users ?? []).map((user) => {
    const name = [user.firstName, user.lastName].filter(Boolean).join(" ");
    const email = user.email ?? user.id;
    return { id: user.id, label: name ? `${name} <${email}>` : email };
  });
  return { choices, more: (query.data?.total ?? 0) > CHOICES, isPending: query.isPending };
}
