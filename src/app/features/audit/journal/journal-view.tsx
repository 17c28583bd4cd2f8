import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useSearchParams } from "react-router";
import type { BulkItem } from "#app/components/bulk-change/bulk-plan.ts";
import { BulkPreviewDialog } from "#app/components/bulk-change/bulk-preview-dialog.tsx";
import { Button } from "#app/components/ui/button.tsx";
import { describeError } from "#app/lib/describe-error.ts";
import { grantKeys } from "#app/lib/grant-queries.ts";
import { useApi } from "#app/lib/use-session.ts";
import { ExportButtons } from "../export-buttons.tsx";
import { dayStart, JournalFilters, type JournalFilterValues } from "./journal-filters.tsx";
import { bulkChangeEntries, revertItems } from "./journal-revert.ts";
import { journalColumns, journalRow } from "./journal-rows.ts";
import { JournalTable } from "./journal-table.tsx";

const PAGE = 50;

/** The change journal: every grant change made through this server, filtered, with bulk changes revertible. */
export function JournalView({ projectId, onApplied }: { projectId: string; onApplied: () => void }) {
  const api = useApi();
  const [params, setParams] = useSearchParams();
  const get = (key: string) => params.get(key) ?? "";
  const values: JournalFilterValues = {
    bulk: get("bulk"),
    room: get("room"),
    member: get("member"),
    by: get("by"),
    from: get("from"),
    to: get("to"),
  };
  const offset = Number(params.get("offset") ?? 0) || 0;
  const set = (key: string, value: string) =>
    setParams((p) => {
      if (value === "") p.delete(key);
      else p.set(key, value);
      if (key !== "offset") p.delete("offset");
      return p;
    });
  const query = {
    limit: PAGE,
    offset,
    bulk_id: values.bulk || undefined,
    room: values.room || undefined,
    user_id: values.member || undefined,
    actor_id: values.by || undefined,
    since: dayStart(values.from),
    until: dayStart(values.to, 1),
  };
  const journal = useQuery({
    queryKey: grantKeys.journalPage(projectId, query),
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
  // The range only when the changes take more than one page.
  const shown = entries.length === 0 || total <= PAGE ? "" : `, showing ${offset + 1}–${offset + entries.length}`;
  return (
    <section aria-labelledby="journal-heading" className="grid gap-4">
      <h2 id="journal-heading" className="text-lg font-semibold">
        Change journal
      </h2>
      <JournalFilters values={values} set={set} />
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
          {journal.isPending ? "Loading the journal…" : `${total} ${total === 1 ? "change" : "changes"}${shown}`}
        </p>
        <ExportButtons view="journal" columns={journalColumns} rows={entries.map(journalRow)} />
      </div>
      <JournalTable entries={entries} onRevert={openRevert} />
      <div className="flex gap-2 print:hidden">
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
