import { zodResolver } from "@hookform/resolvers/zod";
import { useEffect } from "react";
import { useForm } from "react-hook-form";
import { toast } from "sonner";
import { ApiError } from "#api/errors.ts";
import { CheckboxField } from "#app/components/ui/checkbox-field.tsx";
import { Dialog } from "#app/components/ui/dialog.tsx";
import { FormFooter } from "#app/components/ui/form-footer.tsx";
import { TextField } from "#app/components/ui/text-field.tsx";
import { applyServerIssues } from "#app/lib/form-issues.ts";
import { addMemberFormSchema, emptyAddMemberForm } from "./add-member-form.ts";
import { memberFlags } from "./member-flags.ts";
import { useAddMember } from "./use-add-member.ts";

interface AddMemberDialogProps {
  projectId: string;
  /** Whether the server looks users up by e-mail (detected, not assumed). */
  canLookUp: boolean;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}

export function AddMemberDialog({ projectId, canLookUp, open, onOpenChange }: AddMemberDialogProps) {
  const add = useAddMember(projectId);
  const form = useForm({ resolver: zodResolver(addMemberFormSchema), defaultValues: emptyAddMemberForm(canLookUp) });
  const { errors } = form.formState;
  const by = form.watch("by");
  const { reset } = form;
  useEffect(() => {
    if (open) reset(emptyAddMemberForm(canLookUp));
  }, [open, canLookUp, reset]);

  const onSubmit = form.handleSubmit(async (values) => {
    try {
      await add.mutateAsync(values);
      toast.success(`Added ${values.by === "email" ? values.email.trim() : values.user_id.trim()} to the project`);
      onOpenChange(false);
    } catch (error) {
      // Shown once, in the dialog: on its field, or above the buttons when it names none.
      // By e-mail, the id the server names is the one looked up: its problem belongs to the e-mail.
      const issue = error instanceof ApiError ? error.issueFor("user_id") : undefined;
      if (values.by === "email" && issue)
        form.setError("email", { type: "server", message: issue }, { shouldFocus: true });
      else applyServerIssues(error, ["user_id", "email"], form.setError);
    }
  });

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => !add.isPending && onOpenChange(next)}
      title="Add member"
      description="Members see the project; their flags decide what else they may do."
    >
      <form onSubmit={onSubmit} noValidate className="grid min-w-0 grid-cols-1 gap-4">
        {canLookUp ? (
          <fieldset className="flex gap-4 text-sm">
            <legend className="mb-1.5 font-medium">Find the user by</legend>
            <label className="flex items-center gap-2">
              <input type="radio" value="email" className="accent-accent" {...form.register("by")} /> By e-mail
            </label>
            <label className="flex items-center gap-2">
              <input type="radio" value="id" className="accent-accent" {...form.register("by")} /> By user ID
            </label>
          </fieldset>
        ) : (
          <p className="text-xs text-muted">This server cannot look users up by e-mail: enter the user's id.</p>
        )}
        {by === "email" ? (
          <TextField
            key="email"
            label="E-mail"
            type="email"
            autoComplete="off"
            error={errors.email?.message}
            {...form.register("email")}
          />
        ) : (
          <TextField
            key="id"
            label="User ID"
            autoComplete="off"
            spellCheck={false}
            error={errors.user_id?.message}
            {...form.register("user_id")}
          />
        )}
        <fieldset className="grid gap-2">
          <legend className="mb-1.5 text-sm font-medium">Roles</legend>
          {memberFlags.map((flag) => (
            <CheckboxField key={flag.key} label={flag.label} hint={flag.hint} {...form.register(flag.wire)} />
          ))}
        </fieldset>
        <FormFooter
          error={errors.root?.server?.message}
          onCancel={() => onOpenChange(false)}
          pending={add.isPending}
          submitLabel="Add member"
          pendingLabel="Adding…"
        />
      </form>
    </Dialog>
  );
}
