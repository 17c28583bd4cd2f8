import { Link } from "react-router";
import { matrixLink } from "./matrix-link.ts";
import type { Headline } from "./overview-aggregates.ts";

const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? "" : "s"}`;

/** The headline numbers: each lists the pairs behind it, and opens the matrix with its lens. */
export function HeadlineCards({ projectId, items }: { projectId: string; items: readonly Headline[] }) {
  return (
    <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4" aria-label="Headline counts">
      {items.map((h) => (
        <li
          key={h.lens.key}
          className="grid gap-1 rounded-md border border-line bg-surface p-3"
          data-testid={h.lens.key}
        >
          <h3 className="text-sm font-semibold">{h.label}</h3>
          <p className="text-xs text-muted">{h.describes}</p>
          <Link
            to={`?view=overview&show=${h.lens.key}`}
            className="justify-self-start rounded-md text-accent underline-offset-2 hover:underline"
          >
            <span className="sr-only">{h.label}: </span>
            <span className="text-2xl font-semibold">{h.members}</span> {h.members === 1 ? "member" : "members"},{" "}
            {plural(h.grants, "grant")}
          </Link>
          <Link
            to={matrixLink(projectId, { lens: h.lens.key, holdersOnly: true })}
            className="justify-self-start text-xs text-accent underline underline-offset-2"
          >
            Open in the grant matrix<span className="sr-only"> with the lens {h.lens.label}</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
