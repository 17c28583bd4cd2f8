import type { ReactNode } from "react";
import type { GrantParties } from "#app/lib/grant-parties.ts";
import { goneMessage, onlyGrantGone } from "./grant-gone.ts";

interface GrantGoneAlertProps {
  parties: GrantParties;
  roomName: string | undefined;
  /** The way forward when the grant alone was revoked: create it again. */
  createAction: ReactNode;
}

/** A save found the grant gone: why, that the edits are kept, and (grant revoked alone) creating it again. */
export function GrantGoneAlert({ parties, roomName, createAction }: GrantGoneAlertProps) {
  const revoked = onlyGrantGone(parties);
  return (
    <div
      role="alert"
      data-testid="grant-gone"
      className="grid gap-2 rounded-md border border-amber-500/50 bg-warn-soft px-3 py-2 text-sm text-warn-fg"
    >
      <p className="font-medium">{goneMessage(parties, roomName)}</p>
      <p>
        {revoked
          ? "Your changes are kept: create the grant again with them, or cancel to leave the user without access."
          : "Your changes are still shown here to read or copy; nothing was saved."}
      </p>
      {revoked && <div>{createAction}</div>}
    </div>
  );
}
