import { describe, expect, it } from "vitest";
import { parseScope, toCompact } from "#api/scope/forms.ts";
import { presets } from "#api/scope/presets.ts";
import { AccessIndex } from "#app/lib/access-index/access-index.ts";
import { snapshotFile, snapshotFileName } from "./snapshot-build.ts";
import { parseSnapshot, SNAPSHOT_FORMAT } from "./snapshot-schema.ts";

const project = { id: "p1", name: "Acme ops" };
const at = new Date("2026-12-03T08:15:00.000Z");

function anIndex() {
  const index = new AccessIndex();
  index.setCell({ id: "r2", name: "ops" }, { id: "u1", email: "ann@x.test" }, presets.userDefault());
  index.setCell({ id: "r1", name: "lab" }, { id: "u2", email: "bob@x.test" }, presets.full());
  index.setCell({ id: "r1", name: "lab" }, { id: "u1", email: "ann@x.test" }, parseScope({ storage: {} }));
  return index;
}

const aFile = async (change: (file: Record<string, unknown>) => void = () => {}) => {
  const file = JSON.parse(await (await snapshotFile(project, at, anIndex())).text()) as Record<string, unknown>;
  change(file);
  return JSON.stringify(file);
};

const errorOf = (text: string) => {
  const result = parseSnapshot(text, project);
  return result.ok ? "loaded" : result.error;
};

describe("saving a snapshot", () => {
  it("writes every grant, by room name then e-mail, with compact scopes, one grant a line", async () => {
    const text = await (await snapshotFile(project, at, anIndex())).text();
    const file = JSON.parse(text) as { grants: unknown[]; taken_at: string; format: string; version: number };
    expect(file.format).toBe(SNAPSHOT_FORMAT);
    expect(file.version).toBe(1);
    expect(file.taken_at).toBe("2026-12-03T08:15:00.000Z");
    expect(file.grants).toEqual([
      { room: { id: "r1", name: "lab" }, user: { id: "u1", email: "ann@x.test" }, scope: { storage: {} } },
      { room: { id: "r1", name: "lab" }, user: { id: "u2", email: "bob@x.test" }, scope: toCompact(presets.full()) },
      {
        room: { id: "r2", name: "ops" },
        user: { id: "u1", email: "ann@x.test" },
        scope: toCompact(presets.userDefault()),
      },
    ]);
    expect(text.split("\n")).toHaveLength(6);
  });

  it("writes every room of a large project, across its pauses for the page", async () => {
    const index = new AccessIndex();
    const names = Array.from({ length: 250 }, (_, i) => `room-${String(i).padStart(3, "0")}`);
    for (const name of [...names].reverse())
      index.setCell({ id: name, name }, { id: "u1", email: "a@x" }, presets.none());
    const file = JSON.parse(await (await snapshotFile(project, at, index)).text()) as {
      grants: { room: { name: string } }[];
    };
    expect(file.grants.map((g) => g.room.name)).toEqual(names);
  });

  it("names the file after the project and the time", () => {
    expect(snapshotFileName("Acme ops!", at)).toBe("grants-acme-ops-2026-12-03T08-15-00-000Z.json");
  });

  it("reads back what it wrote, each distinct scope once", async () => {
    const result = parseSnapshot(await aFile(), project);
    if (!result.ok) throw new Error(result.error);
    expect(result.snapshot.size).toBe(3);
    expect(result.snapshot.scopes).toHaveLength(3);
    expect(result.snapshot.rooms.get("r1")?.cells.get("u2")).toBe(1);
    expect(result.snapshot.takenAt).toBe("2026-12-03T08:15:00.000Z");
  });
});

describe("loading a snapshot refuses, naming what is wrong", () => {
  it("a file that is not JSON", async () => {
    expect(errorOf("{ grants: ")).toMatch(/^This file is not JSON: /);
  });

  it("JSON of another kind", async () => {
    expect(errorOf('{"rooms": []}')).toBe(`This is not a grants snapshot: "format" must be "${SNAPSHOT_FORMAT}".`);
    expect(errorOf("[1, 2]")).toMatch(/^This is not a grants snapshot/);
  });

  it("a snapshot of a future version", async () => {
    expect(errorOf(await aFile((f) => Object.assign(f, { version: 2 })))).toBe(
      "This snapshot is version 2, from a newer console; this console reads version 1.",
    );
  });

  it("a snapshot of another project", async () => {
    const other = await aFile((f) => Object.assign(f, { project: { id: "p9", name: "Other" } }));
    expect(errorOf(other)).toBe('This snapshot is of project "Other" (p9), not of this project "Acme ops" (p1).');
  });

  it("a grant without a user id, naming the field", async () => {
    const text = await aFile((f) => {
      const grants = f.grants as { user: Record<string, unknown> }[];
      delete grants[1]?.user.id;
    });
    expect(errorOf(text)).toMatch(/^This snapshot is malformed: grants\.1\.user\.id: /);
  });

  it("an invalid scope, naming the grant and the scope's field", async () => {
    const text = await aFile((f) => {
      const grants = f.grants as { scope: unknown }[];
      if (grants[2]) grants[2].scope = { storage: { paths: [{ path: " " }] } };
    });
    expect(errorOf(text)).toBe("This snapshot is malformed: grants.2.scope.storage.paths.0.path: must not be empty");
  });

  it("a bad timestamp, and two grants for the same cell", async () => {
    expect(errorOf(await aFile((f) => Object.assign(f, { taken_at: "yesterday" })))).toMatch(/taken_at: /);
    const twice = await aFile((f) => {
      const grants = f.grants as unknown[];
      grants.push(grants[0]);
    });
    expect(errorOf(twice)).toBe(
      "This snapshot is malformed: grants.3: a second grant for member ann@x.test in room lab.",
    );
  });
});
