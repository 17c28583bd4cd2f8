import { parseScope } from "#api/scope/forms.ts";
import { AccessIndex } from "#app/lib/access-index/access-index.ts";

// Tests' access index, built directly: `grants` as [room name, member name, scope JSON]; room ids are
// `r-<name>`, member ids `u-<name>` with e-mail `<name>@x.test`. Extra rooms or users hold no grant.

export function anIndex(
  grants: readonly (readonly [string, string, unknown])[],
  extra: { rooms?: string[]; users?: string[] } = {},
): AccessIndex {
  const index = new AccessIndex();
  for (const room of extra.rooms ?? []) index.rooms.set(`r-${room}`, { id: `r-${room}`, name: room, grantCount: 0 });
  for (const user of extra.users ?? [])
    index.users.set(`u-${user}`, { id: `u-${user}`, email: `${user}@x.test`, name: "", grantCount: 0 });
  for (const [room, user, scope] of grants) {
    index.setCell({ id: `r-${room}`, name: room }, { id: `u-${user}`, email: `${user}@x.test` }, parseScope(scope));
  }
  return index;
}
