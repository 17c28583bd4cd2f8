import type { Page } from "@playwright/test";
import type { Meshagent } from "#api/client.ts";
import { NotFoundError } from "#api/errors.ts";
import type { ApiScope } from "#api/scope/schema.ts";
import { expect, signInAndOpen, type TestUser } from "../fixtures.ts";
import { type ProjectPlan, type SeededProject, seedProject } from "./seed-project.ts";

// What the grant-matrix specs share: opening the page, its locators (a cell is named
// "room, member: summary"), and the server's side of a cell.

export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Signs in and opens the project's grant matrix (`query` is its search part, "?…"). */
export async function openMatrix(page: Page, token: string, projectId: string, query = ""): Promise<void> {
  await signInAndOpen(page, token, `/project/${projectId}/grants${query}`);
  await expect(page.getByRole("grid")).toBeVisible();
}

/** Seeds `plan` as `user` (the project's admin) and opens its matrix as them. */
export async function openSeededMatrix<R extends string, M extends string>(
  page: Page,
  admin: Meshagent,
  user: TestUser,
  plan: ProjectPlan<R, M>,
): Promise<SeededProject<R, M>> {
  const seeded = await seedProject(admin, user.api, plan);
  await openMatrix(page, user.token, seeded.project.id);
  return seeded;
}

/** The cell of `email` in `room`, by its accessible name. */
export const matrixCell = (page: Page, room: string, email: string) =>
  page.getByRole("gridcell", { name: new RegExp(`^${escapeRegExp(room)}, ${escapeRegExp(email)}: `) });

/** The column header's button: its name is the column's grant count, then "select column <e-mail>". */
export const columnButton = (page: Page, email: string) =>
  page.getByRole("button", { name: new RegExp(`: select column ${escapeRegExp(email)}$`) });

export const bulkActions = (page: Page) => page.getByRole("region", { name: "Bulk actions" });

/** The dialog that previews (then applies) a bulk change; also the undo's. */
export const bulkPreview = (page: Page) => page.getByRole("dialog").filter({ has: page.getByTestId("bulk-preview") });

/** The member's grant in the room as the server has it, or null when there is none. */
export async function grantOf(
  api: Meshagent,
  projectId: string,
  roomId: string,
  userId: string,
): Promise<ApiScope | null> {
  try {
    return (await api.getRoomGrant(projectId, roomId, userId)).permissions;
  } catch (error) {
    if (error instanceof NotFoundError) return null;
    throw error;
  }
}
