import { z } from "zod";

/** The local server's error body; Meshagent's own 423 body has the same outer shape. */
export const errorBodySchema = z.object({
  error: z.object({
    message: z.string(),
    issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  }),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;
export type FieldIssue = NonNullable<ErrorBody["error"]["issues"]>[number];
