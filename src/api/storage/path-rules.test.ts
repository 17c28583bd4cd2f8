import { describe, expect, it } from "vitest";
import { joinStoragePath, storageFileName, storagePathProblem } from "./path-rules.ts";

describe("storage path rules", () => {
  it("accepts relative paths with folders and any characters in names", () => {
    for (const path of ["a.txt", "deep/er/blob.bin", "ünï cødé/📄 <b>.bin", ".hidden", "a..b/c"]) {
      expect(storagePathProblem(path), path).toBeNull();
    }
  });

  it("refuses what could leave the project or names nothing", () => {
    const cases: [string, RegExp][] = [
      ["", /empty/],
      ["../x", /\.\./],
      ["a/../../x", /\.\./],
      ["/etc/passwd", /relative/],
      ["C:\\Windows\\x", /relative/],
      ["a\\b", /\//],
      ["a//b", /empty segments/],
      ["folder/", /empty segments/],
      ["./x", /\. as a folder/],
      ["nul\0byte", /NUL/],
      ["a".repeat(256), /255 bytes/],
      [`${"dir/".repeat(300)}x`, /1024/],
    ];
    for (const [path, message] of cases) expect(storagePathProblem(path), JSON.stringify(path)).toMatch(message);
  });

  it("the root is a folder but not a file", () => {
    expect(storagePathProblem("", "folder")).toBeNull();
    expect(storagePathProblem("", "file")).not.toBeNull();
  });

  it("joins and splits names", () => {
    expect(joinStoragePath("", "a.txt")).toBe("a.txt");
    expect(joinStoragePath("docs/x", "a.txt")).toBe("docs/x/a.txt");
    expect(storageFileName("docs/x/a.txt")).toBe("a.txt");
    expect(storageFileName("a.txt")).toBe("a.txt");
  });
});
