import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useSearchParams } from "react-router";
import type { ProjectMember } from "#api/schemas/member.ts";
import type { AccessIndex } from "#app/lib/access-index/access-index.ts";
import { memberQueries } from "#app/lib/member-queries.ts";
import { useMemberSearch } from "#app/lib/use-member-search.ts";
import { useApi } from "#app/lib/use-session.ts";
import type { Choice } from "../url-choice.tsx";

/** Members listed at once in a picker; typing narrows the server's search. */
const PAGE = 50;

const choiceOf = (m: ProjectMember): Choice => ({ id: m.id, name: m.email ?? m.id });

export interface MemberChoice {
  /** The chosen member; undefined while the first page loads, or when the project has none. */
  chosen: Choice | undefined;
  choose: (id: string) => void;
  /** What the picker shows: the search text, the matches (with the chosen one), how many match. */
  filter: string;
  setFilter: (filter: string) => void;
  options: Choice[];
  total: number;
  pending: boolean;
  error: unknown;
}

/**
 * A member kept in the URL (`?memberId=`), picked among every member of the project (the server
 * searches and pages, as the rest of the console does), not only those holding a grant. Without one
 * in the URL, the `nth` member by e-mail. An id that is no longer a member keeps the name the grants gave it.
 */
export function useMemberChoice(
  projectId: string,
  index: AccessIndex,
  param: string,
  { nth = 0, enabled = true } = {},
): MemberChoice {
  const api = useApi();
  const [params, setParams] = useSearchParams();
  const [filter, setFilter] = useState("");
  const search = useMemberSearch(projectId, filter, PAGE);
  const first = useMemberSearch(projectId, "", PAGE);
  const id = enabled ? params.get(param) : null;
  const listed = search.members.map(choiceOf);
  const known = [...listed, ...first.members.map(choiceOf)].find((c) => c.id === id);
  const detail = useQuery({
    ...memberQueries.detail(api, projectId, id ?? ""),
    enabled: id !== null && known === undefined,
    retry: false,
  });
  const named = (memberId: string): Choice => ({ id: memberId, name: index.users.get(memberId)?.email ?? memberId });
  const fallback = first.members[nth];
  const chosen =
    id === null
      ? fallback && choiceOf(fallback)
      : (known ?? (detail.data ? choiceOf(detail.data) : detail.isPending ? undefined : named(id)));
  const options = chosen === undefined || listed.some((c) => c.id === chosen.id) ? listed : [chosen, ...listed];
  return {
    chosen,
    choose: (memberId) =>
      setParams((p) => {
        p.set(param, memberId);
        return p;
      }),
    filter,
    setFilter,
    options,
    total: search.total,
    pending:
      search.query.isPending || first.query.isPending || (id !== null && known === undefined && detail.isPending),
    error: search.query.error ?? first.query.error,
  };
}
