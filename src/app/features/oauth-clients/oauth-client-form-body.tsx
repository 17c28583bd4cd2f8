import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import type { OAuthClientParams } from "#api/client.ts";
import { knownGrantTypes, knownResponseTypes } from "#api/oauth-vocabulary.ts";
import { KeyValueRowsField } from "#app/components/key-value-rows/key-value-rows-field.tsx";
import { FormFooter } from "#app/components/ui/form-footer.tsx";
import { applyServerIssues } from "#app/lib/form-issues.ts";
import { ChecklistField } from "./checklist-field.tsx";
import {
  formToOAuthClientParams,
  issueFieldOf,
  type OAuthClientForm,
  oauthClientFormSchema,
} from "./oauth-client-form.ts";
import { RedirectUrisField } from "./redirect-uris-field.tsx";
import { ScopeField } from "./scope-field.tsx";

interface OAuthClientFormBodyProps {
  defaultValues: OAuthClientForm;
  /** Sends the client; a refusal lands on the fields the server names, the rest above the buttons. */
  submit: (params: OAuthClientParams) => Promise<unknown>;
  pending: boolean;
  submitLabel: string;
  pendingLabel: string;
  onCancel: () => void;
}

/** The fields of an OAuth client, for create and edit alike. What was typed stays after a refusal, to retry. */
export function OAuthClientFormBody({ defaultValues, submit, pending, onCancel, ...labels }: OAuthClientFormBodyProps) {
  const form = useForm<OAuthClientForm>({
    resolver: zodResolver(oauthClientFormSchema),
    defaultValues,
    mode: "onChange",
  });
  const onSubmit = form.handleSubmit(async (values) => {
    try {
      await submit(formToOAuthClientParams(values));
    } catch (error) {
      applyServerIssues(error, issueFieldOf(values), form.setError);
    }
  });
  const { control } = form;
  return (
    <form onSubmit={onSubmit} noValidate className="grid min-w-0 grid-cols-1 gap-5">
      <ChecklistField control={control} name="grantTypes" legend="Grant types" known={knownGrantTypes} />
      <ChecklistField control={control} name="responseTypes" legend="Response types" known={knownResponseTypes} />
      <RedirectUrisField control={control} />
      <ScopeField control={control} />
      <KeyValueRowsField
        control={control}
        name="metadata"
        legend="Metadata"
        noun="metadata entry"
        empty="No metadata. A “name” entry is shown as the client's name in this console."
      />
      <FormFooter
        error={form.formState.errors.root?.server?.message}
        onCancel={onCancel}
        pending={pending}
        {...labels}
      />
    </form>
  );
}
