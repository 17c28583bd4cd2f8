import { type PrivilegeLevel, privilegeLevels } from "#api/scope/level.ts";
import { levelLabels } from "#app/components/scope-editor/level-colors.ts";
import type { AccessIndex } from "#app/lib/access-index/access-index.ts";
import { lensByKey } from "#app/lib/access-index/capabilities.ts";
import { matrixLink } from "./matrix-link.ts";
import { isHeadlineKey } from "./overview-aggregates.ts";
import { headlinePairs, type Pair, pairsWhere } from "./overview-stats.ts";

// What the overview lists below its numbers, as the URL says it: `?show=admin` (a headline) or
// `?show=room&id=…&level=admin` (one heatmap cell). Shareable, and Back closes the list.

export interface ListedPairs {
  title: string;
  pairs: Pair[];
  /** The same selection in the grant matrix, as near as its lens and filters express it. */
  matrixHref: string;
  matrixNote: string;
}

const isLevel = (value: string | null): value is PrivilegeLevel => privilegeLevels.some((level) => level === value);

export function listedPairs(index: AccessIndex, projectId: string, params: URLSearchParams): ListedPairs | null {
  const show = params.get("show");
  if (isHeadlineKey(show)) {
    const lens = lensByKey(show);
    if (!lens) return null;
    return {
      title: `Who holds ${lens.label}`,
      pairs: headlinePairs(index, lens),
      matrixHref: matrixLink(projectId, { lens: lens.key, holdersOnly: true }),
      matrixNote: `every cell holding ${lens.label} is highlighted`,
    };
  }
  const id = params.get("id") ?? "";
  const level = params.get("level");
  if ((show !== "room" && show !== "member") || !isLevel(level)) return null;
  const atLevel = (entry: { level: PrivilegeLevel }) => entry.level === level;
  if (show === "room") {
    const name = index.rooms.get(id)?.name ?? id;
    return {
      title: `${levelLabels[level]} grants in ${name}`,
      pairs: pairsWhere(index, atLevel, { roomId: id }),
      matrixHref: matrixLink(projectId, { room: name, holdersOnly: true }),
      matrixNote: `the rooms whose name contains “${name}”, each cell coloured by its level`,
    };
  }
  const email = index.users.get(id)?.email ?? id;
  return {
    title: `${levelLabels[level]} grants of ${email}`,
    pairs: pairsWhere(index, atLevel, { userIds: [id] }),
    matrixHref: matrixLink(projectId, { member: email, holdersOnly: true }),
    matrixNote: `the members whose e-mail contains “${email}”, each cell coloured by its level`,
  };
}
