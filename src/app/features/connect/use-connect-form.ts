import { type FormEvent, useRef, useState } from "react";
import { connectProblem } from "./connect-errors.ts";
import type { ConnectFormInput, ConnectFormValues } from "./connect-schema.ts";
import { useConnect } from "./use-connect.ts";

// Connect is the first page anyone sees, so it loads neither a form library (16 kB gzip) nor zod
// (25 kB, `npm run bench:bundle`) up front: three fields need little state, and the form's zod
// schema loads with the first check, as the client's contract loads with its first call.

type FieldName = "baseUrl" | "token";
export type ConnectErrors = Partial<Record<FieldName | "root", string>>;

async function check(input: ConnectFormInput): Promise<{ values?: ConnectFormValues; errors: ConnectErrors }> {
  const { connectFormSchema } = await import("./connect-schema.ts");
  const parsed = connectFormSchema.safeParse(input);
  if (parsed.success) return { values: parsed.data, errors: {} };
  const errors: ConnectErrors = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0];
    if ((field === "baseUrl" || field === "token") && !errors[field]) errors[field] = issue.message;
  }
  return { errors };
}

/** The Connect form's values and errors: checked on submit, then again as the user corrects a field. */
export function useConnectForm() {
  const connect = useConnect();
  const [values, setValues] = useState<ConnectFormInput>({
    baseUrl: window.location.origin,
    token: "",
    remember: false,
  });
  const [errors, setErrors] = useState<ConnectErrors>({});
  const submitted = useRef(false);
  const fields = { baseUrl: useRef<HTMLInputElement>(null), token: useRef<HTMLInputElement>(null) };

  const setField = <K extends keyof ConnectFormInput>(name: K, value: ConnectFormInput[K]) => {
    const next = { ...values, [name]: value };
    setValues(next);
    if (!submitted.current || name === "remember") return;
    void check(next).then((result) =>
      setErrors((current) => ({ ...current, [name]: result.errors[name as FieldName] })),
    );
  };

  const showErrors = (next: ConnectErrors) => {
    setErrors(next);
    const first = (["baseUrl", "token"] as const).find((name) => next[name]);
    if (first) fields[first].current?.focus();
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    submitted.current = true;
    const result = await check(values);
    if (!result.values) return showErrors(result.errors);
    setErrors({});
    const session = result.values;
    await connect.mutateAsync(session).catch((error: unknown) => {
      const problem = connectProblem(error, session.baseUrl);
      showErrors({ [problem.field]: problem.message });
    });
  };

  return { values, errors, fields, setField, onSubmit, pending: connect.isPending };
}
