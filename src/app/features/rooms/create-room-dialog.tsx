import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { toast } from "sonner";
import { createRoomBodySchema } from "#api/schemas/room.ts";
import { Button } from "#app/components/ui/button.tsx";
import { Dialog } from "#app/components/ui/dialog.tsx";
import { FormAlert } from "#app/components/ui/form-alert.tsx";
import { TextField } from "#app/components/ui/text-field.tsx";
import { describeError } from "#app/lib/describe-error.ts";
import { applyServerIssues } from "#app/lib/form-issues.ts";
import { useCreateRoom } from "./use-create-room.ts";

const createRoomFormSchema = createRoomBodySchema.pick({ name: true });

interface CreateRoomDialogProps {
  projectId: string;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}

export function CreateRoomDialog({ projectId, open, onOpenChange }: CreateRoomDialogProps) {
  const create = useCreateRoom(projectId);
  const form = useForm({ resolver: zodResolver(createRoomFormSchema), defaultValues: { name: "" } });
  const { errors } = form.formState;

  const onSubmit = form.handleSubmit(async ({ name }) => {
    try {
      await create.mutateAsync(name);
      form.reset();
      onOpenChange(false);
    } catch (error) {
      toast.error(`Could not create the room: ${describeError(error)}`);
      applyServerIssues(error, ["name"], form.setError);
    }
  });

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => !create.isPending && onOpenChange(next)}
      title="New room"
      description="Agents and people meet in rooms; grants decide what each may do there."
    >
      <form onSubmit={onSubmit} noValidate className="grid gap-4">
        <TextField
          label="Room name"
          autoComplete="off"
          spellCheck={false}
          hint="1–63 of a–z, 0–9 and -, starting and ending with a letter or digit."
          error={errors.name?.message}
          {...form.register("name")}
        />
        {errors.root?.server && <FormAlert>{errors.root.server.message}</FormAlert>}
        <div className="flex justify-end gap-2">
          <Button onClick={() => onOpenChange(false)} disabled={create.isPending}>
            Cancel
          </Button>
          <Button type="submit" variant="primary" pending={create.isPending}>
            {create.isPending ? "Creating…" : "Create room"}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
