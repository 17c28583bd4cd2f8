import { type FormEvent, useId, useState } from "react";
import { grantLabels } from "#api/scope/grant-labels.ts";
import type { ScopePatch } from "#api/scope/patch.ts";
import { patchableFields } from "#api/scope/patch-fields.ts";
import { type GrantName, grantNames } from "#api/scope/schema.ts";
import { Button } from "#app/components/ui/button.tsx";
import { CheckboxField } from "#app/components/ui/checkbox-field.tsx";
import { inputClass, TextField } from "#app/components/ui/text-field.tsx";

type Operation = "add-path" | "remove-path" | "enable" | "disable" | "set-field";

const operations: { value: Operation; label: string }[] = [
  { value: "add-path", label: "Add a storage or sync path" },
  { value: "remove-path", label: "Remove a storage or sync path" },
  { value: "enable", label: "Turn a grant type on" },
  { value: "disable", label: "Turn a grant type off" },
  { value: "set-field", label: "Set one field of a grant" },
];

function Select({
  label,
  value,
  onChange,
  options,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  options: readonly { value: string; label: string }[];
}) {
  const id = useId();
  return (
    <div className="grid gap-1.5">
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      <select id={id} className={inputClass} value={value} onChange={(event) => onChange(event.target.value)}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

const isGrantName = (value: string): value is GrantName => (grantNames as readonly string[]).includes(value);
const grantOptions = grantNames.map((name) => ({ value: name, label: grantLabels[name] }));
const pathGrantOptions = [
  { value: "storage", label: "Storage" },
  { value: "sync", label: "Sync" },
];

/** Builds one patch: a path added or removed, a grant type turned on or off, or one field set. */
export function PatchForm({ onSubmit, onCancel }: { onSubmit: (patch: ScopePatch) => void; onCancel: () => void }) {
  const [operation, setOperation] = useState<Operation>("add-path");
  const [grant, setGrant] = useState<GrantName>("storage");
  const [path, setPath] = useState("");
  const [readOnly, setReadOnly] = useState(true);
  const fields = patchableFields(grant);
  const [field, setField] = useState("");
  const [value, setValue] = useState("false");
  const [pathError, setPathError] = useState<string | undefined>();
  const byPath = operation === "add-path" || operation === "remove-path";
  const chosenField = fields.find((f) => f.field === field) ?? fields[0];

  function submit(event: FormEvent) {
    event.preventDefault();
    const pathGrant = grant === "sync" ? "sync" : "storage";
    if (byPath && path.trim() === "") return setPathError("enter a path, e.g. /shared");
    if (operation === "add-path") return onSubmit({ kind: "add-path", grant: pathGrant, path: path.trim(), readOnly });
    if (operation === "remove-path") return onSubmit({ kind: "remove-path", grant: pathGrant, path: path.trim() });
    if (operation === "enable") return onSubmit({ kind: "enable", grant });
    if (operation === "disable") return onSubmit({ kind: "disable", grant });
    if (!chosenField) return;
    const parsed =
      chosenField.kind === "flag"
        ? value === "true"
        : value.trim() === "*"
          ? null
          : value
              .split(",")
              .map((name) => name.trim())
              .filter((name) => name !== "");
    onSubmit({ kind: "set-field", grant, field: chosenField.field, value: parsed });
  }

  return (
    <form className="grid gap-3" onSubmit={submit} aria-label="Patch">
      <Select
        label="Change"
        value={operation}
        options={operations}
        onChange={(next) => {
          const op = operations.find((o) => o.value === next)?.value ?? "add-path";
          setOperation(op);
          if ((op === "add-path" || op === "remove-path") && grant !== "sync") setGrant("storage");
        }}
      />
      <Select
        label="Grant"
        value={grant}
        options={byPath ? pathGrantOptions : grantOptions}
        onChange={(next) => {
          if (isGrantName(next)) setGrant(next);
          setField("");
        }}
      />
      {byPath && (
        <>
          <TextField
            label="Path"
            value={path}
            placeholder="/shared"
            error={pathError}
            onChange={(event) => {
              setPath(event.target.value);
              setPathError(undefined);
            }}
          />
          {operation === "add-path" && (
            <CheckboxField
              label="Read-only"
              checked={readOnly}
              onChange={(event) => setReadOnly(event.target.checked)}
            />
          )}
        </>
      )}
      {operation === "set-field" &&
        (chosenField ? (
          <>
            <Select
              label="Field"
              value={chosenField.field}
              options={fields.map((f) => ({ value: f.field, label: f.field }))}
              onChange={setField}
            />
            {chosenField.kind === "flag" ? (
              <Select
                label="Value"
                value={value}
                options={[
                  { value: "true", label: "allowed" },
                  { value: "false", label: "denied" },
                ]}
                onChange={setValue}
              />
            ) : (
              <TextField
                label="Names"
                hint="Comma-separated; * for unrestricted; empty for none."
                value={value}
                onChange={(event) => setValue(event.target.value)}
              />
            )}
          </>
        ) : (
          <p className="text-sm text-muted">This grant type has no single field to set; use “Set scope” instead.</p>
        ))}
      <div className="flex justify-end gap-2">
        <Button onClick={onCancel}>Cancel</Button>
        <Button type="submit" variant="primary">
          Preview
        </Button>
      </div>
    </form>
  );
}
