import { useId, useMemo } from "react";
import { useSearchParams } from "react-router";
import { inputClass, TextField } from "#app/components/ui/text-field.tsx";
import type { AccessIndex } from "#app/lib/access-index/access-index.ts";
import { useMemberSearch } from "#app/lib/use-member-search.ts";
import { ExportButtons } from "./export-buttons.tsx";
import { ShowAllButton, shownNote, useFirstRows } from "./first-rows.tsx";
import { type Answer, ask, questionKind, questionKinds } from "./questions.ts";
import { TableScroller } from "./table-scroller.tsx";

const columns = ["room", "member", "decided by"] as const;
const asRow = (a: Answer) => ({ room: a.roomName, member: a.userEmail, "decided by": a.because });

/** "Who may …?": a capability, a target and optional room / member filters, all kept in the URL. */
export function QuestionBox({ projectId, index }: { projectId: string; index: AccessIndex }) {
  const [params, setParams] = useSearchParams();
  const membersId = useId();
  const kind = questionKind(params.get("q"));
  const target = params.get("target") ?? "";
  const room = params.get("room") ?? "";
  const member = params.get("member") ?? "";
  const set = (key: string, value: string) =>
    setParams(
      (p) => {
        if (value === "") p.delete(key);
        else p.set(key, value);
        return p;
      },
      { replace: true },
    );
  const ready = kind !== undefined && (kind.target === undefined || target.trim() !== "");
  // The member field suggests every project member (the server searches), grant or not.
  const members = useMemberSearch(projectId, member, 20).members;
  const exact = members.find((m) => m.email?.toLowerCase() === member.trim().toLowerCase());
  const noAccess = exact !== undefined && index.userCells(exact.id).size === 0 ? (exact.email ?? exact.id) : undefined;
  const answers = useMemo(
    () => (ready && kind ? ask(index, { kind, target, room, member }) : []),
    [index, kind, target, room, member, ready],
  );
  const rows = useMemo(() => answers.map(asRow), [answers]);
  if (kind === undefined) return null;

  return (
    <section aria-labelledby="question-heading" className="grid gap-4">
      <h2 id="question-heading" className="text-lg font-semibold">
        Who may…
      </h2>
      <div className="grid gap-3 sm:grid-cols-4">
        <div className="grid gap-1.5">
          <label htmlFor="question-kind" className="text-sm font-medium">
            Capability
          </label>
          <select id="question-kind" className={inputClass} value={kind.key} onChange={(e) => set("q", e.target.value)}>
            {questionKinds.map((k) => (
              <option key={k.key} value={k.key}>
                {k.label}
              </option>
            ))}
          </select>
        </div>
        {kind.target !== undefined && (
          <TextField label={kind.target} value={target} onChange={(e) => set("target", e.target.value)} />
        )}
        <TextField label="Room (optional)" value={room} onChange={(e) => set("room", e.target.value)} />
        <TextField
          label="Member (optional)"
          list={membersId}
          value={member}
          onChange={(e) => set("member", e.target.value)}
        />
        <datalist id={membersId}>
          {members.map((m) => (
            <option key={m.id} value={m.email ?? m.id} />
          ))}
        </datalist>
      </div>
      {noAccess !== undefined && (
        <p role="note" className="rounded-lg border border-line bg-subtle p-3 text-sm font-medium">
          No access: {noAccess} is a member of the project but holds no grant in any room.
        </p>
      )}
      {!ready ? (
        <p className="text-sm text-muted">Enter the {kind.target?.toLowerCase()} to ask about.</p>
      ) : (
        <Answers
          // A new question starts again from its first rows.
          key={`${kind.key}|${target}|${room}|${member}`}
          answers={answers}
          status={`allowed to ${kind.label.toLowerCase()}${kind.target !== undefined ? ` ${target}` : ""}`}
          exportView={`${kind.label} ${target}`}
          rows={rows}
        />
      )}
    </section>
  );
}

interface AnswersProps {
  answers: Answer[];
  status: string;
  exportView: string;
  rows: ReturnType<typeof asRow>[];
}

/** The answer: its count, its exports (every row) and the first rows of the table. */
function Answers({ answers, status, exportView, rows }: AnswersProps) {
  const { shown, held, showAll } = useFirstRows(answers);
  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p role="status" className="text-sm">
          {answers.length} {answers.length === 1 ? "pair is" : "pairs are"} {status}
          {shownNote(shown.length, answers.length)}
        </p>
        <ExportButtons view={exportView} columns={columns} rows={rows} />
      </div>
      <TableScroller label="Allowed pairs, scrollable">
        <table className="w-full text-sm" aria-label="Allowed pairs">
          <thead className="bg-subtle text-left">
            <tr>
              <th scope="col" className="px-3 py-2">
                Room
              </th>
              <th scope="col" className="px-3 py-2">
                Member
              </th>
              <th scope="col" className="px-3 py-2">
                Decided by
              </th>
            </tr>
          </thead>
          <tbody>
            {shown.map((a) => (
              <tr key={`${a.roomId}/${a.userId}`} className="border-t border-line">
                <td className="px-3 py-2">{a.roomName}</td>
                <td className="px-3 py-2">{a.userEmail}</td>
                <td className="px-3 py-2 font-mono text-xs">{a.because}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroller>
      {held && <ShowAllButton total={answers.length} noun="pairs" onClick={showAll} />}
    </>
  );
}
