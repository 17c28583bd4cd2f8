import { describe, expect, it } from "vitest";
import { meshagentScopes, scopeProblem, scopeTokens } from "./oauth-vocabulary.ts";
import { redirectUriProblem } from "./schemas/oauth-client.ts";

describe("OAuth vocabulary", () => {
  it("Meshagent's scope list is written out, each token once", () => {
    expect(meshagentScopes).toContain("rooms:connect");
    expect(meshagentScopes).toContain("secrets:proxy");
    expect(meshagentScopes).toContain("project/*");
    expect(meshagentScopes.some((s) => s.includes("|"))).toBe(false);
    expect(new Set(meshagentScopes).size).toBe(meshagentScopes.length);
  });

  it("a scope splits on any whitespace; a quote, a backslash or a repeat is refused", () => {
    expect(scopeTokens("  a  b\tc ")).toEqual(["a", "b", "c"]);
    expect(scopeProblem("")).toBeNull();
    expect(scopeProblem("rooms:read  custom:thing")).toBeNull();
    expect(scopeProblem('rooms:read "x"')).toMatch(/not a scope token/);
    expect(scopeProblem("a\\b")).toMatch(/not a scope token/);
    expect(scopeProblem("a b a")).toBe("“a” is listed twice");
  });

  it("a redirect URI is https, or http on localhost, 127.0.0.1 or [::1]", () => {
    expect(redirectUriProblem("https://app.example/cb?x=1")).toBeNull();
    expect(redirectUriProblem("http://localhost:8765/callback")).toBeNull();
    expect(redirectUriProblem("http://[::1]/cb")).toBeNull();
    expect(redirectUriProblem("http://app.example/cb")).toMatch(/^http is allowed only/);
    expect(redirectUriProblem("http://localhost.evil.example/cb")).toMatch(/^http is allowed only/);
    expect(redirectUriProblem("/callback")).toMatch(/absolute URL/);
    expect(redirectUriProblem("myapp://cb")).toBe("must use https");
    expect(redirectUriProblem("https://app.example/cb#")).toMatch(/fragment/);
  });
});
