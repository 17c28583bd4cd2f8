import type { ApiKey } from "#api/schemas/api-key.ts";
import { Button } from "#app/components/ui/button.tsx";
import { UntrustedText } from "#app/components/ui/untrusted-text.tsx";
import { KeyCreator } from "./key-creator.tsx";

interface ApiKeysTableProps {
  keys: ApiKey[];
  sessionKeyId: string | null;
  myUserId: string | undefined;
  onDelete: (key: ApiKey) => void;
}

const formatDate = (iso: string | null | undefined) => (iso ? new Date(iso).toLocaleString() : "—");

/** The project's keys: the API answers them all at once, so there is no paging. */
export function ApiKeysTable({ keys, sessionKeyId, myUserId, onDelete }: ApiKeysTableProps) {
  if (keys.length === 0) {
    return (
      <div className="rounded-xl border border-line bg-surface p-6 text-sm">
        <p className="font-medium">No API keys yet</p>
        <p className="text-muted">Create one for a program, a CI job or the Meshagent CLI.</p>
      </div>
    );
  }
  return (
    <div className="overflow-x-auto rounded-xl border border-line bg-surface shadow-xs">
      <table className="w-full border-collapse text-left text-sm">
        <caption className="sr-only">API keys</caption>
        <thead className="border-b border-line text-xs text-muted">
          <tr>
            <th scope="col" className="px-3 py-2 font-medium">
              Name
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              Created by
            </th>
            <th scope="col" className="hidden px-3 py-2 font-medium sm:table-cell">
              Created
            </th>
            <th scope="col" className="w-24 px-3 py-2 font-medium">
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {keys.map((key) => (
            <tr key={key.id} className="border-b border-line last:border-b-0">
              <td className="max-w-0 px-3 py-2">
                <div className="flex min-w-0 items-center gap-2">
                  <UntrustedText className="font-medium">{key.name}</UntrustedText>
                  {key.id === sessionKeyId && (
                    <span className="shrink-0 rounded bg-accent-soft px-1.5 py-0.5 text-xs text-accent">
                      This console
                    </span>
                  )}
                </div>
                {key.description && <UntrustedText className="text-xs text-muted">{key.description}</UntrustedText>}
              </td>
              <td className="px-3 py-2">
                <KeyCreator userId={key.createdBy} myUserId={myUserId} />
              </td>
              <td className="hidden px-3 py-2 whitespace-nowrap sm:table-cell">{formatDate(key.createdAt)}</td>
              <td className="px-3 py-2 text-right">
                <Button size="sm" variant="ghost" onClick={() => onDelete(key)} aria-label={`Delete ${key.name}`}>
                  Delete
                </Button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
