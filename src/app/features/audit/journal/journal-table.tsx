import type { GrantJournalEntry } from "#api/schemas/grant-journal.ts";
import { Button } from "#app/components/ui/button.tsx";
import { ColumnHead } from "../column-head.tsx";
import { TableScroller } from "../table-scroller.tsx";
import { journalColumns, journalRow } from "./journal-rows.ts";

/** The journal's page of entries: the exported columns as they are, and a Revert action per bulk change. */
export function JournalTable({
  entries,
  onRevert,
}: {
  entries: GrantJournalEntry[];
  onRevert: (bulkId: string) => void;
}) {
  return (
    <TableScroller label="Grant changes, scrollable">
      <table className="w-full text-sm" aria-label="Grant changes">
        <ColumnHead columns={journalColumns}>
          <th scope="col" className="px-3 py-2 print:hidden">
            <span className="sr-only">Revert</span>
          </th>
        </ColumnHead>
        <tbody>
          {entries.map((e) => {
            const row = journalRow(e);
            return (
              <tr key={e.id} className="border-t border-line align-top">
                {journalColumns.map((c) => (
                  <td key={c} className={`px-3 py-2 ${c === "at" ? "whitespace-nowrap" : ""}`}>
                    {c === "at" ? <time dateTime={e.at}>{row.at}</time> : row[c]}
                  </td>
                ))}
                <td className="px-3 py-2 print:hidden">
                  {e.bulkId && (
                    <Button
                      size="sm"
                      variant="ghost"
                      aria-label={`Revert ${e.bulkId}`}
                      onClick={() => onRevert(e.bulkId ?? "")}
                    >
                      Revert
                    </Button>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroller>
  );
}
