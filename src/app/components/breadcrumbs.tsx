import { Link } from "react-router";
import { ChevronIcon } from "./ui/icons.tsx";

export interface Crumb {
  label: string;
  to?: string;
}

export function Breadcrumbs({ items }: { items: readonly Crumb[] }) {
  return (
    <nav aria-label="Breadcrumb">
      <ol className="flex flex-wrap items-center gap-1 text-sm text-muted">
        {items.map((item, index) => {
          const last = index === items.length - 1;
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: a crumb's identity is its level in the trail
            <li key={index} className="flex items-center gap-1">
              {item.to && !last ? (
                <Link to={item.to} className="rounded hover:text-fg hover:underline">
                  {item.label}
                </Link>
              ) : (
                <span aria-current={last ? "page" : undefined} className={last ? "font-medium text-fg" : undefined}>
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
