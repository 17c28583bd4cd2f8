import { useState } from "react";
import type { Room } from "#api/schemas/room.ts";
import { ChoicePicker } from "./choice-picker.tsx";
import { memberLabel, useMemberChoices, useRoomChoices } from "./use-grant-parties.ts";

interface PickerProps<T> {
  projectId: string;
  /** Ids that already hold a grant with the side chosen: marked, and picking one edits that grant. */
  holders?: ReadonlySet<string>;
  onPick: (picked: T) => void;
  onPickHolder?: (id: string) => void;
}

const noHolders: ReadonlySet<string> = new Set();

const holderMark = "has a grant: edit it";

export function RoomPicker({ projectId, holders = noHolders, onPick, onPickHolder }: PickerProps<Room>) {
  const [filter, setFilter] = useState("");
  const { rooms, total, query } = useRoomChoices(projectId, filter);
  return (
    <ChoicePicker
      noun="room"
      label="Find a room"
      hint="Searches room names. Rooms where this member already has a grant are marked; picking one edits it."
      filter={filter}
      onFilterChange={setFilter}
      choices={rooms.map((room) => ({
        id: room.id,
        label: room.name,
        mark: onPickHolder && holders.has(room.id) ? holderMark : undefined,
      }))}
      total={total}
      pending={query.isPending}
      error={query.error}
      onPick={(choice) => {
        const room = rooms.find((r) => r.id === choice.id);
        if (onPickHolder && holders.has(choice.id)) onPickHolder(choice.id);
        else if (room) onPick(room);
      }}
      empty={filter ? "No room name holds this text." : "This project has no rooms yet."}
    />
  );
}

export function MemberPicker({ projectId, holders = noHolders, onPick, onPickHolder }: PickerProps<string>) {
  const [filter, setFilter] = useState("");
  const { members, total, query } = useMemberChoices(projectId, filter);
  return (
    <ChoicePicker
      noun="member"
      label="Find a member"
      hint="Searches e-mail addresses and names of project members. Members who already have a grant in this room are marked; picking one edits it."
      filter={filter}
      onFilterChange={setFilter}
      choices={members.map((member) => ({
        id: member.id,
        label: memberLabel(member, member.id),
        mark: onPickHolder && holders.has(member.id) ? holderMark : undefined,
      }))}
      total={total}
      pending={query.isPending}
      error={query.error}
      onPick={(choice) => (onPickHolder && holders.has(choice.id) ? onPickHolder(choice.id) : onPick(choice.id))}
      empty={filter ? "No member matches." : "This project has no members."}
    />
  );
}
