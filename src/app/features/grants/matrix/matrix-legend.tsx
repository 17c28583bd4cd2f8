import { privilegeLevels } from "#api/scope/level.ts";
import { levelBadgeClasses, levelLabels } from "#app/components/scope-editor/level-colors.ts";
import { capabilities } from "#app/lib/access-index/capabilities.ts";

/** What the colours and the letters of a cell mean. */
export function MatrixLegend() {
  return (
    <details className="text-sm">
      <summary className="cursor-pointer text-muted">Legend</summary>
      <div className="mt-2 grid gap-2">
        <ul className="flex flex-wrap gap-2" aria-label="Privilege levels">
          {privilegeLevels.map((level) => (
            <li key={level} className={`rounded px-2 py-0.5 text-xs font-semibold ${levelBadgeClasses[level]}`}>
              {levelLabels[level]}
            </li>
          ))}
        </ul>
        <ul className="flex flex-wrap gap-x-4 gap-y-1" aria-label="Letters in a cell">
          {capabilities.map((c) => (
            <li key={c.key} className="text-xs">
              <span className="font-mono font-semibold">{c.glyph}</span> {c.label}
            </li>
          ))}
        </ul>
      </div>
    </details>
  );
}
