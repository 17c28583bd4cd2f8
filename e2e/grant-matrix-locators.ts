import type { Page } from "@playwright/test";

// Locators the grant-matrix journeys share (the matrix's cells are named "room, member: summary").

export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The cell of `email` in `room`, by its accessible name. */
export const matrixCell = (page: Page, room: string, email: string) =>
  page.getByRole("gridcell", { name: new RegExp(`^${escapeRegExp(room)}, ${escapeRegExp(email)}: `) });

/** The dialog that previews (then applies) a bulk change. */
export const bulkPreview = (page: Page) => page.getByRole("dialog").filter({ has: page.getByTestId("bulk-preview") });
