import { meshagentScopes, scopeTokens } from "#api/oauth-vocabulary.ts";

/** The word being typed: the text after the last space, or "" right after one. */
export const partialToken = (scope: string) => /(\S*)$/.exec(scope)?.[1] ?? "";

/** Meshagent scopes not yet in `scope` that complete the word being typed. */
export function scopeSuggestions(scope: string): string[] {
  const partial = partialToken(scope);
  const taken = new Set(scopeTokens(scope));
  return meshagentScopes.filter((s) => !taken.has(s) && s.startsWith(partial));
}

/** `scope` with the word being typed replaced by `token`, and a space to go on typing. */
export const acceptSuggestion = (scope: string, token: string) =>
  `${scope.slice(0, scope.length - partialToken(scope).length)}${token} `;
