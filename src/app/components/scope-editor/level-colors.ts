import type { PrivilegeLevel } from "#api/scope/level.ts";

// The privilege levels' colours, shared by the scope editor's badge and the grant matrix. Colour
// is never the only signal: every use shows `levelLabels` too. Both themes keep text at AA contrast.

export const levelLabels: Record<PrivilegeLevel, string> = {
  none: "No access",
  limited: "Limited",
  standard: "Standard",
  full: "Full",
  admin: "Admin",
};

/** Badge classes: a soft background, strong text and a ring, per theme. */
export const levelBadgeClasses: Record<PrivilegeLevel, string> = {
  none: "bg-zinc-100 text-zinc-700 ring-zinc-500/30 dark:bg-zinc-800 dark:text-zinc-200 dark:ring-zinc-400/30",
  limited: "bg-sky-50 text-sky-800 ring-sky-600/30 dark:bg-sky-950 dark:text-sky-200 dark:ring-sky-400/30",
  standard:
    "bg-emerald-50 text-emerald-800 ring-emerald-600/30 dark:bg-emerald-950 dark:text-emerald-200 dark:ring-emerald-400/30",
  full: "bg-amber-50 text-amber-900 ring-amber-600/40 dark:bg-amber-950 dark:text-amber-200 dark:ring-amber-400/30",
  admin: "bg-rose-50 text-rose-800 ring-rose-600/30 dark:bg-rose-950 dark:text-rose-200 dark:ring-rose-400/30",
};

/** A solid swatch per level (matrix cells, legends), light and dark. */
export const levelSwatchClasses: Record<PrivilegeLevel, string> = {
  none: "bg-zinc-300 dark:bg-zinc-600",
  limited: "bg-sky-400 dark:bg-sky-500",
  standard: "bg-emerald-500 dark:bg-emerald-500",
  full: "bg-amber-400 dark:bg-amber-400",
  admin: "bg-rose-500 dark:bg-rose-500",
};
