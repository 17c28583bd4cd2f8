// The connection to a Meshagent API: in memory, and in sessionStorage only when the user asked to be
// remembered on this tab. Never in localStorage, the URL or logs.

export interface Session {
  baseUrl: string;
  token: string;
  remember: boolean;
}

export type SessionEnd = "signed-out" | "expired";

export interface SessionState {
  session: Session | null;
  /** Why the last session ended; tells Connect what to say. */
  ended: SessionEnd | null;
}

const STORAGE_KEY = "meshagent-admin:session";
const listeners = new Set<() => void>();

function readRemembered(): Session | null {
  try {
    const raw = sessionStorage.getItem(STORAGE_KEY);
    if (!raw) return null;
    const value: unknown = JSON.parse(raw);
    if (typeof value !== "object" || value === null) return null;
    const { baseUrl, token } = value as Record<string, unknown>;
    if (typeof baseUrl !== "string" || typeof token !== "string") return null;
    return { baseUrl, token, remember: true };
  } catch {
    return null;
  }
}

function writeRemembered(session: Session | null): void {
  try {
    if (session?.remember) {
      sessionStorage.setItem(STORAGE_KEY, JSON.stringify({ baseUrl: session.baseUrl, token: session.token }));
    } else {
      sessionStorage.removeItem(STORAGE_KEY);
    }
  } catch {
    // Storage may be disabled; the session then lives in memory only.
  }
}

let state: SessionState = { session: readRemembered(), ended: null };

function set(next: SessionState): void {
  state = next;
  for (const listener of listeners) listener();
}

export const sessionStore = {
  get: (): SessionState => state,
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  start(session: Session): void {
    writeRemembered(session);
    set({ session, ended: null });
  },
  end(reason: SessionEnd): void {
    if (!state.session) return;
    writeRemembered(null);
    set({ session: null, ended: reason });
  },
};
