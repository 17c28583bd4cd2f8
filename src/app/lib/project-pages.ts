import type { ProjectRole } from "#api/schemas/project.ts";

// The pages of a project and who may use them (the local server's rules, which follow Meshagent's).
export type PageAccess = "everyone" | "developer" | "admin";

export interface ProjectPage {
  path: string;
  label: string;
  access: PageAccess;
}

export const projectPages: readonly ProjectPage[] = [
  { path: "rooms", label: "Rooms", access: "everyone" },
  { path: "members", label: "Members", access: "everyone" },
  { path: "grants", label: "Grants", access: "admin" },
  { path: "audit", label: "Audit", access: "admin" },
  { path: "storage", label: "Storage", access: "developer" },
  { path: "oauth-clients", label: "OAuth clients", access: "admin" },
  { path: "api-keys", label: "API keys", access: "admin" },
  { path: "settings", label: "Settings", access: "everyone" },
];

/** Who may use a page, in two words for the sidebar. */
export const accessLabel: Record<PageAccess, string> = {
  everyone: "Everyone",
  developer: "Admins and developers",
  admin: "Admins only",
};

/** Why `role` may not open a page, or `null` when it may. */
export function deniedReason(access: PageAccess, role: ProjectRole): string | null {
  if (access === "everyone" || role === "admin") return null;
  if (access === "developer" && role === "developer") return null;
  const who = access === "admin" ? "project admins" : "admins and developers";
  return `Only ${who} can use this page; your role is ${role}.`;
}
