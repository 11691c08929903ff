import { describe, expect, it } from "vitest";
import { createTokenizer } from "../../src/annotate/sentences-tokens.ts";

const tokenize = createTokenizer();

/** The sentences of `text` as strings, cut by their offsets. */
function split(text: string): string[] {
  return tokenize(text).map((s) => text.slice(s.start, s.end));
}

// Our own invented sentences. Each case: the text and the sentences it must be cut into.
const CASES: ReadonlyArray<readonly [string, string, readonly string[]]> = [
  [
    "military ranks",
    "Lt. Gen. Farid Osmani inspected the border posts. Col. Dana Whitfield joined him.",
    ["Lt. Gen. Farid Osmani inspected the border posts.", "Col. Dana Whitfield joined him."],
  ],
  [
    "rank wink does not know (Adm.)",
    "Adm. Rhea Calloway toured the port. Her visit lasted a day.",
    ["Adm. Rhea Calloway toured the port.", "Her visit lasted a day."],
  ],
  [
    "chained ranks Maj. Gen. and Capt.",
    "Maj. Gen. Idris Kane met Capt. Lena Moss at the base. They spoke briefly.",
    ["Maj. Gen. Idris Kane met Capt. Lena Moss at the base.", "They spoke briefly."],
  ],
  [
    "civil titles",
    "Sen. Paula Reyes and Rep. Tom Greer wrote to Gov. Hale. Dr. Amina Sato replied for the ministry.",
    ["Sen. Paula Reyes and Rep. Tom Greer wrote to Gov. Hale.", "Dr. Amina Sato replied for the ministry."],
  ],
  [
    "Mr., Mrs., Ms., Prof. and Pres.",
    "Mr. Okafor, Mrs. Lind, Ms. Wu and Prof. Haddad signed it. Pres. Morales did not.",
    ["Mr. Okafor, Mrs. Lind, Ms. Wu and Prof. Haddad signed it.", "Pres. Morales did not."],
  ],
  [
    "month abbreviations before a day",
    "The deadline moved from Sept. 30 to Oct. 15. Officials met on Jan. 4 in Doha.",
    ["The deadline moved from Sept. 30 to Oct. 15.", "Officials met on Jan. 4 in Doha."],
  ],
  [
    "U.S., U.K., U.N. and E.U. inside a sentence",
    "The U.S. and the U.K. urged the U.N. and the E.U. to act. Nobody answered.",
    ["The U.S. and the U.K. urged the U.N. and the E.U. to act.", "Nobody answered."],
  ],
  [
    "U.S. closing a sentence before a pronoun",
    "The envoy flew back to the U.S. He reported to the cabinet.",
    ["The envoy flew back to the U.S.", "He reported to the cabinet."],
  ],
  [
    "U.S. opening a sentence",
    "The ministry accused the U.S. of meddling. U.S. diplomats rejected that.",
    ["The ministry accused the U.S. of meddling.", "U.S. diplomats rejected that."],
  ],
  [
    "companies",
    "Norvik Inc. and Baltra Corp. signed with Ostrand Co. on Friday. Delmar Ltd. stayed out.",
    ["Norvik Inc. and Baltra Corp. signed with Ostrand Co. on Friday.", "Delmar Ltd. stayed out."],
  ],
  [
    "No., St. and vs.",
    "Resolution No. 77 was drafted in St. Gallen. It pitted Arlen vs. Tobin.",
    ["Resolution No. 77 was drafted in St. Gallen.", "It pitted Arlen vs. Tobin."],
  ],
  [
    "no lower-case sentence start after a period",
    "The firm Valdor Foods LLC. based in Ohio recalled spinach. The count ran from Sept 9. until today.",
    ["The firm Valdor Foods LLC. based in Ohio recalled spinach.", "The count ran from Sept 9. until today."],
  ],
  [
    "a lower-case word wink reads as an abbreviation",
    "Two guards were taken ill. Mr Ostrov was admitted to hospital.",
    ["Two guards were taken ill.", "Mr Ostrov was admitted to hospital."],
  ],
  [
    "units glued to a number before a period",
    "The feed is capped at 720p. But the drone flew at 90 km/h. Radar lost it.",
    ["The feed is capped at 720p.", "But the drone flew at 90 km/h.", "Radar lost it."],
  ],
  [
    "a brand name may start a sentence",
    "Sales fell sharply. iPhone shipments dropped too.",
    ["Sales fell sharply.", "iPhone shipments dropped too."],
  ],
  [
    "No. as an answer, then as a number",
    "Asked whether troops would stay, he said: No. The vote on resolution No. 2231 followed.",
    ["Asked whether troops would stay, he said: No.", "The vote on resolution No. 2231 followed."],
  ],
  [
    "Jr. ending a sentence and inside one",
    "The pact was witnessed by Ferdinand Marcos Jr. The ministers then met Marcos Jr. and his staff.",
    ["The pact was witnessed by Ferdinand Marcos Jr.", "The ministers then met Marcos Jr. and his staff."],
  ],
  [
    "e.g., i.e. and etc. before lower case",
    "Some states, e.g. Chile, agreed. Others, i.e. the rest, refused. Fuel, food, etc. were sent.",
    ["Some states, e.g. Chile, agreed.", "Others, i.e. the rest, refused.", "Fuel, food, etc. were sent."],
  ],
  [
    "etc. ending a sentence",
    "They sent fuel, food, etc. The convoy left at dawn.",
    ["They sent fuel, food, etc.", "The convoy left at dawn."],
  ],
  [
    "middle initials",
    "Harold T. Brandt met Maria L. Costa. They agreed to talk again.",
    ["Harold T. Brandt met Maria L. Costa.", "They agreed to talk again."],
  ],
  [
    "several initials",
    "The report by J. K. Mwangi was cited. Its author declined to comment.",
    ["The report by J. K. Mwangi was cited.", "Its author declined to comment."],
  ],
  [
    "a single letter ending a sentence",
    "Negotiators fell back on Plan B. The talks resumed an hour later.",
    ["Negotiators fell back on Plan B.", "The talks resumed an hour later."],
  ],
  [
    "closing straight quote after the period",
    'The spokesman said "we will not retreat." Then he left the podium.',
    ['The spokesman said "we will not retreat."', "Then he left the podium."],
  ],
  [
    "closing curly quotes",
    "“We will respond,” the minister said. “This is a provocation.” The army was put on alert.",
    ["“We will respond,” the minister said.", "“This is a provocation.”", "The army was put on alert."],
  ],
  [
    "question and exclamation inside quotes",
    'She asked, "Who ordered this?" Nobody replied. "Enough!" he shouted.',
    ['She asked, "Who ordered this?"', "Nobody replied.", '"Enough!" he shouted.'],
  ],
  [
    "Reuters dateline",
    "ISLAMABAD (Reuters) - Pakistan's army chief met his Chinese counterpart on Tuesday. Both sides praised the talks.",
    [
      "ISLAMABAD (Reuters) - Pakistan's army chief met his Chinese counterpart on Tuesday.",
      "Both sides praised the talks.",
    ],
  ],
  [
    "Xinhua dateline with a date and a double hyphen",
    "BEIJING, June 16 (Xinhua) -- China and Pakistan agreed to expand drills. The statement gave no figures.",
    [
      "BEIJING, June 16 (Xinhua) -- China and Pakistan agreed to expand drills.",
      "The statement gave no figures.",
    ],
  ],
  [
    "dateline with an em dash and a quote",
    "KYIV, Ukraine (AP) — “We will hold the line,” the commander said. Shelling continued.",
    ["KYIV, Ukraine (AP) — “We will hold the line,” the commander said.", "Shelling continued."],
  ],
  [
    "dateline on a line of its own before the body",
    "GENEVA (Reuters) -\nDelegates resumed talks on Monday. They broke for lunch.",
    ["GENEVA (Reuters) -\nDelegates resumed talks on Monday.", "They broke for lunch."],
  ],
  [
    "a headline run into its story's dateline and colon (headline-datelines.ts)",
    "Port strike ends after deal with unions: minister MOMBASA: Dock workers returned to work on Monday.",
    [
      "Port strike ends after deal with unions: minister",
      "MOMBASA: Dock workers returned to work on Monday.",
    ],
  ],
  [
    "a headline run into a two-word dateline after a short capitalised word, and into an agency dateline",
    "Floods cut roads in the north: PM NEW DELHI: Rescue teams reached the villages. Quake shakes coast LIMA (AP) - The tremor hit at dawn.",
    [
      "Floods cut roads in the north: PM",
      "NEW DELHI: Rescue teams reached the villages.",
      "Quake shakes coast",
      "LIMA (AP) - The tremor hit at dawn.",
    ],
  ],
  [
    "capitals inside a sentence that open no dateline: an acronym with a hyphen, a line all in capitals",
    "The NATO-led mission said WHO officials arrived. BREAKING NEWS UPDATE: The vote passed.",
    ["The NATO-led mission said WHO officials arrived.", "BREAKING NEWS UPDATE: The vote passed."],
  ],
  [
    "decimal numbers and money",
    "Growth slowed to 3.5 percent. Inflation hit 7.2% and the deficit $1.5 billion. Markets fell.",
    ["Growth slowed to 3.5 percent.", "Inflation hit 7.2% and the deficit $1.5 billion.", "Markets fell."],
  ],
  [
    "ellipsis inside and at the end of a sentence",
    "The talks were... difficult, he said. Nobody knew what came next... The delegates went home.",
    ["The talks were... difficult, he said.", "Nobody knew what came next...", "The delegates went home."],
  ],
  [
    "URLs, domains and e-mail addresses",
    "Details are on www.mofa.example.org/briefings today. Write to press@mofa.example.org for copies. See https://un.example.org/a?b=1.",
    [
      "Details are on www.mofa.example.org/briefings today.",
      "Write to press@mofa.example.org for copies.",
      "See https://un.example.org/a?b=1.",
    ],
  ],
  [
    "an inline numbered list",
    "The rebels set three conditions: 1. a ceasefire; 2. a prisoner swap; 3. talks in Nairobi. The army refused.",
    [
      "The rebels set three conditions: 1. a ceasefire; 2. a prisoner swap; 3. talks in Nairobi.",
      "The army refused.",
    ],
  ],
  [
    "a list number opening a sentence",
    "Demands were read out. 1. Withdraw the troops. 2. Free the detainees.",
    ["Demands were read out.", "1. Withdraw the troops.", "2. Free the detainees."],
  ],
  [
    "a bulleted list on lines",
    "The communique listed:\n- joint patrols\n- a hotline\nBoth sides signed.",
    ["The communique listed:", "- joint patrols", "- a hotline", "Both sides signed."],
  ],
  [
    "paragraph breaks always end a sentence",
    "Talks ended without a statement\n\nThe next round is set for May",
    ["Talks ended without a statement", "The next round is set for May"],
  ],
  [
    "a wrapped line does not end a sentence",
    "The minister said that the\ntalks would resume soon. Diplomats agreed.",
    ["The minister said that the\ntalks would resume soon.", "Diplomats agreed."],
  ],
  [
    "times with a.m. and p.m.",
    "The strike began at 4 a.m. local time. It ended at 6 p.m. Rescue teams moved in.",
    ["The strike began at 4 a.m. local time.", "It ended at 6 p.m.", "Rescue teams moved in."],
  ],
  [
    "times followed by a zone or a weekday",
    "Voting closed at 6 p.m. GMT on Sunday. Counting began at 9 a.m. Monday.",
    ["Voting closed at 6 p.m. GMT on Sunday.", "Counting began at 9 a.m. Monday."],
  ],
  [
    "U.S. before a name of an institution",
    "The U.S. Navy and a U.S. Justice Department team disagreed. Talks went on.",
    ["The U.S. Navy and a U.S. Justice Department team disagreed.", "Talks went on."],
  ],
  [
    "a line break after a headline-like line",
    "Border Reopens\nTrucks crossed the bridge at dawn.",
    ["Border Reopens", "Trucks crossed the bridge at dawn."],
  ],
  [
    "CRLF line ends and paragraphs",
    "Troops withdrew.\r\nThe border reopened.\r\n\r\nTrade resumed",
    ["Troops withdrew.", "The border reopened.", "Trade resumed"],
  ],
];

