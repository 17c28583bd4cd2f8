import type { ServerInfo } from "#api/schemas/local.ts";

interface ShortcutsProps {
  serverInfo: ServerInfo | undefined;
  /** The field's current value: the shortcut is offered only when it would change it. */
  current: string;
  onPick: (url: string) => void;
}

const hostOf = (url: string) => {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
};

/** One-click choices for the base URL: this server, or the real Meshagent through this server's proxy. */
export function BaseUrlShortcuts({ serverInfo, current, onPick }: ShortcutsProps) {
  if (!serverInfo) return null;
  const origin = window.location.origin;
  const label =
    serverInfo.kind === "proxy"
      ? `Use ${hostOf(serverInfo.upstream ?? "https://api.meshagent.com")} through this server`
      : "Use this server's local API";
  return (
    <div className="flex flex-wrap items-center gap-2 text-xs text-muted">
      {current.replace(/\/+$/, "") !== origin && (
        <button
          type="button"
          onClick={() => onPick(origin)}
          className="rounded-full border border-line bg-subtle px-2.5 py-1 font-medium text-fg hover:border-accent"
        >
          {label}
        </button>
      )}
      <span>
        {serverInfo.kind === "proxy"
          ? "This server passes API calls on without keeping your token."
          : "This server runs a local Meshagent-compatible API."}
      </span>
    </div>
  );
}
