// bin/load-entry.js runs the precompiled dist/ only while it matches the sources: an edited, added
// or removed source file, or no build at all, sends bin/sitrep.js back to the sources through tsx.
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
// @ts-expect-error: plain JS module of bin/, no type declarations
import { isBuildFresh } from "../../bin/load-entry.js";

const roots: string[] = [];
afterEach(() => {
  for (const r of roots.splice(0)) rmSync(r, { recursive: true, force: true });
});

/** A repository with src/a.ts and src/sub/b.ts last modified at `sourceMs`, built at `builtAtMs`. */
function fakeRepo(sourceMs: number, builtAtMs: number | null, sourceCount = 2): string {
  const root = mkdtempSync(join(tmpdir(), "sitrep-load-entry-"));
  roots.push(root);
  mkdirSync(join(root, "src", "sub"), { recursive: true });
  for (const file of [join(root, "src", "a.ts"), join(root, "src", "sub", "b.ts")]) {
    writeFileSync(file, "export {};\n");
    utimesSync(file, sourceMs / 1000, sourceMs / 1000);
  }
  writeFileSync(join(root, "src", "notes.md"), "not a source\n");
  if (builtAtMs !== null) {
    mkdirSync(join(root, "dist"));
    writeFileSync(join(root, "dist", "build-stamp.json"), JSON.stringify({ builtAtMs, sourceCount }));
  }
  return root;
}

describe("isBuildFresh", () => {
  const t = Date.UTC(2026, 0, 1);
  it("uses a build made after every source was written", () => {
    expect(isBuildFresh(fakeRepo(t, t + 1000))).toBe(true);
  });
  it("ignores a build older than an edited source", () => {
    expect(isBuildFresh(fakeRepo(t + 5000, t))).toBe(false);
  });
  it("ignores a build when a source was added or removed since", () => {
    expect(isBuildFresh(fakeRepo(t, t + 1000, 3))).toBe(false);
  });
  it("runs the sources when there is no build", () => {
    expect(isBuildFresh(fakeRepo(t, null))).toBe(false);
  });
});
