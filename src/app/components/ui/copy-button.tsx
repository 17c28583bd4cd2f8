import { useEffect, useRef, useState } from "react";
import { Button } from "./button.tsx";

interface CopyButtonProps {
  text: string;
  /** The accessible name, e.g. "Copy token"; the visible text says "Copy". */
  label?: string;
}

/** Copies `text` to the clipboard and says "Copied" for a moment (announced politely). */
export function CopyButton({ text, label = "Copy" }: CopyButtonProps) {
  const [copied, setCopied] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const copy = () =>
    navigator.clipboard?.writeText(text).then(
      () => {
        setCopied(true);
        clearTimeout(timer.current);
        timer.current = setTimeout(() => setCopied(false), 1500);
      },
      () => setCopied(false),
    );
  return (
    <Button size="sm" onClick={copy} aria-label={label}>
      <span aria-live="polite">{copied ? "Copied" : "Copy"}</span>
    </Button>
  );
}
