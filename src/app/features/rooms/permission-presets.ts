import { presets } from "#api/scope/presets.ts";
import type { ApiScope } from "#api/scope/schema.ts";

// The scopes a new room's initial permissions offer; finer scopes are made in the grant editor.
export const permissionPresets = {
  none: { label: "None (can join, nothing else)", scope: presets.none },
  userDefault: { label: "User default", scope: presets.userDefault },
  agentDefault: { label: "Agent default", scope: () => presets.agentDefault() },
  agentTunnels: { label: "Agent default + tunnels", scope: () => presets.agentDefault({ tunnels: true }) },
  full: { label: "Full", scope: presets.full },
} satisfies Record<string, { label: string; scope: () => ApiScope }>;

export type PermissionPreset = keyof typeof permissionPresets;
export const permissionPresetIds = Object.keys(permissionPresets) as PermissionPreset[];
