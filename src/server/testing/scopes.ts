import { parseScope } from "#api/scope/forms.ts";
import type { ApiScope } from "#api/scope/schema.ts";

/** A normalised ApiScope from grants written in any accepted form (parsed by the shared schema). */
export const aScope = (grants: Record<string, unknown> = { livekit: {} }): ApiScope => parseScope(grants);

export const readOnly = (...paths: string[]) => ({ paths: paths.map((path) => ({ path, read_only: true })) });
export const readWrite = (...paths: string[]) => ({ paths: paths.map((path) => ({ path })) });
