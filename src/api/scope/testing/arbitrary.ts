import fc from "fast-check";
import {
  type ApiScope,
  apiScopeSchema,
  type GrantName,
  type Grants,
  grantSchemas,
  memoryPermissionKeys,
} from "../schema.ts";

// Random valid, normalised ApiScopes for property tests: all 16 grants and every nested model, with
// null (unrestricted) and empty lists, `*` patterns in odd places and overlapping paths.

const word = fc.stringMatching(/^[a-z][a-z0-9/.-]{0,4}\*?$/);
const names = fc.option(fc.uniqueArray(word, { maxLength: 3 }), { nil: null, freq: 3 });
const flag = fc.boolean();
const namespace = fc.option(fc.array(fc.constantFrom("a", "b", "team"), { maxLength: 2 }), { nil: null });
const nsKey = (e: { name: string; namespace: string[] | null }) => JSON.stringify([e.namespace, e.name]);

// Few distinct roots so that entries often overlap and shadow each other.
const pathText = fc
  .tuple(fc.constantFrom("/", "/data", "/data/", "/data/tmp", "/tmp", "/docs/"), fc.constantFrom("", "x", "*", "/a"))
  .map(([root, rest]) => `${root}${rest}`);
const paths = fc.option(
  fc.uniqueArray(fc.record({ path: pathText, read_only: flag }), { maxLength: 4, selector: (p) => p.path }),
  { nil: null, freq: 3 },
);

const table = fc.record({ name: word, namespace, write: flag, read: flag, alter: flag });
const sqliteTable = fc.record({
  database: fc.constantFrom("db", "other"),
  table: word,
  namespace,
  write: flag,
  read: flag,
  alter: flag,
});
const sqliteDatabase = fc.record({
  name: fc.constantFrom("db", "other", "x"),
  namespace,
  create_table: flag,
  drop: flag,
  inspect: flag,
  list_tables: flag,
  execute: flag,
  tables: fc.option(
    fc.uniqueArray(sqliteTable, {
      maxLength: 2,
      selector: (t) => JSON.stringify([t.namespace, t.database, t.table]),
    }),
    { nil: null },
  ),
});
const permissions = fc.record(Object.fromEntries(memoryPermissionKeys.map((key) => [key, flag])));
const memoryEntry = fc.record({ name: word, namespace, permissions });
const oauthEndpoint = fc.record({ endpoint: word, client_id: fc.constantFrom("c1", "c2") });
const port = fc.integer({ min: 1, max: 65_535 }).map(String);

const entries = <T>(arb: fc.Arbitrary<T>, selector: (v: T) => string) =>
  fc.option(fc.uniqueArray(arb, { maxLength: 3, selector }), { nil: null, freq: 3 });

const rawGrants: { [N in GrantName]: fc.Arbitrary<unknown> } = {
  livekit: fc.record({ breakout_rooms: names }),
  queues: fc.record({ send: names, receive: names, list: flag }),
  messaging: fc.record({ broadcast: flag, list: flag, send: flag }),
  dataset: fc.record({ tables: entries(table, nsKey), list_tables: flag }),
  sqlite: fc.record({ databases: entries(sqliteDatabase, nsKey), create_database: flag, list_databases: flag }),
  memory: fc.record({ list: flag, memories: entries(memoryEntry, nsKey) }),
  sync: fc.record({ paths }),
  storage: fc.record({ paths }),
  containers: fc.record({
    logs: flag,
    pull: names,
    run: names,
    registry: fc.option(fc.record({ list: names, pull: names, run: names, write: names }), { nil: null }),
    use_containers: flag,
  }),
  developer: fc.record({ logs: flag }),
  agents: fc.record({
    register_agent: flag,
    register_public_toolkit: flag,
    register_private_toolkit: flag,
    call: flag,
    use_agents: flag,
    use_tools: flag,
    allowed_toolkits: names,
  }),
  llm: fc.record({ models: names }),
  admin: fc.record({ config: flag }),
  secrets: fc.record({ request_oauth_token: entries(oauthEndpoint, (e) => JSON.stringify([e.endpoint, e.client_id])) }),
  tunnels: fc.record({
    ports: fc.option(fc.uniqueArray(port, { maxLength: 3 }), { nil: null, freq: 3 }),
  }),
  services: fc.record({ list: flag }),
};

/** A random present grant of one type, parsed by its schema (so it is exactly what the app holds). */
export function arbitraryGrant<N extends GrantName>(name: N): fc.Arbitrary<Grants[N]> {
  // The schema's output type is the grant's type; `parse` checks every generated value.
  return rawGrants[name].map((raw) => grantSchemas[name].parse(raw) as Grants[N]);
}

/** A random valid, normalised ApiScope: each grant present (random fields) or null, about half and half. */
export const arbitraryApiScope: fc.Arbitrary<ApiScope> = fc
  .record(
    Object.fromEntries(Object.entries(rawGrants).map(([name, arb]) => [name, fc.option(arb, { nil: null })])) as Record<
      GrantName,
      fc.Arbitrary<unknown>
    >,
  )
  .map((raw) => apiScopeSchema.parse(raw));
