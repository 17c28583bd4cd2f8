import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { toast } from "sonner";
import { createProjectBodySchema } from "#api/schemas/project.ts";
import { Dialog } from "#app/components/ui/dialog.tsx";
import { FormFooter } from "#app/components/ui/form-footer.tsx";
import { TextField } from "#app/components/ui/text-field.tsx";
import { describeError } from "#app/lib/describe-error.ts";
import { applyServerIssues } from "#app/lib/form-issues.ts";
import { useCreateProject } from "./use-create-project.ts";

const createProjectFormSchema = createProjectBodySchema.pick({ name: true });

interface CreateProjectDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
}

export function CreateProjectDialog({ open, onOpenChange }: CreateProjectDialogProps) {
  const create = useCreateProject();
  const form = useForm({ resolver: zodResolver(createProjectFormSchema), defaultValues: { name: "" } });
  const { errors } = form.formState;

  const onSubmit = form.handleSubmit(async ({ name }) => {
    try {
      await create.mutateAsync(name);
      form.reset();
      onOpenChange(false);
    } catch (error) {
      toast.error(`Could not create the project: ${describeError(error)}`);
      applyServerIssues(error, ["name"], form.setError);
    }
  });

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => !create.isPending && onOpenChange(next)}
      title="New project"
      description="A project holds rooms, members, room grants and API keys."
    >
      <form onSubmit={onSubmit} noValidate className="grid gap-4">
        <TextField label="Project name" autoComplete="off" error={errors.name?.message} {...form.register("name")} />
        <FormFooter
          error={errors.root?.server?.message}
          onCancel={() => onOpenChange(false)}
          pending={create.isPending}
          submitLabel="Create project"
          pendingLabel="Creating…"
        />
      </form>
    </Dialog>
  );
}
