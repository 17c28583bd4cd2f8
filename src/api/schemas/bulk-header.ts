// Its own file: the transport sends it on every bulk write without loading the journal's schemas.

/** The request header that ties each write of one bulk change together (the console sends it). */
export const BULK_HEADER = "X-Meshagent-Admin-Bulk";
