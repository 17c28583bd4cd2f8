import { z } from "zod";
import { isoDateSchema } from "./json.ts";
import { camelizeKeys } from "./keys.ts";

export const apiKeySchema = z
  .object({
    id: z.string(),
    name: z.string(),
    description: z
      .string()
      .nullish()
      .transform((v) => v ?? ""),
    created_by: z.string().nullish(),
    created_at: isoDateSchema.nullish(),
  })
  .transform(camelizeKeys);
export type ApiKey = z.output<typeof apiKeySchema>;

/** The full `ma-…` key is in `value`, returned once. */
export const createdApiKeySchema = z
  .object({ id: z.string(), name: z.string(), description: z.string().nullish(), value: z.string() })
  .transform(camelizeKeys);
export type CreatedApiKey = z.output<typeof createdApiKeySchema>;

export const apiKeysListSchema = z.object({ keys: z.array(apiKeySchema) });
export type ApiKeysList = z.output<typeof apiKeysListSchema>;

export const createApiKeyBodySchema = z.object({
  name: z.string().trim().min(1, "must not be empty").max(200, "must be at most 200 characters"),
  description: z.string().max(2000, "must be at most 2000 characters").nullish(),
});
export type CreateApiKeyBody = z.input<typeof createApiKeyBodySchema>;
