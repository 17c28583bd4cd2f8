import { useMemo } from "react";
import type { ApiKey } from "#api/schemas/api-key.ts";
import type { DataTableQuery } from "#app/components/data-table/data-table.tsx";
import { ListTable } from "#app/components/data-table/list-table.tsx";
import { useListSort, useListTable, useSortedRows } from "#app/components/data-table/use-list-table.ts";
import { API_KEY_DEFAULT_SORT, apiKeyColumns, apiKeyCompares } from "./api-key-columns.tsx";

interface ApiKeysTableProps {
  query: DataTableQuery & { data: ApiKey[] | undefined };
  sessionKeyId: string | null;
  myUserId: string | undefined;
  onDelete: (key: ApiKey) => void;
}

const noKeys: ApiKey[] = [];

/** The project's keys: the API answers them all at once, so there is no paging; sorted in the browser. */
export function ApiKeysTable({ query, sessionKeyId, myUserId, onDelete }: ApiKeysTableProps) {
  const columns = useMemo(
    () => apiKeyColumns({ sessionKeyId, myUserId, onDelete }),
    [sessionKeyId, myUserId, onDelete],
  );
  const sort = useListSort(API_KEY_DEFAULT_SORT, apiKeyCompares);
  const rows = useSortedRows(query.data ?? noKeys, sort, apiKeyCompares);
  const table = useListTable({ columns, data: rows, getRowId: (key) => key.id, sort });
  return (
    <ListTable
      table={table}
      query={query}
      caption="API keys"
      empty={
        <>
          <p className="font-medium">No API keys yet</p>
          <p className="text-muted">Create one for a program, a CI job or the Meshagent CLI.</p>
        </>
      }
    />
  );
}
