import { presets } from "#api/scope/presets.ts";
import type { ApiScope, GrantName } from "#api/scope/schema.ts";
import { describeScope } from "#api/scope/summary.ts";

const nothing = presets.none();

/** One grant's line of the plain-language summary, without its label; "off" when absent. */
export function grantSummary(scope: ApiScope, name: GrantName): string {
  if (scope[name] === null) return "Off: denied";
  const [line = ""] = describeScope({ ...nothing, [name]: scope[name] });
  const text = line.slice(line.indexOf(": ") + 2);
  return text.charAt(0).toUpperCase() + text.slice(1);
}
