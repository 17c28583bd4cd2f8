import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { MemberPicker } from "#app/components/grant-editor/party-pickers.tsx";
import { memberLabel } from "#app/components/grant-editor/use-grant-parties.ts";
import { Button } from "#app/components/ui/button.tsx";
import { Dialog } from "#app/components/ui/dialog.tsx";
import { FormAlert } from "#app/components/ui/form-alert.tsx";
import { UntrustedText } from "#app/components/ui/untrusted-text.tsx";
import { describeError } from "#app/lib/describe-error.ts";
import { memberQueries } from "#app/lib/member-queries.ts";
import { useApi } from "#app/lib/use-session.ts";
import type { BulkItem } from "./bulk-plan.ts";
import { copyGrantsItems } from "./copy-grants.ts";

interface CopyGrantsDialogProps {
  projectId: string;
  open: boolean;
  /** The member whose grants are copied, when the selection names one. */
  initialFrom: string | null;
  onClose: () => void;
  onPreview: (items: BulkItem[], title: string) => void;
}

function Chosen(props: { projectId: string; label: string; userId: string; onChange: () => void }) {
  const { projectId, label, userId, onChange } = props;
  const member = useQuery(memberQueries.detail(useApi(), projectId, userId));
  const value = memberLabel(member.data, userId);
  return (
    <div className="flex min-w-0 items-center gap-2 text-sm">
      <span className="font-medium">{label}:</span>
      <UntrustedText>{value}</UntrustedText>
      <Button size="sm" onClick={onChange}>
        Change
      </Button>
    </div>
  );
}

/** Picks two members; the preview gives the second the first one's grant in each of the first one's rooms. */
export function CopyGrantsDialog({ projectId, open, initialFrom, onClose, onPreview }: CopyGrantsDialogProps) {
  const api = useApi();
  const queryClient = useQueryClient();
  const [from, setFrom] = useState<string | null>(initialFrom);
  const [to, setTo] = useState<string | null>(null);
  const load = useMutation({
    mutationFn: async ({ source, target }: { source: string; target: string }) => {
      const [giver, member] = await Promise.all(
        [source, target].map((id) => queryClient.fetchQuery(memberQueries.detail(api, projectId, id))),
      );
      const items = await copyGrantsItems(api, projectId, source, { id: target, email: member?.email ?? target });
      return { items, title: `Copy ${memberLabel(giver, source)}'s grants to ${memberLabel(member, target)}` };
    },
    onSuccess: ({ items, title }) => onPreview(items, title),
  });
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => !next && onClose()}
      size="lg"
      title="Copy one member's grants to another"
      description="The second member gets the first one's scope in every room the first one holds a grant in."
    >
      {from === null ? (
        <MemberPicker projectId={projectId} onPick={setFrom} />
      ) : (
        <Chosen projectId={projectId} label="From" userId={from} onChange={() => setFrom(null)} />
      )}
      {from !== null &&
        (to === null ? (
          <MemberPicker projectId={projectId} onPick={setTo} />
        ) : (
          <Chosen projectId={projectId} label="To" userId={to} onChange={() => setTo(null)} />
        ))}
      {load.isError && <FormAlert>Could not load their grants: {describeError(load.error)}</FormAlert>}
      <div className="flex justify-end gap-2">
        <Button onClick={onClose}>Cancel</Button>
        <Button
          variant="primary"
          disabled={from === null || to === null || from === to}
          pending={load.isPending}
          onClick={() => from && to && load.mutate({ source: from, target: to })}
        >
          Preview
        </Button>
      </div>
    </Dialog>
  );
}
