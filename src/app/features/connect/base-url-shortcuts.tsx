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

// The row keeps the height of its button from the first render: when the server's info arrives
// (or the button goes), the form below must not move under a pointer that is clicking it.
const rowClass = "flex min-h-7 flex-wrap items-center gap-2 text-xs text-muted";

/** One-click choices for the base URL: this server, or the real Meshagent through this server's proxy. */
export function BaseUrlShortcuts({ serverInfo, current, onPick }: ShortcutsProps) {
  if (!serverInfo) return <div className={rowClass} />;
  const origin = window.location.origin;
  const label =
    serverInfo.kind === "proxy"
      ? `Use ${hostOf(serverInfo.upstream ?? "https://api.meshagent.com")} through this server`
      : "Use this server's local API";
  return (
    <div className={rowClass}>
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
