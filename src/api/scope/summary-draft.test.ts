import { describe, expect, it } from "vitest";
import { fromFormState, toFormState } from "./form-state.ts";
import { parseScope } from "./forms.ts";
import { presets } from "./presets.ts";
import { summarizeScope } from "./summary.ts";
import { draftScope } from "./summary-draft.ts";

describe("draftScope", () => {
  it("is the scope itself when it is valid", () => {
    const scope = parseScope({ messaging: {}, storage: { paths: [{ path: "/data" }] } });
    expect(draftScope(scope)).toEqual({ scope, leftOut: [] });
  });

  it("leaves a blank storage row out, names it as the form does, and keeps every other grant", () => {
    const form = toFormState(parseScope({ messaging: {}, dataset: {}, tunnels: {} }));
    form.storage.enabled = true;
    form.storage.paths = {
      restricted: true,
      items: [
        { path: "/data", read_only: true },
        { path: "", read_only: false },
        { path: "/a", read_only: false },
      ],
    };
    const { scope, leftOut } = draftScope(fromFormState(form));
    expect(leftOut).toEqual([{ path: "storage.paths.1.path", label: "Storage path 2", message: expect.any(String) }]);
    expect(summarizeScope(scope)).toBe("Messaging · Dataset · Storage: read /data; write /a · Tunnels: every port");
  });

  it("leaves out each bad row of several lists at once, numbered as typed", () => {
    const draft = {
      ...presets.none(),
      storage: { paths: [{ path: "" }, { path: "/ok" }, { path: "" }] },
      tunnels: { ports: ["80", "http"] },
    };
    const { scope, leftOut } = draftScope(draft);
    expect(leftOut.map((l) => l.label)).toEqual(["Storage path 1", "Storage path 3", "Tunnels port 2"]);
    expect(summarizeScope(scope)).toBe("Storage: write /ok · Tunnels: ports 80");
  });

  it("leaves out a duplicate row and, when a grant itself is malformed, the grant", () => {
    const { scope, leftOut } = draftScope({
      ...presets.none(),
      sync: { paths: [{ path: "/a" }, { path: "/a" }] },
      messaging: { send: "yes" },
    });
    expect(leftOut.map((l) => l.label)).toEqual(["Messaging", "Sync path 2"]);
    expect(summarizeScope(scope)).toBe("Sync: write /a");
  });

  it("falls back to no access when the input is not a scope", () => {
    expect(draftScope("nonsense").scope).toEqual(presets.none());
  });
});
