import type { GrantParties } from "#app/lib/grant-parties.ts";

/**
 * A save answered 404: the grant is gone. `parties` says why: both still there, another admin revoked
 * the grant alone; else the room or the member (or both) went, taking the grant with them.
 */
export class GrantGoneError extends Error {
  override name = "GrantGoneError";
  constructor(readonly parties: GrantParties) {
    super("This user has no grant in this room");
  }
}

/** The grant alone was revoked: it can be created again with the edits. */
export const onlyGrantGone = (parties: GrantParties) => parties.room && parties.member;

/** What the opener hears: "revoked" when the grant alone went, "party-gone" when its room or member did. */
export const goneOutcome = (parties: GrantParties) => (onlyGrantGone(parties) ? "revoked" : "party-gone");

/** Why nothing was saved, in words, for `roomName` (or "this room") and the member. */
export function goneMessage(parties: GrantParties, roomName: string | undefined): string {
  const room = roomName === undefined ? "This room" : `The room “${roomName.slice(0, 120)}”`;
  if (onlyGrantGone(parties)) return "This grant was revoked while you were editing it (by another admin).";
  const gone = [
    !parties.room && `${room} was deleted`,
    !parties.member && `${parties.room ? "this" : "the"} member was removed from the project`,
  ].filter(Boolean);
  const sentence = gone.join(" and ");
  return `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)} while you were editing this grant, so it cannot be saved.`;
}
