import { z } from "zod";
import type { CreateRoomParams } from "#api/client.ts";
import { createRoomBodySchema } from "#api/schemas/room.ts";
import type { ApiScope } from "#api/scope/schema.ts";
import { sensitiveInNewScopes } from "#api/scope/sensitive.ts";
import { parseJsonObject } from "#app/components/json-editor/parse-json-object.ts";
import { keyValueRowsSchema, rowsToRecord } from "#app/components/key-value-rows/key-value-rows.ts";
export const initialPermissionSchema = z.object({
  userId: z.string().min(1),
  /** Shown in the row; the API only needs the id. */
  label: z.string(),
  /** Starts as a preset; the scope editor refines it. Both hand over parsed scopes, so no re-parse here. */
  scope: z.custom<ApiScope>((value) => typeof value === "object" && value !== null),
});
export type InitialPermission = z.infer<typeof initialPermissionSchema>;

/** The wire body's name rule, plus the editor forms of metadata, annotations and permissions. */
export const createRoomFieldsSchema = createRoomBodySchema.pick({ name: true }).extend({
  ifNotExists: z.boolean(),
  metadata: z.string().superRefine((text, ctx) => {
    const parsed = parseJsonObject(text, "Metadata");
    if (!parsed.ok) ctx.addIssue({ code: "custom", message: parsed.message });
  }),
  annotations: keyValueRowsSchema,
  permissions: z.array(initialPermissionSchema),
  /** Consent to the sensitive access the initial permissions give, as a grant edit asks for it. */
  consent: z.boolean(),
});

/** The fields, and consent wherever the initial permissions give sensitive access. */
export const createRoomFormSchema = createRoomFieldsSchema.superRefine((form, ctx) => {
  const sensitive = sensitiveInNewScopes(form.permissions.map((p) => p.scope));
  if (sensitive.length > 0 && !form.consent)
    ctx.addIssue({ code: "custom", path: ["consent"], message: "Confirm the sensitive access first." });
});
export type CreateRoomForm = z.infer<typeof createRoomFormSchema>;

export const emptyCreateRoomForm: CreateRoomForm = {
  name: "",
  ifNotExists: false,
  metadata: "{}",
  annotations: [],
  permissions: [],
  consent: false,
};

/** The form's values as the client's `createRoom` takes them. */
export function toCreateRoomParams(form: CreateRoomForm): CreateRoomParams {
  const metadata = parseJsonObject(form.metadata);
  const permissions: Record<string, ApiScope> = Object.fromEntries(form.permissions.map((p) => [p.userId, p.scope]));
  const annotations = rowsToRecord(form.annotations);
  return {
    name: form.name,
    ifNotExists: form.ifNotExists,
    metadata: metadata.ok && Object.keys(metadata.value).length > 0 ? metadata.value : undefined,
    annotations: Object.keys(annotations).length > 0 ? annotations : undefined,
    permissions: form.permissions.length > 0 ? permissions : undefined,
  };
}
