import { describe, expect, it } from "vitest";
import { presets } from "#api/scope/presets.ts";
import type { ApiScope } from "#api/scope/schema.ts";
import { createRoomFormSchema, emptyCreateRoomForm, toCreateRoomParams } from "./create-room-form.ts";

describe("the create-room form", () => {
  it("checks the name as the API does", () => {
    const name = (n: string) => createRoomFormSchema.safeParse({ ...emptyCreateRoomForm, name: n }).error?.issues[0];
    expect(name("lobby-2")).toBeUndefined();
    expect(name("Lobby")?.message).toBe("may only contain a-z, 0-9 and -");
    expect(name("a--b")?.message).toBe("must not contain --");
    expect(name("-a")?.message).toBe("must not start or end with -");
    expect(name("a".repeat(64))?.message).toBe("must be at most 63 characters");
  });

  it("refuses metadata that is not a JSON object", () => {
    const result = createRoomFormSchema.safeParse({ ...emptyCreateRoomForm, name: "a", metadata: "[1]" });
    expect(result.error?.issues[0]?.path).toEqual(["metadata"]);
  });

  it("sends only what was filled in", () => {
    expect(toCreateRoomParams({ ...emptyCreateRoomForm, name: "a" })).toEqual({
      name: "a",
      ifNotExists: false,
      metadata: undefined,
      annotations: undefined,
      permissions: undefined,
    });
  });

  it("turns metadata text, annotation rows and scopes into the request", () => {
    const params = toCreateRoomParams({
      name: "a",
      ifNotExists: true,
      metadata: '{ "topic": "x" }',
      annotations: [{ key: "team", value: "core" }],
      permissions: [{ userId: "u1", label: "U", scope: presets.agentDefault({ tunnels: true }) }],
      consent: true,
    });
    expect(params.metadata).toEqual({ topic: "x" });
    expect(params.annotations).toEqual({ team: "core" });
    expect(params.permissions).toEqual({ u1: presets.agentDefault({ tunnels: true }) });
  });

  it("asks for consent when an initial permission gives sensitive access, and only then", () => {
    const row = (scope: ApiScope) => ({ userId: "u1", label: "U", scope });
    const form = (scope: ApiScope, consent: boolean) => ({
      ...emptyCreateRoomForm,
      name: "a",
      permissions: [row(scope)],
      consent,
    });
    const refused = createRoomFormSchema.safeParse(form(presets.full(), false));
    expect(refused.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([
      ["consent", "Confirm the sensitive access first."],
    ]);
    expect(createRoomFormSchema.safeParse(form(presets.full(), true)).success).toBe(true);
    expect(createRoomFormSchema.safeParse(form(presets.none(), false)).success).toBe(true);
  });
});
