import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import type { CreatedApiKey } from "#api/schemas/api-key.ts";
import { createApiKeyBodySchema } from "#api/schemas/api-key.ts";
import { Button } from "#app/components/ui/button.tsx";
import { Dialog } from "#app/components/ui/dialog.tsx";
import { FormFooter } from "#app/components/ui/form-footer.tsx";
import { ShownOnceSecret } from "#app/components/ui/shown-once-secret.tsx";
import { TextField } from "#app/components/ui/text-field.tsx";
import { applyServerIssues } from "#app/lib/form-issues.ts";
import { useCreateApiKey } from "./use-api-key-mutations.ts";

const formSchema = createApiKeyBodySchema.required({ description: true });
type CreateApiKeyForm = z.input<typeof formSchema>;

interface CreateApiKeyDialogProps {
  projectId: string;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}

/** Name and describe a key; once created, the key is shown this once with Copy. */
export function CreateApiKeyDialog({ projectId, open, onOpenChange }: CreateApiKeyDialogProps) {
  const create = useCreateApiKey(projectId);
  const form = useForm<CreateApiKeyForm>({
    resolver: zodResolver(formSchema),
    defaultValues: { name: "", description: "" },
    mode: "onChange",
  });
  const { errors } = form.formState;
  const created: CreatedApiKey | undefined = create.data;
  const close = () => {
    onOpenChange(false);
    form.reset();
    create.reset();
  };

  const onSubmit = form.handleSubmit(async (values) => {
    try {
      await create.mutateAsync({ name: values.name, description: values.description ?? "" });
    } catch (error) {
      applyServerIssues(error, ["name", "description"], form.setError);
    }
  });

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => (next ? onOpenChange(true) : !create.isPending && close())}
      title={created ? `API key “${created.name.slice(0, 60)}” created` : "New API key"}
      description={created ? undefined : "A key acts as a project admin, on your behalf, in this project only."}
    >
      {created ? (
        <div className="grid gap-4">
          <ShownOnceSecret label="API key" value={created.value} />
          <div className="flex justify-end">
            <Button variant="primary" onClick={close}>
              Done
            </Button>
          </div>
        </div>
      ) : (
        <form onSubmit={onSubmit} noValidate className="grid min-w-0 grid-cols-1 gap-4">
          <TextField label="Name" autoComplete="off" error={errors.name?.message} {...form.register("name")} />
          <TextField
            label="Description"
            autoComplete="off"
            hint="Optional: what uses this key."
            error={errors.description?.message}
            {...form.register("description")}
          />
          <FormFooter
            error={errors.root?.server?.message}
            onCancel={close}
            pending={create.isPending}
            submitLabel="Create key"
            pendingLabel="Creating…"
          />
        </form>
      )}
    </Dialog>
  );
}
