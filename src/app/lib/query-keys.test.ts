import { QueryClient, type QueryKey } from "@tanstack/react-query";
import { describe, expect, it } from "vitest";
import { accessIndexKey, grantKeys, refreshGrantQueries } from "./grant-queries.ts";
import { memberKeys } from "./member-queries.ts";
import { projectKeys } from "./project-queries.ts";
import { refreshAfterMemberRemoved, refreshAfterRoomDeleted } from "./refresh-after-removal.ts";
import { roomKeys } from "./room-queries.ts";

const page = { limit: 10, offset: 0 };

/** A cache holding one query of each kind for project `p`, all fresh. */
function filledCache() {
  const queryClient = new QueryClient({ defaultOptions: { queries: { staleTime: Number.POSITIVE_INFINITY } } });
  const keys = {
    detail: projectKeys.detail("p"),
    role: projectKeys.role("p"),
    rooms: roomKeys.list("p", { ...page, orderBy: "room_name", filter: "" }),
    everyRoom: roomKeys.every("p"),
    room: roomKeys.detail("p", "lobby"),
    members: memberKeys.list("p", { ...page, filter: "" }),
    everyMember: memberKeys.every("p"),
    member: memberKeys.detail("p", "u1"),
    roomGrants: grantKeys.byRoom("p", "r1", page),
    roomCount: grantKeys.roomCount("p", "r1"),
    roomHolders: grantKeys.roomHolders("p", "r1"),
    otherRoomGrants: grantKeys.byRoom("p", "r2", page),
    otherRoomHolders: grantKeys.roomHolders("p", "r2"),
    userGrants: grantKeys.byUser("p", "u1", page),
    userHolders: grantKeys.userHolders("p", "u1"),
    otherUserGrants: grantKeys.byUser("p", "u2", page),
    otherUserHolders: grantKeys.userHolders("p", "u2"),
    roomCounts: grantKeys.roomCounts("p"),
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
  return { queryClient, stale, keys };
}

describe("query keys", () => {
  it("saving a project's settings or a preset leaves its rooms, members and grants fresh", async () => {
    const { queryClient, stale } = filledCache();
    await queryClient.invalidateQueries({ queryKey: projectKeys.detail("p") });
    expect(stale()).toEqual(["detail"]);
  });

  it("a grant change refreshes that room's and that user's lists, counts and holders, the grant and the index", async () => {
    const { queryClient, stale } = filledCache();
    await refreshGrantQueries(queryClient, { projectId: "p", roomId: "r1", userId: "u1" });
    expect(stale()).toEqual([
      "roomGrants",
      "roomCount",
      "roomHolders",
      "userGrants",
      "userHolders",
      "roomCounts",
      "grant",
      "journal",
      "index",
    ]);
  });

  it("a deleted room leaves the room lists (the matrix axis too), every member's grants and holders, and the index stale", async () => {
    const { queryClient, stale } = filledCache();
    await refreshAfterRoomDeleted(queryClient, "p", { id: "r1", name: "lobby" });
    expect(stale()).toEqual([
      "rooms",
      "everyRoom",
      "room",
      "roomGrants",
      "roomCount",
      "roomHolders",
      "userGrants",
      "userHolders",
      "otherUserGrants",
      "otherUserHolders",
      "roomCounts",
      "index",
    ]);
  });

  it("a removed member leaves the member lists (the matrix axis too), every room's grants and holders, and the index stale", async () => {
    const { queryClient, stale } = filledCache();
    await refreshAfterMemberRemoved(queryClient, "p", "u1");
    expect(stale()).toEqual([
      "members",
      "everyMember",
      "member",
      "roomGrants",
      "roomCount",
      "roomHolders",
      "otherRoomGrants",
      "otherRoomHolders",
      "userGrants",
      "userHolders",
      "roomCounts",
      "index",
    ]);
  });

  it("a room or member created or renamed refreshes the lists, the matrix's every-room / every-member axes among them", async () => {
    const { queryClient, stale } = filledCache();
    await queryClient.invalidateQueries({ queryKey: roomKeys.lists("p") });
    expect(stale()).toEqual(["rooms", "everyRoom"]);
    await queryClient.invalidateQueries({ queryKey: memberKeys.lists("p") });
    expect(stale()).toEqual(["rooms", "everyRoom", "members", "everyMember"]);
  });

  it("refreshing every grant list after a bulk run leaves the access index to its owner", async () => {
    const { queryClient, stale } = filledCache();
    await queryClient.invalidateQueries({ queryKey: grantKeys.all("p") });
    expect(stale()).toEqual([
      "roomGrants",
      "roomCount",
      "roomHolders",
      "otherRoomGrants",
      "otherRoomHolders",
      "userGrants",
      "userHolders",
      "otherUserGrants",
      "otherUserHolders",
      "roomCounts",
      "grant",
      "otherGrant",
      "journal",
    ]);
  });

  it("everything of one project sits under its prefix, and nothing of another", async () => {
    const { queryClient, stale, keys } = filledCache();
    await queryClient.invalidateQueries({ queryKey: projectKeys.project("other") });
    expect(stale()).toEqual([]);
    await queryClient.invalidateQueries({ queryKey: projectKeys.project("p") });
    expect(stale()).toHaveLength(Object.keys(keys).length);
  });
});
