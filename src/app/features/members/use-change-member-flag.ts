import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { toast } from "sonner";
import type { ProjectMember, ProjectMembersPage } from "#api/schemas/member.ts";
import { describeError } from "#app/lib/describe-error.ts";
import { memberKeys } from "#app/lib/member-queries.ts";
import { projectKeys } from "#app/lib/project-queries.ts";
import { useApi } from "#app/lib/use-session.ts";
import { describeFlagChange, type FlagKey, flagsOf, memberName } from "./member-flags.ts";

export interface FlagChange {
  member: ProjectMember;
  key: FlagKey;
  on: boolean;
  /** An undo is not offered an undo of its own. */
  isUndo?: boolean;
}

/**
 * Changes one role flag optimistically in every cached list and page of the member, with Undo in
 * the toast; a refusal (e.g. the server's 409 for the last admin) rolls back and is kept inline.
 * The cache is the one place the optimistic value lives: it is written in the click's own handler,
 * so a controlled checkbox shows the new value at once.
 */
export function useChangeMemberFlag(projectId: string, myUserId: string | undefined) {
  const api = useApi();
  const queryClient = useQueryClient();
  const [failure, setFailure] = useState<string | null>(null);

  /** Sets one flag of one member in every cached list page and in their own page. */
  const writeFlag = ({ member, key }: FlagChange, on: boolean) => {
    const patch = <M extends ProjectMember>(m: M): M => (m.id === member.id ? { ...m, [key]: on } : m);
    queryClient.setQueriesData<ProjectMembersPage>({ queryKey: memberKeys.lists(projectId) }, (page) =>
      page ? { ...page, users: page.users.map(patch) } : page,
    );
    queryClient.setQueryData<ProjectMember>(memberKeys.detail(projectId, member.id), (old) => old && patch(old));
  };

  const mutation = useMutation({
    mutationFn: ({ member, key, on }: FlagChange) =>
      api.updateMember(projectId, member.id, { ...flagsOf(member), [key]: on }),
    // Undo just this flag rather than restoring a snapshot, which could undo another change made since.
    onError: (error, change) => {
      writeFlag(change, !change.on);
      const { member, key, on } = change;
      const what = describeFlagChange(memberName(member), key, on);
      setFailure(`Not changed (“${what}”): ${describeError(error)}`);
      toast.error(`Could not change ${memberName(member)}'s role: ${describeError(error)}`);
    },
    onSuccess: (_ack, done) => {
      const { member, key, on } = done;
      const message = describeFlagChange(memberName(member), key, on);
      toast.success(message, {
        action: done.isUndo
          ? undefined
          : {
              label: "Undo",
              onClick: () => void change({ member: { ...member, [key]: on }, key, on: !on, isUndo: true }),
            },
      });
    },
    onSettled: (_data, _error, { member }) => {
      void queryClient.invalidateQueries({ queryKey: memberKeys.all(projectId) });
      if (member.id === myUserId) void queryClient.invalidateQueries({ queryKey: projectKeys.role(projectId) });
    },
  });

  /** Settles once the change is saved or refused (a refusal is reported by `onError`, never thrown). */
  function change(c: FlagChange): Promise<void> {
    setFailure(null);
    // Cancelling first (synchronously) keeps a list fetch already under way from overwriting the change.
    void queryClient.cancelQueries({ queryKey: memberKeys.all(projectId) });
    writeFlag(c, c.on);
    return mutation.mutateAsync(c).then(
      () => undefined,
      () => undefined,
    );
  }

  return {
    change,
    isPending: mutation.isPending,
    failure,
    dismissFailure: () => setFailure(null),
  };
}
