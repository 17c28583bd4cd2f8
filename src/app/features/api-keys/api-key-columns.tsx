import { createColumnHelper } from "@tanstack/react-table";
import type { ApiKey } from "#api/schemas/api-key.ts";
import { byText, byTime, type ListCompares } from "#app/components/data-table/sort-rows.ts";
import type { ServerTableFeatures } from "#app/components/data-table/use-server-table.ts";
import { Button } from "#app/components/ui/button.tsx";
import { UntrustedText } from "#app/components/ui/untrusted-text.tsx";
import { KeyCreator } from "./key-creator.tsx";

const column = createColumnHelper<ServerTableFeatures, ApiKey>();

/** The columns the keys sort by; the API lists keys oldest first, the default. */
export const apiKeyCompares: ListCompares<ApiKey> = {
  name: (a, b) => byText(a.name, b.name),
  created: (a, b) => byTime(a.createdAt, b.createdAt) || byText(a.name, b.name),
};
export const API_KEY_DEFAULT_SORT = "created";

interface ApiKeyColumnsOptions {
  sessionKeyId: string | null;
  myUserId: string | undefined;
  onDelete: (key: ApiKey) => void;
}

export const apiKeyColumns = ({ sessionKeyId, myUserId, onDelete }: ApiKeyColumnsOptions) =>
  column.columns([
    column.accessor("name", {
      header: "Name",
      meta: { className: "max-w-0 w-full" },
      cell: ({ row: { original: key } }) => (
        <>
          <div className="flex min-w-0 items-center gap-2">
            <UntrustedText className="font-medium">{key.name}</UntrustedText>
            {key.id === sessionKeyId && (
              <span className="shrink-0 rounded bg-accent-soft px-1.5 py-0.5 text-xs text-accent">This console</span>
            )}
          </div>
          {key.description && <UntrustedText className="text-xs text-muted">{key.description}</UntrustedText>}
        </>
      ),
    }),
    column.display({
      id: "createdBy",
      header: "Created by",
      cell: ({ row: { original: key } }) => <KeyCreator userId={key.createdBy} myUserId={myUserId} />,
    }),
    column.accessor("createdAt", {
      id: "created",
      header: "Created",
      meta: { className: "hidden whitespace-nowrap sm:table-cell" },
      cell: (info) => {
        const value = info.getValue();
        return value ? <time dateTime={value}>{new Date(value).toLocaleString()}</time> : "—";
      },
    }),
    column.display({
      id: "actions",
      header: () => <span className="sr-only">Actions</span>,
      meta: { className: "w-24 text-right" },
      cell: ({ row: { original: key } }) => (
        <Button size="sm" variant="ghost" onClick={() => onDelete(key)} aria-label={`Delete ${key.name}`}>
          Delete
        </Button>
      ),
    }),
  ]);