describe("sentence splitting", () => {
  it("has at least 25 cases", () => {
    expect(CASES.length).toBeGreaterThanOrEqual(25);
  });
  for (const [name, text, expected] of CASES) {
    it(name, () => {
      expect(split(text)).toEqual(expected);
    });
  }
});

const OFFSET_INPUTS: readonly string[] = [
  "Plain words, nothing special.",
  "Emoji 😀👍🏽 and a family 👨‍👩‍👧 and a flag 🇺🇦 in one sentence.",
  "Non-BMP letters 𝔸𝔹ℂ and a CJK extension character 𠀀 here.",
  "Curly “double” and ‘single’ quotes, «guillemets», an em dash — and an ellipsis… too.",
  "Windows\r\nline ends\r\n\r\nand a new paragraph.",
  "A combining accent: cafe\u0301 and re\u0301sume\u0301 are decomposed.",
  "Zero\u200bwidth space, soft\u00adhyphen, non\u00a0breaking space and a tab\there.",
  "Contractions: can't, won't, don't, he's, O'Neil's.",
  "  Leading and trailing spaces.   ",
  "Numbers 1,000,000 and 3.5% and $5.5bn and 10:30 and U.S.-led forces.",
  "Arabic اسلام آباد and Cyrillic Київ and Chinese 北京 in one line.",
  // wink emits an empty token here.
  "Growth of $1.2bnSept..3.5% was reported.",
];

