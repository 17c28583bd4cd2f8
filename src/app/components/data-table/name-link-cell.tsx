import { Link } from "react-router";
import { Tooltip } from "#app/components/ui/tooltip.tsx";

interface NameLinkCellProps {
  to: string;
  /** A name someone wrote: any length, no spaces, markup or direction marks; shown as text only. */
  name: string;
}

/**
 * The name column of every list (projects, rooms, members): a link cut to its cell's width with an
 * ellipsis, the whole name in a tooltip on hover and on keyboard focus. The cell must bound its width
 * (`max-w-0` on a table cell, or a fixed width), or a long name without spaces widens the table.
 */
export function NameLinkCell({ to, name }: NameLinkCellProps) {
  return (
    <Tooltip content={name}>
      <Link
        to={to}
        dir="auto"
        className="block max-w-full min-w-0 truncate rounded font-medium text-accent hover:underline"
      >
        {name}
      </Link>
    </Tooltip>
  );
}
