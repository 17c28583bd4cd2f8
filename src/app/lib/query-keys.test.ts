import { QueryClient, type QueryKey } from "@tanstack/react-query";
import { describe, expect, it } from "vitest";
import { accessIndexKey, grantKeys, refreshGrantQueries } from "./grant-queries.ts";
import { memberKeys } from "./member-queries.ts";
import { projectKeys } from "./project-queries.ts";
import { roomKeys } from "./room-queries.ts";

const page = { limit: 10, offset: 0 };

/** A cache holding one query of each kind for project `p`, all fresh. */
function filledCache() {
  const queryClient = new QueryClient({ defaultOptions: { queries: { staleTime: Number.POSITIVE_INFINITY } } });
  const keys = {
    detail: projectKeys.detail("p"),
    role: projectKeys.role("p"),
    rooms: roomKeys.list("p", { ...page, orderBy: "room_name", filter: "" }),
    room: roomKeys.detail("p", "lobby"),
    members: memberKeys.list("p", { ...page, filter: "" }),
    roomGrants: grantKeys.byRoom("p", "r1", page),
    roomCount: grantKeys.roomCount("p", "r1"),
    otherRoomGrants: grantKeys.byRoom("p", "r2", page),
    userGrants: grantKeys.byUser("p", "u1", page),
    otherUserGrants: grantKeys.byUser("p", "u2", page),
    grant: grantKeys.one("p", "r1", "u1"),
    otherGrant: grantKeys.one("p", "r1", "u2"),
    journal: grantKeys.journalPage("p", { limit: 50, offset: 0 }),
    index: accessIndexKey("p"),
  } satisfies Record<string, QueryKey>;
  for (const key of Object.values(keys)) queryClient.setQueryData(key, {});
  const stale = () =>
    Object.entries(keys)
      .filter(([, key]) => queryClient.getQueryState(key)?.isInvalidated)
      .map(([name]) => name);
  return { queryClient, stale };
}

describe("query keys", () => {
  it("saving a project's settings or a preset leaves its rooms, members and grants fresh", async () => {
    const { queryClient, stale } = filledCache();
    await queryClient.invalidateQueries({ queryKey: projectKeys.detail("p") });
    expect(stale()).toEqual(["detail"]);
  });

  it("a grant change refreshes that room's and that user's lists and counts and the grant, nothing else", async () => {
    const { queryClient, stale } = filledCache();
    await refreshGrantQueries(queryClient, { projectId: "p", roomId: "r1", userId: "u1" });
    expect(stale()).toEqual(["roomGrants", "roomCount", "userGrants", "grant", "journal"]);
  });

  it("refreshing every grant list after a bulk run leaves the access index to its owner", async () => {
    const { queryClient, stale } = filledCache();
    await queryClient.invalidateQueries({ queryKey: grantKeys.all("p") });
    expect(stale()).toEqual([
      "roomGrants",
      "roomCount",
      "otherRoomGrants",
      "userGrants",
      "otherUserGrants",
      "grant",
      "otherGrant",
      "journal",
    ]);
  });

  it("everything of one project sits under its prefix, and nothing of another", async () => {
    const { queryClient, stale } = filledCache();
    await queryClient.invalidateQueries({ queryKey: projectKeys.project("other") });
    expect(stale()).toEqual([]);
    await queryClient.invalidateQueries({ queryKey: projectKeys.project("p") });
    expect(stale()).toHaveLength(14);
  });
});
