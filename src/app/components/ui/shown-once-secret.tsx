import { useId, useState } from "react";
import { Button } from "./button.tsx";

interface ShownOnceSecretProps {
  /** What the secret is, e.g. "API key"; labels the field. */
  label: string;
  value: string;
}

/** A secret the server answers once: selectable, with Copy, and a plain note that it will not be shown again. */
export function ShownOnceSecret({ label, value }: ShownOnceSecretProps) {
  const id = useId();
  const [copied, setCopied] = useState<"yes" | "failed" | null>(null);
  const copy = () =>
    navigator.clipboard.writeText(value).then(
      () => setCopied("yes"),
      () => setCopied("failed"),
    );
  return (
    <div className="grid gap-2">
      <p role="note" className="rounded-md bg-warn-soft px-3 py-2 text-sm text-warn-fg">
        Copy the {label.toLowerCase()} now and keep it somewhere safe: it is shown only this once and cannot be shown
        again.
      </p>
      <div className="grid gap-1.5">
        <label htmlFor={id} className="text-sm font-medium">
          {label}
        </label>
        <div className="flex gap-2">
          <input
            id={id}
            readOnly
            value={value}
            onFocus={(event) => event.target.select()}
            className="h-9 w-full min-w-0 rounded-md border border-line bg-subtle px-3 font-mono text-xs"
            spellCheck={false}
          />
          <Button onClick={copy}>Copy</Button>
        </div>
      </div>
      <p aria-live="polite" className="text-xs text-muted">
        {copied === "yes"
          ? "Copied."
          : copied === "failed"
            ? "The browser refused to copy; select the text instead."
            : ""}
      </p>
    </div>
  );
}
