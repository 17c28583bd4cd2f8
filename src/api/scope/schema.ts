import { z } from "zod";
import { isRecord, snakeKeys } from "../schemas/keys.ts";

// The ApiScope document (spec §7). Parsing accepts the compact form (TS SDK), the full form with
// explicit nulls (Python), camelCase nested keys and the dataset aliases; the output is normalised:
// every grant key present (null = denied) and every nested default filled in.
// ApiScope keeps its wire keys in TypeScript too: it is a JSON document that is stored, copied into
// tokens and edited as JSON, so one vocabulary serves all of those.

const flag = (fallback: boolean) =>
  z
    .boolean()
    .nullish()
    .transform((v) => v ?? fallback);

const nonEmpty = z.string().refine((s) => s.trim().length > 0, "must not be empty");

/** An optional list: null means unrestricted; duplicates are refused. */
const optList = <T extends z.ZodType>(item: T, key: (v: z.output<T>) => string) =>
  z
    .array(item)
    .nullish()
    .transform((v) => v ?? null)
    .superRefine((list, ctx) => {
      if (!list) return;
      const seen = new Set<string>();
      list.forEach((entry, index) => {
        const k = key(entry);
        if (seen.has(k)) ctx.addIssue({ code: "custom", message: `duplicate entry "${k}"`, path: [index] });
        seen.add(k);
      });
    });

const names = () => optList(nonEmpty, (v) => v);
const grant = <S extends z.ZodRawShape>(shape: S) => z.preprocess(snakeKeys, z.object(shape));
// JSON keys, not joined strings: a null namespace (any) differs from [] (none), and names may hold "/".
const nsKey = (v: { name: string; namespace: string[] | null }) => JSON.stringify([v.namespace, v.name]);

export const livekitGrantSchema = grant({ breakout_rooms: names() });

export const queuesGrantSchema = grant({ send: names(), receive: names(), list: flag(true) });

export const messagingGrantSchema = grant({ broadcast: flag(true), list: flag(true), send: flag(true) });

export const tableGrantSchema = grant({
  name: nonEmpty,
  namespace: z
    .array(z.string())
    .nullish()
    .transform((v) => v ?? null),
  write: flag(false),
  read: flag(true),
  alter: flag(false),
});

export const datasetGrantSchema = grant({ tables: optList(tableGrantSchema, nsKey), list_tables: flag(true) });

export const sqliteTableGrantSchema = grant({
  database: nonEmpty,
  table: nonEmpty,
  namespace: z
    .array(z.string())
    .nullish()
    .transform((v) => v ?? null),
  write: flag(false),
  read: flag(true),
  alter: flag(false),
});

export const sqliteDatabaseGrantSchema = grant({
  name: nonEmpty,
  namespace: z
    .array(z.string())
    .nullish()
    .transform((v) => v ?? null),
  create_table: flag(true),
  drop: flag(false),
  inspect: flag(true),
  list_tables: flag(true),
  execute: flag(true),
  tables: optList(sqliteTableGrantSchema, (t) => JSON.stringify([t.namespace, t.database, t.table])),
});

export const sqliteGrantSchema = grant({
  databases: optList(sqliteDatabaseGrantSchema, nsKey),
  create_database: flag(true),
  list_databases: flag(true),
});

export const memoryPermissionKeys = [
  "create",
  "drop",
  "inspect",
  "query",
  "upsert",
  "ingest",
  "recall",
  "optimize",
] as const;

export const memoryPermissionsSchema = grant({
  create: flag(true),
  drop: flag(true),
  inspect: flag(true),
  query: flag(true),
  upsert: flag(true),
  ingest: flag(true),
  recall: flag(true),
  optimize: flag(true),
});

const allMemoryPermissions = {
  create: true,
  drop: true,
  inspect: true,
  query: true,
  upsert: true,
  ingest: true,
  recall: true,
  optimize: true,
};

export const memoryEntryGrantSchema = grant({
  name: nonEmpty,
  namespace: z
    .array(z.string())
    .nullish()
    .transform((v) => v ?? null),
  permissions: memoryPermissionsSchema.nullish().transform((v) => v ?? allMemoryPermissions),
});

export const memoryGrantSchema = grant({ list: flag(true), memories: optList(memoryEntryGrantSchema, nsKey) });

export const pathGrantSchema = grant({ path: nonEmpty, read_only: flag(false) });

export const syncGrantSchema = grant({ paths: optList(pathGrantSchema, (p) => p.path) });

export const storageGrantSchema = grant({ paths: optList(pathGrantSchema, (p) => p.path) });

export const containerRegistryGrantSchema = grant({ list: names(), pull: names(), run: names(), write: names() });

