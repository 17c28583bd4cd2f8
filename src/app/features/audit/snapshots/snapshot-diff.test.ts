import { describe, expect, it } from "vitest";
import { parseScope } from "#api/scope/forms.ts";
import { presets } from "#api/scope/presets.ts";
import { summarizeScope } from "#api/scope/summary.ts";
import { AccessIndex } from "#app/lib/access-index/access-index.ts";
import { countsText, exportRows, groupChanges, restoreItems } from "./change-groups.ts";
import { snapshotFile } from "./snapshot-build.ts";
import { diffSnapshot } from "./snapshot-diff.ts";
import { parseSnapshot } from "./snapshot-schema.ts";

const project = { id: "p1", name: "Acme" };
const lab = { id: "r1", name: "lab" };
const ops = { id: "r2", name: "ops" };
const ann = { id: "u1", email: "ann@x.test" };
const bob = { id: "u2", email: "bob@x.test" };
const cy = { id: "u3", email: "cy@x.test" };
const storage = parseScope({ storage: {} });
const llm = summarizeScope(parseScope({ llm: {} }));
const readOnly = parseScope({ storage: { paths: [{ path: "/data", read_only: true }] } });

function anIndex() {
  const index = new AccessIndex();
  index.setCell(lab, ann, storage);
  index.setCell(lab, bob, readOnly);
  index.setCell(ops, ann, presets.userDefault());
  return index;
}

async function snapshotOf(index: AccessIndex) {
  const result = parseSnapshot(await (await snapshotFile(project, new Date(), index)).text(), project);
  if (!result.ok) throw new Error(result.error);
  return result.snapshot;
}

describe("diffSnapshot", () => {
  it("finds nothing when nothing changed", async () => {
    const index = anIndex();
    expect(diffSnapshot(await snapshotOf(index), index)).toEqual([]);
  });

  it("finds each grant added, removed, widened, narrowed and changed, with what it was and is", async () => {
    const index = anIndex();
    const snapshot = await snapshotOf(index);
    index.setCell(lab, ann, readOnly);
    index.setCell(lab, bob, storage);
    index.setCell(ops, ann, null);
    index.setCell(ops, bob, parseScope({ llm: {} }));
    index.setCell(lab, cy, parseScope({ llm: { models: ["a"] } }));
    const middle = await snapshotOf(index);
    index.setCell(lab, cy, parseScope({ llm: { models: ["b"] } }));
    expect(diffSnapshot(middle, index).map((c) => [c.kind, c.words])).toEqual([
      ["changed", ["llm.models: added b; removed a"]],
    ]);
    const changes = diffSnapshot(snapshot, index);
    const brief = changes.map((c) => [c.kind, c.room.name, c.user.email, c.words]);
    expect(brief).toEqual([
      ["narrowed", "lab", "ann@x.test", ["storage: now only the listed paths"]],
      ["widened", "lab", "bob@x.test", ["storage: now read and write everywhere"]],
      ["removed", "ops", "ann@x.test", [`revoked; it was: ${summarizeScope(presets.userDefault())}`]],
      ["added", "lab", "cy@x.test", [`granted: ${summarizeScope(parseScope({ llm: { models: ["b"] } }))}`]],
      ["added", "ops", "bob@x.test", [`granted: ${llm}`]],
    ]);
    expect(changes[0]?.saved).toEqual(storage);
    expect(changes[0]?.current).toEqual(readOnly);
  });

  it("groups by room or by member with counts, and restores to the snapshot's scopes", async () => {
    const index = anIndex();
    const snapshot = await snapshotOf(index);
    index.setCell(lab, ann, readOnly);
    index.setCell(ops, ann, null);
    index.setCell(ops, bob, parseScope({ llm: {} }));
    const changes = diffSnapshot(snapshot, index);

    const byRoom = groupChanges(changes, "room");
    expect(byRoom.map((g) => [g.label, countsText(g.counts), g.changes.map((c) => c.user.email)])).toEqual([
      ["lab", "1 narrowed", ["ann@x.test"]],
      ["ops", "1 added, 1 removed", ["ann@x.test", "bob@x.test"]],
    ]);
    const byMember = groupChanges(changes, "member");
    expect(byMember.map((g) => [g.label, countsText(g.counts)])).toEqual([
      ["ann@x.test", "1 removed, 1 narrowed"],
      ["bob@x.test", "1 added"],
    ]);

    const items = restoreItems(changes);
    expect(items.map((i) => [i.cell.roomName, i.cell.userEmail, i.cell.scope, i.patch])).toEqual([
      ["lab", "ann@x.test", readOnly, { kind: "replace", scope: storage }],
      ["ops", "ann@x.test", null, { kind: "replace", scope: presets.userDefault() }],
      ["ops", "bob@x.test", parseScope({ llm: {} }), { kind: "replace", scope: null }],
    ]);
    expect(exportRows(byMember)[2]).toEqual({
      room: "ops",
      member: "bob@x.test",
      change: "added",
      "in snapshot": "no grant",
      now: llm,
      "what changed": `granted: ${llm}`,
    });
  });

  it("names a room deleted since by its name in the snapshot", async () => {
    const index = anIndex();
    const snapshot = await snapshotOf(index);
    index.setCell(lab, ann, null);
    index.rooms.delete(lab.id);
    expect(diffSnapshot(snapshot, index).map((c) => [c.kind, c.room.name])).toEqual([["removed", "lab"]]);
  });
});
