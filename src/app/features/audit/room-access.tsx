import type { AccessIndex } from "#app/lib/access-index/access-index.ts";
import { AccessReport } from "./access-report.tsx";
import { roomAccessTable } from "./access-table.ts";
import { roomChoices } from "./url-choice.tsx";

/** One room: each member holding a grant as a row, each capability as a column, from the grants' decisions. */
export function RoomAccess({ index }: { index: AccessIndex }) {
  return (
    <AccessReport
      title="Room access"
      picker={{
        label: "Room",
        param: "roomId",
        options: roomChoices(index.rooms.values(), (id) => index.roomCells(id).size > 0),
        empty: "No room holds a grant yet.",
      }}
      tableOf={(room) => {
        const table = roomAccessTable(index, room.id);
        const n = table.rows.length;
        return {
          table,
          summary: `${n} ${n === 1 ? "member holds" : "members hold"} a grant in ${room.name}`,
          label: `Access in ${room.name}`,
          subject: `room ${room.name}`,
        };
      }}
    />
  );
}
