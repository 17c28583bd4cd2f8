import { useMemo } from "react";
import { Link, useSearchParams } from "react-router";
import { privilegeLevels } from "#api/scope/level.ts";
import { levelBadgeClasses, levelLabels } from "#app/components/scope-editor/level-colors.ts";
import type { AuditViewProps } from "../audit-views.tsx";
import { HeadlineCards } from "./headline-cards.tsx";
import { LevelHeatmap } from "./level-heatmap.tsx";
import { listedPairs } from "./overview-selection.ts";
import { PairsTable } from "./pairs-table.tsx";
import { useOverviewStats } from "./use-overview-stats.ts";

/** The project's access at a glance: headline counts and privilege heatmaps, each number opening the pairs behind it. */
export function OverviewView({ projectId, index }: AuditViewProps) {
  const [params] = useSearchParams();
  const version = index.version;
  const stats = useOverviewStats(index, version);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `version` stands for the index's contents
  const listed = useMemo(() => listedPairs(index, projectId, params), [index, projectId, params, version]);

  return (
    <section aria-labelledby="overview-heading" className="grid gap-6">
      <h2 id="overview-heading" className="text-lg font-semibold">
        Overview
      </h2>
      {stats ? (
        <>
          <p className="text-sm">
            {index.size} grants in {stats.rooms.length} rooms, held by {stats.members.length} members.
          </p>
          <HeadlineCards projectId={projectId} items={stats.headlines} />
        </>
      ) : (
        <p role="status" className="text-sm">
          Counting {index.size} grants…
        </p>
      )}
      {listed && (
        <section aria-labelledby="listed-heading" className="grid gap-2 rounded-md border border-line p-3">
          <div className="flex flex-wrap items-center justify-between gap-2">
            <h3 id="listed-heading" className="font-semibold">
              {listed.title}
            </h3>
            <div className="flex gap-3 text-sm print:hidden">
              <Link to={listed.matrixHref} className="text-accent underline underline-offset-2">
                Open in the grant matrix
              </Link>
              <Link to="?view=overview" className="text-accent underline underline-offset-2">
                Close the list
              </Link>
            </div>
          </div>
          <p className="text-xs text-muted">In the grant matrix: {listed.matrixNote}.</p>
          <PairsTable label={listed.title} pairs={listed.pairs} view={listed.title} />
        </section>
      )}
      {stats && (
        <>
          <HeatmapLegend />
          <div className="grid gap-6">
            <LevelHeatmap axis="room" rows={stats.rooms} />
            <LevelHeatmap axis="member" rows={stats.members} />
          </div>
        </>
      )}
    </section>
  );
}

function HeatmapLegend() {
  return (
    <div className="grid gap-1 text-xs">
      <p>
        Each cell counts the grants at one privilege level; its bar shows that count's share of the row, and its colour
        the level. A number opens the grants behind it.
      </p>
      <ul className="flex flex-wrap gap-2" aria-label="Privilege levels">
        {privilegeLevels.map((level) => (
          <li key={level} className={`rounded px-2 py-0.5 font-semibold ${levelBadgeClasses[level]}`}>
            {levelLabels[level]}
          </li>
        ))}
      </ul>
    </div>
  );
}
