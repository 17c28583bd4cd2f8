import { useCallback, useEffect, useSyncExternalStore } from "react";

// Light or dark follows the system unless the user picks one; only that choice is stored.
export type ThemeChoice = "system" | "light" | "dark";

const STORAGE_KEY = "meshagent-admin:theme";
const darkQuery = () => matchMedia("(prefers-color-scheme: dark)");
const listeners = new Set<() => void>();

function readChoice(): ThemeChoice {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return value === "light" || value === "dark" ? value : "system";
  } catch {
    return "system";
  }
}

let choice = readChoice();

function apply(): void {
  const dark = choice === "dark" || (choice === "system" && darkQuery().matches);
  document.documentElement.classList.toggle("dark", dark);
}

function setChoice(next: ThemeChoice): void {
  choice = next;
  try {
    if (next === "system") localStorage.removeItem(STORAGE_KEY);
    else localStorage.setItem(STORAGE_KEY, next);
  } catch {
    // Without storage the choice lasts until reload.
  }
  apply();
  for (const listener of listeners) listener();
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

export function useTheme(): { choice: ThemeChoice; setChoice: (next: ThemeChoice) => void } {
  const current = useSyncExternalStore(subscribe, () => choice);
  useEffect(() => {
    const query = darkQuery();
    query.addEventListener("change", apply);
    return () => query.removeEventListener("change", apply);
  }, []);
  return { choice: current, setChoice: useCallback(setChoice, []) };
}
