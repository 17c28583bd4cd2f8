import { z } from "zod";
import { camelizeKeys } from "./keys.ts";

export const userProfileWireSchema = z.object({
  id: z.string(),
  first_name: z.string().nullish(),
  last_name: z.string().nullish(),
  email: z.string(),
});
export const userProfileSchema = userProfileWireSchema.transform(camelizeKeys);
export type UserProfile = z.output<typeof userProfileSchema>;

const personName = z.string().max(200, "must be at most 200 characters");

export const updateProfileBodySchema = z.object({ first_name: personName, last_name: personName });
export type UpdateProfileBody = z.input<typeof updateProfileBodySchema>;
