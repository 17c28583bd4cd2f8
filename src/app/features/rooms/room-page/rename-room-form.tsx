import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { toast } from "sonner";
import { type Room, updateRoomBodySchema } from "#api/schemas/room.ts";
import { Button } from "#app/components/ui/button.tsx";
import { FormAlert } from "#app/components/ui/form-alert.tsx";
import { TextField } from "#app/components/ui/text-field.tsx";
import { describeError } from "#app/lib/describe-error.ts";
import { applyServerIssues } from "#app/lib/form-issues.ts";
import { useRenameRoom } from "./use-rename-room.ts";

const renameSchema = updateRoomBodySchema.pick({ name: true });

/** The room's name, editable in place; the id, and so every grant, stays. */
export function RenameRoomForm({ projectId, room }: { projectId: string; room: Room }) {
  const rename = useRenameRoom(projectId);
  const form = useForm({ resolver: zodResolver(renameSchema), defaultValues: { name: room.name }, mode: "onChange" });
  const { errors } = form.formState;
  const typed = form.watch("name");

  const onSubmit = form.handleSubmit(async ({ name }) => {
    if (name === room.name) return;
    try {
      await rename.mutateAsync({ room, name });
      toast.success(`Renamed to “${name}”`);
    } catch (error) {
      toast.error(`Could not rename the room: ${describeError(error)}`);
      applyServerIssues(error, ["name"], form.setError);
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate className="grid min-w-0 grid-cols-1 gap-2">
      <div className="flex min-w-0 flex-wrap items-start gap-2">
        <TextField
          label="Name"
          className="min-w-0 flex-1 basis-60"
          autoComplete="off"
          spellCheck={false}
          hint="Renaming keeps the room's id and grants; links to the old name stop working."
          error={errors.name?.message}
          {...form.register("name")}
        />
        <Button type="submit" className="mt-6.5" pending={rename.isPending} disabled={typed === room.name}>
          {rename.isPending ? "Renaming…" : "Rename"}
        </Button>
      </div>
      {errors.root?.server && <FormAlert>{errors.root.server.message}</FormAlert>}
    </form>
  );
}
