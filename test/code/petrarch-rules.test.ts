// PETRARCH-specific rules of `--dict-format petrarch`, on our own small invented dictionaries:
// unknown actors for lone agents (---GOV), agents spread over actor lists, comma lists as compounds,
// `%` patterns, and the target taken from anywhere in the verb's phrase.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadPetrarchCoder } from "../../src/code/petrarch/index.ts";
import { mendTags } from "../../src/code/petrarch/petrarch-coder.ts";
import { needsCompoundSource, parseVerbs } from "../../src/code/petrarch/petrarch-verbs.ts";
import { fixtureDoc } from "./fixture-annotate.ts";

const ROOT = join(import.meta.dirname, "..", "..");
const dir = mkdtempSync(join(tmpdir(), "sitrep-petrarch-"));
writeFileSync(
  join(dir, "toy.actors.txt"),
  "ARNOR_ [ARN]\nGONDOR_ [GON]\nROHAN_ [ROH]\nBREE_ [BRE]\nRIVER_OF_ANDUIN [AND]\nSHIRE_FOLK [SHR]\nROHAN TELEVISION [ROHTV]\n",
);
writeFileSync(
  join(dir, "toy.agents.txt"),
  "OFFICIAL [~GOV]\nLAWMAKER [~LEG]\nDIPLOMAT [~GOV]\nSOLDIER [~MIL]\nHELPERS_GUILD [NGO~]\n",
);
writeFileSync(
  join(dir, "toy.verbs.txt"),
  [
    "--- AGREE [081] ---",
    "AGREE",
    "- * WITH % [031]",
    "- % * [030:030]",
    "--- ALLOW [080] ---",
    "ALLOW",
    "--- PRAISE [051] ---",
    "PRAISE",
    "--- ABANDON [345] ---",
    "ABANDON",
    "--- STOP [190] ---",
    "STOP",
    "--- SAY [023] ---",
    "SAY {SAID SAYS}",
    "--- RECEIVE [033] ---",
    "RECEIVE",
    "- + * MONEY $ [071]",
    "",
  ].join("\n"),
);
/** A document with no mentions of our own: the PETRARCH annotator finds its actors. */
const doc = (text: string) => fixtureDoc(text, [], { id: "t", publishedAt: "2001-01-01T00:00:00Z" });

function coded(text: string, requireTarget: boolean): string[] {
  const p = loadPetrarchCoder(join(ROOT, "data"), dir, { requireTarget });
  return p.coder
    .code(p.annotate(doc(text)))
    .map((e) => `${e.source.code}>${e.target?.code ?? "---"}:${e.cameo.code}`)
    .sort();
}

function mentionCodes(text: string): string[] {
  const p = loadPetrarchCoder(join(ROOT, "data"), dir);
  return p.annotate(doc(text)).mentions.map((m) => `${m.text}=${m.code}`);
}

describe("PETRARCH actor phrases", () => {
  it("gives an agent that names no actor the unknown actor code ---", () => {
    expect(mentionCodes("A senior official said on Saturday.")).toEqual(["official=---GOV"]);
    expect(coded("Gondor praised Rohan, a senior official said on Saturday.", false)).toEqual([
      "---GOV>---:023",
      "GON>ROH:051",
    ]);
  });
  it("does not read a stem match as a lone agent ('diplomatic' is no DIPLOMAT)", () => {
    expect(mentionCodes("Gondor praised diplomatic progress.")).toEqual(["Gondor=GON"]);
    expect(mentionCodes("Gondor diplomats praised progress.")).toEqual(["Gondor diplomats=GONGOV"]);
  });
  it("spreads a list of agents over a list of actors", () => {
    expect(mentionCodes("Lawmakers and officials in Arnor and Gondor praised Bree.").slice(0, 4)).toEqual([
      "Lawmakers and officials in Arnor and Gondor=ARNLEG",
      "Lawmakers and officials in Arnor and Gondor=GONLEG",
      "Lawmakers and officials in Arnor and Gondor=ARNGOV",
      "Lawmakers and officials in Arnor and Gondor=GONGOV",
    ]);
    expect(mentionCodes("Soldiers from Rohan praised Bree.")[0]).toBe("Soldiers from Rohan=ROHMIL");
  });
  it("matches agents as whole words and plurals, not as stems", () => {
    expect(mentionCodes("Gondor officialdom praised Bree.")).toEqual(["Gondor=GON", "Bree=BRE"]);
    expect(mentionCodes("Gondor officials praised Bree.")[0]).toBe("Gondor officials=GONGOV");
  });
  it("lets adjectives joined by 'and' stand between an actor's possessive and its agent", () => {
    expect(mentionCodes("Rohan's old and wise official praised Bree.")[0]).toBe(
      "Rohan's old and wise official=ROHGOV",
    );
  });
  it("puts a prefixed role before the actor and a following agent after it", () => {
    expect(mentionCodes("A Helpers Guild Arnor diplomat praised Bree.")[0]).toBe(
      "Helpers Guild Arnor diplomat=NGOARNGOV",
    );
    expect(mentionCodes("Rohan's first official praised Bree.")[0]).toBe("Rohan's first official=ROHGOV");
  });
  it("keeps a comma list ending in 'and' as one compound, also after a preposition", () => {
    expect(coded("Bree praised ties with Arnor, Gondor and Rohan.", true)).toEqual([
      "BRE>ARN:051",
      "BRE>GON:051",
      "BRE>ROH:051",
    ]);
  });
  it("lets a few words stand between the space-separated words of an actor phrase", () => {
    expect(mentionCodes("Bree praised Rohan state-run television.")).toContain(
      "Rohan state-run television=ROHTV",
    );
    expect(mentionCodes("Bree praised Rohan, and television.")).not.toContain("Rohan, and television=ROHTV");
    expect(mentionCodes("Bree praised Rohan in a long television show.")).toContain("Rohan=ROH");
  });
  it("reads the dictionaries' underscore in the text as joining the phrase's words", () => {
    expect(mentionCodes("Bree praised the River_of_Anduin.")).toContain("River_of_Anduin=AND");
  });
});

