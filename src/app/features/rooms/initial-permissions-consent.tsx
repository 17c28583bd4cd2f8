import { type Control, type UseFormRegister, useWatch } from "react-hook-form";
import { describeSensitive, sensitiveInNewScopes } from "#api/scope/sensitive.ts";
import { CheckboxField } from "#app/components/ui/checkbox-field.tsx";
import type { CreateRoomForm } from "./create-room-form.ts";

interface InitialPermissionsConsentProps {
  control: Control<CreateRoomForm>;
  register: UseFormRegister<CreateRoomForm>;
  error: string | undefined;
}

/** When the initial permissions give sensitive access, the room is created only with explicit consent. */
export function InitialPermissionsConsent({ control, register, error }: InitialPermissionsConsentProps) {
  const permissions = useWatch({ control, name: "permissions" });
  const sensitive = sensitiveInNewScopes(permissions.map((row) => row.scope));
  if (sensitive.length === 0) return null;
  return (
    <div className="grid gap-2 rounded-md border border-amber-500/50 bg-warn-soft p-3 text-warn-fg">
      <p className="text-sm font-medium">These grants give sensitive access: {describeSensitive(sensitive)}.</p>
      <CheckboxField label="I understand, and want to give this access" {...register("consent")} />
      {error && (
        <p role="alert" className="text-sm text-danger">
          {error}
        </p>
      )}
    </div>
  );
}