describe("token offsets", () => {
  for (const text of OFFSET_INPUTS) {
    it(`index the text: ${JSON.stringify(text.slice(0, 30))}`, () => {
      const sentences = tokenize(text);
      expect(sentences.length).toBeGreaterThan(0);
      let previousEnd = 0;
      for (const sentence of sentences) {
        expect(sentence.tokens.length).toBeGreaterThan(0);
        expect(sentence.start).toBe(sentence.tokens[0]!.start);
        expect(sentence.end).toBe(sentence.tokens[sentence.tokens.length - 1]!.end);
        for (const token of sentence.tokens) {
          expect(text.slice(token.start, token.end)).toBe(token.text);
          expect(token.start).toBeGreaterThanOrEqual(previousEnd);
          expect(token.end).toBeGreaterThan(token.start);
          expect(token.text.trim()).not.toBe("");
          expect(token.pos).toMatch(/^[A-Z]+$/);
          expect(token.lemma.length).toBeGreaterThan(0);
          previousEnd = token.end;
        }
      }
      // Every visible character is covered by some token: nothing is dropped.
      const covered = new Uint8Array(text.length);
      for (const s of sentences) for (const t of s.tokens) covered.fill(1, t.start, t.end);
      for (let i = 0; i < text.length; i++) {
        if (!covered[i]) expect(text[i]).toMatch(/[\s\u00ad\u200b-\u200d]/u);
      }
    });
  }

  it("returns no sentences for blank text", () => {
    expect(tokenize("")).toEqual([]);
    expect(tokenize(" \n\n\t ")).toEqual([]);
  });

  it("keeps a decomposed accent inside its word", () => {
    const text = "He visited the cafe\u0301 twice.";
    const words = tokenize(text).flatMap((s) => s.tokens.map((t) => t.text));
    expect(words).toContain("cafe\u0301");
  });

  it("gives lemmas and universal parts of speech", () => {
    const tokens = tokenize("The ministers met in Beijing.").flatMap((s) => s.tokens);
    expect(tokens.map((t) => [t.text, t.lemma, t.pos])).toEqual([
      ["The", "the", "DET"],
      ["ministers", "minister", "NOUN"],
      ["met", "meet", "VERB"],
      ["in", "in", "ADP"],
      ["Beijing", "beijing", "PROPN"],
      [".", ".", "PUNCT"],
    ]);
  });

  it("keeps web addresses without a scheme as one token", () => {
    const text = "Read www.un.org/news, mofa.gov.pk and https://example.org/a?b=1 today.";
    const words = tokenize(text).flatMap((s) => s.tokens.map((t) => t.text));
    expect(words).toEqual([
      "Read",
      "www.un.org/news",
      ",",
      "mofa.gov.pk",
      "and",
      "https://example.org/a?b=1",
      "today",
      ".",
    ]);
  });

  it("keeps an abbreviation that wink splits as one token", () => {
    const tokens = tokenize("Adm. Rhea Calloway spoke.").flatMap((s) => s.tokens.map((t) => t.text));
    expect(tokens[0]).toBe("Adm.");
  });
});