describe("PETRARCH patterns and targets", () => {
  it("marks % before the verb as a compound source and % after it as a compound target", () => {
    const patterns = parseVerbs("--- AGREE [081] ---\nAGREE\n- * WITH % [031]\n- % * [030:030]\n", "v");
    const [, withTarget, compound] = patterns;
    expect(needsCompoundSource(compound!)).toBe(true);
    expect(compound!.reciprocal).toBe(true);
    expect(needsCompoundSource(withTarget!)).toBe(false);
    expect(withTarget!.reciprocal).toBe(false);
    expect(withTarget!.elements.some((e) => e.kind === "target")).toBe(true);
  });
  it("codes a `% *` pattern only when the subject is a compound", () => {
    expect(coded("Arnor and Gondor agree that disputes should be settled.", true)).toEqual([
      "ARN>GON:030",
      "GON>ARN:030",
    ]);
    expect(coded("Arnor agrees that disputes should be settled.", false)).toEqual(["ARN>---:081"]);
    expect(coded("Bree agrees with Arnor and Gondor that disputes should be settled.", true)).toEqual([
      "BRE>ARN:031",
      "BRE>GON:031",
    ]);
  });
  it("codes a verb inside the phrase of an earlier verb between the same actors once", () => {
    expect(coded("Arnor abandoned efforts to praise a Gondor parade.", true)).toEqual(["ARN>GON:345"]);
    expect(coded("Arnor abandoned Gondor, so Arnor praised Gondor.", true)).toEqual([
      "ARN>GON:051",
      "ARN>GON:345",
    ]);
  });
  it("takes the actor that opens the subject noun phrase as the source", () => {
    expect(coded("Arnor centre of a row with Rohan praised Gondor.", true)).toEqual(["ARN>GON:051"]);
    expect(coded("Arnor believes Rohan praised Gondor.", true)).toContain("ROH>GON:051");
  });
  it("takes the first actor in the verb's phrase as target, not past a comma", () => {
    expect(coded("Arnor allowed that Rohan is not a pleasant place.", true)).toEqual(["ARN>ROH:080"]);
    expect(coded("Arnor allowed, in the end, that Rohan is not a pleasant place.", true)).toEqual([]);
    expect(coded("Arnor allowed, in the end, that Rohan is not a pleasant place.", false)).toEqual([
      "ARN>---:080",
    ]);
  });
});

describe("PETRARCH pattern words around the verb", () => {
  const verbs = [
    "&NEGATIVE",
    "+WO N'T",
    "+WILL NOT",
    "",
    "--- CLASH [223] ---",
    "CLASH",
    "- * OVER EFFORTS [121]",
    "- UNEXPECTEDLY &NEGATIVE * OVER EFFORTS [906]",
    "--- RISE [---] ---",
    "RISE {ROSE RISEN}",
    "- DEATH TOLL * [223]",
    "--- ALLOW [080] ---",
    "ALLOW",
    "- * REALLY_PLEASANT [024]",
    "- * THE_NEATEST_PLACE [027]",
    "- * THE_NEATEST_PLACE TO_VISIT [028]",
    "",
  ].join("\n");
  const verbDir = mkdtempSync(join(tmpdir(), "sitrep-petrarch-verbs-"));
  writeFileSync(join(verbDir, "toy.actors.txt"), "ARNOR_ [ARN]\nGONDOR_ [GON]\nROHAN_ [ROH]\n");
  writeFileSync(join(verbDir, "toy.verbs.txt"), verbs);
  const code = (text: string) => {
    const p = loadPetrarchCoder(join(ROOT, "data"), verbDir, { requireTarget: true });
    return p.coder
      .code(p.annotate(doc(text)))
      .map((e) => `${e.source.code}>${e.target?.code}:${e.cameo.code}`);
  };
  it("lets the verb's auxiliaries stand between the words written before `*` and the verb", () => {
    expect(code("Arnor's death toll has risen in the dispute with Gondor.")).toEqual(["ARN>GON:223"]);
    expect(code("Arnor's death toll has never been so low in the dispute with Gondor.")).toEqual([]);
  });
  it("finds a pattern's words before the verb anywhere earlier in its clause", () => {
    expect(code("Arnor unexpectedly now won't try to clash over the efforts of Gondor.")).toEqual([
      "ARN>GON:906",
    ]);
    expect(code("Arnor now won't try to clash over the efforts of Gondor.")).toEqual(["ARN>GON:121"]);
    expect(code("Unexpectedly, Arnor now won't try to clash over the efforts of Gondor.")).toEqual([
      "ARN>GON:121",
    ]);
  });
  it("finds a verb-first pattern's words further on in the phrase, past the target", () => {
    expect(code("Rohan allowed that Gondor is not a really pleasant place.")).toEqual(["ROH>GON:024"]);
    expect(code("Rohan allowed that Gondor is not the neatest place.")).toEqual(["ROH>GON:027"]);
    expect(code("Rohan allowed that Gondor is not a pleasant place.")).toEqual(["ROH>GON:080"]);
    // The longest pattern that fits wins.
    expect(code("Rohan allowed that Gondor is not the neatest place to visit.")).toEqual(["ROH>GON:028"]);
    // The phrase ends at a comma: words after it belong to another phrase.
    expect(code("Rohan allowed that Gondor is not a neat place, the neatest place for Arnor.")).toEqual([
      "ROH>GON:080",
    ]);
  });
});

