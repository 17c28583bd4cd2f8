import { useEffect, useRef, useState } from "react";

export interface TypedValue {
  text: string;
  onText: (text: string) => void;
}

/**
 * The texts still on their way to the caller once `outside` arrives: those typed after it, when it
 * is one of them coming back (the last one typed, if typed twice); undefined when it is not (Back, a link).
 */
export function pendingAfter(sent: readonly string[], outside: string): string[] | undefined {
  const echo = sent.lastIndexOf(outside);
  return echo < 0 ? undefined : sent.slice(echo + 1);
}

/**
 * A picker's text: it follows the keys in the key's own update (a controlled field that waits a
 * render, or a URL's transition, for its text loses the keys pressed meanwhile), and tells `typed`
 * when the caller keeps it as a value. A new `typed.text` that is not the echo of the typing (Back,
 * a link) replaces it. `setText` answers whether the text changed.
 */
export function useFieldText(initial: string, typed: TypedValue | undefined) {
  const [text, setOwnText] = useState(typed?.text ?? initial);
  const latest = useRef(text);
  const sent = useRef<string[]>([]);
  const outside = typed?.text;
  useEffect(() => {
    if (outside === undefined) return;
    const pending = pendingAfter(sent.current, outside);
    sent.current = pending ?? [];
    if (pending !== undefined) return;
    latest.current = outside;
    setOwnText(outside);
  }, [outside]);
  const setText = (next: string) => {
    if (next === latest.current) return false;
    latest.current = next;
    setOwnText(next);
    if (typed) {
      sent.current.push(next);
      typed.onText(next);
    }
    return true;
  };
  return [text, setText] as const;
}
