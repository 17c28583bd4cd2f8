import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useSearchParams } from "react-router";
import type { GrantJournalEntry } from "#api/schemas/grant-journal.ts";
import { summarizeScope } from "#api/scope/summary.ts";
import type { BulkItem } from "#app/components/bulk-change/bulk-plan.ts";
import { BulkPreviewDialog } from "#app/components/bulk-change/bulk-preview-dialog.tsx";
import { Button } from "#app/components/ui/button.tsx";
import { TextField } from "#app/components/ui/text-field.tsx";
import { describeError } from "#app/lib/describe-error.ts";
import { useApi } from "#app/lib/use-session.ts";
import { ColumnHead } from "./column-head.tsx";
import { ExportButtons } from "./export-buttons.tsx";
import { bulkChangeEntries, revertItems } from "./journal-revert.ts";
import { TableScroller } from "./table-scroller.tsx";

const PAGE = 50;
const columns = ["at", "by", "room", "member", "change", "bulk change"] as const;

const changeOf = (e: GrantJournalEntry) =>
  e.before === null
    ? `granted: ${e.after === null ? "" : summarizeScope(e.after)}`
    : e.after === null
      ? "revoked"
      : `changed to: ${summarizeScope(e.after)}`;

const asRow = (e: GrantJournalEntry) => ({
  at: e.at,
  by: e.actorEmail ?? e.actorId ?? "",
  room: e.roomName,
  member: e.userEmail ?? e.userId,
  change: changeOf(e),
  "bulk change": e.bulkId ?? "",
});

/** The change journal: every grant change made through this server, filtered, with bulk changes revertible. */
export function JournalView({ projectId, onApplied }: { projectId: string; onApplied: () => void }) {
  const api = useApi();
  const [params, setParams] = useSearchParams();
  const bulk = params.get("bulk") ?? "";
  const room = params.get("room") ?? "";
  const offset = Number(params.get("offset") ?? 0) || 0;
  const set = (key: string, value: string) =>
    setParams((p) => {
      if (value === "") p.delete(key);
      else p.set(key, value);
      if (key !== "offset") p.delete("offset");
      return p;
    });
  const query = { limit: PAGE, offset, bulk_id: bulk || undefined, room: room || undefined };
  const journal = useQuery({
    queryKey: ["projects", projectId, "grant-journal", query],
    queryFn: ({ signal }) => api.listGrantJournal(projectId, query, { signal }),
    placeholderData: keepPreviousData,
  });
  const [revert, setRevert] = useState<{ bulkId: string; items: BulkItem[] } | null>(null);
  const [revertError, setRevertError] = useState<string | null>(null);

  async function openRevert(bulkId: string) {
    setRevertError(null);
    try {
      setRevert({ bulkId, items: revertItems(await bulkChangeEntries(api, projectId, bulkId)) });
    } catch (error) {
      setRevertError(describeError(error));
    }
  }

  const entries = journal.data?.entries ?? [];
  const total = journal.data?.total ?? 0;
  return (
    <section aria-labelledby="journal-heading" className="grid gap-4">
      <h2 id="journal-heading" className="text-lg font-semibold">
        Change journal
      </h2>
      <div className="grid gap-3 sm:grid-cols-3">
        <TextField label="Bulk change" value={bulk} onChange={(e) => set("bulk", e.target.value.trim())} />
        <TextField label="Room (id or name)" value={room} onChange={(e) => set("room", e.target.value.trim())} />
      </div>
      {journal.isError && (
        <div role="alert" className="flex items-center gap-3">
          <p>{describeError(journal.error)}</p>
          <Button size="sm" onClick={() => journal.refetch()}>
            Retry
          </Button>
        </div>
      )}
      {revertError && <p role="alert">{revertError}</p>}
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p role="status" className="text-sm">
          {journal.isPending ? "Loading the journal…" : `${total} ${total === 1 ? "change" : "changes"}`}
        </p>
        <ExportButtons view="journal" columns={columns} rows={entries.map(asRow)} />
      </div>
      <JournalTable entries={entries} onRevert={openRevert} />
      <div className="flex gap-2">
        <Button size="sm" disabled={offset === 0} onClick={() => set("offset", String(Math.max(0, offset - PAGE)))}>
          Previous
        </Button>
        <Button size="sm" disabled={offset + PAGE >= total} onClick={() => set("offset", String(offset + PAGE))}>
          Next
        </Button>
      </div>
      <BulkPreviewDialog
        projectId={projectId}
        title={`Revert bulk change ${revert?.bulkId ?? ""}`}
        items={revert?.items ?? null}
        onClose={() => setRevert(null)}
        onApplied={() => {
          onApplied();
          void journal.refetch();
        }}
      />
    </section>
  );
}

function JournalTable({ entries, onRevert }: { entries: GrantJournalEntry[]; onRevert: (bulkId: string) => void }) {
  return (
    <TableScroller label="Grant changes, scrollable">
      <table className="w-full text-sm" aria-label="Grant changes">
        <ColumnHead columns={columns} />
        <tbody>
          {entries.map((e) => {
            const row = asRow(e);
            return (
              <tr key={e.id} className="border-t border-line align-top">
                <td className="px-3 py-2 whitespace-nowrap">{new Date(e.at).toLocaleString()}</td>
                <td className="px-3 py-2">{row.by}</td>
                <td className="px-3 py-2">{row.room}</td>
                <td className="px-3 py-2">{row.member}</td>
                <td className="px-3 py-2">{row.change}</td>
                <td className="px-3 py-2">
                  {e.bulkId && (
                    <Button size="sm" variant="ghost" onClick={() => onRevert(e.bulkId ?? "")}>
                      Revert {e.bulkId.slice(0, 8)}
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
