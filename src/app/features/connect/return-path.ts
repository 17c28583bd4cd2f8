import type { ReturnState } from "#app/components/layout/require-session.tsx";

/** Where to go after connecting: the page the user was on, if router state names a local path. */
export function returnPath(state: unknown): string {
  const from = (state as ReturnState | null)?.from;
  return typeof from === "string" && from.startsWith("/") && !from.startsWith("//") ? from : "/";
}
