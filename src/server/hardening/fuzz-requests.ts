import fc from "fast-check";
import { type Endpoint, type EndpointName, endpoints } from "#api/endpoints.ts";

// Generated requests for the fuzz suite: every endpoint of the contract (and a few raw paths), with
// odd path segments, paging, bodies of wrong shapes, prototype-named keys, deep nesting, huge values,
// invalid JSON and UTF-8, and wrong content types.

export interface FuzzTargets {
  /** Ids the fuzz's callers may use, by path parameter name. */
  ids: Record<string, string[]>;
  /** A project none of the callers is in. */
  forbiddenProjectId: string;
  tokens: (string | null)[];
}

export interface FuzzRequest {
  method: string;
  path: string;
  token: string | null;
  body?: string | Uint8Array<ArrayBuffer>;
  contentType?: string;
}

const protoKeys = ["__proto__", "constructor", "prototype", "toString", "valueOf", "hasOwnProperty"];
const oddSegments = [
  "%2F",
  "..",
  "%2E%2E",
  ".",
  "by-room",
  "by-user",
  "me",
  "__proto__",
  "constructor",
  "ünïcødé-📄",
  "%00",
  "%ZZ",
  " ",
  "a%2Fb",
  "x".repeat(5000),
];
const oddNumbers = ["-1", "0", "1", "1000", "1001", "99999999999999999999", "1e3", "abc", "NaN", "", "2.5", "-0"];

const key = fc.oneof(fc.constantFrom(...protoKeys), fc.string({ maxLength: 12 }));
const leaf = fc.oneof(
  fc.constantFrom<unknown>(null, true, false, 0, -1, 1e308, "", "__proto__"),
  fc.string({ maxLength: 20 }),
  fc.integer(),
  fc.double({ noNaN: true }),
);
const { value: jsonish } = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: "small" },
    leaf,
    fc.array(tie("value"), { maxLength: 4 }),
    fc.dictionary(key, tie("value"), { maxKeys: 4 }),
  ),
}));

