import { useState } from "react";
import { Button } from "#app/components/ui/button.tsx";
import { usePrinting } from "#app/lib/use-printing.ts";

// Long tables in the audit views render their first hundred rows, then all on request, and all when
// printed (a report holds every row); their exports always hold every row (the caller passes all of
// them to ExportButtons).

const FIRST = 100;

/** The rows to render, and whether some are held back. */
export function useFirstRows<Rows extends readonly unknown[]>(rows: Rows) {
  const [all, setAll] = useState(false);
  const printing = usePrinting();
  // The rows' own array type when all are shown (a mutable array stays mutable, for a table's data).
  const shown: Rows | Rows[number][] = all || printing ? rows : rows.slice(0, FIRST);
  return { shown, held: shown.length < rows.length, showAll: () => setAll(true) };
}

/** ", the first 100 shown" when rows are held back. */
export const shownNote = (shown: number, total: number) => (shown < total ? `, the first ${shown} shown` : "");

export function ShowAllButton({ total, noun, onClick }: { total: number; noun: string; onClick: () => void }) {
  return (
    <Button size="sm" className="justify-self-start" onClick={onClick}>
      Show all {total} {noun}
    </Button>
  );
}
