import { Collapsible, Switch } from "radix-ui";
import type { ReactNode } from "react";
import { grantLabels } from "#api/scope/grant-labels.ts";
import type { GrantName } from "#api/scope/schema.ts";
import { ChevronIcon } from "#app/components/ui/icons.tsx";
import { useEditor, useIssueCounts } from "./editor-context.tsx";
import { FieldIssues } from "./field-issues.tsx";

interface GrantSectionProps {
  name: GrantName;
  /** One line on what the grant allows now, shown even when the section is collapsed. */
  summary: string;
  /** A sentence on what the grant is for. */
  about: string;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  children: ReactNode;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** One grant: a header with its on/off switch and summary line, and its fields when expanded. */
export function GrantSection({ name, summary, about, open, onOpenChange, children }: GrantSectionProps) {
  const { state, edit, idPrefix } = useEditor();
  const enabled = state[name].enabled;
  const counts = useIssueCounts(name);
  const label = grantLabels[name];
  const headingId = `${idPrefix}-${name}-heading`;
  return (
    <Collapsible.Root asChild open={open} onOpenChange={onOpenChange}>
      <section
        aria-labelledby={headingId}
        data-grant={name}
        className={`rounded-lg border ${enabled ? "border-line bg-surface" : "border-dashed border-line bg-canvas"}`}
      >
        <div className="flex items-center gap-3 px-3 py-2">
          <div className="grid min-w-0 flex-1">
            <h3 className="font-semibold">
              <Collapsible.Trigger
                id={headingId}
                aria-describedby={`${headingId}-summary`}
                className="flex items-center gap-2 rounded text-left"
              >
                <ChevronIcon className={`size-4 shrink-0 text-muted transition-transform ${open ? "rotate-90" : ""}`} />
                {label}
              </Collapsible.Trigger>
            </h3>
            <p id={`${headingId}-summary`} className="truncate pl-6 text-xs text-muted" title={summary}>
              {summary}
            </p>
          </div>
          {counts.errors > 0 && (
            <span className="shrink-0 rounded-full bg-danger-soft px-2 py-0.5 text-xs font-medium text-danger">
              {plural(counts.errors, "error")}
            </span>
          )}
          {counts.warnings > 0 && (
            <span className="shrink-0 rounded-full bg-warn-soft px-2 py-0.5 text-xs font-medium text-warn-fg">
              {plural(counts.warnings, "warning")}
            </span>
          )}
          <span aria-hidden="true" className="w-6 text-right text-xs text-muted">
            {enabled ? "On" : "Off"}
          </span>
          <Switch.Root
            checked={enabled}
            onCheckedChange={(checked) => {
              edit(name, (draft) => {
                draft.enabled = checked;
              });
              if (checked) onOpenChange(true);
            }}
            aria-label={`${label} grant`}
            className="relative h-5 w-9 shrink-0 rounded-full bg-line transition-colors data-[state=checked]:bg-accent"
          >
            <Switch.Thumb className="block size-4 translate-x-0.5 rounded-full bg-white shadow transition-transform data-[state=checked]:translate-x-[1.125rem]" />
          </Switch.Root>
        </div>
        <Collapsible.Content className="grid gap-4 border-t border-line px-4 py-3">
          <p className="text-xs text-muted">{about}</p>
          <FieldIssues path={name} />
          {enabled ? (
            children
          ) : (
            <p className="text-sm text-muted">
              Off: this participant cannot use the {label} API. Switch it on to allow it; its settings then appear here,
              starting from the defaults.
            </p>
          )}
        </Collapsible.Content>
      </section>
    </Collapsible.Root>
  );
}
