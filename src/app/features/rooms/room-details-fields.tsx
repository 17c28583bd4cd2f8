import { type Control, type FieldValues, useController, useFormState } from "react-hook-form";
import { JsonObjectField } from "#app/components/json-editor/json-object-field.tsx";
import { describeJsonProblem, parseJsonObject } from "#app/components/json-editor/parse-json-object.ts";
import type { KeyValueRow } from "#app/components/key-value-rows/key-value-rows.ts";
import { KeyValueRowsField } from "#app/components/key-value-rows/key-value-rows-field.tsx";

/** The part of a room form these fields edit. */
export interface RoomDetailsForm {
  metadata: string;
  annotations: KeyValueRow[];
}

interface RoomDetailsFieldsProps<T extends FieldValues & RoomDetailsForm> {
  control: Control<T>;
  metadataRows: number;
  /** Said under the metadata box while it holds a valid object. */
  metadataStatus: string;
}

/** Metadata as a JSON editor and annotations as rows, for any form that has both (create room, edit room). */
export function RoomDetailsFields<T extends FieldValues & RoomDetailsForm>({
  control: wider,
  metadataRows,
  metadataStatus,
}: RoomDetailsFieldsProps<T>) {
  // `T` has both fields; react-hook-form's Control is invariant in its form type, so it is narrowed here.
  const control = wider as unknown as Control<RoomDetailsForm>;
  const metadata = useController({ control, name: "metadata" }).field;
  const { errors } = useFormState({ control });
  return (
    <>
      <JsonObjectField
        label="Metadata (JSON)"
        value={metadata.value}
        onChange={metadata.onChange}
        rows={metadataRows}
        problem={describeJsonProblem(parseJsonObject(metadata.value, "Metadata")) ?? errors.metadata?.message ?? null}
        status={metadataStatus}
      />
      <KeyValueRowsField
        control={control}
        name="annotations"
        legend="Annotations"
        noun="annotation"
        empty="No annotations. They are string labels for tools."
      />
    </>
  );
}
