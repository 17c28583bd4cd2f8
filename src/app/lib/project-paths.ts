// Paths of the pages about one thing, shared by the features that link to them.
const base = (projectId: string) => `/project/${encodeURIComponent(projectId)}`;

export const roomPath = (projectId: string, roomName: string) =>
  `${base(projectId)}/rooms/${encodeURIComponent(roomName)}`;

export const memberPath = (projectId: string, userId: string) =>
  `${base(projectId)}/members/${encodeURIComponent(userId)}`;
