import { afterEach, expect, it } from "vitest";
import { ClientValidationError, NetworkError } from "#api/errors.ts";
import { createQueryClient } from "./query-client.ts";
import { reachability } from "./reachability.ts";

afterEach(() => reachability.set(true));

const refused = () =>
  new ClientValidationError("POST", "/accounts/projects/p/rooms", [{ path: "name", message: "bad" }]);

async function failingMutation(error: Error) {
  const client = createQueryClient();
  const mutation = client.getMutationCache().build(client, { mutationFn: () => Promise.reject(error) });
  await mutation.execute(undefined).catch(() => undefined);
}

it("a request the client refused to send leaves the API unreachable banner as it was", async () => {
  await failingMutation(new NetworkError("GET", "https://api.example/accounts/projects"));
  expect(reachability.get()).toBe(false);
  await failingMutation(refused());
  expect(reachability.get()).toBe(false);
});

it("a read the client refused to send is not retried", async () => {
  const client = createQueryClient();
  let calls = 0;
  const read = client.fetchQuery({
    queryKey: ["refused"],
    queryFn: () => {
      calls++;
      return Promise.reject(refused());
    },
  });
  await expect(read).rejects.toBeInstanceOf(ClientValidationError);
  expect(calls).toBe(1);
});
