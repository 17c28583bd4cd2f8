import { zodResolver } from "@hookform/resolvers/zod";
import { useId } from "react";
import { useForm } from "react-hook-form";
import type { ServerInfo } from "#api/schemas/local.ts";
import { Button } from "#app/components/ui/button.tsx";
import { FormAlert } from "#app/components/ui/form-alert.tsx";
import { TextField } from "#app/components/ui/text-field.tsx";
import { BaseUrlShortcuts } from "./base-url-shortcuts.tsx";
import { connectProblem } from "./connect-errors.ts";
import { type ConnectFormInput, type ConnectFormValues, connectFormSchema } from "./connect-schema.ts";
import { useConnect } from "./use-connect.ts";

export function ConnectForm({ serverInfo }: { serverInfo: ServerInfo | undefined }) {
  const rememberId = useId();
  const connect = useConnect();
  const form = useForm<ConnectFormInput, unknown, ConnectFormValues>({
    resolver: zodResolver(connectFormSchema),
    defaultValues: { baseUrl: window.location.origin, token: "", remember: false },
  });
  const { errors } = form.formState;

  const onSubmit = form.handleSubmit((values) =>
    connect.mutateAsync(values).catch((error: unknown) => {
      const problem = connectProblem(error, values.baseUrl);
      if (problem.field === "root") form.setError("root.server", { message: problem.message });
      else form.setError(problem.field, { message: problem.message }, { shouldFocus: true });
    }),
  );

  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-5">
      <div className="grid gap-2">
        <TextField
          label="API base URL"
          type="url"
          inputMode="url"
          autoComplete="url"
          spellCheck={false}
          error={errors.baseUrl?.message}
          {...form.register("baseUrl")}
        />
        <BaseUrlShortcuts
          serverInfo={serverInfo}
          current={form.watch("baseUrl")}
          onPick={(url) => form.setValue("baseUrl", url, { shouldValidate: true })}
        />
      </div>
      <TextField
        label="Token"
        type="password"
        autoComplete="off"
        spellCheck={false}
        hint="A project API key or a personal access token."
        error={errors.token?.message}
        {...form.register("token")}
      />
      <div className="flex items-start gap-2.5">
        <input
          id={rememberId}
          type="checkbox"
          className="mt-0.5 size-4 accent-accent"
          aria-describedby={`${rememberId}-hint`}
          {...form.register("remember")}
        />
        <div className="grid gap-0.5">
          <label htmlFor={rememberId} className="text-sm font-medium">
            Remember on this tab
          </label>
          <p id={`${rememberId}-hint`} className="text-xs text-muted">
            Keeps the token in this tab's session storage until the tab closes. Otherwise it is kept in memory only.
          </p>
        </div>
      </div>
      {errors.root?.server && <FormAlert>{errors.root.server.message}</FormAlert>}
      <Button type="submit" variant="primary" pending={connect.isPending}>
        {connect.isPending ? "Connecting…" : "Connect"}
      </Button>
    </form>
  );
}
