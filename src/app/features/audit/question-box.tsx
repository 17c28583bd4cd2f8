import { useMemo } from "react";
import { useSearchParams } from "react-router";
import { SearchCombobox } from "#app/components/search-combobox/search-combobox.tsx";
import { KeptTextField } from "#app/components/ui/kept-text-field.tsx";
import { inputClass } from "#app/components/ui/text-field.tsx";
import type { AccessIndex } from "#app/lib/access-index/access-index.ts";
import { describeError } from "#app/lib/describe-error.ts";
import { useMemberSearch } from "#app/lib/use-member-search.ts";
import { MEMBER_PAGE, memberOption } from "./member-access/use-member-choice.ts";
import { QuestionAnswers } from "./question-answers.tsx";
import { ask, questionKind, questionKinds } from "./questions.ts";

/** "Who may …?": a capability, a target and optional room / member filters, all kept in the URL. */
export function QuestionBox({ projectId, index }: { projectId: string; index: AccessIndex }) {
  const [params, setParams] = useSearchParams();
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
  // The member field is a filter (part of an e-mail) that suggests every project member (the server
  // searches), grant or not; picking one types their e-mail.
  const memberSearch = useMemberSearch(projectId, member, MEMBER_PAGE);
  const members = memberSearch.members;
  const memberOptions = useMemo(() => members.map(memberOption), [members]);
  const exact = members.find((m) => m.email?.toLowerCase() === member.trim().toLowerCase());
  const noAccess = exact !== undefined && index.userCells(exact.id).size === 0 ? (exact.email ?? exact.id) : undefined;
  const answers = useMemo(
    () => (ready && kind ? ask(index, { kind, target, room, member }) : []),
    [index, kind, target, room, member, ready],
  );
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
          <KeptTextField label={kind.target} value={target} onValue={(text) => set("target", text)} />
        )}
        <KeptTextField label="Room (optional)" value={room} onValue={(text) => set("room", text)} />
        <SearchCombobox
          label="Member (optional)"
          noun="member"
          options={memberOptions}
          value={undefined}
          onChange={(id) => set("member", memberOptions.find((m) => m.id === id)?.name ?? member)}
          typed={{ text: member, onText: (text) => set("member", text) }}
          search={{
            total: memberSearch.searching ? undefined : memberSearch.total,
            error: memberSearch.query.error ? describeError(memberSearch.query.error) : undefined,
          }}
        />
      </div>
      {noAccess !== undefined && (
        <p role="note" className="rounded-lg border border-line bg-subtle p-3 text-sm font-medium">
          No access: {noAccess} is a member of the project but holds no grant in any room.
        </p>
      )}
      {!ready ? (
        <p className="text-sm text-muted">Enter the {kind.target?.toLowerCase()} to ask about.</p>
      ) : (
        <QuestionAnswers
          // A new question starts again from its first rows.
          key={`${kind.key}|${target}|${room}|${member}`}
          index={index}
          answers={answers}
          status={`allowed to ${kind.label.toLowerCase()}${kind.target !== undefined ? ` ${target}` : ""}`}
          exportView={`${kind.label} ${target}`}
        />
      )}
    </section>
  );
}
