// Links into the grant matrix with its view set: the matrix keeps its lens and filters in the URL
// (grants/matrix/use-matrix-search.ts: `lens`, `rq`/`mq` name filters, `rooms`/`members` = "holders").

export interface MatrixLinkOptions {
  /** A lens key of access-index/capabilities.ts: the matrix highlights the cells passing it. */
  lens?: string;
  /** Substrings of room names / member e-mails. */
  room?: string;
  member?: string;
  /** Only rooms / members holding a grant. */
  holdersOnly?: boolean;
}

export function matrixLink(projectId: string, { lens, room, member, holdersOnly }: MatrixLinkOptions): string {
  const search = new URLSearchParams();
  if (holdersOnly) {
    search.set("rooms", "holders");
    search.set("members", "holders");
  }
  if (room) search.set("rq", room);
  if (member) search.set("mq", member);
  if (lens) search.set("lens", lens);
  const query = search.toString();
  return `/project/${encodeURIComponent(projectId)}/grants${query ? `?${query}` : ""}`;
}
