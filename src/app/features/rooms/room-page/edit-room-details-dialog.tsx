import { zodResolver } from "@hookform/resolvers/zod";
import { useEffect } from "react";
import { useForm } from "react-hook-form";
import { toast } from "sonner";
import type { z } from "zod";
import type { Room } from "#api/schemas/room.ts";
import { parseJsonObject } from "#app/components/json-editor/parse-json-object.ts";
import { keyValueRowsSchema, recordToRows, rowsToRecord } from "#app/components/key-value-rows/key-value-rows.ts";
import { Dialog } from "#app/components/ui/dialog.tsx";
import { FormFooter } from "#app/components/ui/form-footer.tsx";
import { describeError } from "#app/lib/describe-error.ts";
import { applyServerIssues } from "#app/lib/form-issues.ts";
import { createRoomFieldsSchema } from "../create-room-form.ts";
import { RoomDetailsFields } from "../room-details-fields.tsx";
import { useUpdateRoomDetails } from "./use-update-room-details.ts";

const detailsSchema = createRoomFieldsSchema.pick({ metadata: true }).extend({ annotations: keyValueRowsSchema });
type DetailsForm = z.infer<typeof detailsSchema>;

interface EditRoomDetailsDialogProps {
  projectId: string;
  room: Room;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}

const formOf = (room: Room): DetailsForm => ({
  metadata: JSON.stringify(room.metadata, null, 2),
  annotations: recordToRows(room.annotations),
});

/** Metadata as JSON and annotations as rows, saved together. */
export function EditRoomDetailsDialog({ projectId, room, open, onOpenChange }: EditRoomDetailsDialogProps) {
  const update = useUpdateRoomDetails(projectId, room);
  const form = useForm({ resolver: zodResolver(detailsSchema), defaultValues: formOf(room), mode: "onChange" });
  const { errors } = form.formState;
  const { reset } = form;

  // Each opening starts from the room as it is now.
  useEffect(() => {
    if (open) reset(formOf(room));
  }, [open, room, reset]);

  const onSubmit = form.handleSubmit(async (values) => {
    const parsed = parseJsonObject(values.metadata);
    if (!parsed.ok) return;
    try {
      await update.mutateAsync({ metadata: parsed.value, annotations: rowsToRecord(values.annotations) });
      toast.success("Metadata and annotations saved");
      onOpenChange(false);
    } catch (error) {
      toast.error(`Could not save: ${describeError(error)}`);
      applyServerIssues(error, ["metadata"], form.setError);
    }
  });

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => !update.isPending && onOpenChange(next)}
      title="Edit metadata and annotations"
      description="Both replace what the room has now."
      size="lg"
    >
      <form onSubmit={onSubmit} noValidate className="grid min-w-0 grid-cols-1 gap-5">
        <RoomDetailsFields control={form.control} metadataRows={10} metadataStatus="A JSON object; {} clears it." />
        <FormFooter
          error={errors.root?.server?.message}
          onCancel={() => onOpenChange(false)}
          pending={update.isPending}
          submitLabel="Save"
          pendingLabel="Saving…"
        />
      </form>
    </Dialog>
  );
}
