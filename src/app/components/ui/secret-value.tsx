import { useState } from "react";
import { Button } from "./button.tsx";
import { CopyButton } from "./copy-button.tsx";

interface SecretValueProps {
  /** What it is, e.g. "Raw token": labels the value and its buttons. */
  label: string;
  value: string;
}

/** A credential kept hidden until revealed, with a copy button that works either way. */
export function SecretValue({ label, value }: SecretValueProps) {
  const [shown, setShown] = useState(false);
  return (
    <div className="grid min-w-0 gap-1.5">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <span className="text-sm font-medium">{label}</span>
        <div className="flex gap-2">
          <Button size="sm" onClick={() => setShown(!shown)}>
            {shown ? "Hide" : "Reveal"}
            <span className="sr-only"> {label.toLowerCase()}</span>
          </Button>
          <CopyButton text={value} label={`Copy ${label.toLowerCase()}`} />
        </div>
      </div>
      <code className="block min-w-0 rounded-lg bg-subtle p-3 font-mono text-xs break-all" data-testid="secret-value">
        {shown ? value : "•".repeat(24)}
        {!shown && <span className="sr-only">(hidden)</span>}
      </code>
    </div>
  );
}