describe("PETRARCH verb forms the tagger missed", () => {
  it("reads a dictionary verb form between an actor and a determiner as a verb", () => {
    const text = "Gondor welcome a truce; the welcome a guest got.";
    const base = doc(text);
    const words = text.replace(/([;.])/g, " $1").split(" ");
    let at = 0;
    const tokens = words.map((w) => {
      const start = text.indexOf(w, at);
      at = start + w.length;
      const pos = w === "Gondor" ? "PROPN" : w === "welcome" ? "ADJ" : w === "a" || w === "the" ? "DET" : "X";
      return { start, end: start + w.length, text: w, lemma: w, pos };
    });
    const input = {
      ...base,
      sentences: [{ start: 0, end: text.length, tokens }],
      mentions: [
        {
          start: 0,
          end: 6,
          text: "Gondor",
          kind: "state" as const,
          form: "name" as const,
          name: "Gondor",
          code: "GON",
          sentenceIndex: 0,
        },
      ],
    };
    const out = mendTags(input, new Set(["welcome"]));
    expect(out.sentences[0]!.tokens.map((t) => t.pos)).toEqual([
      "PROPN",
      "VERB",
      "DET",
      "X",
      "X",
      "DET",
      "ADJ",
      "DET",
      "X",
      "X",
      "X",
    ]);
    expect(mendTags(input, new Set(["attack"]))).toBe(input);
  });
  it("drops a comma between coordinate adjectives, keeping other commas", () => {
    const text = "Arnor restored complete , full diplomatic ties , Gondor said";
    const pos = ["PROPN", "VERB", "ADJ", "PUNCT", "ADV", "ADJ", "NOUN", "PUNCT", "PROPN", "VERB"];
    let at = 0;
    const tokens = text.split(" ").map((w, k) => {
      const start = text.indexOf(w, at);
      at = start + w.length;
      return { start, end: start + w.length, text: w, lemma: w, pos: pos[k]! };
    });
    const input = { ...doc(text), sentences: [{ start: 0, end: text.length, tokens }], mentions: [] };
    const out = mendTags(input, new Set());
    expect(out.sentences[0]!.tokens.map((t) => t.text).join(" ")).toBe(
      "Arnor restored complete full diplomatic ties , Gondor said",
    );
  });
});

describe("PETRARCH new actors (new_actor_length)", () => {
  const code = (text: string, newActorLength: number) => {
    const p = loadPetrarchCoder(join(ROOT, "data"), dir, { requireTarget: true, newActorLength });
    return p.coder
      .code(p.annotate(doc(text)))
      .map((e) => `${e.source.code}>${e.target?.code}:${e.cameo.code}`);
  };
  it("makes an unlisted proper-noun phrase of at most N words an actor with its quoted words", () => {
    expect(code("The Council of Elrond praised Gondor on Wednesday.", 4)).toEqual([
      '"THE COUNCIL OF ELROND">GON:051',
    ]);
    expect(code("Gondor praised Thranduil's Woodland Realm on Wednesday.", 4)).toEqual([
      'GON>"THRANDUIL WOODLAND REALM":051',
    ]);
  });
  it("is off at 0, and leaves longer phrases and day names alone", () => {
    expect(code("The Council of Elrond praised Gondor on Wednesday.", 0)).toEqual([]);
    expect(code("The Council of Elrond praised Gondor on Wednesday.", 3)).toEqual([]);
    expect(code("Gondor praised Wednesday.", 4)).toEqual([]);
  });
});

describe("PETRARCH pattern roles", () => {
  it("swaps source and target when a pattern names the target before the verb and the source after", () => {
    expect(coded("Gondor has received by courier money from Rohan.", true)).toEqual(["ROH>GON:071"]);
    expect(coded("Gondor received Rohan.", true)).toEqual(["GON>ROH:033"]);
  });
});
