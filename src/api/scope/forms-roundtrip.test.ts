import { createRequire } from "node:module";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseScope, toCompact, toFull } from "./forms.ts";
import { memoryPermissionKeys } from "./schema.ts";

// Property tests over arbitrary valid ApiScope JSON: every grant type and nested model, random
// subsets of fields, nulls, camelCase keys the SDK also reads, the dataset aliases and unknown keys.

const sdk = createRequire(import.meta.url)("@meshagent/meshagent") as typeof import("@meshagent/meshagent");
const runs = { numRuns: 300 };

type Json = Record<string, unknown>;

/** Some of the fields, each possibly null (both read as "default"). */
const some = (fields: Record<string, fc.Arbitrary<unknown>>) =>
  fc.record(
    Object.fromEntries(Object.entries(fields).map(([key, arb]) => [key, fc.option(arb, { nil: null, freq: 6 })])),
    { requiredKeys: [] },
  );

// The camelCase keys TS SDK 0.39.9 reads too; an object uses either spelling for all of them.
const camel: Record<string, string> = {
  breakout_rooms: "breakoutRooms",
  list_tables: "listTables",
  read_only: "readOnly",
  use_containers: "useContainers",
  request_oauth_token: "requestOauthToken",
  client_id: "clientId",
  register_agent: "registerAgent",
  register_public_toolkit: "registerPublicToolkit",
  register_private_toolkit: "registerPrivateToolkit",
  use_agents: "useAgents",
  use_tools: "useTools",
  allowed_toolkits: "allowedToolkits",
};
const spelled = (arb: fc.Arbitrary<Json>): fc.Arbitrary<Json> =>
  fc.tuple(arb, fc.boolean(), fc.boolean()).map(([obj, useCamel, withUnknown]) => ({
    ...Object.fromEntries(Object.entries(obj).map(([k, v]) => [useCamel ? (camel[k] ?? k) : k, v])),
    ...(withUnknown ? { future_field: "ignored" } : {}),
  }));

const word = fc.stringMatching(/^[a-z][a-z0-9/.:-]{0,5}\*?$/);
const names = fc.uniqueArray(word, { maxLength: 3 });
const flag = fc.boolean();
const namespace = fc.array(fc.constantFrom("a", "b", "team"), { maxLength: 2 });
const nsKey = (e: Json) => JSON.stringify([e.namespace ?? null, e.name]);

const path = spelled(fc.tuple(fc.record({ path: word }), some({ read_only: flag })).map(([a, b]) => ({ ...a, ...b })));
const paths = fc.uniqueArray(path, { maxLength: 3, selector: (p) => p.path });
const table: fc.Arbitrary<Json> = fc
  .tuple(fc.record({ name: word }), some({ namespace, write: flag, read: flag, alter: flag }))
  .map(([a, b]) => ({ ...a, ...b }));
const permissions = some(Object.fromEntries(memoryPermissionKeys.map((key) => [key, flag])));
const memoryEntry: fc.Arbitrary<Json> = fc
  .tuple(fc.record({ name: word }), some({ namespace, permissions }))
  .map(([a, b]) => ({ ...a, ...b }));
const sqliteTable: fc.Arbitrary<Json> = fc
  .tuple(
    fc.record({ database: fc.constantFrom("db", "other"), table: word }),
    some({ namespace, write: flag, read: flag, alter: flag }),
  )
  .map(([a, b]) => ({ ...a, ...b }));
const sqliteDatabase: fc.Arbitrary<Json> = fc
  .tuple(
    fc.record({ name: fc.constantFrom("db", "other", "x") }),
    some({
      namespace,
      create_table: flag,
      drop: flag,
      inspect: flag,
      list_tables: flag,
      execute: flag,
      tables: fc.uniqueArray(sqliteTable, {
        maxLength: 2,
        selector: (t) => JSON.stringify([t.namespace ?? null, t.database, t.table]),
      }),
    }),
  )
  .map(([a, b]) => ({ ...a, ...b }));
const oauthEndpoint = spelled(fc.record({ endpoint: word, client_id: fc.constantFrom("c1", "c2") }));
const port = fc.integer({ min: 1, max: 65_535 }).map(String);

const grants: Record<string, fc.Arbitrary<Json>> = {
  livekit: spelled(some({ breakout_rooms: names })),
  queues: some({ send: names, receive: names, list: flag }),
  messaging: some({ broadcast: flag, list: flag, send: flag }),
  dataset: spelled(some({ tables: fc.uniqueArray(table, { maxLength: 3, selector: nsKey }), list_tables: flag })),
  sqlite: some({
    databases: fc.uniqueArray(sqliteDatabase, { maxLength: 2, selector: nsKey }),
    create_database: flag,
    list_databases: flag,
  }),
  memory: some({ list: flag, memories: fc.uniqueArray(memoryEntry, { maxLength: 3, selector: nsKey }) }),
  sync: some({ paths }),
  storage: some({ paths }),
  containers: spelled(
    some({
      logs: flag,
      pull: names,
      run: names,
      registry: some({ list: names, pull: names, run: names, write: names }),
      use_containers: flag,
    }),
  ),
  developer: some({ logs: flag }),
  agents: spelled(
    some({
      register_agent: flag,
      register_public_toolkit: flag,
      register_private_toolkit: flag,
      call: flag,
      use_agents: flag,
      use_tools: flag,
      allowed_toolkits: names,
    }),
  ),
  llm: some({ models: names }),
  admin: some({ config: flag }),
  secrets: spelled(
    some({
      request_oauth_token: fc.uniqueArray(oauthEndpoint, {
        maxLength: 2,
        selector: (e) => JSON.stringify(Object.values(e)),
      }),
    }),
  ),
  tunnels: some({ ports: fc.uniqueArray(port, { maxLength: 3 }) }),
  services: some({ list: flag }),
};

/** A scope as a client might send it: some grants, some null, `dataset` under any of its names. */
const scopeJson: fc.Arbitrary<Json> = fc
  .tuple(
    fc.record(
      Object.fromEntries(Object.entries(grants).map(([k, arb]) => [k, fc.option(arb, { nil: null, freq: 5 })])),
      { requiredKeys: [] },
    ),
    fc.constantFrom("dataset", "database", "datasets"),
  )
  .map(([json, datasetKey]) => {
    const { dataset, ...rest } = json;
    return dataset === undefined ? rest : { ...rest, [datasetKey]: dataset };
  });

const withoutSqlite = ({ sqlite: _, ...rest }: Json) => rest;

describe("wire forms round-trip", () => {
  it("compact → parse → full → parse is the identity", () => {
    fc.assert(
      fc.property(scopeJson, (json) => {
        const viaCompact = parseScope(toCompact(parseScope(json)));
        expect(parseScope(toFull(viaCompact))).toEqual(viaCompact);
      }),
      runs,
    );
  });

  it("parsing the full form gives back the scope", () => {
    fc.assert(
      fc.property(scopeJson, (json) => {
        const scope = parseScope(json);
        expect(parseScope(toFull(scope))).toEqual(scope);
        expect(parseScope(toCompact(scope))).toEqual(scope);
      }),
      runs,
    );
  });

  it("the compact form is what the TS SDK's fromJSON(x).toJSON() writes (the SDK has no sqlite)", () => {
    fc.assert(
      fc.property(scopeJson, (json) => {
        const sdkCompact = sdk.ApiScope.fromJSON(json).toJSON();
        expect(withoutSqlite(toCompact(parseScope(json)))).toEqual(withoutSqlite(sdkCompact));
      }),
      runs,
    );
  });
});
