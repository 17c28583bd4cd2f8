import { useCallback, useRef } from "react";
import { useBeforeUnload, useBlocker } from "react-router";

/**
 * While `dirty`, leaving the page (a link, Back, closing a dialog kept in the URL) waits for the user's
 * word through the returned blocker, and closing the tab asks the browser's own question.
 * `allowLeaving()` lifts the guard for a navigation the editor makes itself, after saving.
 */
export function useUnsavedChangesGuard(dirty: boolean) {
  const leaving = useRef(false);
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      dirty &&
      !leaving.current &&
      (currentLocation.pathname !== nextLocation.pathname || currentLocation.search !== nextLocation.search),
  );
  useBeforeUnload(
    useCallback(
      (event: BeforeUnloadEvent) => {
        if (dirty && !leaving.current) event.preventDefault();
      },
      [dirty],
    ),
  );
  const allowLeaving = useCallback(() => {
    leaving.current = true;
  }, []);
  return { blocker, allowLeaving };
}
