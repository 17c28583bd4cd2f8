import { z } from "zod";
import type { MemberFlags } from "#api/schemas/member.ts";
import { addMemberBodySchema, memberFlagsSchema } from "#api/schemas/member.ts";
import { memberFlags } from "./member-flags.ts";

// Field names follow the wire body, so the server's issues (`user_id`) land on the right field.
export const addMemberFormSchema = addMemberBodySchema
  .pick({ user_id: true })
  .extend({
    by: z.enum(["email", "id"]),
    user_id: z.string(),
    email: z.string(),
    ...memberFlagsSchema.shape,
  })
  .superRefine((form, ctx) => {
    if (form.by === "id" && form.user_id.trim() === "")
      ctx.addIssue({ code: "custom", path: ["user_id"], message: "enter the user's id" });
    if (form.by === "email" && !z.email().safeParse(form.email.trim()).success)
      ctx.addIssue({ code: "custom", path: ["email"], message: "enter an e-mail address" });
  });
export type AddMemberForm = z.infer<typeof addMemberFormSchema>;

export const emptyAddMemberForm = (byEmail: boolean): AddMemberForm => ({
  by: byEmail ? "email" : "id",
  user_id: "",
  email: "",
  is_admin: false,
  is_developer: false,
  can_create_rooms: false,
  can_create_agents: false,
  can_use_llm_proxy: false,
});

export const flagsFromForm = (form: AddMemberForm): MemberFlags =>
  Object.fromEntries(memberFlags.map((flag) => [flag.key, form[flag.wire]]));
