import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useCallback, useState } from "react";
import { toast } from "sonner";
import type { MemberUpdate } from "#api/client.ts";
import type { ProjectMember, ProjectMembersPage } from "#api/schemas/member.ts";
import { describeError } from "#app/lib/describe-error.ts";
import { memberKeys } from "#app/lib/member-queries.ts";
import { projectKeys } from "#app/lib/project-queries.ts";
import { useApi } from "#app/lib/use-session.ts";
import { describeFlagChange, type FlagKey, flagsOf, memberFlags, memberName } from "./member-flags.ts";

const flagKeys = memberFlags.map((flag) => flag.key);

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
 */
export function useChangeMemberFlag(projectId: string, myUserId: string | undefined) {
  const api = useApi();
  const queryClient = useQueryClient();
  const [failure, setFailure] = useState<string | null>(null);
  // Set in the click's own handler, so a controlled checkbox never flips back while the cache updates.
  const [pending, setPending] = useState<ReadonlyMap<string, boolean>>(new Map());
  const pendingKey = (c: Pick<FlagChange, "member" | "key">) => `${c.member.id}/${c.key}`;
  const settle = (c: FlagChange) =>
    setPending((map) => {
      const next = new Map(map);
      next.delete(pendingKey(c));
      return next;
    });
  const patch = (member: ProjectMember, flags: MemberUpdate): ProjectMember => ({ ...member, ...flags });

  const mutation = useMutation({
    mutationFn: ({ member, key, on }: FlagChange) =>
      api.updateMember(projectId, member.id, { ...flagsOf(member), [key]: on }),
    onMutate: async ({ member, key, on }) => {
      setFailure(null);
      await queryClient.cancelQueries({ queryKey: memberKeys.all(projectId) });
      const lists = queryClient.getQueriesData<ProjectMembersPage>({ queryKey: memberKeys.lists(projectId) });
      const detail = queryClient.getQueryData<ProjectMember>(memberKeys.detail(projectId, member.id));
      const next = { ...flagsOf(member), [key]: on };
      queryClient.setQueriesData<ProjectMembersPage>({ queryKey: memberKeys.lists(projectId) }, (page) =>
        page ? { ...page, users: page.users.map((u) => (u.id === member.id ? patch(u, next) : u)) } : page,
      );
      queryClient.setQueryData<ProjectMember>(
        memberKeys.detail(projectId, member.id),
        (old) => old && patch(old, next),
      );
      return { lists, detail };
    },
    onError: (error, { member, key, on }, before) => {
      for (const [queryKey, data] of before?.lists ?? []) queryClient.setQueryData(queryKey, data);
      queryClient.setQueryData(memberKeys.detail(projectId, member.id), before?.detail);
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
              onClick: () =>
                change({
                  member: patch(member, { ...flagsOf(member), [key]: on }),
                  key,
                  on: !on,
                  isUndo: true,
                }),
            },
      });
    },
    onSettled: (_data, _error, done) => {
      settle(done);
      const { member } = done;
      void queryClient.invalidateQueries({ queryKey: memberKeys.all(projectId) });
      if (member.id === myUserId) void queryClient.invalidateQueries({ queryKey: projectKeys.role(projectId) });
    },
  });

  function change(c: FlagChange) {
    setPending((map) => new Map(map).set(pendingKey(c), c.on));
    mutation.mutate(c);
  }
  /** The member as shown: with the changes still on their way to the server. */
  const withPending = useCallback(
    <M extends ProjectMember>(member: M): M => {
      let shown = member;
      for (const key of flagKeys) {
        const on = pending.get(`${member.id}/${key}`);
        if (on !== undefined) shown = { ...shown, [key]: on };
      }
      return shown;
    },
    [pending],
  );

  return {
    change,
    withPending,
    isPending: mutation.isPending,
    failure,
    dismissFailure: () => setFailure(null),
  };
}
