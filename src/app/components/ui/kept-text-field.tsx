import { useFieldText } from "#app/lib/use-field-text.ts";
import { TextField, type TextFieldProps } from "./text-field.tsx";

interface KeptTextFieldProps extends Omit<TextFieldProps, "value" | "onChange"> {
  /** The text as the caller keeps it (the URL). */
  value: string;
  /** Each text typed, for the caller to keep. */
  onValue: (text: string) => void;
}

/**
 * A TextField whose text the caller keeps somewhere that answers late (the URL, updated in a transition):
 * the field follows every key at once, so fast typing loses none; a value that is not the echo of the
 * typing (Back, a link) replaces the text.
 */
export function KeptTextField({ value, onValue, ...props }: KeptTextFieldProps) {
  const [text, setText] = useFieldText(value, { text: value, onText: onValue });
  return <TextField {...props} value={text} onChange={(event) => setText(event.target.value)} />;
}
