import type { Location } from "react-router";

// The grant editor's routes belong to the grants feature; other pages link to them through these.
const base = (projectId: string) => `/project/${encodeURIComponent(projectId)}/grants`;

/** Edit or revoke the grant of `userId` in `roomId`. */
export const grantEditPath = (projectId: string, roomId: string, userId: string) =>
  `${base(projectId)}/edit/${encodeURIComponent(roomId)}/${encodeURIComponent(userId)}`;

/** Create a grant, with the room and/or the user chosen in advance. */
export function grantNewPath(projectId: string, preset: { room?: string; user?: string } = {}): string {
  const search = new URLSearchParams();
  if (preset.room) search.set("room", preset.room);
  if (preset.user) search.set("user", preset.user);
  const query = search.toString();
  return `${base(projectId)}/new${query ? `?${query}` : ""}`;
}

/** Router state for those links, so the editor can send the user back where they came from. */
export interface GrantEditorState {
  from: Location;
}

// On a room page and a member page the editor opens as a dialog over the page, kept in the URL beside
// the page's own table state: `?grant=<id>` edits the grant of that member (room page) or in that room
// (member page); `?new-grant=1` creates one. Back closes it, and a link to it opens it.
const editParam = "grant";
const newParam = "new-grant";

export type GrantDialogTarget = { kind: "edit"; id: string } | { kind: "new" };

export function grantDialogTarget(search: URLSearchParams): GrantDialogTarget | null {
  const id = search.get(editParam);
  if (id) return { kind: "edit", id };
  return search.has(newParam) ? { kind: "new" } : null;
}

/** `search` with the dialog for `target` open, or (null) closed; the page's other parameters stay. */
export function withGrantDialog(search: URLSearchParams, target: GrantDialogTarget | null): string {
  const next = new URLSearchParams(search);
  next.delete(editParam);
  next.delete(newParam);
  if (target?.kind === "edit") next.set(editParam, target.id);
  if (target?.kind === "new") next.set(newParam, "1");
  const text = next.toString();
  return text ? `?${text}` : "";
}
