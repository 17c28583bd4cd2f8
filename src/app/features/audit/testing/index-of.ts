import { parseScope } from "#api/scope/forms.ts";
import { AccessIndex } from "#app/lib/access-index/access-index.ts";

/** An index from `[room, member e-mail, scope]` cells; ids are `r-<room>` and `u-<e-mail>`. */
export function indexOf(cells: [room: string, user: string, scope: Record<string, unknown>][]): AccessIndex {
  const index = new AccessIndex();
  for (const [room, user, scope] of cells) {
    index.setCell({ id: `r-${room}`, name: room }, { id: `u-${user}`, email: user }, parseScope(scope));
  }
  return index;
}
