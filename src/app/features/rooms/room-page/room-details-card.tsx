import type { Room } from "#api/schemas/room.ts";
import { Button } from "#app/components/ui/button.tsx";
import { UntrustedText } from "#app/components/ui/untrusted-text.tsx";
import { RenameRoomForm } from "./rename-room-form.tsx";

interface RoomDetailsCardProps {
  projectId: string;
  room: Room;
  canEdit: boolean;
  onEdit: () => void;
}

const sectionClass = "grid min-w-0 gap-4 rounded-xl border border-line bg-surface p-5 shadow-xs";

/** The room's id, name, metadata and annotations; admins rename and edit here. */
export function RoomDetailsCard({ projectId, room, canEdit, onEdit }: RoomDetailsCardProps) {
  const annotations = Object.entries(room.annotations);
  return (
    <section aria-labelledby="room-details" className={sectionClass}>
      <div className="flex items-center justify-between gap-3">
        <h2 id="room-details" className="text-base font-semibold">
          Details
        </h2>
        {canEdit && (
          <Button size="sm" onClick={onEdit}>
            Edit metadata and annotations
          </Button>
        )}
      </div>
      <dl className="grid min-w-0 grid-cols-1 gap-4 sm:grid-cols-[10rem_1fr]">
        <dt className="text-sm text-muted">ID</dt>
        <dd className="min-w-0">
          <code className="text-xs break-all">{room.id}</code>
        </dd>
        {!canEdit && (
          <>
            <dt className="text-sm text-muted">Name</dt>
            <dd className="min-w-0">
              <UntrustedText>{room.name}</UntrustedText>
            </dd>
          </>
        )}
        <dt className="text-sm text-muted">Metadata</dt>
        <dd className="min-w-0">
          {Object.keys(room.metadata).length === 0 ? (
            <span className="text-muted">None</span>
          ) : (
            <pre
              // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling block takes focus so the keyboard can scroll it
              tabIndex={0}
              data-testid="room-metadata"
              dir="auto"
              className="max-h-64 overflow-auto rounded-lg bg-subtle p-3 font-mono text-xs break-words whitespace-pre-wrap"
            >
              {JSON.stringify(room.metadata, null, 2)}
            </pre>
          )}
        </dd>
        <dt className="text-sm text-muted">Annotations</dt>
        <dd className="min-w-0">
          {annotations.length === 0 ? (
            <span className="text-muted">None</span>
          ) : (
            <dl data-testid="room-annotations" className="grid min-w-0 grid-cols-1 gap-1.5 text-sm">
              {annotations.map(([key, value]) => (
                <div key={key} className="grid min-w-0 grid-cols-[minmax(0,1fr)_minmax(0,2fr)] gap-3">
                  <UntrustedText as="dt" className="font-mono text-xs text-muted">
                    {key}
                  </UntrustedText>
                  <UntrustedText as="dd" className="font-mono text-xs">
                    {value}
                  </UntrustedText>
                </div>
              ))}
            </dl>
          )}
        </dd>
      </dl>
      {canEdit && <RenameRoomForm projectId={projectId} room={room} />}
    </section>
  );
}
