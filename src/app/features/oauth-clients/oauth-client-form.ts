import { z } from "zod";
import type { OAuthClientParams } from "#api/client.ts";
import { scopeTokens } from "#api/oauth-vocabulary.ts";
import {
  createOAuthClientBodySchema,
  type OAuthClient,
  oauthScopeSchema,
  redirectUriProblem,
} from "#api/schemas/oauth-client.ts";
import { keyValueRowsSchema, recordToRows, rowsToRecord } from "#app/components/key-value-rows/key-value-rows.ts";

const isBlank = (row: { value: string }) => row.value.trim() === "";

/** One row per URI, each checked by the wire rule; blank rows are dropped, a URI listed twice is refused. */
const redirectUriRowsSchema = z.array(z.object({ value: z.string() })).superRefine((rows, ctx) => {
  const seen = new Set<string>();
  rows.forEach((row, index) => {
    if (isBlank(row)) return;
    const problem = seen.has(row.value) ? "this URI is already listed" : redirectUriProblem(row.value);
    if (problem) ctx.addIssue({ code: "custom", path: [index, "value"], message: problem });
    seen.add(row.value);
  });
});

const wire = createOAuthClientBodySchema.shape;

/** The wire body's rules, in the shapes the form edits (rows for URIs and metadata). */
export const oauthClientFormSchema = z.object({
  grantTypes: wire.grant_types,
  responseTypes: wire.response_types,
  redirectUris: redirectUriRowsSchema,
  scope: oauthScopeSchema,
  metadata: keyValueRowsSchema,
});
export type OAuthClientForm = z.infer<typeof oauthClientFormSchema>;

export const emptyOAuthClientForm: OAuthClientForm = {
  grantTypes: ["authorization_code", "refresh_token"],
  responseTypes: ["code"],
  redirectUris: [{ value: "" }],
  scope: "",
  metadata: [],
};

export function oauthClientToForm(client: OAuthClient): OAuthClientForm {
  return {
    grantTypes: client.grantTypes,
    responseTypes: client.responseTypes,
    redirectUris: client.redirectUris.length > 0 ? client.redirectUris.map((value) => ({ value })) : [{ value: "" }],
    scope: client.scope,
    metadata: recordToRows(client.metadata),
  };
}

/** The form as the API takes it: blank rows dropped, the scope's tokens one space apart. */
export function formToOAuthClientParams(form: OAuthClientForm): OAuthClientParams {
  return {
    grantTypes: form.grantTypes,
    responseTypes: form.responseTypes,
    redirectUris: form.redirectUris.filter((row) => !isBlank(row)).map((row) => row.value),
    scope: scopeTokens(form.scope).join(" "),
    metadata: rowsToRecord(form.metadata),
  };
}

type IssueField =
  | "grantTypes"
  | "responseTypes"
  | "redirectUris"
  | `redirectUris.${number}.value`
  | "scope"
  | "metadata";

/** Where a server issue (a dotted wire path) belongs in the form that sent `form`. */
export const issueFieldOf =
  (form: OAuthClientForm) =>
  (path: string): IssueField | undefined => {
    const [head, index] = path.split(".");
    if (head === "grant_types") return "grantTypes";
    if (head === "response_types") return "responseTypes";
    if (head === "scope") return "scope";
    if (head === "metadata") return "metadata";
    if (head !== "redirect_uris") return undefined;
    // The n-th URI sent is the n-th non-blank row.
    const sent = form.redirectUris.flatMap((row, rowIndex) => (isBlank(row) ? [] : [rowIndex]));
    const row = index === undefined ? undefined : sent[Number(index)];
    return row === undefined ? "redirectUris" : `redirectUris.${row}.value`;
  };

/** What the list and the dialogs call a client: its metadata `name` when it has one, else its id. */
export const clientLabel = (client: OAuthClient) => client.metadata.name?.trim() || client.clientId;
