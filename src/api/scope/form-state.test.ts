import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { emptyFormState, fromFormState, newRows, type ScopeFormState, toFormState } from "./form-state.ts";
import { parseScope } from "./forms.ts";
import { presets } from "./presets.ts";
import { grantNames } from "./schema.ts";
import { arbitraryApiScope, arbitraryGrant } from "./testing/arbitrary.ts";

const runs = { numRuns: 200 };

// One hand-written, non-default example per grant type, touching every nested model.
const examples = {
  livekit: { breakout_rooms: ["lobby"] },
  queues: { send: ["jobs"], receive: [], list: false },
  messaging: { broadcast: false },
  dataset: { tables: [{ name: "events", namespace: ["team"], write: true }, { name: "logs" }], list_tables: false },
  sqlite: {
    databases: [{ name: "main", namespace: [], drop: true, tables: [{ database: "main", table: "t", alter: true }] }],
    create_database: false,
  },
  memory: { memories: [{ name: "notes", permissions: { drop: false, optimize: false } }], list: false },
  sync: { paths: [{ path: "/docs/*", read_only: true }, { path: "/docs/draft" }] },
  storage: { paths: [{ path: "/data", read_only: true }] },
  containers: { pull: ["ghcr.io/*"], run: [], registry: { list: ["team/*"], write: [] }, logs: false },
  developer: { logs: false },
  agents: { call: false, allowed_toolkits: ["search"] },
  llm: { models: ["openai/gpt-4o", "anthropic/*"] },
  admin: { config: false },
  secrets: { request_oauth_token: [{ endpoint: "https://auth.example/*", client_id: "c1" }] },
  tunnels: { ports: ["80", "443"] },
  services: { list: false },
} satisfies Record<(typeof grantNames)[number], Record<string, unknown>>;

describe("scope editor form state", () => {
  describe.each(grantNames)("the %s grant", (name) => {
    const only = (grant: unknown) => parseScope({ [name]: grant });

    it("survives ApiScope → form → ApiScope, both as {} and narrowed", () => {
      for (const scope of [only({}), only(examples[name])]) expect(fromFormState(toFormState(scope))).toEqual(scope);
    });

    it("survives form → ApiScope → form", () => {
      for (const state of [toFormState(only({})), toFormState(only(examples[name]))]) {
        expect(toFormState(fromFormState(state))).toEqual(state);
      }
    });

    it("switched off, keeps its fields in the form but is absent from the scope", () => {
      const state = toFormState(only(examples[name]));
      const off: ScopeFormState = { ...state, [name]: { ...state[name], enabled: false } };
      expect(fromFormState(off)[name]).toBeNull();
      const on: ScopeFormState = { ...off, [name]: { ...off[name], enabled: true } };
      expect(fromFormState(on)).toEqual(only(examples[name]));
    });

    it("switched on with nothing changed is the grant's defaults ({})", () => {
      const state = emptyFormState();
      const on: ScopeFormState = { ...state, [name]: { ...state[name], enabled: true } };
      expect(fromFormState(on)).toEqual(only({}));
    });

    it("survives the round trips for random grants of this type", () => {
      fc.assert(
        fc.property(arbitraryGrant(name), (grant) => {
          const scope = only(grant);
          expect(fromFormState(toFormState(scope))).toEqual(scope);
          expect(toFormState(fromFormState(toFormState(scope)))).toEqual(toFormState(scope));
        }),
        { numRuns: 50 },
      );
    });
  });

  it("a new row holds the model's defaults and a blank name", () => {
    expect(newRows.table()).toEqual({
      name: "",
      namespace: { restricted: false, items: [] },
      write: false,
      read: true,
      alter: false,
    });
    expect(newRows.path()).toEqual({ path: "", read_only: false });
    const state = toFormState(parseScope({ memory: { memories: [] } }));
    state.memory.memories.items.push({ ...newRows.memory(), name: "notes" });
    expect(fromFormState(state).memory).toEqual(parseScope({ memory: { memories: [{ name: "notes" }] } }).memory);
    expect(newRows.sqliteTable()).toMatchObject({ database: "", table: "", read: true });
    expect(newRows.oauthEndpoint()).toEqual({ endpoint: "", client_id: "" });
    expect(newRows.sqliteDatabase()).toMatchObject({ name: "", drop: false, tables: { restricted: false, items: [] } });
  });

  it("a blank form is every grant off and the scope of none()", () => {
    const state = emptyFormState();
    expect(grantNames.every((name) => !state[name].enabled)).toBe(true);
    expect(fromFormState(state)).toEqual(presets.none());
  });

  it("an unrestricted list keeps the items typed so far, and restricting it again brings them back", () => {
    const state = toFormState(parseScope({ llm: { models: ["openai/gpt-4o"] } }));
    const lifted: ScopeFormState = {
      ...state,
      llm: { ...state.llm, models: { ...state.llm.models, restricted: false } },
    };
    expect(fromFormState(lifted).llm).toEqual({ models: null });
    expect(lifted.llm.models.items).toEqual(["openai/gpt-4o"]);
    const again: ScopeFormState = {
      ...lifted,
      llm: { ...lifted.llm, models: { ...lifted.llm.models, restricted: true } },
    };
    expect(fromFormState(again).llm).toEqual({ models: ["openai/gpt-4o"] });
  });

  it("an empty restricted list is kept apart from an unrestricted one", () => {
    const none = toFormState(parseScope({ queues: { send: [] } }));
    expect(none.queues.send).toEqual({ restricted: true, items: [] });
    expect(toFormState(parseScope({ queues: {} })).queues.send).toEqual({ restricted: false, items: [] });
  });

  it("a null registry (every repository) is a toggle over the registry's own lists", () => {
    const state = toFormState(parseScope({ containers: {} }));
    expect(state.containers.registry.restricted).toBe(false);
    expect(state.containers.registry.pull).toEqual({ restricted: false, items: [] });
    const restricted: ScopeFormState = {
      ...state,
      containers: { ...state.containers, registry: { ...state.containers.registry, restricted: true } },
    };
    expect(fromFormState(restricted).containers?.registry).toEqual({ list: null, pull: null, run: null, write: null });
  });

  it("ApiScope → form → ApiScope is the identity for random scopes", () => {
    fc.assert(
      fc.property(arbitraryApiScope, (scope) => {
        expect(fromFormState(toFormState(scope))).toEqual(scope);
      }),
      runs,
    );
  });

  it("form → ApiScope → form is the identity for random scopes' forms", () => {
    fc.assert(
      fc.property(arbitraryApiScope, (scope) => {
        const state = toFormState(scope);
        expect(toFormState(fromFormState(state))).toEqual(state);
      }),
      runs,
    );
  });

  it("the scope of a form with its switches and toggles flipped back and forth is unchanged", () => {
    fc.assert(
      fc.property(arbitraryApiScope, fc.constantFrom(...grantNames), (scope, name) => {
        const state = toFormState(scope);
        const off: ScopeFormState = { ...state, [name]: { ...state[name], enabled: false } };
        const back: ScopeFormState = { ...off, [name]: { ...off[name], enabled: state[name].enabled } };
        expect(fromFormState(off)[name]).toBeNull();
        expect(fromFormState(back)).toEqual(scope);
      }),
      runs,
    );
  });
});
