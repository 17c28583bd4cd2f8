import { useCallback, useEffect, useState } from "react";
import { reachability } from "#app/lib/reachability.ts";
import type { LoadSlot } from "./load-slot.ts";

const RETRY_EVERY_MS = 5_000;

export interface RetryingLoad<T> {
  value: T | null;
  error: unknown;
  pending: boolean;
  retry: () => void;
}

/**
 * Loads a slot's value when first rendered; after a failure (the server is down, a deploy removed
 * the file) it retries every few seconds by itself and on `retry()`, so no reload is ever needed.
 */
export function useRetryingLoad<T>(slot: LoadSlot<T>, enabled = true): RetryingLoad<T> {
  const [, setVersion] = useState(0);
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);
  const value = slot.get();

  const retry = useCallback(() => {
    setPending(true);
    slot.load().then(
      () => {
        setError(null);
        setPending(false);
        setVersion((v) => v + 1);
        reachability.set(true);
      },
      (failure: unknown) => {
        setError(failure);
        setPending(false);
        if (failure instanceof TypeError) reachability.set(false);
      },
    );
  }, [slot]);

  useEffect(() => {
    if (enabled && value === null && error === null) retry();
  }, [enabled, value, error, retry]);

  useEffect(() => {
    if (!enabled || error === null) return;
    const timer = setInterval(retry, RETRY_EVERY_MS);
    return () => clearInterval(timer);
  }, [enabled, error, retry]);

  return { value, error, pending, retry };
}
