// The near-duplicate fingerprint (dedup/simhash.ts) hashes shingles with a non-cryptographic mix
// instead of md5: what must hold is SimHash's behaviour, not particular bits. Lightly edited copies
// of a story land within NEAR_DUPLICATE_BITS, unrelated stories far from it, and every bit is set
// about half the time (a biased bit would pull unrelated texts together).
import { describe, expect, it } from "vitest";
import { generateParagraphs } from "../../bench/annotate/corpus-generate.ts";
import { createRandom } from "../../bench/seeded-random.ts";
import { chooseCluster, hammingDistance, NEAR_DUPLICATE_BITS, simhash64 } from "../../src/dedup/index.ts";

const paragraphs = generateParagraphs(240, 21);
/** Stories of four generated paragraphs (about 190 words each). */
const stories: string[] = [];
for (let i = 0; i + 4 <= paragraphs.length; i += 4) stories.push(paragraphs.slice(i, i + 4).join("\n\n"));

/** A wire copy: a byline added and three words replaced somewhere in the body. */
function edited(story: string, k: number): string {
  const words = story.split(" ");
  words.splice((k * 7919) % (words.length - 5), 3, "officials", "said", "later");
  return `By Staff Reporter\n\n${words.join(" ")}`;
}

describe("simhash64", () => {
  it("puts edited copies within the near-duplicate distance and unrelated stories far from it", () => {
    const near = stories.map((s, i) => hammingDistance(simhash64(s), simhash64(edited(s, i))));
    const far = stories.slice(1).map((s, i) => hammingDistance(simhash64(s), simhash64(stories[i]!)));
    const mean = (a: number[]) => a.reduce((x, y) => x + y, 0) / a.length;
    // md5 shingles gave 88-93% within 7 bits on these stories, means 4.2-4.5 and 24-26.
    expect(near.filter((d) => d <= NEAR_DUPLICATE_BITS).length / near.length).toBeGreaterThan(0.8);
    expect(mean(near)).toBeLessThan(6);
    expect(Math.min(...far)).toBeGreaterThan(NEAR_DUPLICATE_BITS);
    expect(mean(far)).toBeGreaterThan(20);
  });

  it("sets each of the 64 bits about half the time", () => {
    // Independent texts: 400 of 60 words drawn from the generated stories' vocabulary.
    const random = createRandom(5);
    const vocabulary = [...new Set(paragraphs.join(" ").split(/\s+/))];
    const texts = Array.from({ length: 400 }, () =>
      Array.from({ length: 60 }, () => vocabulary[Math.floor(random() * vocabulary.length)]).join(" "),
    );
    const ones = new Array<number>(64).fill(0);
    for (const s of texts) {
      const hash = simhash64(s);
      for (let bit = 0; bit < 64; bit++)
        if ((Number.parseInt(hash[bit >> 2]!, 16) >> (bit & 3)) & 1) ones[bit]!++;
    }
    for (const count of ones) {
      expect(count / texts.length).toBeGreaterThan(0.4);
      expect(count / texts.length).toBeLessThan(0.6);
    }
  });

  it("is case-blind, deterministic, and fingerprints texts of one or two words", () => {
    expect(simhash64(stories[0]!)).toBe(simhash64(stories[0]!.toUpperCase()));
    expect(simhash64("Talks")).toMatch(/^[0-9a-f]{16}$/);
    expect(simhash64("peace talks")).not.toBe(simhash64("talks peace"));
    expect(simhash64("")).toBe("0000000000000000");
    expect(
      chooseCluster(simhash64(stories[3]!), [
        { simhash: simhash64(edited(stories[3]!, 1)), clusterKey: "k" },
      ]),
    ).toBe(
      hammingDistance(simhash64(stories[3]!), simhash64(edited(stories[3]!, 1))) <= NEAR_DUPLICATE_BITS
        ? "k"
        : null,
    );
  });
});

describe("simhash64's fingerprints stay what stores hold", () => {
  // Computed before words were found by walking code points instead of WORD.matchAll: stored
  // fingerprints are compared with new ones, so the words (letters and digits in any script,
  // astral ones included; marks, emoji and lone surrogates break them) must come out the same.
  const KNOWN: [string, string][] = [
    ["", "0000000000000000"],
    ["one", "590605e1643cddbe"],
    ["two words", "a1c27409a93bf51f"],
    ["Pakistan and China held talks on Monday, officials said.", "3c43ca540033547c"],
    ["BOGOTÁ — Ñandú señor café 2024-05-01: 42 killed; naïve résumé", "15a349a1af231d3d"],
    ["été decomposed accents", "88980a15140608e8"],
    ["Ελληνικά и русский текст, 中文字符 and العربية", "3959bad68da105ac"],
    ["astral 𝐀𝐁𝐂 letters 😀 emoji 𝟙𝟚 digits", "0ea41040c8899804"],
    ["lone \ud800 surrogate \udc00 here x\ud83d", "0886014010102902"],
    ["İstanbul ǅemal ﬁnance Straße", "83214a3bc824b47a"],
    ["tabs\tand\nnewlines\r\nand   spaces__under_scores-and-hyphens", "bada864ee51647ec"],
  ];
  it.each(KNOWN)("%j", (text, hash) => {
    expect(simhash64(text)).toBe(hash);
  });
});

it("gives a long generated text the fingerprint it had", () => {
  expect(simhash64(paragraphs.join("\n\n"))).toBe("9b9e41941d534933");
});
