import { KeptTextField } from "#app/components/ui/kept-text-field.tsx";
import { TextField } from "#app/components/ui/text-field.tsx";

export interface JournalFilterValues {
  bulk: string;
  room: string;
  member: string;
  by: string;
  from: string;
  to: string;
}

/** `YYYY-MM-DD` (a date input's value) as the ISO instant its day starts, in the browser's time zone; `days` later. */
export function dayStart(date: string, days = 0): string | undefined {
  const at = new Date(`${date}T00:00`);
  if (date === "" || Number.isNaN(at.getTime())) return undefined;
  at.setDate(at.getDate() + days);
  return at.toISOString();
}

/** The journal's filters, each kept in the URL; the server filters. */
export function JournalFilters({
  values,
  set,
}: {
  values: JournalFilterValues;
  set: (key: keyof JournalFilterValues, value: string) => void;
}) {
  return (
    <div className="grid gap-3 sm:grid-cols-3 print:hidden">
      <KeptTextField label="Bulk change" value={values.bulk} onValue={(text) => set("bulk", text.trim())} />
      <KeptTextField label="Room (id or name)" value={values.room} onValue={(text) => set("room", text.trim())} />
      <KeptTextField
        label="Member (id or e-mail)"
        value={values.member}
        onValue={(text) => set("member", text.trim())}
      />
      <KeptTextField label="Changed by (id or e-mail)" value={values.by} onValue={(text) => set("by", text.trim())} />
      <TextField label="From (day)" type="date" value={values.from} onChange={(e) => set("from", e.target.value)} />
      <TextField label="To (day, included)" type="date" value={values.to} onChange={(e) => set("to", e.target.value)} />
    </div>
  );
}
