import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useCallback, useState, useSyncExternalStore } from "react";
import { NotFoundError } from "#api/errors.ts";
import { accessIndexKey } from "#app/lib/grant-queries.ts";
import { useApi } from "#app/lib/use-session.ts";
import type { AccessIndex } from "./access-index.ts";
import { type LoadProgress, loadAccessIndex } from "./load-access-index.ts";

const noop = () => () => {};

export type ProjectAccess = ReturnType<typeof useProjectAccessIndex>;

/**
 * The project's access index for a page: filled page by page while it loads (`index` grows, with
 * `progress`), cached while the page is away, cancelled when no page wants it any more. `reload()`
 * after a change made elsewhere (a bulk apply); `refreshCell()` after one grant changed here.
 */
export function useProjectAccessIndex(projectId: string, { enabled = true }: { enabled?: boolean } = {}) {
  const api = useApi();
  const queryClient = useQueryClient();
  const [partial, setPartial] = useState<{ index: AccessIndex; progress: LoadProgress } | null>(null);
  const query = useQuery({
    queryKey: accessIndexKey(projectId),
    queryFn: ({ signal }) =>
      loadAccessIndex(api, projectId, { signal, onProgress: (progress, index) => setPartial({ index, progress }) }),
    enabled: enabled && projectId !== "",
    staleTime: 5 * 60_000,
    structuralSharing: false,
    refetchOnWindowFocus: false,
  });
  // A reload keeps showing the complete index it replaces until the new one is complete.
  const index = query.data ?? partial?.index ?? null;
  const version = useSyncExternalStore(index?.subscribe ?? noop, () => index?.version ?? -1);

  const reload = useCallback(
    () => queryClient.invalidateQueries({ queryKey: accessIndexKey(projectId), exact: true }),
    [queryClient, projectId],
  );
  const cancel = useCallback(
    () => queryClient.cancelQueries({ queryKey: accessIndexKey(projectId), exact: true }),
    [queryClient, projectId],
  );
  const refreshCell = useCallback(
    async (room: { id: string; name: string }, user: { id: string; email: string }) => {
      if (!index) return;
      const grant = await api.getRoomGrant(projectId, room.id, user.id).catch((error: unknown) => {
        if (error instanceof NotFoundError) return null;
        throw error;
      });
      index.setCell(room, user, grant?.permissions ?? null);
    },
    [api, index, projectId],
  );

  return {
    index,
    version,
    progress: query.data ? { loaded: query.data.size, total: query.data.size } : (partial?.progress ?? null),
    isLoading: query.isPending,
    isReloading: query.isFetching && !query.isPending,
    /** Cancelled before the first complete read: `index` holds what was read until then. */
    isCancelled: query.isPending && query.fetchStatus === "idle" && enabled && projectId !== "",
    error: query.error,
    reload,
    cancel,
    /** Starts a read again after a cancel. */
    load: query.refetch,
    refreshCell,
  };
}
