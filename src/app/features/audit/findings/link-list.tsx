import { useState } from "react";
import { Link } from "react-router";
import { Button } from "#app/components/ui/button.tsx";
import { usePrinting } from "#app/lib/use-printing.ts";

const FIRST = 50;

export interface LinkItem {
  key: string;
  label: string;
  href: string;
}

/** Names, each with a link into the grant matrix filtered to it: the first fifty, then all on request. */
export function LinkList({ label, items }: { label: string; items: readonly LinkItem[] }) {
  const [all, setAll] = useState(false);
  const printing = usePrinting(); // a printed report lists every name
  const shown = all || printing ? items : items.slice(0, FIRST);
  return (
    <div className="grid gap-2">
      <ul aria-label={label} className="grid gap-1 text-sm">
        {shown.map((item) => (
          <li key={item.key} className="flex flex-wrap items-baseline gap-x-3">
            <span>{item.label}</span>
            <Link to={item.href} className="text-xs text-accent underline underline-offset-2">
              Open in the grant matrix<span className="sr-only"> filtered to {item.label}</span>
            </Link>
          </li>
        ))}
      </ul>
      {shown.length < items.length && (
        <Button size="sm" className="justify-self-start" onClick={() => setAll(true)}>
          Show all {items.length}
        </Button>
      )}
    </div>
  );
}
