import { presets } from "#api/scope/presets.ts";
import { type BulkItem, patchCells } from "#app/components/bulk-change/bulk-plan.ts";
import type { AccessIndex } from "#app/lib/access-index/access-index.ts";
import type { Member, RoomRef } from "./findings.ts";

// The prepared fixes of the two gaps the findings name, as bulk items the preview shows before anything is written.

/** Rooms where nobody holds admin: admin turned on for `me` in each, every other field of my grant kept. */
export const adminFixItems = (index: AccessIndex, rooms: readonly RoomRef[], me: Member): BulkItem[] =>
  patchCells(
    rooms.map((room) => ({
      roomId: room.id,
      roomName: room.name,
      userId: me.id,
      userEmail: me.email,
      scope: index.get(room.id, me.id)?.scope ?? null,
    })),
    { kind: "enable", grant: "admin" },
  );

/** Members with no grant: each given the user default preset in `room`, to review and narrow in the preview. */
export const grantMembersItems = (members: readonly Member[], room: RoomRef): BulkItem[] =>
  patchCells(
    members.map((m) => ({ roomId: room.id, roomName: room.name, userId: m.id, userEmail: m.email, scope: null })),
    { kind: "replace", scope: presets.userDefault() },
  );
