import { useId } from "react";
import { describeScope } from "#api/scope/summary.ts";
import { CopyButton } from "#app/components/ui/copy-button.tsx";
import type { TokenPreview } from "./token-claims.ts";

interface TokenGrantDetailsProps {
  room: string;
  member: string;
  preview: Extract<TokenPreview, { kind: "grant" }>;
}

/** The api grant in words, then as the JSON the token carries, each copyable. */
export function TokenGrantDetails({ room, member, preview }: TokenGrantDetailsProps) {
  const lines = describeScope(preview.scope);
  const api = JSON.stringify(preview.api, null, 2);
  return (
    <div className="grid min-w-0 gap-4">
      <div className="grid gap-1.5">
        <h3 className="text-sm font-medium">
          When {member} connects to {room}, the token's api grant allows
        </h3>
        <ul className="grid list-disc gap-0.5 pl-5 text-sm" aria-label="What the api grant allows">
          {lines.length === 0 ? <li>Nothing: every grant type is absent</li> : lines.map((l) => <li key={l}>{l}</li>)}
        </ul>
      </div>
      <JsonBlock title="The api grant, as the token carries it" copyLabel="Copy the api grant JSON" text={api} />
      <details className="text-sm">
        <summary className="cursor-pointer text-muted">The token's other claims</summary>
        <JsonBlock
          title="Payload (without expiry, issue time and SDK version, set when minted)"
          copyLabel="Copy the token payload JSON"
          text={JSON.stringify(preview.claims, null, 2)}
        />
      </details>
    </div>
  );
}

function JsonBlock({ title, copyLabel, text }: { title: string; copyLabel: string; text: string }) {
  const id = useId();
  return (
    <figure aria-labelledby={id} className="grid min-w-0 gap-1.5">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <figcaption id={id} className="text-sm font-medium">
          {title}
        </figcaption>
        <CopyButton text={text} label={copyLabel} />
      </div>
      <pre
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling block takes focus so the keyboard can scroll it
        tabIndex={0}
        className="max-h-80 overflow-auto rounded-lg bg-subtle p-3 font-mono text-xs break-words whitespace-pre-wrap"
      >
        {text}
      </pre>
    </figure>
  );
}
