import { SearchCombobox } from "#app/components/search-combobox/search-combobox.tsx";
import type { AccessIndex } from "#app/lib/access-index/access-index.ts";
import { AccessReport } from "./access-report.tsx";
import { roomAccessTable } from "./access-table.ts";
import { useRoomChoices, useUrlChoice } from "./url-choice.tsx";

/** One room: each member holding a grant as a row, each capability as a column, from the grants' decisions. */
export function RoomAccess({ index }: { index: AccessIndex }) {
  const options = useRoomChoices(index);
  const [room, choose] = useUrlChoice("roomId", options);
  return (
    <AccessReport
      title="Room access"
      id="roomId-report-heading"
      picker={<SearchCombobox label="Room" noun="room" options={options} value={room} onChange={choose} />}
      choice={room}
      empty="No room holds a grant yet."
      tableOf={(chosen) => {
        const table = roomAccessTable(index, chosen.id);
        const n = table.rows.length;
        return {
          table,
          summary: `${n} ${n === 1 ? "member holds" : "members hold"} a grant in ${chosen.name}`,
          label: `Access in ${chosen.name}`,
          subject: `room ${chosen.name}`,
          none: `Nobody holds a grant in ${chosen.name}.`,
        };
      }}
    />
  );
}
