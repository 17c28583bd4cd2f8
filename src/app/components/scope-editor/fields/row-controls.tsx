import { Button } from "#app/components/ui/button.tsx";

interface RowControlsProps {
  /** Ids of the move buttons are `${idPrefix}-up` and `-down`, so focus can follow a moved row. */
  idPrefix: string;
  /** Names the row for screen readers ("storage path 2"). */
  label: string;
  index: number;
  count: number;
  onMove?: (from: number, to: number) => void;
  onRemove: () => void;
}

/** Move up, move down (when order matters) and remove, for one row of a list. */
export function RowControls({ idPrefix, label, index, count, onMove, onRemove }: RowControlsProps) {
  return (
    <div className="flex shrink-0 items-center gap-1">
      {onMove && (
        <>
          <Button
            id={`${idPrefix}-up`}
            size="sm"
            variant="ghost"
            aria-label={`Move ${label} up`}
            disabled={index === 0}
            onClick={() => onMove(index, index - 1)}
          >
            ↑
          </Button>
          <Button
            id={`${idPrefix}-down`}
            size="sm"
            variant="ghost"
            aria-label={`Move ${label} down`}
            disabled={index === count - 1}
            onClick={() => onMove(index, index + 1)}
          >
            ↓
          </Button>
        </>
      )}
      <Button size="sm" variant="ghost" aria-label={`Remove ${label}`} onClick={onRemove}>
        Remove
      </Button>
    </div>
  );
}
