/** A field's error under it, capitalised; `id` is what the field's `aria-describedby` names. */
export function FieldError({ id, message }: { id?: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <p id={id} className="text-xs font-medium text-danger">
      {message.charAt(0).toUpperCase() + message.slice(1)}
    </p>
  );
}
