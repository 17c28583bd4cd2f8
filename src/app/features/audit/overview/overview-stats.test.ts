import { describe, expect, it } from "vitest";
import { toCompact } from "#api/scope/forms.ts";
import { presets } from "#api/scope/presets.ts";
import type { AccessIndex } from "#app/lib/access-index/access-index.ts";
import { lensByKey } from "#app/lib/access-index/capabilities.ts";
import { anIndex } from "../testing/index-builder.ts";
import { overviewStats } from "./overview-aggregates.ts";
import { headlinePairs, pairsWhere } from "./overview-stats.ts";

const levelHeatmap = (i: AccessIndex, axis: "room" | "member") =>
  overviewStats(i)[axis === "room" ? "rooms" : "members"];
const headlines = (i: AccessIndex) => overviewStats(i).headlines;

const adminScope = { admin: {}, storage: { paths: [{ path: "/a", read_only: true }] } };
// Every grant, unrestricted, admin included: level "admin", and a full scope.
const full = toCompact(presets.full());
const standard = toCompact(presets.userDefault());
const readOnly = { storage: { paths: [{ path: "/", read_only: true }] } };
const secrets = { secrets: {} };

// ann: admin in lab, full in ops; bob: read-only in lab, secrets in ops; cy: read-only in ops.
const index = anIndex([
  ["lab", "ann", adminScope],
  ["ops", "ann", full],
  ["lab", "bob", readOnly],
  ["ops", "bob", secrets],
  ["ops", "cy", readOnly],
]);

describe("levelHeatmap", () => {
  it("counts each room's grants by level, most privileged rooms first", () => {
    const rows = levelHeatmap(index, "room");
    expect(rows.map((r) => [r.label, r.counts, r.total])).toEqual([
      ["ops", { none: 0, limited: 2, standard: 0, full: 0, admin: 1 }, 3],
      ["lab", { none: 0, limited: 1, standard: 0, full: 0, admin: 1 }, 2],
    ]);
  });

  it("counts each member's grants by level, by e-mail among equals", () => {
    const rows = levelHeatmap(index, "member");
    expect(rows.map((r) => [r.label, r.counts.admin, r.counts.limited])).toEqual([
      ["ann@x.test", 2, 0],
      ["bob@x.test", 0, 2],
      ["cy@x.test", 0, 1],
    ]);
  });

  it("leaves out rooms and members holding no grant", () => {
    const sparse = anIndex([["lab", "ann", standard]], { rooms: ["empty"], users: ["idle"] });
    expect(levelHeatmap(sparse, "room").map((r) => r.label)).toEqual(["lab"]);
    expect(levelHeatmap(sparse, "member").map((r) => [r.label, r.counts.standard])).toEqual([["ann@x.test", 1]]);
  });
});

describe("headlines", () => {
  it("counts members and grants passing each lens", () => {
    const byKey = Object.fromEntries(headlines(index).map((h) => [h.lens.key, [h.members, h.grants]]));
    expect(byKey).toEqual({
      admin: [1, 2],
      "storage-write": [1, 1],
      full: [1, 1],
      secrets: [2, 2],
    });
  });

  it("lists exactly the pairs behind a headline, by room then member", () => {
    const lens = lensByKey("secrets");
    if (!lens) throw new Error("the secrets lens exists");
    expect(headlinePairs(index, lens).map((p) => [p.roomName, p.userEmail])).toEqual([
      ["ops", "ann@x.test"],
      ["ops", "bob@x.test"],
    ]);
  });
});

describe("pairsWhere", () => {
  it("narrows to one room or one member", () => {
    const limited = (e: { level: string }) => e.level === "limited";
    expect(pairsWhere(index, limited, { roomId: "r-ops" }).map((p) => p.userEmail)).toEqual([
      "bob@x.test",
      "cy@x.test",
    ]);
    expect(pairsWhere(index, limited, { userIds: ["u-bob"] }).map((p) => p.roomName)).toEqual(["lab", "ops"]);
  });
});
