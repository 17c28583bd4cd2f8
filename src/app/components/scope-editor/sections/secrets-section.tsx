import { newRows } from "#api/scope/form-state.ts";
import { useEditor } from "../editor-context.tsx";
import { RestrictedList } from "../fields/restricted-list.tsx";
import { RowText as Text } from "../fields/row-text.tsx";

export function SecretsFields() {
  const { state, edit } = useEditor();
  return (
    <RestrictedList
      legend="OAuth token requests"
      anyLabel="Any OAuth endpoint"
      onlyLabel="Only these endpoints"
      noun="endpoint"
      path="secrets.request_oauth_token"
      list={state.secrets.request_oauth_token}
      newItem={newRows.oauthEndpoint}
      onChange={(list) =>
        edit("secrets", (draft) => {
          draft.request_oauth_token = list;
        })
      }
      renderRow={(row, index, update) => (
        <div className="grid gap-2 sm:grid-cols-2">
          <Text
            label={`Endpoint ${index + 1}`}
            path={`secrets.request_oauth_token.${index}.endpoint`}
            value={row.endpoint}
            placeholder="https://accounts.example.com/token"
            onChange={(endpoint) => update({ ...row, endpoint })}
          />
          <Text
            label={`Client id of endpoint ${index + 1}`}
            path={`secrets.request_oauth_token.${index}.client_id`}
            value={row.client_id}
            onChange={(client_id) => update({ ...row, client_id })}
          />
        </div>
      )}
    />
  );
}
