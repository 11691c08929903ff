// The pattern index skips a pattern when the sentence lacks a word one of its required elements
// needs (or an actor group a required target needs). That is only a shortcut: matchAt must give
// exactly what walking every pattern whose trigger fits the token gives.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadCoderDictionaries } from "../../src/code/dictionary-load.ts";
import type { Pattern } from "../../src/code/pattern-load.ts";
import { matchFrom, opensTimePhrase, PatternIndex } from "../../src/code/pattern-match.ts";
import { buildSentenceView, type SentenceView } from "../../src/code/sentence-view.ts";
import { fixtureDoc } from "./fixture-annotate.ts";

const dict = loadCoderDictionaries(join(import.meta.dirname, "../../data"));
const index = new PatternIndex(dict.patterns);

/** Every pattern whose trigger word fits token i, walked in the index's order, without the shortcut. */
function walkAll(view: SentenceView, i: number): { code: string; last: number }[] {
  const out: { pattern: Pattern; last: number }[] = [];
  for (const pattern of index.candidates(view, i)) {
    let r = matchFrom(view, pattern.elements, 0, i, []);
    if (r && pattern.reason && opensTimePhrase(view, r.last + 1)) r = null;
    if (r) out.push({ pattern, last: r.last });
  }
  return out.map((m) => ({ code: m.pattern.code, last: m.last }));
}

const ACTORS = [
  { phrase: "Russia", code: "RUS", kind: "state" as const },
  { phrase: "Ukraine", code: "UKR", kind: "state" as const },
  { phrase: "police", code: "COP", kind: "agent" as const },
  { phrase: "protesters", code: "OPP", kind: "agent" as const },
];

const TEXT = [
  "Russia held talks with Ukraine on Monday.",
  "Protesters held a rally outside the ministry.",
  "Police launched a raid on the protesters' camp.",
  "The company held its annual meeting and made a profit.",
  "Russia made an appeal to Ukraine to resume the negotiations.",
  "Ukraine carried out a drone attack on a depot, officials said.",
  "He held the door open and made dinner.",
  "Russia stepped up its shelling of Ukraine.",
].join(" ");

describe("pattern index shortcut", () => {
  it("matches what walking every candidate pattern matches, token by token", () => {
    const doc = fixtureDoc(TEXT, ACTORS);
    let compared = 0;
    let matched = 0;
    doc.sentences.forEach((sentence, si) => {
      const view = buildSentenceView(
        si,
        sentence,
        doc.mentions.filter((m) => m.sentenceIndex === si),
      );
      for (let i = 0; i < view.tokens.length; i++) {
        const all = walkAll(view, i);
        const indexed = index.matchAt(view, i).map((m) => ({ code: m.pattern.code, last: m.last }));
        const byKey = (a: { code: string; last: number }, b: { code: string; last: number }) =>
          a.code.localeCompare(b.code) || a.last - b.last;
        expect([...indexed].sort(byKey)).toEqual([...all].sort(byKey));
        compared += index.candidates(view, i).length;
        matched += all.length;
      }
    });
    // The sentences do reach the light verbs' many patterns, and some match.
    expect(compared).toBeGreaterThan(200);
    expect(matched).toBeGreaterThan(3);
  });

  it("still finds a light verb's event when its noun is in the sentence, and none when it is not", () => {
    const doc = fixtureDoc("Russia held talks with Ukraine. Russia held Ukraine.", ACTORS);
    const views = doc.sentences.map((s, si) =>
      buildSentenceView(
        si,
        s,
        doc.mentions.filter((m) => m.sentenceIndex === si),
      ),
    );
    const heldAt = (v: SentenceView) => v.words.indexOf("held");
    expect(index.matchAt(views[0]!, heldAt(views[0]!)).some((m) => m.words >= 2)).toBe(true);
    expect(index.matchAt(views[1]!, heldAt(views[1]!)).filter((m) => m.pattern.light)).toEqual([]);
  });
});
