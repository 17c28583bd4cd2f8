import { useState } from "react";
import { ApiError } from "#api/errors.ts";
import { widensSensitive } from "#api/scope/diff.ts";
import { presets } from "#api/scope/presets.ts";
import type { ApiScope } from "#api/scope/schema.ts";
import type { GrantParties } from "#app/lib/grant-parties.ts";
import { GrantGoneError, goneOutcome } from "./grant-gone.ts";
import { type GrantTarget, useGrantMutations } from "./use-grant-mutations.ts";

/**
 * What the editor learnt, when the opener can use it without a read: "saved" (the grant was created
 * or changed), "revoked" (the grant is gone: revoked here, or found revoked by another admin while
 * the room and the member remain), "party-gone" (the room or the member was deleted meanwhile).
 */
export type GrantOutcome = "saved" | "revoked" | "party-gone";

/** A create's 404, or a 400 naming the room or the member: the grant's room or member no longer exists. */
const partyGone = (error: unknown): error is ApiError =>
  error instanceof ApiError &&
  (error.status === 404 ||
    (error.status === 400 && (error.issueFor("room_id") !== undefined || error.issueFor("user_id") !== undefined)));

interface GrantSaveOptions {
  target: GrantTarget;
  who: string;
  scope: ApiScope;
  onOutcome: ((outcome: GrantOutcome) => void) | undefined;
  /** Leaves the editor with the outcome (after a toast). */
  leave: (message: string, outcome: GrantOutcome) => void;
}

/** Create, change and revoke from the editor, and what it learnt: a grant found gone, the outcome so far. */
export function useGrantSave({ target, who, scope, onOutcome, leave }: GrantSaveOptions) {
  const { create, update, revoke } = useGrantMutations(target);
  const [reviewing, setReviewing] = useState(false);
  const [gone, setGone] = useState<GrantParties | null>(null);
  const [learnt, setLearnt] = useState<GrantOutcome>();
  const name = who.slice(0, 120);
  const report = (outcome: GrantOutcome) => {
    setLearnt(outcome);
    onOutcome?.(outcome);
  };
  // A failure closes the review: the problem is shown under the editor (with "edit the existing one" for a 409).
  const saveNew = () =>
    create.mutate(scope, {
      onSuccess: () => leave(`Access granted to ${name}`, "saved"),
      onError: (error) => {
        setReviewing(false);
        if (!partyGone(error)) return;
        report("party-gone");
        // Creating again a grant found revoked: its room or member has gone too since.
        if (gone) setGone({ room: !error.issueFor("room_id"), member: !error.issueFor("user_id") });
      },
    });
  // A new grant that gives sensitive access (admin, secrets, tunnels, storage write) is reviewed first,
  // as a widening edit is; anything narrower is created at once.
  const requestCreate = () => (widensSensitive(presets.none(), scope).length > 0 ? setReviewing(true) : saveNew());
  // A grant found gone closes the review and is told under the editor; other failures stay in the review (Retry).
  const saveChange = () =>
    update.mutate(scope, {
      onSuccess: () => leave(`Grant of ${name} saved`, "saved"),
      onError: (error) => {
        if (!(error instanceof GrantGoneError)) return;
        setReviewing(false);
        setGone(error.parties);
        report(goneOutcome(error.parties));
      },
    });
  const revokeNow = () =>
    revoke.mutate(undefined, {
      onSuccess: ({ alreadyGone }) =>
        leave(alreadyGone ? `The grant of ${name} was already revoked` : `Grant of ${name} revoked`, "revoked"),
    });
  return {
    create,
    update,
    revoke,
    reviewing,
    setReviewing,
    gone,
    learnt,
    saveNew,
    requestCreate,
    saveChange,
    revokeNow,
  };
}
