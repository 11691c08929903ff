import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DocCoder, loadCoderDictionaries } from "../../src/code/index.ts";
import { createContext } from "../../src/context.ts";
import { createLocator } from "../../src/locate/index.ts";
import { fixtureDoc, parseFixtureActors } from "../code/fixture-annotate.ts";

const ROOT = join(import.meta.dirname, "..", "..");
const actors = parseFixtureActors(readFileSync(join(ROOT, "test/golden/coding/actors.tsv"), "utf8"));
const coder = new DocCoder(loadCoderDictionaries(join(ROOT, "data")));
const locate = createLocator(createContext());

function locations(text: string, dateline?: string) {
  const doc = fixtureDoc(text, actors, dateline ? { dateline } : {});
  return locate(doc, coder.code(doc)).map((e) => e.location?.name ?? null);
}

describe("locate", () => {
  it("takes the place the sentence puts the event in", () => {
    expect(locations("Pakistan and Syria held talks in Geneva.")).toEqual(["Geneva", "Geneva"]);
  });
  it("prefers a place after 'in' over an acting capital", () => {
    expect(locations("Russia accused Ukraine of shelling civilians in Donetsk.")).toEqual(["Donetsk"]);
  });
  it("falls back to the dateline place when the text names it", () => {
    const doc = "Turkey criticised Syria. Officials met reporters in Karachi later.";
    expect(locations(doc, "Karachi")).toEqual(["Karachi"]);
  });
  it("gives null when nothing places the event", () => {
    expect(locations("Turkey criticised Syria.")).toEqual([null]);
  });
});
