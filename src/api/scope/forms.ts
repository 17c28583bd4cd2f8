import {
  type ApiScope,
  type ApiScopeJson,
  adminGrantSchema,
  agentsGrantSchema,
  apiScopeSchema,
  containerRegistryGrantSchema,
  containersGrantSchema,
  datasetGrantSchema,
  developerGrantSchema,
  grantNames,
  livekitGrantSchema,
  llmGrantSchema,
  memoryEntryGrantSchema,
  memoryGrantSchema,
  memoryPermissionsSchema,
  messagingGrantSchema,
  oauthEndpointGrantSchema,
  pathGrantSchema,
  queuesGrantSchema,
  secretsGrantSchema,
  servicesGrantSchema,
  sqliteDatabaseGrantSchema,
  sqliteGrantSchema,
  sqliteTableGrantSchema,
  storageGrantSchema,
  syncGrantSchema,
  tableGrantSchema,
  tunnelsGrantSchema,
} from "./schema.ts";

// The two wire forms of spec §7.6. Compact: absent grants and default values dropped (the TS SDK's
// toJSON, and what tokens carry). Full: every key, null where absent, defaults written (Python).

/** How to compact one model: its defaults, and which keys hold nested models. */
interface Shape {
  defaults: Record<string, unknown>;
  nested?: Record<string, Shape>;
  /** Nested models written even when they hold only defaults, as the SDK writes them. */
  keep?: readonly string[];
}

const shape = (defaults: Record<string, unknown>, nested?: Record<string, Shape>, keep?: readonly string[]): Shape => ({
  defaults,
  nested,
  keep,
});

const path = shape(pathGrantSchema.parse({ path: "/" }));
const table = shape(tableGrantSchema.parse({ name: "t" }));
const sqliteTable = shape(sqliteTableGrantSchema.parse({ database: "d", table: "t" }));
const sqliteDatabase = shape(sqliteDatabaseGrantSchema.parse({ name: "d" }), { tables: sqliteTable });
const memoryEntry = shape(
  memoryEntryGrantSchema.parse({ name: "m" }),
  { permissions: shape(memoryPermissionsSchema.parse({})) },
  ["permissions"],
);

const grantShapes: Record<keyof ApiScope, Shape> = {
  livekit: shape(livekitGrantSchema.parse({})),
  queues: shape(queuesGrantSchema.parse({})),
  messaging: shape(messagingGrantSchema.parse({})),
  dataset: shape(datasetGrantSchema.parse({}), { tables: table }),
  sqlite: shape(sqliteGrantSchema.parse({}), { databases: sqliteDatabase }),
  memory: shape(memoryGrantSchema.parse({}), { memories: memoryEntry }),
  sync: shape(syncGrantSchema.parse({}), { paths: path }),
  storage: shape(storageGrantSchema.parse({}), { paths: path }),
  containers: shape(containersGrantSchema.parse({}), { registry: shape(containerRegistryGrantSchema.parse({})) }, [
    "registry",
  ]),
  developer: shape(developerGrantSchema.parse({})),
  agents: shape(agentsGrantSchema.parse({})),
  llm: shape(llmGrantSchema.parse({})),
  admin: shape(adminGrantSchema.parse({})),
  secrets: shape(secretsGrantSchema.parse({}), {
    request_oauth_token: shape(oauthEndpointGrantSchema.parse({ endpoint: "e", client_id: "c" })),
  }),
  tunnels: shape(tunnelsGrantSchema.parse({})),
  services: shape(servicesGrantSchema.parse({})),
};

function compactModel(value: Record<string, unknown>, model: Shape): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, entry] of Object.entries(value)) {
    if (entry === null || entry === undefined) continue;
    const nested = model.nested?.[key];
    if (nested && Array.isArray(entry)) {
      out[key] = entry.map((item: Record<string, unknown>) => compactModel(item, nested));
    } else if (nested && typeof entry === "object") {
      const inner = compactModel(entry as Record<string, unknown>, nested);
      if (Object.keys(inner).length > 0 || model.keep?.includes(key)) out[key] = inner;
    } else if (typeof entry === "boolean" && model.defaults[key] === entry) {
    } else {
      out[key] = Array.isArray(entry) ? [...entry] : entry;
    }
  }
  return out;
}

/** The compact wire form: what the TS SDK's `toJSON()` and participant tokens carry. */
export function toCompact(scope: ApiScope): ApiScopeJson {
  const out: ApiScopeJson = {};
  for (const name of grantNames) {
    const grant = scope[name];
    if (grant) out[name] = compactModel(grant, grantShapes[name]);
  }
  return out;
}

/** The full wire form: every key present, `null` for absent grants and unrestricted lists (Python). */
export function toFull(scope: ApiScope): ApiScopeJson {
  return structuredClone(apiScopeSchema.parse(scope));
}

/** Parses any accepted form (compact, full, camelCase, aliases) into the normalised model. */
export function parseScope(json: unknown): ApiScope {
  return apiScopeSchema.parse(json);
}

/** Two scopes grant exactly the same thing (whatever form they were written in). */
export function scopesEqual(a: ApiScope, b: ApiScope): boolean {
  return JSON.stringify(toFull(a)) === JSON.stringify(toFull(b));
}
