import { useEffect, useState } from "react";
import type { AccessIndex } from "#app/lib/access-index/access-index.ts";
import { knownOverviewStats, type OverviewStats, overviewStatsInSteps } from "./overview-aggregates.ts";

/**
 * The overview's numbers for the index as it is: at once when this version's are known, otherwise
 * null while they are counted in steps after the render (50,000 grants in one go would hold the
 * main thread past a frame's budget).
 */
export function useOverviewStats(index: AccessIndex, version: number): OverviewStats | null {
  const known = knownOverviewStats(index);
  const [, counted] = useState(0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `version` stands for the index's contents
  useEffect(() => {
    if (known) return;
    const stop = new AbortController();
    overviewStatsInSteps(index, stop.signal).then(
      () => counted((n) => n + 1),
      () => {}, // Aborted: a newer version or another view took over.
    );
    return () => stop.abort();
  }, [index, version, known]);
  return known ?? null;
}
