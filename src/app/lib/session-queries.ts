import { queryOptions } from "@tanstack/react-query";
import type { Meshagent } from "#api/client.ts";

// What the connected API says about the caller and itself. Both are local-server extensions: against
// a real Meshagent they fail, and the console then does without (no "you" markers, no e-mail lookup).
export const sessionKeys = {
  me: ["session", "me"] as const,
  serverInfo: ["session", "server-info"] as const,
};

export const sessionQueries = {
  me: (api: Meshagent) =>
    queryOptions({
      queryKey: sessionKeys.me,
      queryFn: ({ signal }) => api.whoami({ signal }),
      staleTime: Number.POSITIVE_INFINITY,
      retry: false,
      meta: { optional: true },
    }),
  serverInfo: (api: Meshagent) =>
    queryOptions({
      queryKey: sessionKeys.serverInfo,
      queryFn: ({ signal }) => api.getServerInfo({ signal }),
      staleTime: Number.POSITIVE_INFINITY,
      retry: false,
      meta: { optional: true },
    }),
};
