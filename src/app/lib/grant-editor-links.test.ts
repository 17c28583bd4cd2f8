import { describe, expect, it } from "vitest";
import { grantDialogTarget, withGrantDialog } from "./grant-editor-links.ts";

describe("the grant dialog in the URL", () => {
  it("opens and closes without touching the page's own parameters", () => {
    const page = new URLSearchParams("page=2&filter=ada");
    const editing = withGrantDialog(page, { kind: "edit", id: "u 1" });
    expect(editing).toBe("?page=2&filter=ada&grant=u+1");
    expect(grantDialogTarget(new URLSearchParams(editing))).toEqual({ kind: "edit", id: "u 1" });
    const creating = withGrantDialog(new URLSearchParams(editing), { kind: "new" });
    expect(grantDialogTarget(new URLSearchParams(creating))).toEqual({ kind: "new" });
    expect(withGrantDialog(new URLSearchParams(creating), null)).toBe("?page=2&filter=ada");
    expect(withGrantDialog(new URLSearchParams(), null)).toBe("");
  });

  it("reads no dialog from an empty grant parameter", () => {
    expect(grantDialogTarget(new URLSearchParams("grant="))).toBeNull();
  });
});
