import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import type { BulkItem } from "#app/components/bulk-change/bulk-plan.ts";
import { SearchCombobox } from "#app/components/search-combobox/search-combobox.tsx";
import { Button } from "#app/components/ui/button.tsx";
import type { AccessIndex } from "#app/lib/access-index/access-index.ts";
import { sessionQueries } from "#app/lib/session-queries.ts";
import { useApi } from "#app/lib/use-session.ts";
import { matrixLink } from "../overview/matrix-link.ts";
import { FindingSection } from "./finding-section.tsx";
import type { Findings, RoomRef } from "./findings.ts";
import { adminFixItems, grantMembersItems } from "./gap-fixes.ts";
import { LinkList } from "./link-list.tsx";

interface GapFindingsProps {
  projectId: string;
  index: AccessIndex;
  found: Findings;
  rooms: readonly RoomRef[];
  onFix: (fix: { title: string; items: BulkItem[] }) => void;
}

/** Rooms nobody administers and members with no grant, each with its fix prepared in the bulk preview. */
export function GapFindings({ projectId, index, found, rooms, onFix }: GapFindingsProps) {
  const me = useQuery(sessionQueries.me(useApi())).data;
  const [roomId, setRoomId] = useState("");
  const room = rooms.find((r) => r.id === roomId) ?? rooms[0];
  const adminTitle = "Give me admin in the rooms nobody administers";
  return (
    <>
      <FindingSection
        id="finding-no-admin"
        title="Rooms where nobody holds admin"
        count={found.roomsWithoutAdmin.length}
        noun="room"
        description="No grant in these rooms carries admin. Fix: take admin in them yourself (your other access in each is kept), through the bulk preview; or open the matrix on a room and give it to whom it belongs."
        fix={
          me && (
            <Button
              size="sm"
              variant="primary"
              onClick={() =>
                onFix({
                  title: adminTitle,
                  items: adminFixItems(index, found.roomsWithoutAdmin, { id: me.id, email: me.email ?? me.id }),
                })
              }
            >
              Give me admin in these rooms
            </Button>
          )
        }
      >
        <LinkList
          label="Rooms where nobody holds admin"
          items={found.roomsWithoutAdmin.map((r) => ({
            key: r.id,
            label: r.name,
            href: matrixLink(projectId, { room: r.name, lens: "admin" }),
          }))}
        />
      </FindingSection>
      <FindingSection
        id="finding-no-grant"
        title="Members with no grant"
        count={found.membersWithoutGrant.length}
        noun="member"
        description="These members can enter no room. Fix: grant them the user default in a room, reviewed in the bulk preview; or open the matrix on a member, or remove them on the Members page."
        fix={
          room && (
            <div className="flex flex-wrap items-end gap-2">
              <SearchCombobox label="Room for them" noun="room" options={rooms} value={room} onChange={setRoomId} />
              <Button
                size="sm"
                variant="primary"
                onClick={() =>
                  onFix({
                    title: `Grant the members with no grant the user default in ${room.name}`,
                    items: grantMembersItems(found.membersWithoutGrant, room),
                  })
                }
              >
                Grant them the user default
              </Button>
            </div>
          )
        }
      >
        <LinkList
          label="Members with no grant"
          items={found.membersWithoutGrant.map((m) => ({
            key: m.id,
            label: m.email,
            href: matrixLink(projectId, { member: m.email }),
          }))}
        />
      </FindingSection>
    </>
  );
}
