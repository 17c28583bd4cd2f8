import { Link } from "react-router";
import { ChevronIcon } from "./ui/icons.tsx";

export interface Crumb {
  label: string;
  to?: string;
}

// Labels may be room or project names of any length: each crumb truncates instead of widening the page.
const crumbClass = "block max-w-[16rem] truncate rounded";

export function Breadcrumbs({ items }: { items: readonly Crumb[] }) {
  return (
    <nav aria-label="Breadcrumb" className="print:hidden">
      <ol className="flex min-w-0 flex-wrap items-center gap-1 text-sm text-muted">
        {items.map((item, index) => {
          const last = index === items.length - 1;
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: a crumb's identity is its level in the trail
            <li key={index} className="flex min-w-0 items-center gap-1">
              {item.to && !last ? (
                <Link
                  to={item.to}
                  dir="auto"
                  title={item.label}
                  className={`${crumbClass} hover:text-fg hover:underline`}
                >
                  {item.label}
                </Link>
              ) : (
                <span
                  aria-current={last ? "page" : undefined}
                  dir="auto"
                  title={item.label}
                  className={`${crumbClass} ${last ? "font-medium text-fg" : ""}`}
                >
                  {item.label}
                </span>
              )}
              {!last && <ChevronIcon className="size-3.5" />}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
