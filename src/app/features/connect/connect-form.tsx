import { useId } from "react";
import type { ServerInfo } from "#api/schemas/local.ts";
import { Button } from "#app/components/ui/button.tsx";
import { FormAlert } from "#app/components/ui/form-alert.tsx";
import { TextField } from "#app/components/ui/text-field.tsx";
import { BaseUrlShortcuts } from "./base-url-shortcuts.tsx";
import { useConnectForm } from "./use-connect-form.ts";

export function ConnectForm({ serverInfo }: { serverInfo: ServerInfo | undefined }) {
  const rememberId = useId();
  const { values, errors, fields, setField, onSubmit, pending } = useConnectForm();

  return (
    <form onSubmit={(event) => void onSubmit(event)} noValidate className="grid gap-5">
      <div className="grid gap-2">
        <TextField
          label="API base URL"
          name="baseUrl"
          type="url"
          inputMode="url"
          autoComplete="url"
          spellCheck={false}
          error={errors.baseUrl}
          ref={fields.baseUrl}
          value={values.baseUrl}
          onChange={(event) => setField("baseUrl", event.target.value)}
        />
        <BaseUrlShortcuts serverInfo={serverInfo} current={values.baseUrl} onPick={(url) => setField("baseUrl", url)} />
      </div>
      <TextField
        label="Token"
        name="token"
        type="password"
        autoComplete="off"
        spellCheck={false}
        hint="A project API key or a personal access token."
        error={errors.token}
        ref={fields.token}
        value={values.token}
        onChange={(event) => setField("token", event.target.value)}
      />
      <div className="flex items-start gap-2.5">
        <input
          id={rememberId}
          name="remember"
          type="checkbox"
          className="mt-0.5 size-4 accent-accent"
          aria-describedby={`${rememberId}-hint`}
          checked={values.remember}
          onChange={(event) => setField("remember", event.target.checked)}
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
      {errors.root && <FormAlert>{errors.root}</FormAlert>}
      <Button type="submit" variant="primary" pending={pending}>
        {pending ? "Connecting…" : "Connect"}
      </Button>
    </form>
  );
}
