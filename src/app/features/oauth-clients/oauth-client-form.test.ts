import { describe, expect, it } from "vitest";
import {
  formToOAuthClientParams,
  issueFieldOf,
  type OAuthClientForm,
  oauthClientFormSchema,
} from "./oauth-client-form.ts";

const form = (over: Partial<OAuthClientForm> = {}): OAuthClientForm => ({
  grantTypes: ["authorization_code"],
  responseTypes: ["code"],
  redirectUris: [{ value: "" }, { value: "https://a.example/cb" }, { value: " " }, { value: "http://localhost/cb" }],
  scope: "  rooms:read\tprofile:read ",
  metadata: [
    { key: "name", value: "App" },
    { key: "", value: "" },
  ],
  ...over,
});

describe("OAuth client form", () => {
  it("sends non-blank URI rows, the scope one space apart and metadata as an object", () => {
    expect(formToOAuthClientParams(form())).toEqual({
      grantTypes: ["authorization_code"],
      responseTypes: ["code"],
      redirectUris: ["https://a.example/cb", "http://localhost/cb"],
      scope: "rooms:read profile:read",
      metadata: { name: "App" },
    });
  });

  it("a server issue on the n-th URI sent lands on the row it came from", () => {
    const fieldOf = issueFieldOf(form());
    expect(fieldOf("redirect_uris.1")).toBe("redirectUris.3.value");
    expect(fieldOf("redirect_uris.0")).toBe("redirectUris.1.value");
    expect(fieldOf("redirect_uris")).toBe("redirectUris");
    expect(fieldOf("grant_types.0")).toBe("grantTypes");
    expect(fieldOf("metadata.name")).toBe("metadata");
    expect(fieldOf("official")).toBeUndefined();
  });

  it("refuses a plain-http URI off this machine and a repeated one, naming the row", () => {
    const result = oauthClientFormSchema.safeParse(
      form({
        redirectUris: [
          { value: "http://a.example/cb" },
          { value: "https://b.example" },
          { value: "https://b.example" },
        ],
      }),
    );
    expect(result.error?.issues.map((i) => i.path.join("."))).toEqual(["redirectUris.0.value", "redirectUris.2.value"]);
  });
});
