import type { ReactNode } from "react";
import { Link } from "react-router";
import { Button } from "#app/components/ui/button.tsx";
import type { Axis } from "./use-matrix-axes.ts";
import type { MatrixView } from "./use-matrix-search.ts";

interface MatrixEmptyStateProps {
  projectId: string;
  reasons: EmptyReason[];
  update: (change: (view: MatrixView) => MatrixView) => void;
}

type AxisName = "rooms" | "members";
type Fix = "clear-filters" | "show-every-room" | "show-every-member" | "create-room" | "add-member";
export interface EmptyReason {
  text: string;
  fix: Fix;
}
const one = { rooms: "room", members: "member" } as const;

/** Why an axis shows nothing and what fixes it; null when it shows something or is still being read. */
function reasonFor(name: AxisName, axis: Axis, view: MatrixView): EmptyReason | null {
  if (axis.items.length > 0 || !axis.ready) return null;
  const filter = view[name].filter.trim();
  if (axis.available > 0 && filter) return { text: `No ${one[name]} matches “${filter}”.`, fix: "clear-filters" };
  if (view[name].mode === "holders")
    return {
      text: `No ${one[name]} holds a grant yet.`,
      fix: name === "rooms" ? "show-every-room" : "show-every-member",
    };
  return {
    text: `This project has no ${name} yet; a grant gives one member access to one room.`,
    fix: name === "rooms" ? "create-room" : "add-member",
  };
}

/** Why the matrix would be empty; none while it has cells to show or its axes are still being read. */
export const matrixEmptyReasons = (view: MatrixView, rooms: Axis, members: Axis): EmptyReason[] =>
  [reasonFor("rooms", rooms, view), reasonFor("members", members, view)].filter((r) => r !== null);

/** Shown instead of an empty grid: what is missing, and the way to fix it. */
export function MatrixEmptyState({ projectId, reasons, update }: MatrixEmptyStateProps) {
  const fixes = [...new Set(reasons.map((r) => r.fix))];
  const showEvery = (name: AxisName) => update((v) => ({ ...v, [name]: { ...v[name], mode: "all" } }));
  const link = "font-medium text-accent underline";
  const actions: Record<Fix, ReactNode> = {
    "clear-filters": (
      <Button
        size="sm"
        onClick={() =>
          update((v) => ({ ...v, rooms: { ...v.rooms, filter: "" }, members: { ...v.members, filter: "" } }))
        }
      >
        Clear the filters
      </Button>
    ),
    "show-every-room": (
      <Button size="sm" onClick={() => showEvery("rooms")}>
        Show every room
      </Button>
    ),
    "show-every-member": (
      <Button size="sm" onClick={() => showEvery("members")}>
        Show every member
      </Button>
    ),
    "create-room": (
      <Link className={link} to={`/project/${projectId}/rooms`}>
        Create a room on the Rooms page
      </Link>
    ),
    "add-member": (
      <Link className={link} to={`/project/${projectId}/members`}>
        Add a member on the Members page
      </Link>
    ),
  };
  return (
    <div
      role="status"
      className="grid justify-items-center gap-3 rounded-lg border border-line bg-surface px-6 py-14 text-center"
    >
      {reasons.map((reason) => (
        <p key={reason.text} className="font-medium">
          {reason.text}
        </p>
      ))}
      <div className="flex flex-wrap justify-center gap-3">
        {fixes.map((fix) => (
          <span key={fix}>{actions[fix]}</span>
        ))}
      </div>
    </div>
  );
}
