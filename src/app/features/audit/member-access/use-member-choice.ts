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
export const MEMBER_PAGE = 50;

/** A member as the picker lists them: by e-mail, answering to their name and id too, as the server's search does. */
export interface MemberOption extends Choice {
  terms?: readonly string[];
}

export const memberOption = (m: ProjectMember): MemberOption => ({
  id: m.id,
  name: m.email ?? m.id,
  terms: [[m.firstName, m.lastName].filter(Boolean).join(" "), m.id],
});

export interface MemberChoice {
  /** The chosen member; undefined while the first page loads, or when the project has none. */
  chosen: MemberOption | undefined;
  choose: (id: string) => void;
  /** What the picker shows: the matches of the search text (with the chosen one), how many match in all. */
  setFilter: (filter: string) => void;
  options: MemberOption[];
  limit: number;
  total: number;
  /** The options and total are for older text; the answer for what is typed is on its way. */
  searching: boolean;
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
  const search = useMemberSearch(projectId, filter, MEMBER_PAGE);
  const first = useMemberSearch(projectId, "", MEMBER_PAGE);
  const id = enabled ? params.get(param) : null;
  const listed = search.members.map(memberOption);
  const known = [...listed, ...first.members.map(memberOption)].find((c) => c.id === id);
  const detail = useQuery({
    ...memberQueries.detail(api, projectId, id ?? ""),
    enabled: id !== null && known === undefined,
    retry: false,
  });
  const named = (memberId: string): MemberOption => ({
    id: memberId,
    name: index.users.get(memberId)?.email ?? memberId,
  });
  const fallback = first.members[nth];
  const chosen =
    id === null
      ? fallback && memberOption(fallback)
      : (known ?? (detail.data ? memberOption(detail.data) : detail.isPending ? undefined : named(id)));
  const options = chosen === undefined || listed.some((c) => c.id === chosen.id) ? listed : [chosen, ...listed];
  return {
    chosen,
    choose: (memberId) =>
      setParams((p) => {
        p.set(param, memberId);
        return p;
      }),
    setFilter,
    options,
    limit: MEMBER_PAGE,
    total: search.total,
    searching: search.searching,
    pending:
      search.query.isPending || first.query.isPending || (id !== null && known === undefined && detail.isPending),
    error: search.query.error ?? first.query.error,
  };
}
