import { describe, expect, it } from "vitest";
import { toCompact } from "#api/scope/forms.ts";
import { describeScopeTextProblem, parseScopeText, scopeToText } from "./scope-json.ts";

describe("parseScopeText", () => {
  it("reads the compact and the full (Python) forms alike", () => {
    const compact = parseScopeText('{ "storage": { "paths": [{ "path": "/data", "read_only": true }] } }');
    const full = parseScopeText(
      '{ "livekit": null, "storage": { "paths": [{ "path": "/data", "read_only": true }] }, "admin": null }',
    );
    expect(compact.ok && toCompact(compact.scope)).toEqual({
      storage: { paths: [{ path: "/data", read_only: true }] },
    });
    expect(full.ok && toCompact(full.scope)).toEqual(compact.ok && toCompact(compact.scope));
  });

  it("takes tunnel ports written as numbers, as the JSON tab's users type them, and shows them as strings", () => {
    const parsed = parseScopeText('{ "tunnels": { "ports": [8080] } }');
    expect(parsed.ok && toCompact(parsed.scope)).toEqual({ tunnels: { ports: ["8080"] } });
  });

  it("points a syntax error at its line", () => {
    const parsed = parseScopeText('{\n  "livekit": {},\n  "queues": {,}\n}');
    expect(describeScopeTextProblem(parsed)).toMatch(/^Line 3, column 14: /);
  });

  it("points a schema error at the line and field it concerns", () => {
    const parsed = parseScopeText('{\n  "tunnels": {\n    "ports": ["80", "http"]\n  }\n}');
    expect(parsed).toMatchObject({ ok: false, line: 3, field: "tunnels.ports.1" });
    expect(describeScopeTextProblem(parsed)).toBe(
      "Line 3, column 21 (tunnels.ports.1): must be a port number from 1 to 65535",
    );
  });

  it("writes the form asked for", () => {
    const parsed = parseScopeText('{ "admin": {} }');
    if (!parsed.ok) throw new Error("expected a scope");
    expect(JSON.parse(scopeToText(parsed.scope, "compact"))).toEqual({ admin: {} });
    expect(JSON.parse(scopeToText(parsed.scope, "full"))).toMatchObject({ admin: { config: true }, livekit: null });
  });
});
