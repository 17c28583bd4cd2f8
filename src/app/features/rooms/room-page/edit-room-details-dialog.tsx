import { zodResolver } from "@hookform/resolvers/zod";
import { useEffect } from "react";
import { Controller, useForm } from "react-hook-form";
import { toast } from "sonner";
import type { z } from "zod";
import type { Room } from "#api/schemas/room.ts";
import { JsonObjectField } from "#app/components/json-editor/json-object-field.tsx";
import { describeJsonProblem, parseJsonObject } from "#app/components/json-editor/parse-json-object.ts";
import { Button } from "#app/components/ui/button.tsx";
import { Dialog } from "#app/components/ui/dialog.tsx";
import { FormAlert } from "#app/components/ui/form-alert.tsx";
import { describeError } from "#app/lib/describe-error.ts";
import { applyServerIssues } from "#app/lib/form-issues.ts";
import { annotationRowsSchema, annotationsToRows, rowsToAnnotations } from "../annotation-rows.ts";
import { AnnotationsField } from "../annotations-field.tsx";
import { createRoomFormSchema } from "../create-room-form.ts";
import { useUpdateRoomDetails } from "./use-update-room-details.ts";

const detailsSchema = createRoomFormSchema.pick({ metadata: true }).extend({ annotations: annotationRowsSchema });
type DetailsForm = z.infer<typeof detailsSchema>;

interface EditRoomDetailsDialogProps {
  projectId: string;
  room: Room;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}

const formOf = (room: Room): DetailsForm => ({
  metadata: JSON.stringify(room.metadata, null, 2),
  annotations: annotationsToRows(room.annotations),
});

/** Metadata as JSON and annotations as rows, saved together. */
export function EditRoomDetailsDialog({ projectId, room, open, onOpenChange }: EditRoomDetailsDialogProps) {
  const update = useUpdateRoomDetails(projectId, room);
  const form = useForm({ resolver: zodResolver(detailsSchema), defaultValues: formOf(room), mode: "onChange" });
  const { errors } = form.formState;
  const metadata = form.watch("metadata");
  const { reset } = form;

  // Each opening starts from the room as it is now.
  useEffect(() => {
    if (open) reset(formOf(room));
  }, [open, room, reset]);

  const onSubmit = form.handleSubmit(async (values) => {
    const parsed = parseJsonObject(values.metadata);
    if (!parsed.ok) return;
    try {
      await update.mutateAsync({ metadata: parsed.value, annotations: rowsToAnnotations(values.annotations) });
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
        <Controller
          control={form.control}
          name="metadata"
          render={({ field }) => (
            <JsonObjectField
              label="Metadata (JSON)"
              value={field.value}
              onChange={field.onChange}
              rows={10}
              problem={describeJsonProblem(parseJsonObject(metadata, "Metadata")) ?? errors.metadata?.message ?? null}
              status="A JSON object; {} clears it."
            />
          )}
        />
        <Controller
          control={form.control}
          name="annotations"
          render={({ field }) => (
            <AnnotationsField
              value={field.value}
              onChange={field.onChange}
              errors={field.value.map((_, i) => errors.annotations?.[i]?.key?.message)}
            />
          )}
        />
        {errors.root?.server && <FormAlert>{errors.root.server.message}</FormAlert>}
        <div className="flex justify-end gap-2">
          <Button onClick={() => onOpenChange(false)} disabled={update.isPending}>
            Cancel
          </Button>
          <Button type="submit" variant="primary" pending={update.isPending}>
            {update.isPending ? "Saving…" : "Save"}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
