import type { ReactNode } from "react";
import { describeError } from "#app/lib/describe-error.ts";
import { Button } from "../ui/button.tsx";

type MessageProps = { span: number } & (
  | { kind: "empty"; children: ReactNode }
  | { kind: "no-match"; noun: string; filter: string; onClear: () => void }
  | { kind: "error" | "stale"; error: unknown; onRetry: () => void }
);

/** A full-width row saying why there are no rows (or why they are old), with the next thing to do. */
export function DataTableMessage(props: MessageProps) {
  return (
    <tr>
      <td
        colSpan={props.span}
        className={props.kind === "stale" ? "border-b border-line px-4 py-2" : "px-6 py-14 text-center"}
      >
        <MessageBody {...props} />
      </td>
    </tr>
  );
}

function MessageBody(props: MessageProps) {
  switch (props.kind) {
    case "empty":
      return <div className="mx-auto grid max-w-md justify-items-center gap-2">{props.children}</div>;
    case "no-match":
      return (
        <div className="mx-auto grid max-w-md justify-items-center gap-3">
          <p className="font-medium">
            No {props.noun} match “{props.filter}”.
          </p>
          <Button onClick={props.onClear}>Clear filter</Button>
        </div>
      );
    case "error":
      return (
        <div role="alert" className="mx-auto grid max-w-md justify-items-center gap-3">
          <p className="font-medium">Could not load this list.</p>
          <p className="text-muted">{describeError(props.error)}</p>
          <Button onClick={props.onRetry}>Retry</Button>
        </div>
      );
    case "stale":
      return (
        <div role="alert" className="flex items-center justify-between gap-3 text-sm text-danger">
          <span>Showing earlier results: {describeError(props.error)}</span>
          <Button size="sm" onClick={props.onRetry}>
            Retry
          </Button>
        </div>
      );
  }
}
