import type { PrivilegeLevel } from "#api/scope/level.ts";
import { levelBadgeClasses, levelLabels, levelSwatchClasses } from "./level-colors.ts";

/** The privilege level as a coloured pill that also says it in words. */
export function LevelBadge({ level }: { level: PrivilegeLevel }) {
  return (
    <span
      data-level={level}
      className={`inline-flex items-center gap-1.5 rounded-full px-2 py-0.5 text-xs font-semibold ring-1 ring-inset ${levelBadgeClasses[level]}`}
    >
      <span aria-hidden="true" className={`size-2 rounded-full ${levelSwatchClasses[level]}`} />
      <span className="sr-only">Privilege level: </span>
      {levelLabels[level]}
    </span>
  );
}
