// The audit's views once the index is read: switching to each (in the app, as its tabs and links do,
// so the index stays loaded) and timing until the view's content is on screen, with the longest
// main-thread task of the switch. Used by bench/audit.ts.
import type { Page } from "@playwright/test";
import { openDb } from "#server/db/open.ts";
import { longTasksSince } from "./browser.ts";
import type { TargetRow } from "./start-server.ts";

/** The largest room (most grants) and the busiest member (grants in most rooms) of the seeded database. */
export function biggestOf(dbFile: string): { roomId: string; userId: string } {
  const db = openDb(dbFile);
  try {
    const top = (column: string) =>
      db
        .prepare<[], { id: string }>(
          `SELECT ${column} AS id FROM room_grants GROUP BY ${column} ORDER BY count(*) DESC, ${column} LIMIT 1`,
        )
        .get()?.id ?? "";
    return { roomId: top("room_id"), userId: top("user_id") };
  } finally {
    db.close();
  }
}

interface ViewSwitch {
  name: string;
  /** Where to go (`?view=…`), or the start of the text of a button to press on the current view. */
  search?: string;
  press?: string;
  /** A selector present once the view shows its content (not its loading state). */
  content: string;
}

export function viewSwitches(ids: { roomId: string; userId: string }): ViewSwitch[] {
  const overview = {
    name: "Overview",
    search: "?view=overview",
    content: 'table[aria-label="Privilege level by member"] tbody tr',
  };
  return [
    overview,
    {
      name: "Room access (largest room)",
      search: `?view=room&roomId=${encodeURIComponent(ids.roomId)}`,
      content: 'table[aria-label^="Access in"] tbody tr',
    },
    {
      name: "Member access (busiest member)",
      search: `?view=member&memberId=${encodeURIComponent(ids.userId)}`,
      content: 'table[aria-label^="Access of"] tbody tr',
    },
    // The same index a second time: what is computed once per index version is not computed again.
    { ...overview, name: "Overview again" },
    { name: "Findings", search: "?view=findings", content: "#findings-heading" },
    // No seeded scope writes /data (an empty answer); a quarter of the grants may use openai/*.
    {
      name: "Question box: write storage /data",
      search: "?view=question&q=storage-write&target=%2Fdata",
      content: 'table[aria-label="Allowed pairs"]',
    },
    {
      name: "Question box: use LLM model openai/gpt (12,500 pairs)",
      search: "?view=question&q=llm&target=openai%2Fgpt",
      content: 'table[aria-label="Allowed pairs"] tbody tr',
    },
    { ...overview, name: "Overview after the question box" },
    {
      name: "Overview: show all members' heatmap rows",
      press: "Show all 5000 members",
      content: 'table[aria-label="Privilege level by member"][data-rows="all"] tr[aria-rowindex]',
    },
  ];
}

// Navigates inside the app (the router follows popstate), then waits frame by frame for the content.
const switchTo = ({ search, press, content }: ViewSwitch) => `new Promise((done, fail) => {
  const started = performance.now();
  if (${JSON.stringify(press ?? null)} !== null) {
    [...document.querySelectorAll("button")].find((b) => b.textContent.startsWith(${JSON.stringify(press)}))?.click();
  } else {
    history.pushState(null, "", location.pathname + ${JSON.stringify(search ?? "")});
    dispatchEvent(new PopStateEvent("popstate"));
  }
  const check = () => {
    if (document.querySelector(${JSON.stringify(content)})) return done([started, performance.now() - started]);
    if (performance.now() - started > 60000) return fail(new Error(location.search + ": no content after 60 s; headings: " + [...document.querySelectorAll("h2")].map((h) => h.textContent).join(", ")));
    requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
})`;

/** Each view switch as two rows: time to content, and the longest task of the switch (≤ 50 ms). */
export async function measureViewSwitches(page: Page, switches: readonly ViewSwitch[]): Promise<TargetRow[]> {
  const rows: TargetRow[] = [];
  for (const view of switches) {
    const [started, toContent] = (await page.evaluate(switchTo(view))) as [number, number];
    // Long tasks are reported after they end: let the switch settle before reading them.
    await page.waitForTimeout(750);
    const { longest } = await longTasksSince(page, started);
    rows.push(
      { measure: `${view.name}: time to content`, value: `${Math.round(toContent)} ms`, target: "–", met: true },
      {
        measure: `${view.name}: longest main-thread task`,
        value: `${Math.round(longest)} ms`,
        target: "≤ 50 ms",
        met: longest <= 50,
      },
    );
  }
  return rows;
}
