import type { ReactNode } from "react";
import { Link, useLocation } from "react-router";
import { type GrantDialogTarget, withGrantDialog } from "#app/lib/grant-editor-links.ts";
import { grantDialogOpenedState } from "#app/lib/use-grant-dialog.ts";

interface GrantDialogLinkProps {
  target: GrantDialogTarget;
  className?: string;
  "aria-label"?: string;
  children: ReactNode;
}

/**
 * A link opening the grant dialog over the current page, keeping the page's own query (its tables'
 * state). A component of its own, so table columns that render it need not change with the URL.
 */
export function GrantDialogLink({ target, children, ...props }: GrantDialogLinkProps) {
  const { search } = useLocation();
  return (
    <Link
      to={{ search: withGrantDialog(new URLSearchParams(search), target) }}
      state={grantDialogOpenedState}
      {...props}
    >
      {children}
    </Link>
  );
}
