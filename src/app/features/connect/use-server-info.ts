import { useQuery } from "@tanstack/react-query";
import { Meshagent } from "#api/client.ts";

const thisServer = () => new Meshagent({ baseUrl: window.location.origin });

/** What this origin's server offers (proxy, CLI login); absent when the console is hosted elsewhere. */
export function useServerInfo() {
  return useQuery({
    queryKey: ["local", "info"],
    queryFn: ({ signal }) => thisServer().getServerInfo({ signal }),
    retry: false,
    staleTime: Number.POSITIVE_INFINITY,
    meta: { optional: true },
  });
}

export const fetchCliSession = () => thisServer().getCliSession();
