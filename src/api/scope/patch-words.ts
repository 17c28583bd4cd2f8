import { grantLabels } from "./grant-labels.ts";
import type { ScopePatch } from "./patch.ts";

/** The patch as a short imperative sentence ("Add storage path /shared, read-only"). */
export function describePatch(patch: ScopePatch): string {
  switch (patch.kind) {
    case "add-path":
      return `Add ${patch.grant} path ${patch.path}, ${patch.readOnly ? "read-only" : "read and write"}`;
    case "remove-path":
      return `Remove ${patch.grant} path ${patch.path}`;
    case "enable":
      return `Turn ${grantLabels[patch.grant]} on`;
    case "disable":
      return `Turn ${grantLabels[patch.grant]} off`;
    case "set-field": {
      const value =
        patch.value === null
          ? "unrestricted"
          : typeof patch.value === "boolean"
            ? patch.value
              ? "allowed"
              : "denied"
            : patch.value.length === 0
              ? "none"
              : patch.value.join(", ");
      return `Set ${patch.grant}.${patch.field} to ${value}`;
    }
    case "replace":
      return patch.scope === null ? "Revoke the grant" : "Set the whole scope";
  }
}