export const containersGrantSchema = grant({
  logs: flag(true),
  pull: names(),
  run: names(),
  registry: containerRegistryGrantSchema.nullish().transform((v) => v ?? null),
  use_containers: flag(true),
});

export const developerGrantSchema = grant({ logs: flag(true) });

export const agentsGrantSchema = grant({
  register_agent: flag(true),
  register_public_toolkit: flag(true),
  register_private_toolkit: flag(true),
  call: flag(true),
  use_agents: flag(true),
  use_tools: flag(true),
  allowed_toolkits: names(),
});

export const llmGrantSchema = grant({ models: names() });

export const adminGrantSchema = grant({ config: flag(true) });

export const oauthEndpointGrantSchema = grant({ endpoint: nonEmpty, client_id: nonEmpty });

export const secretsGrantSchema = grant({
  request_oauth_token: optList(oauthEndpointGrantSchema, (e) => JSON.stringify([e.endpoint, e.client_id])),
});

// Ports are strings on the wire (SDK `StringList`); JSON written by hand often has numbers, which are
// read as the same port and normalised to strings (the TS SDK would silently drop such a list).
const portSchema = z
  .union([z.string(), z.number().int().transform(String)])
  .refine((p) => /^\d{1,5}$/.test(p) && Number(p) >= 1 && Number(p) <= 65535, "must be a port number from 1 to 65535");

export const tunnelsGrantSchema = grant({ ports: optList(portSchema, (p) => String(Number(p))) });

export const servicesGrantSchema = grant({ list: flag(true) });

/** The 16 grant types, in the SDK's declaration order. */
export const grantSchemas = {
  livekit: livekitGrantSchema,
  queues: queuesGrantSchema,
  messaging: messagingGrantSchema,
  dataset: datasetGrantSchema,
  sqlite: sqliteGrantSchema,
  memory: memoryGrantSchema,
  sync: syncGrantSchema,
  storage: storageGrantSchema,
  containers: containersGrantSchema,
  developer: developerGrantSchema,
  agents: agentsGrantSchema,
  llm: llmGrantSchema,
  admin: adminGrantSchema,
  secrets: secretsGrantSchema,
  tunnels: tunnelsGrantSchema,
  services: servicesGrantSchema,
} as const;

export type GrantName = keyof typeof grantSchemas;
export const grantNames = Object.keys(grantSchemas) as GrantName[];

const absentable = <T extends z.ZodType>(schema: T) => schema.nullish().transform((v) => v ?? null);

/** Input aliases of spec §7.6: `database` and `datasets` are read as `dataset`. */
function normaliseScopeInput(value: unknown): unknown {
  if (!isRecord(value)) return value;
  const { database, datasets, ...rest } = value;
  return { ...rest, dataset: rest.dataset ?? database ?? datasets ?? null };
}

export const apiScopeSchema = z.preprocess(
  normaliseScopeInput,
  z.object({
    livekit: absentable(livekitGrantSchema),
    queues: absentable(queuesGrantSchema),
    messaging: absentable(messagingGrantSchema),
    dataset: absentable(datasetGrantSchema),
    sqlite: absentable(sqliteGrantSchema),
    memory: absentable(memoryGrantSchema),
    sync: absentable(syncGrantSchema),
    storage: absentable(storageGrantSchema),
    containers: absentable(containersGrantSchema),
    developer: absentable(developerGrantSchema),
    agents: absentable(agentsGrantSchema),
    llm: absentable(llmGrantSchema),
    admin: absentable(adminGrantSchema),
    secrets: absentable(secretsGrantSchema),
    tunnels: absentable(tunnelsGrantSchema),
    services: absentable(servicesGrantSchema),
  }),
);

/** A normalised ApiScope: every grant key present, `null` where the grant is absent (denied). */
export type ApiScope = z.output<typeof apiScopeSchema>;
export type Grants = { [K in GrantName]: NonNullable<ApiScope[K]> };
export type PathGrant = z.output<typeof pathGrantSchema>;
export type TableGrant = z.output<typeof tableGrantSchema>;
export type SqliteDatabaseGrant = z.output<typeof sqliteDatabaseGrantSchema>;
export type SqliteTableGrant = z.output<typeof sqliteTableGrantSchema>;
export type MemoryEntryGrant = z.output<typeof memoryEntryGrantSchema>;
export type MemoryPermissions = z.output<typeof memoryPermissionsSchema>;
export type ContainerRegistryGrant = z.output<typeof containerRegistryGrantSchema>;
export type OAuthEndpointGrant = z.output<typeof oauthEndpointGrantSchema>;

/** A JSON object as sent on the wire (compact or full form). */
export type ApiScopeJson = Record<string, unknown>;
