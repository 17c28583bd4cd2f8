import { useMutation, useQueryClient } from "@tanstack/react-query";
import { ClientValidationError } from "#api/errors.ts";
import { memberKeys } from "#app/lib/member-queries.ts";
import { useApi } from "#app/lib/use-session.ts";
import { type AddMemberForm, flagsFromForm } from "./add-member-form.ts";

/** Adds a member by id, or by e-mail after looking the user up (where the server can). */
export function useAddMember(projectId: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (form: AddMemberForm) => {
      let userId = form.user_id.trim();
      if (form.by === "email") {
        const email = form.email.trim();
        const found = (await api.listUsers({ email, limit: 1 })).users[0];
        if (!found) {
          const message = "no user has this e-mail address";
          throw new ClientValidationError(
            "POST",
            "users",
            [{ path: "email", message }],
            `No user has this e-mail address.`,
          );
        }
        userId = found.id;
      }
      await api.addMember(projectId, userId, flagsFromForm(form));
      return userId;
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: memberKeys.lists(projectId) }),
  });
}
