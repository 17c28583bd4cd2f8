import { createColumnHelper } from "@tanstack/react-table";
import type { ProjectMember } from "#api/schemas/member.ts";
import { GrantCountCell } from "#app/components/data-table/grant-count-cell.tsx";
import { NameLinkCell } from "#app/components/data-table/name-link-cell.tsx";
import type { ServerTableFeatures } from "#app/components/data-table/use-server-table.ts";
import { Button } from "#app/components/ui/button.tsx";
import { UntrustedText } from "#app/components/ui/untrusted-text.tsx";
import { memberPath } from "#app/lib/project-paths.ts";
import { MemberFlagCheckbox } from "./member-flag-checkbox.tsx";
import { type FlagKey, memberFlags, memberName } from "./member-flags.ts";
import type { MemberRow } from "./use-members-page.ts";

const column = createColumnHelper<ServerTableFeatures, MemberRow>();

export interface MemberColumnsOptions {
  projectId: string;
  myUserId: string | undefined;
  isAdmin: boolean;
  /** Settles once the change is saved or refused. */
  onFlag: (member: ProjectMember, key: FlagKey, on: boolean) => Promise<void>;
  onRemove: (member: ProjectMember) => void;
}

export const memberColumns = ({ projectId, myUserId, isAdmin, onFlag, onRemove }: MemberColumnsOptions) =>
  column.columns([
    column.display({
      id: "name",
      header: "Name and ID",
      cell: ({ row: { original } }) => (
        <div className="grid w-36 min-w-0 lg:w-40">
          <div className="flex min-w-0 items-center gap-2">
            <NameLinkCell to={memberPath(projectId, original.id)} name={memberName(original)} />
            {original.id === myUserId && (
              <span className="shrink-0 rounded-full bg-subtle px-1.5 text-xs text-muted">you</span>
            )}
          </div>
          <code title={original.id} className="block truncate text-xs text-muted">
            {original.id}
          </code>
        </div>
      ),
    }),
    column.display({
      id: "email",
      header: "E-mail",
      meta: { className: "hidden sm:table-cell" },
      cell: ({ row: { original } }) => (
        <div className="w-36 lg:w-48">
          <UntrustedText className="text-muted">{original.email ?? "—"}</UntrustedText>
        </div>
      ),
    }),
    ...memberFlags.map((flag) =>
      column.display({
        id: flag.key,
        header: () => <span title={flag.hint}>{flag.short}</span>,
        meta: { className: "w-16 text-center" },
        cell: ({ row: { original } }) => (
          <MemberFlagCheckbox
            member={original}
            flag={flag.key}
            onChange={(on) => onFlag(original, flag.key, on)}
            disabledReason={isAdmin ? null : "Only project admins can change roles"}
          />
        ),
      }),
    ),
    column.accessor("grantCount", {
      header: "Grants",
      enableSorting: false,
      meta: { className: "w-20 text-right tabular-nums" },
      cell: (info) => <GrantCountCell count={info.getValue()} />,
    }),
    column.display({
      id: "actions",
      header: () => <span className="sr-only">Actions</span>,
      meta: { className: "w-20 text-right" },
      cell: ({ row: { original } }) =>
        isAdmin && (
          <Button
            size="sm"
            variant="ghost"
            onClick={() => onRemove(original)}
            aria-label={`Remove ${memberName(original).slice(0, 100)}`}
          >
            Remove
          </Button>
        ),
    }),
  ]);
