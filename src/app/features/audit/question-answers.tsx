import { createColumnHelper } from "@tanstack/react-table";
import { useMemo } from "react";
import { DataTableHead } from "#app/components/data-table/data-table-head.tsx";
import { DataTableRows } from "#app/components/data-table/data-table-rows.tsx";
import { useListSort, useListTable, useSortedRows } from "#app/components/data-table/use-list-table.ts";
import type { ServerTableFeatures } from "#app/components/data-table/use-server-table.ts";
import type { AccessIndex } from "#app/lib/access-index/access-index.ts";
import { ExportButtons } from "./export-buttons.tsx";
import { ShowAllButton, shownNote, useFirstRows } from "./first-rows.tsx";
import { answerCompares, QUESTION_DEFAULT_SORT } from "./question-sort.ts";
import type { Answer } from "./questions.ts";
import { TableScroller } from "./table-scroller.tsx";

const exportColumns = ["room", "member", "decided by"] as const;
const asRow = (a: Answer) => ({ room: a.roomName, member: a.userEmail, "decided by": a.because });

const column = createColumnHelper<ServerTableFeatures, Answer>();
const columns = column.columns([
  column.accessor("roomName", { id: "room", header: "Room" }),
  column.accessor("userEmail", { id: "member", header: "Member" }),
  column.accessor("because", { id: "decided", header: "Decided by", meta: { className: "font-mono text-xs" } }),
]);

interface QuestionAnswersProps {
  index: AccessIndex;
  answers: Answer[];
  /** What the pairs are allowed, e.g. "allowed to write storage /data". */
  status: string;
  exportView: string;
}

/** The answer: its count, its exports (every row, in the order shown) and the first rows of the sorted table. */
export function QuestionAnswers({ index, answers, status, exportView }: QuestionAnswersProps) {
  const compares = useMemo(() => answerCompares(index, answers), [index, answers]);
  const sort = useListSort(QUESTION_DEFAULT_SORT, compares);
  const sorted = useSortedRows(answers, sort, compares);
  const rows = useMemo(() => sorted.map(asRow), [sorted]);
  const { shown, held, showAll } = useFirstRows(sorted);
  const table = useListTable({ columns, data: shown, getRowId: (a) => `${a.roomId}/${a.userId}`, sort });
  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p role="status" className="text-sm">
          {answers.length} {answers.length === 1 ? "pair is" : "pairs are"} {status}
          {shownNote(shown.length, answers.length)}
        </p>
        <ExportButtons view={exportView} columns={exportColumns} rows={rows} />
      </div>
      <TableScroller label="Allowed pairs, scrollable">
        <table className="w-full border-collapse text-left text-sm" aria-label="Allowed pairs">
          <DataTableHead table={table} />
          <DataTableRows table={table} />
        </table>
      </TableScroller>
      {held && <ShowAllButton total={answers.length} noun="pairs" onClick={showAll} />}
    </>
  );
}
