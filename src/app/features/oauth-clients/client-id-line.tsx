import { CopyButton } from "#app/components/ui/copy-button.tsx";

/** A client's id, selectable, with Copy. */
export function ClientIdLine({ clientId }: { clientId: string }) {
  return (
    <div className="grid gap-1.5">
      <p className="text-sm font-medium">Client ID</p>
      <div className="flex min-w-0 items-center gap-2">
        <code className="min-w-0 flex-1 truncate rounded-md bg-subtle px-3 py-2 text-xs" title={clientId}>
          {clientId}
        </code>
        <CopyButton text={clientId} label="Copy client ID" />
      </div>
    </div>
  );
}
