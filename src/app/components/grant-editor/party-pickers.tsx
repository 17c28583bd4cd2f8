import { useState } from "react";
import type { Room } from "#api/schemas/room.ts";
import { ChoicePicker } from "./choice-picker.tsx";
import { memberLabel, useMemberChoices, useRoomChoices } from "./use-grant-parties.ts";

export function RoomPicker({ projectId, onPick }: { projectId: string; onPick: (room: Room) => void }) {
  const [filter, setFilter] = useState("");
  const { rooms, total, query } = useRoomChoices(projectId, filter);
  return (
    <ChoicePicker
      noun="room"
      label="Find a room"
      hint="Searches room names."
      filter={filter}
      onFilterChange={setFilter}
      choices={rooms.map((room) => ({ id: room.id, label: room.name }))}
      total={total}
      pending={query.isPending}
      error={query.error}
      onPick={(choice) => {
        const room = rooms.find((r) => r.id === choice.id);
        if (room) onPick(room);
      }}
      empty={filter ? "No room name holds this text." : "This project has no rooms yet."}
    />
  );
}

export function MemberPicker({ projectId, onPick }: { projectId: string; onPick: (userId: string) => void }) {
  const [filter, setFilter] = useState("");
  const { members, total, query } = useMemberChoices(projectId, filter);
  return (
    <ChoicePicker
      noun="member"
      label="Find a member"
      hint="Searches e-mail addresses and names of project members."
      filter={filter}
      onFilterChange={setFilter}
      choices={members.map((member) => ({ id: member.id, label: memberLabel(member, member.id) }))}
      total={total}
      pending={query.isPending}
      error={query.error}
      onPick={(choice) => onPick(choice.id)}
      empty={filter ? "No member matches." : "This project has no members."}
    />
  );
}
