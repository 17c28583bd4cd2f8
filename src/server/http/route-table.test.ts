import { Hono } from "hono";
import { expect, it } from "vitest";
import { serverInfoSchema } from "#api/schemas/local.ts";
import type { AppEnv } from "../auth.ts";
import { errorBody, HttpError, sendError } from "./errors.ts";
import { mountRoutes } from "./route-table.ts";
import { defineRoutes, jsonText } from "./route-types.ts";

// Answers written as JSON text escape the type checker; the test server parses every answer with the
// contract's schema instead. This checks that the check fails loudly, and costs nothing when off.

const appWith = (text: string, checkAnswers: boolean) => {
  const app = new Hono<AppEnv>();
  app.onError((error, c) =>
    error instanceof HttpError ? sendError(c, error) : c.json(errorBody("Internal server error"), 500),
  );
  mountRoutes(app, defineRoutes({ getServerInfo: () => jsonText(serverInfoSchema, text) }), { checkAnswers });
  return app;
};

const info = '{"kind":"local","version":"0","user_lookup":true,"upstream":null,"cli_session":false}';
const notInfo = '{"kind":"somewhere","version":0}';

it("an answer that matches its schema is sent as written", async () => {
  const response = await appWith(info, true).request("/local/info");
  expect([response.status, await response.text()]).toEqual([200, info]);
  expect(response.headers.get("content-type")).toBe("application/json");
});

it("with checkAnswers, an answer outside its schema is a 500, not a silent drift", async () => {
  expect((await appWith(notInfo, true).request("/local/info")).status).toBe(500);
  expect((await appWith(notInfo, false).request("/local/info")).status).toBe(200);
});
