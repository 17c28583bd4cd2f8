import { useCallback, useMemo } from "react";
import { useLocation, useNavigate } from "react-router";
import { grantDialogTarget, withGrantDialog } from "./grant-editor-links.ts";

/** Router state of a link that opened the grant dialog, so closing it can go Back instead of forward. */
export const grantDialogOpenedState = { grantDialog: true } as const;

/** The grant dialog of a room or member page: what it shows (from the URL), and closing it. */
export function useGrantDialog() {
  const location = useLocation();
  const navigate = useNavigate();
  const search = useMemo(() => new URLSearchParams(location.search), [location.search]);
  const target = useMemo(() => grantDialogTarget(search), [search]);
  const openedByLink = (location.state as { grantDialog?: boolean } | null)?.grantDialog === true;
  const close = useCallback(() => {
    if (openedByLink) navigate(-1);
    else navigate({ search: withGrantDialog(search, null) }, { replace: true });
  }, [openedByLink, navigate, search]);
  return { target, close };
}
