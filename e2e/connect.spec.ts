import { connect, expect, failedRequest, test } from "./fixtures.ts";

test("a refused token gets a clear message, then a good token opens the projects", async ({
  page,
  user,
  allowConsoleErrors,
}) => {
  allowConsoleErrors(failedRequest(401));
  await page.goto("/");
  await expect(page).toHaveURL(/\/connect$/);
  await expect(page).toHaveTitle("Connect · Meshagent Admin");
  await expect(page.getByLabel("API base URL")).toHaveValue(new URL(page.url()).origin);

  await page.getByLabel("Token").fill("not-a-valid-token");
  await page.getByRole("button", { name: "Connect", exact: true }).click();
  await expect(page.getByText(/This token was refused \(401\)/)).toBeVisible();
  await expect(page.getByLabel("Token")).toHaveAttribute("aria-invalid", "true");

  await page.getByLabel("Token").fill(user.token);
  await page.getByRole("button", { name: "Connect", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Projects", level: 1 })).toBeVisible();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByText("No projects yet")).toBeVisible();
});

test("an unreachable host and a URL that is not a Meshagent API get their own messages", async ({
  page,
  user,
  allowConsoleErrors,
}) => {
  allowConsoleErrors(/ERR_CONNECTION_REFUSED/, failedRequest(404));
  await page.goto("/connect");
  await page.getByLabel("Token").fill(user.token);

  await page.getByLabel("API base URL").fill("http://127.0.0.1:65531");
  await page.getByRole("button", { name: "Connect", exact: true }).click();
  await expect(page.getByText(/Could not reach http:\/\/127\.0\.0\.1:65531/)).toBeVisible();

  await page.getByLabel("API base URL").fill(`${new URL(page.url()).origin}/not-an-api`);
  await page.getByRole("button", { name: "Connect", exact: true }).click();
  await expect(page.getByText(/it is not a Meshagent API/)).toBeVisible();

  await page.getByRole("button", { name: "Use this server's local API" }).click();
  await page.getByRole("button", { name: "Connect", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Projects", level: 1 })).toBeVisible();
});

test("the token is kept in memory only, unless remembered on this tab", async ({ page, user }) => {
  await connect(page, user.token);
  const stored = await page.evaluate(() => JSON.stringify({ ...sessionStorage }) + JSON.stringify({ ...localStorage }));
  expect(stored).not.toContain(user.token);
  expect(page.url()).not.toContain(user.token);
  await page.reload();
  await expect(page).toHaveURL(/\/connect$/);

  await connect(page, user.token, { remember: true });
  expect(await page.evaluate(() => JSON.stringify({ ...sessionStorage }))).toContain(user.token);
  expect(await page.evaluate(() => JSON.stringify({ ...localStorage }))).not.toContain(user.token);
  await page.reload();
  await expect(page.getByRole("heading", { name: "Projects", level: 1 })).toBeVisible();
});

test("after a 401 the user reconnects and returns to the page they were on", async ({
  page,
  user,
  allowConsoleErrors,
}) => {
  allowConsoleErrors(failedRequest(401));
  const project = await user.api.createProject("Return trip");
  await connect(page, user.token, { remember: true });
  const roomsUrl = `/project/${project.id}/rooms?sort=-name`;
  await page.goto(roomsUrl);
  await expect(page.getByRole("heading", { name: "Rooms", level: 1 })).toBeVisible();

  // The token stops working: every call now answers 401.
  await page.evaluate(() => {
    const key = "meshagent-admin:session";
    const saved = JSON.parse(sessionStorage.getItem(key) ?? "{}");
    sessionStorage.setItem(key, JSON.stringify({ ...saved, token: "revoked-token" }));
  });
  await page.reload();
  await expect(page).toHaveURL(/\/connect$/);
  await expect(page.getByText(/Your session has ended/)).toBeVisible();

  await connect(page, user.token);
  await expect(page).toHaveURL(new RegExp(`${roomsUrl.replace("?", "\\?")}$`));
  await expect(page.getByRole("heading", { name: "Rooms", level: 1 })).toBeVisible();
});

test("sign out forgets the token and the cached data", async ({ page, user }) => {
  await user.api.createProject("Signed out soon");
  await connect(page, user.token, { remember: true });
  await expect(page.getByRole("link", { name: "Signed out soon" })).toBeVisible();

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/connect$/);
  expect(await page.evaluate(() => JSON.stringify({ ...sessionStorage }))).not.toContain(user.token);
  await expect(page.getByLabel("Token")).toHaveValue("");

  await page.goto("/");
  await expect(page).toHaveURL(/\/connect$/);
  await expect(page.getByText("Signed out soon")).toHaveCount(0);
});

test("when the API goes away a banner says so, and reads resume by themselves once it is back", async ({
  page,
  user,
  allowConsoleErrors,
}) => {
  test.setTimeout(60_000);
  allowConsoleErrors(/ERR_CONNECTION_REFUSED|ERR_FAILED/);
  await user.api.createProject("Flaky");
  await connect(page, user.token);
  await page.route("**/accounts/**", (route) => route.abort("connectionrefused"));

  await page.getByRole("link", { name: "Flaky" }).click();
  await expect(page.getByText("The API is unreachable.")).toBeVisible({ timeout: 20_000 });
  await expect(page.getByRole("alert")).toContainText("Could not reach the API");

  await page.unroute("**/accounts/**");
  await expect(page.getByRole("heading", { name: "Rooms", level: 1 })).toBeVisible({ timeout: 20_000 });
  await expect(page.getByText("The API is unreachable.")).toHaveCount(0);
});

test("the form names what is missing before sending anything, and clears it as the user corrects it", async ({
  page,
}) => {
  await page.goto("/connect");
  await page.getByLabel("API base URL").fill("not a url");
  await page.getByRole("button", { name: "Connect", exact: true }).click();
  await expect(page.getByText("Enter a full http:// or https:// URL")).toBeVisible();
  await expect(page.getByText("Enter an API key or access token")).toBeVisible();
  await expect(page.getByLabel("API base URL")).toBeFocused();
  await expect(page.getByLabel("Token")).toHaveAttribute("aria-invalid", "true");

  await page.getByLabel("API base URL").fill("http://127.0.0.1:1");
  await expect(page.getByText("Enter a full http:// or https:// URL")).toHaveCount(0);
  await expect(page.getByText("Enter an API key or access token")).toBeVisible();
  await expect(page).toHaveURL(/\/connect$/);
});

test("the form stays put when the server's info arrives, so a click in flight lands on the Remember box", async ({
  page,
}) => {
  // Hold this server's info (it is not mocked: it goes on to the real server once released).
  let release = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route("**/local/info", async (route) => {
    await held;
    await route.continue();
  });
  await page.goto("/connect");
  const remember = page.getByLabel("Remember on this tab");
  const before = await remember.boundingBox();
  if (!before) throw new Error("the Remember box has no layout");

  // The pointer goes down on the box, the info arrives and renders, then the pointer comes up.
  await page.mouse.move(before.x + before.width / 2, before.y + before.height / 2);
  await page.mouse.down();
  release();
  await expect(page.getByText("This server runs a local Meshagent-compatible API.")).toBeVisible();
  await page.mouse.up();

  expect(await remember.boundingBox()).toEqual(before);
  await expect(remember).toBeChecked();
});
