import { MutationCache, QueryCache, QueryClient } from "@tanstack/react-query";
import { ApiError, ClientValidationError, NetworkError, ServerError, UnauthorizedError } from "#api/errors.ts";
import { reachability } from "./reachability.ts";
import { sessionStore } from "./session.ts";

/** Reads retry what may heal by itself (an unreachable host, a 5xx), never a 4xx. */
function shouldRetry(failureCount: number, error: unknown): boolean {
  if (error instanceof NetworkError) return failureCount < 2;
  if (error instanceof ServerError) return failureCount < 2;
  if (error instanceof ClientValidationError) return false;
  return !(error instanceof ApiError) && failureCount < 1;
}

export function createQueryClient(): QueryClient {
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({
      // Optional probes (this origin's /local/info) say nothing about the API the user connected to.
      onError: (error, query) => {
        if (!query.meta?.optional) onApiError(error);
      },
      onSuccess: (_data, query) => {
        if (!query.meta?.optional) reachability.set(true);
      },
    }),
    mutationCache: new MutationCache({
      onError: (error, _vars, _ctx, mutation) => {
        if (!mutation.meta?.isConnectAttempt) onApiError(error);
      },
    }),
    defaultOptions: {
      queries: {
        retry: shouldRetry,
        staleTime: 15_000,
        // Fail visibly instead of pausing forever when the browser thinks it is offline.
        networkMode: "always",
      },
      mutations: { retry: false, networkMode: "always" },
    },
  });

  function onApiError(error: unknown): void {
    // Refused before sending: says nothing about whether the API can be reached.
    if (error instanceof ClientValidationError) return;
    if (error instanceof NetworkError) reachability.set(false);
    else if (error instanceof UnauthorizedError) {
      sessionStore.end("expired");
      client.clear();
    } else reachability.set(true);
  }

  return client;
}

declare module "@tanstack/react-query" {
  interface Register {
    queryMeta: { optional?: boolean };
    mutationMeta: { isConnectAttempt?: boolean };
  }
}
