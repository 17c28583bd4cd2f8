import { zodResolver } from "@hookform/resolvers/zod";
import { Controller, useForm } from "react-hook-form";
import { useNavigate } from "react-router";
import { toast } from "sonner";
import type { FocusHeadingState } from "#app/components/layout/detail-header.tsx";
import { CheckboxField } from "#app/components/ui/checkbox-field.tsx";
import { Dialog } from "#app/components/ui/dialog.tsx";
import { FormFooter } from "#app/components/ui/form-footer.tsx";
import { TextField } from "#app/components/ui/text-field.tsx";
import { describeError } from "#app/lib/describe-error.ts";
import { applyServerIssues } from "#app/lib/form-issues.ts";
import { roomPath } from "#app/lib/project-paths.ts";
import { createRoomFormSchema, emptyCreateRoomForm, toCreateRoomParams } from "./create-room-form.ts";
import { InitialPermissionsConsent } from "./initial-permissions-consent.tsx";
import { InitialPermissionsField } from "./initial-permissions-field.tsx";
import { RoomDetailsFields } from "./room-details-fields.tsx";
import { useCreateRoom } from "./use-create-room.ts";
import { useRoomNameTaken } from "./use-room-name-taken.ts";

interface CreateRoomDialogProps {
  projectId: string;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}

const takenMessage = "A room with this name already exists: choose another, or use the existing room.";

export function CreateRoomDialog({ projectId, open, onOpenChange }: CreateRoomDialogProps) {
  const create = useCreateRoom(projectId);
  const navigate = useNavigate();
  const form = useForm({
    resolver: zodResolver(createRoomFormSchema),
    defaultValues: emptyCreateRoomForm,
    mode: "onChange",
  });
  const { errors } = form.formState;
  const ifNotExists = form.watch("ifNotExists");
  const nameTaken = useRoomNameTaken(projectId, form.watch("name"));

  const onSubmit = form.handleSubmit(async (values) => {
    try {
      const room = await create.mutateAsync(toCreateRoomParams(values));
      toast.success(values.ifNotExists ? `Room “${room.name}” is ready` : `Room “${room.name}” created`);
      form.reset();
      onOpenChange(false);
      navigate(roomPath(projectId, room.name), { state: { focusHeading: true } satisfies FocusHeadingState });
    } catch (error) {
      toast.error(`Could not create the room: ${describeError(error)}`);
      applyServerIssues(error, ["name", "metadata"], form.setError);
    }
  });

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => !create.isPending && onOpenChange(next)}
      title="New room"
      description="Agents and people meet in rooms; grants decide what each may do there."
      size="lg"
    >
      <form onSubmit={onSubmit} noValidate className="grid min-w-0 grid-cols-1 gap-5">
        <TextField
          label="Room name"
          autoComplete="off"
          spellCheck={false}
          hint="1–63 of a–z, 0–9 and -, starting and ending with a letter or digit; no --."
          error={errors.name?.message ?? (nameTaken && !ifNotExists ? takenMessage : undefined)}
          {...form.register("name")}
        />
        <CheckboxField
          label="Use the existing room if the name is taken"
          hint="Sends if_not_exists: the API then answers with that room instead of a conflict."
          {...form.register("ifNotExists")}
        />
        <RoomDetailsFields
          control={form.control}
          metadataRows={4}
          metadataStatus="A JSON object stored with the room."
        />
        <Controller
          control={form.control}
          name="permissions"
          render={({ field }) => (
            <InitialPermissionsField projectId={projectId} value={field.value} onChange={field.onChange} />
          )}
        />
        <InitialPermissionsConsent control={form.control} register={form.register} error={errors.consent?.message} />
        <FormFooter
          error={errors.root?.server?.message}
          onCancel={() => onOpenChange(false)}
          pending={create.isPending}
          submitLabel="Create room"
          pendingLabel="Creating…"
        />
      </form>
    </Dialog>
  );
}
