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
