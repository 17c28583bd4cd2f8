import { fromFormState } from "#api/scope/form-state.ts";
import { type GrantName, grantNames } from "#api/scope/schema.ts";
import { Button } from "#app/components/ui/button.tsx";
import { useEditor } from "./editor-context.tsx";
import { GrantSection } from "./grant-section.tsx";
import { grantSections } from "./grant-sections.tsx";
import { grantSummary } from "./grant-summary.ts";

interface GrantSectionListProps {
  open: ReadonlySet<GrantName>;
  onOpenChange: (name: GrantName, open: boolean) => void;
  onSetAll: (open: boolean) => void;
}

/** The 16 grant sections in declaration order, with expand/collapse all. */
export function GrantSectionList({ open, onOpenChange, onSetAll }: GrantSectionListProps) {
  const { state } = useEditor();
  const scope = fromFormState(state);
  const enabled = grantNames.filter((name) => state[name].enabled).length;
  return (
    <div className="grid gap-2">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p className="text-sm text-muted">
          {enabled} of {grantNames.length} grants on. Off means denied; on with nothing changed allows the grant with
          its defaults.
        </p>
        <div className="flex gap-2">
          <Button size="sm" variant="ghost" onClick={() => onSetAll(true)}>
            Expand all
          </Button>
          <Button size="sm" variant="ghost" onClick={() => onSetAll(false)}>
            Collapse all
          </Button>
        </div>
      </div>
      {grantNames.map((name) => {
        const { about, Fields } = grantSections[name];
        return (
          <GrantSection
            key={name}
            name={name}
            about={about}
            summary={grantSummary(scope, name)}
            open={open.has(name)}
            onOpenChange={(next) => onOpenChange(name, next)}
          >
            <Fields />
          </GrantSection>
        );
      })}
    </div>
  );
}
