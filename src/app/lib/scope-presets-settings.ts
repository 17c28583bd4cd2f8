import { z } from "zod";
import type { JsonObject } from "#api/schemas/json.ts";
import { isRecord } from "#api/schemas/keys.ts";
import { toCompact } from "#api/scope/forms.ts";
import { type ApiScope, apiScopeSchema } from "#api/scope/schema.ts";

// A project's own scope presets live in its settings object (README, "API decisions"):
//   settings.meshagent_admin.scope_presets = [{ "name": string, "scope": <compact ApiScope> }]
// Settings are free-form JSON anyone may edit, so reading never throws: bad entries are skipped
// (and counted), and writing keeps every other key, and every unreadable entry, as it was.

export const SETTINGS_KEY = "meshagent_admin";

export interface ProjectScopePreset {
  name: string;
  scope: ApiScope;
}

const presetSchema = z.object({ name: z.string().trim().min(1).max(100), scope: apiScopeSchema });

export interface ReadPresets {
  presets: ProjectScopePreset[];
  /** Entries that are not a `{name, scope}` with a valid scope, or 1 when the list is not a list. */
  unreadable: number;
}

function rawList(settings: JsonObject | null | undefined): unknown {
  const own = settings?.[SETTINGS_KEY];
  return isRecord(own) ? own.scope_presets : undefined;
}

export function readScopePresets(settings: JsonObject | null | undefined): ReadPresets {
  const list = rawList(settings);
  if (list === undefined || list === null) return { presets: [], unreadable: 0 };
  if (!Array.isArray(list)) return { presets: [], unreadable: 1 };
  const presets: ProjectScopePreset[] = [];
  let unreadable = 0;
  for (const entry of list) {
    const parsed = presetSchema.safeParse(entry);
    if (parsed.success) presets.push(parsed.data);
    else unreadable++;
  }
  return { presets, unreadable };
}

/**
 * The settings with `preset` saved: a preset of the same name is replaced in place, otherwise it
 * is appended. A `scope_presets` that is not a list cannot be kept and is replaced.
 */
export function withScopePreset(settings: JsonObject | null | undefined, preset: ProjectScopePreset): JsonObject {
  const base = settings ?? {};
  const own = isRecord(base[SETTINGS_KEY]) ? base[SETTINGS_KEY] : {};
  const list = rawList(settings);
  const entries: unknown[] = Array.isArray(list) ? [...list] : [];
  const entry = { name: preset.name.trim(), scope: toCompact(preset.scope) };
  const same = entries.findIndex((item) => isRecord(item) && item.name === entry.name);
  if (same === -1) entries.push(entry);
  else entries[same] = entry;
  return { ...base, [SETTINGS_KEY]: { ...own, scope_presets: entries } };
}
