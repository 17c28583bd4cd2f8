import { useCallback, useRef, useState } from "react";
import { useBeforeUnload, useBlocker } from "react-router";

/** The guard's question, "discard your changes?": open while a leave waits for the user's word. */
export interface LeaveQuestion {
  open: boolean;
  /** Stay: the leave is dropped and the edits are kept. */
  keep: () => void;
  /** Leave anyway: the edits are thrown away. */
  discard: () => void;
}

/**
 * While `dirty`, leaving waits for the user's word through the returned `question`: a navigation
 * (a link, Back, closing a dialog kept in the URL) and a leave asked for with `requestLeave` (Cancel,
 * or Escape on a dialog that is not in the URL); closing the tab asks the browser's own question.
 * `allowLeaving()` lifts the guard for a navigation the editor makes itself, after saving.
 */
export function useUnsavedChangesGuard(dirty: boolean) {
  const leaving = useRef(false);
  // A leave asked for by the editor itself, held until the user answers.
  const [pendingLeave, setPendingLeave] = useState<(() => void) | null>(null);
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
  const requestLeave = useCallback(
    (leave: () => void) => {
      if (dirty && !leaving.current) setPendingLeave(() => leave);
      else leave();
    },
    [dirty],
  );
  const question: LeaveQuestion = {
    open: blocker.state === "blocked" || pendingLeave !== null,
    keep: () => {
      setPendingLeave(null);
      blocker.reset?.();
    },
    discard: () => {
      if (blocker.state === "blocked") return blocker.proceed();
      setPendingLeave(null);
      // The leave may navigate (a room page's dialog goes Back): the blocker must not ask again.
      allowLeaving();
      pendingLeave?.();
    },
  };
  return { question, allowLeaving, requestLeave };
}
