import type { GrantName } from "#api/scope/schema.ts";
import type { PlannedItem } from "./bulk-plan.ts";

const sensitive = ["admin", "secrets", "tunnels", "storage"] as const;
const words: Record<(typeof sensitive)[number], string> = {
  admin: "admin",
  secrets: "secrets",
  tunnels: "tunnels",
  storage: "storage write",
};
const SHOWN = 5;

function who(items: readonly PlannedItem[]): string {
  const names = items.slice(0, SHOWN).map((item) => `${item.cell.userEmail} in ${item.cell.roomName}`);
  return items.length > SHOWN ? `${names.join(", ")} and ${items.length - SHOWN} more` : names.join(", ");
}

function lines(items: readonly PlannedItem[], pick: (item: PlannedItem) => GrantName[], verb: string) {
  return sensitive.flatMap((grant) => {
    const holders = items.filter((item) => pick(item).includes(grant));
    return holders.length === 0
      ? []
      : [{ key: `${verb}-${grant}`, text: `${verb} ${words[grant]} (${holders.length}): ${who(holders)}` }];
  });
}

/** Who gains or loses admin, secrets, tunnels or storage write through the change. */
export function SensitiveSummary({ items }: { items: readonly PlannedItem[] }) {
  const gains = lines(items, (item) => item.gains, "Gain");
  const losses = lines(items, (item) => item.losses, "Lose");
  if (gains.length + losses.length === 0) {
    return <p className="text-sm text-muted">No one gains or loses admin, secrets, tunnels or storage write.</p>;
  }
  return (
    <section aria-label="Sensitive access" className="grid gap-1 text-sm">
      <h3 className="font-semibold">Sensitive access</h3>
      <ul className="grid list-disc gap-0.5 pl-5">
        {[...gains, ...losses].map((line) => (
          <li key={line.key} className="break-words">
            {line.text}
          </li>
        ))}
      </ul>
    </section>
  );
}
