/**
 * Whether an llm `models` entry can match any model at all. The SDK's `LLMGrant.canUseModel` compares each
 * entry with `"{provider}/{model}"`, both trimmed and neither empty: equal to it, or, for an entry ending in
 * "*", starting with what comes before the star. So "openai/gpt-4o", "openai/*" and "*" match something,
 * while "gpt-4o" (no provider) or "openai/" (no model) match nothing.
 */
export function modelPatternMatchesSome(pattern: string): boolean {
  if (pattern.endsWith("*")) return !/^\s/.test(pattern);
  // A provider and a model, each without spaces at its ends, joined at any "/" (a provider may hold "/").
  return /^\S(?:[\s\S]*\S)?\/\S(?:[\s\S]*\S)?$/.test(pattern);
}
