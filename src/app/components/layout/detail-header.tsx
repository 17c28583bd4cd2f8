import { useQuery } from "@tanstack/react-query";
import { type ReactNode, useEffect, useRef } from "react";
import { useLocation } from "react-router";
import { projectQueries } from "#app/lib/project-queries.ts";
import { useApi } from "#app/lib/use-session.ts";
import { Breadcrumbs } from "../breadcrumbs.tsx";
import { UntrustedText } from "../ui/untrusted-text.tsx";

interface DetailHeaderProps {
  projectId: string;
  /** The list this thing belongs to, e.g. `{ label: "Rooms", path: "rooms" }`. */
  section: { label: string; path: string };
  /** The thing's name, as the API gave it. */
  title: string;
  /** A line under the heading (e.g. an e-mail address). */
  subtitle?: ReactNode;
  actions?: ReactNode;
}

/** Navigation state asking the page's heading to take focus (e.g. after creating the thing). */
export interface FocusHeadingState {
  focusHeading?: boolean;
}

/** Trail, page title and heading of a page about one room or one member. */
export function DetailHeader({ projectId, section, title, subtitle, actions }: DetailHeaderProps) {
  const api = useApi();
  const info = useQuery(projectQueries.info(api, projectId));
  const projectName = info.data?.name ?? "Project";
  const base = `/project/${encodeURIComponent(projectId)}`;
  const heading = useRef<HTMLElement>(null);
  const focusHeading = (useLocation().state as FocusHeadingState | null)?.focusHeading === true;
  useEffect(() => {
    if (focusHeading) heading.current?.focus();
  }, [focusHeading]);
  return (
    <div className="grid min-w-0 grid-cols-1 gap-4">
      <title>{`${title.slice(0, 80)} · ${section.label} · ${projectName} · Meshagent Admin`}</title>
      <Breadcrumbs
        items={[
          { label: "Projects", to: "/" },
          { label: projectName, to: `${base}/rooms` },
          { label: section.label, to: `${base}/${section.path}` },
          { label: title },
        ]}
      />
      <div className="flex min-w-0 flex-wrap items-start justify-between gap-3">
        <div className="grid min-w-0 flex-1 gap-1">
          <UntrustedText
            as="h1"
            ref={heading}
            tabIndex={-1}
            className="text-2xl font-semibold tracking-tight focus:outline-none"
          >
            {title}
          </UntrustedText>
          {subtitle && <div className="min-w-0 text-muted">{subtitle}</div>}
        </div>
        {actions && <div className="flex flex-wrap gap-2">{actions}</div>}
      </div>
    </div>
  );
}
