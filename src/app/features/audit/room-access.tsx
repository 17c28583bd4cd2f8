import { useSearchParams } from "react-router";
import { inputClass } from "#app/components/ui/text-field.tsx";
import type { AccessIndex } from "#app/lib/access-index/access-index.ts";
import { capabilities } from "#app/lib/access-index/capabilities.ts";
import { ExportButtons } from "./export-buttons.tsx";
import { TableScroller } from "./table-scroller.tsx";

/** One room: each member holding a grant as a row, each capability as a column, from the grants' decisions. */
export function RoomAccess({ index }: { index: AccessIndex }) {
  const [params, setParams] = useSearchParams();
  const rooms = [...index.rooms.values()].filter((r) => index.roomCells(r.id).size > 0);
  rooms.sort((a, b) => a.name.localeCompare(b.name));
  const room = rooms.find((r) => r.id === params.get("roomId")) ?? rooms[0];
  const rows = room
    ? [...index.roomCells(room.id)].flatMap(([userId, scopeId]) => {
        const entry = index.scopes[scopeId];
        if (!entry) return [];
        const email = index.users.get(userId)?.email ?? userId;
        return [{ email, entry }];
      })
    : [];
  rows.sort((a, b) => a.email.localeCompare(b.email));
  const table = rows.map(({ email, entry }) => ({
    member: email,
    level: entry.level,
    ...Object.fromEntries(capabilities.map((c) => [c.label, c.holds(entry.scope) ? "yes" : "no"])),
  }));
  const columns = ["member", "level", ...capabilities.map((c) => c.label)];

  return (
    <section aria-labelledby="room-access-heading" className="grid gap-4">
      <h2 id="room-access-heading" className="text-lg font-semibold">
        Room access
      </h2>
      <div className="grid max-w-sm gap-1.5 print:hidden">
        <label htmlFor="room-access-room" className="text-sm font-medium">
          Room
        </label>
        <select
          id="room-access-room"
          className={inputClass}
          value={room?.id ?? ""}
          onChange={(e) =>
            setParams((p) => {
              p.set("roomId", e.target.value);
              return p;
            })
          }
        >
          {rooms.map((r) => (
            <option key={r.id} value={r.id}>
              {r.name}
            </option>
          ))}
        </select>
      </div>
      {room === undefined ? (
        <p className="text-sm text-muted">No room holds a grant yet.</p>
      ) : (
        <>
          <div className="flex flex-wrap items-center justify-between gap-2">
            <p className="text-sm">
              {rows.length} {rows.length === 1 ? "member holds" : "members hold"} a grant in {room.name}
            </p>
            <ExportButtons view={`room ${room.name}`} columns={columns} rows={table} />
          </div>
          <TableScroller label={`Access in ${room.name}, scrollable`}>
            <table className="w-full text-sm" aria-label={`Access in ${room.name}`}>
              <thead className="bg-subtle text-left">
                <tr>
                  {columns.map((c) => (
                    <th key={c} scope="col" className="px-2 py-2 font-medium">
                      {c}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {table.map((row) => (
                  <tr key={row.member} className="border-t border-line">
                    {columns.map((c) => (
                      <td key={c} className="px-2 py-1.5">
                        {row[c as keyof typeof row]}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroller>
        </>
      )}
    </section>
  );
}
