// The dashboard is rebuilt when a build input is newer than web/dist, not only when it is missing,
// so a checkout never serves a stale dashboard after its sources change.
import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { webBuildIsCurrent } from "../../src/cli/web-build.ts";

function fakeRepo(): string {
  const root = mkdtempSync(join(tmpdir(), "sitrep-web-build-"));
  mkdirSync(join(root, "web", "src", "views"), { recursive: true });
  mkdirSync(join(root, "web", "dist"), { recursive: true });
  writeFileSync(join(root, "web", "index.html"), "<!doctype html>");
  writeFileSync(join(root, "web", "src", "views", "page.ts"), "export {};");
  return root;
}

const at = (path: string, seconds: number) => utimesSync(path, seconds, seconds);

describe("web build freshness", () => {
  it("is not current without a build", () => {
    expect(webBuildIsCurrent(fakeRepo())).toBe(false);
  });

  it("is current when built after every input, stale when a nested source changes later", () => {
    const root = fakeRepo();
    const index = join(root, "web", "dist", "index.html");
    writeFileSync(index, "built");
    at(join(root, "web", "index.html"), 1_000);
    at(join(root, "web", "src", "views", "page.ts"), 1_000);
    at(index, 2_000);
    expect(webBuildIsCurrent(root)).toBe(true);
    at(join(root, "web", "src", "views", "page.ts"), 3_000);
    expect(webBuildIsCurrent(root)).toBe(false);
  });
});