/** `{"k":{"k":…}}` or `[[[…]]]` as text, up to far past the depth limit. */
const deep = fc
  .tuple(fc.constantFrom(10, 63, 64, 65, 1000, 20_000), fc.boolean(), key)
  .map(([n, array, k]) =>
    array ? `${"[".repeat(n)}${"]".repeat(n)}` : `${`{${JSON.stringify(k)}:`.repeat(n)}{}${"}".repeat(n)}`,
  );
const huge = fc.constantFrom(
  JSON.stringify({ name: "x".repeat(200_000) }),
  JSON.stringify({ name: "big", settings: { list: Array.from({ length: 50_000 }, (_, i) => i) } }),
  `{"permissions":${JSON.stringify(Object.fromEntries(Array.from({ length: 2000 }, (_, i) => [`u${i}`, {}])))}}`,
);
const invalidJson = fc.constantFrom("{", "{not json", "[1,]", "nul", '{"a":1}{"b":2}', "\u0000", '"\\ud800"', "1e999");
const invalidUtf8 = fc.constantFrom(
  new Uint8Array([0x7b, 0x22, 0x6e, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d]),
  new Uint8Array([0xc3, 0x28]),
  new Uint8Array([0xed, 0xa0, 0x80]),
);

/** A plausible body for the endpoint with one field mutated, dropped, or added. */
function mutated(sample: Record<string, unknown>) {
  const fields = Object.keys(sample);
  return fc
    .tuple(fc.constantFrom(...(fields.length ? fields : ["x"])), jsonish, fc.constantFrom("set", "drop", "extra"), key)
    .map(([field, value, how, extra]) => {
      const out = new Map(Object.entries(sample));
      if (how === "set") out.set(field, value);
      else if (how === "drop") out.delete(field);
      else out.set(extra, value);
      return JSON.stringify(Object.fromEntries(out));
    });
}

const samples: Partial<Record<EndpointName, Record<string, unknown>>> = {
  createProject: { name: "fuzzed" },
  updateProjectSettings: { theme: "dark" },
  addMember: { user_id: "u", is_admin: false },
  updateMember: { is_admin: false, is_developer: false, can_create_rooms: true, can_use_llm_proxy: false },
  updateUserProfile: { first_name: "A", last_name: "B" },
  createRoom: { name: "room", metadata: {}, annotations: {}, permissions: {} },
  updateRoom: { name: "room2", metadata: {} },
  connectRoom: {},
  createRoomGrant: { room_id: "r", user_id: "u", permissions: { livekit: {} } },
  updateRoomGrant: { room_id: "r", user_id: "u", permissions: { storage: { paths: [{ path: "/a" }] } } },
  createOAuthClient: {
    grant_types: ["code"],
    response_types: ["code"],
    redirect_uris: ["https://a.example"],
    scope: "",
  },
  updateOAuthClient: { scope: "x" },
  createApiKey: { name: "k" },
  createUser: { email: "fuzz@example.com" },
  createUserToken: { name: "t" },
};

function bodyFor(name: EndpointName) {
  const sample = samples[name] ?? {};
  return fc.oneof(
    { arbitrary: mutated(sample), weight: 5 },
    { arbitrary: jsonish.map((v) => JSON.stringify(v)), weight: 3 },
    { arbitrary: deep, weight: 1 },
    { arbitrary: huge, weight: 1 },
    { arbitrary: invalidJson, weight: 1 },
    { arbitrary: invalidUtf8, weight: 1 },
  );
}

const queryKeys = ["limit", "offset", "count", "order_by", "filter", "path", "email", "__proto__", "constructor"];
const queryValue = fc.oneof(
  fc.constantFrom(...oddNumbers),
  fc.constantFrom(...protoKeys, "room_name", "-room_name", "created_at", "../x", "a/b.txt", "%2F", "ü"),
  fc.string({ maxLength: 30 }),
);
const query = fc
  .array(fc.tuple(fc.constantFrom(...queryKeys), queryValue), { maxLength: 4 })
  .map((pairs) => (pairs.length ? `?${new URLSearchParams(pairs).toString()}` : ""));

function pathFor(endpoint: Endpoint, t: FuzzTargets) {
  const names = [...endpoint.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? "");
  const param = (name: string) =>
    fc.oneof(
      { arbitrary: fc.constantFrom(...(t.ids[name] ?? ["x"])), weight: 4 },
      { arbitrary: fc.constant(name === "projectId" ? t.forbiddenProjectId : "x"), weight: 1 },
      { arbitrary: fc.constantFrom(...oddSegments), weight: 2 },
    );
  return fc.tuple(...names.map(param)).map((values) => {
    let i = 0;
    // Odd segments go in as written (already escaped or deliberately raw); ids are encoded.
    return endpoint.path.replace(/\{\w+\}/g, () => {
      const v = values[i++] ?? "";
      return oddSegments.includes(v) ? v : encodeURIComponent(v);
    });
  });
}

const contentTypes = fc.constantFrom(
  "application/json",
  "application/json",
  "text/plain",
  "application/x-www-form-urlencoded",
  "multipart/form-data; boundary=x",
  "application/octet-stream",
  undefined,
);

/** A request for one endpoint of the contract, any of the fuzz's callers, mostly with a mangled part. */
export function fuzzRequest(t: FuzzTargets): fc.Arbitrary<FuzzRequest> {
  const names = Object.keys(endpoints) as EndpointName[];
  const perEndpoint = names.map((name) => {
    const endpoint: Endpoint = endpoints[name];
    const method = fc.oneof(
      { arbitrary: fc.constant(endpoint.method), weight: 8 },
      { arbitrary: fc.constantFrom("GET", "POST", "PUT", "DELETE", "PATCH"), weight: 1 },
    );
    const body = endpoint.body === undefined ? fc.constant(undefined) : bodyFor(name);
    return fc.record({
      method,
      path: fc.tuple(pathFor(endpoint, t), query).map(([p, q]) => p + q),
      token: fc.constantFrom(...t.tokens),
      body,
      contentType: contentTypes,
    });
  });
  const rawPaths = fc.record({
    method: fc.constantFrom("GET", "POST", "PUT", "DELETE"),
    path: fc.constantFrom(
      "/accounts",
      "/accounts/",
      "/accounts/projects/%2E%2E",
      "/accounts/projects/x/settings",
      "/projects/x/storage/list",
      "/local/users/x/tokens",
      "/local/",
      "/healthz/x",
      "/accounts/projects/%ZZ",
      "/accounts//projects",
    ),
    token: fc.constantFrom(...t.tokens),
    body: fc.constant(undefined),
    contentType: fc.constant(undefined),
  });
  return fc.oneof(...perEndpoint, rawPaths);
}
