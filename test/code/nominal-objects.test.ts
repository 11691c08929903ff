// An event noun that is the object of a governing verb ("announced new aid to X"): the adjectives
// and numbers before the noun are its own modifiers, not the subject of a complement clause, so
// the verb's subject stays the event's source as it does after a bare determiner. Sentences
// written for this test (fixture actors, invented events).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DocCoder, loadCoderDictionaries } from "../../src/code/index.ts";
import { fixtureDoc, parseFixtureActors } from "./fixture-annotate.ts";

const ROOT = join(import.meta.dirname, "..", "..");
const actors = parseFixtureActors(readFileSync(join(ROOT, "test/golden/coding/actors.tsv"), "utf8"));
const coder = new DocCoder(loadCoderDictionaries(join(ROOT, "data")));
const doc = (text: string) => fixtureDoc(text, actors, { publishedAt: "2024-05-01T00:00:00Z" });
/** source>target:code of each event of the text. */
const coded = (text: string) =>
  coder.code(doc(text)).map((e) => `${e.source.code}>${e.target?.code ?? "-"}:${e.cameo.code}`);

describe("an event noun after a governing verb, with its own modifiers", () => {
  it("keeps the verb's subject as the source past adjectives and numbers", () => {
    expect(coded("India announced the aid to Egypt.")).toContain("IND>EGY:070");
    expect(coded("India announced new aid to Egypt.")).toContain("IND>EGY:070");
  });
  it("leaves a noun whose phrase names its own actor to that actor", () => {
    // "Egypt's new aid": the possessor is the one who gives; India only announced it.
    expect(coded("India announced Egypt's new aid to Israel.")).not.toContain("IND>ISR:070");
  });
});

describe("an event noun that a receiving verb takes as its object", () => {
  it("is done to the subject, by the actor a from-phrase or a modifier names", () => {
    expect(coded("India faces a corruption probe from Egypt.")).toContain("EGY>IND:090");
    expect(coded("India drew sharp Egyptian criticism.")).toContain("EGY>IND:111");
  });
  it("never makes the subject its doer when no doer is named", () => {
    // "faces a corruption probe": the subject is the one investigated, not the investigator.
    expect(coded("India faces a corruption probe.").filter((e) => e.startsWith("IND>"))).toEqual([]);
    expect(coded("Egypt received humanitarian aid.").filter((e) => e.startsWith("EGY>"))).toEqual([]);
  });
});
