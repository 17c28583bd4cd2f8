const printedAt = new Intl.DateTimeFormat(undefined, { dateStyle: "long", timeStyle: "short" });

/** A view's heading; in print it also names what the report covers and when it was printed. */
export function ReportHeading({ id, title, subject }: { id: string; title: string; subject: string }) {
  return (
    <div className="grid gap-0.5">
      <h2 id={id} className="text-lg font-semibold">
        {title}
        <span className="hidden print:inline">: {subject}</span>
      </h2>
      <p className="hidden text-xs print:block">Access report, printed {printedAt.format(new Date())}</p>
    </div>
  );
}
