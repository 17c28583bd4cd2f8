import { startTransition, useEffect, useState } from "react";
import type { AccessIndex } from "#app/lib/access-index/access-index.ts";
import { runInSteps } from "#app/lib/run-in-steps.ts";
import { type Findings, findingsSteps, type Member, type RoomRef } from "./findings.ts";

interface Known {
  version: number;
  members: readonly Member[];
  rooms: readonly RoomRef[];
  found: Findings;
}

const cache = new WeakMap<AccessIndex, Known>();

const knownFindings = (index: AccessIndex, members: readonly Member[], rooms: readonly RoomRef[]) => {
  const known = cache.get(index);
  return known?.version === index.version && known.members === members && known.rooms === rooms
    ? known.found
    : undefined;
};

/**
 * The findings for the index as it is and the project's members and rooms: at once when known,
 * otherwise looked for in steps after the render (50,000 grants in one go would hold the main
 * thread past a frame's budget). Meanwhile the last ones found stay (so an open bulk preview stays
 * open while a fix it applied is read back), or null at first.
 */
export function useFindings(
  index: AccessIndex,
  version: number,
  members: readonly Member[] | undefined,
  rooms: readonly RoomRef[] | undefined,
): Findings | null {
  const known = members && rooms ? knownFindings(index, members, rooms) : undefined;
  const [last, setLast] = useState<Findings | null>(known ?? null);
  if (known && known !== last) setLast(known);
  useEffect(() => {
    if (known || !members || !rooms) return;
    const stop = new AbortController();
    runInSteps(findingsSteps(index, members, rooms), stop.signal).then(
      (result) => {
        // A change while stepping: these findings are of the version they started from; look again.
        if (index.version === version) cache.set(index, { version, members, rooms, found: result });
        // Rendered as a transition: React renders the sections in slices too.
        startTransition(() => setLast(result));
      },
      () => {}, // Aborted: a newer version or another view took over.
    );
    return () => stop.abort();
  }, [index, version, members, rooms, known]);
  return known ?? last;
}
