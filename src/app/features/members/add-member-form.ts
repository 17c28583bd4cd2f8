import { z } from "zod";
import type { MemberFlags } from "#api/schemas/member.ts";
import { addMemberBodySchema } from "#api/schemas/member.ts";

// Field names follow the wire body, so the server's issues (`user_id`) land on the right field.
export const addMemberFormSchema = addMemberBodySchema
  .pick({ user_id: true })
  .extend({
    by: z.enum(["email", "id"]),
    user_id: z.string(),
    email: z.string(),
    is_admin: z.boolean(),
    is_developer: z.boolean(),
    can_create_rooms: z.boolean(),
    can_use_llm_proxy: z.boolean(),
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
  can_use_llm_proxy: false,
});

export const flagsFromForm = (form: AddMemberForm): MemberFlags => ({
  isAdmin: form.is_admin,
  isDeveloper: form.is_developer,
  canCreateRooms: form.can_create_rooms,
  canUseLlmProxy: form.can_use_llm_proxy,
});
