// Step 2 of name recognition: what each candidate span names, from general evidence only.
//   organisation: a capitalised organisation word inside it ("Labour Party", "Bank of Ghana",
//     "Acme Corp."), or an acronym;
//   person: a title, honorific or role noun right before ("Sen.", "Mr", "broker Jane Roe"), a given
//     name first ("Phil Simmons"), an initial ("J. Roe"), an age or a role in an apposition after
//     ("Jane Roe, 43,", "Jane Roe, the union's president"), or a verb of saying after a full name;
//   neither: left for the consistency pass (name-consistency.ts) and for places.
import type { Sex } from "./given-names.ts";
import { isAcronym, isCapitalised, isParticle, isWordToken, type Span } from "./name-spans.ts";
import type { NameTables } from "./name-tables.ts";
import type { NameFinderInput, NameItem } from "./name-types.ts";

export interface Classified extends Span {
  kind: "person" | "organization" | null;
  role: string | null;
  country: string | null;
  sex: "m" | "f" | null;
  evidence: string;
}

export interface ClassifyDeps {
  readonly tables: NameTables;
  readonly givenNames: ReadonlyMap<string, Sex>;
}

// Verbs of saying that follow a speaker's full name ("Jane Roe said").
const SPEECH = new Set([
  "said",
  "says",
  "told",
  "added",
  "stated",
  "declared",
  "explained",
  "wrote",
  "insisted",
  "argued",
  "noted",
  "warned",
  "urged",
]);
const ARTICLES = new Set(["a", "an", "the", "his", "her", "their", "its"]);
// How many words of an apposition may come before its role noun ("Jane Roe, the union's president").
const APPOSITION_REACH = 6;
// Honorifics that say the sex.
const FEMALE_HONORIFICS = new Set([
  "mrs",
  "ms",
  "miss",
  "mme",
  "mlle",
  "lady",
  "dame",
  "madam",
  "madame",
  "frau",
  "sister",
]);
const MALE_HONORIFICS = new Set(["mr", "sir", "lord", "monsieur", "herr", "sheikh", "father", "brother"]);
// Single-token acronyms that are no organisations: numerals and common abbreviations of units.
const NOT_ACRONYM =
  /^(?:I{1,3}|IV|VI{0,3}|IX|XI{0,3}|AM|PM|OK|TV|GMT|UTC|CEO|CFO|COO|GDP|AIDS|HIV|PC|ID|UK|US)$/;

export function classifySpan(
  input: NameFinderInput,
  cover: readonly (NameItem | null)[],
  span: Span,
  deps: ClassifyDeps,
): Classified | null {
  const { tokens, pos, sentenceOf } = input;
  const { tables, givenNames } = deps;
  let { from, to } = span;
  const n = tokens.length;
  const result = (
    kind: Classified["kind"],
    evidence: string,
    extra: Partial<Classified> = {},
  ): Classified => ({
    from,
    to,
    kind,
    role: null,
    country: null,
    sex: null,
    evidence,
    ...extra,
  });

  // Titles and honorifics at the head of the run are context, not name: "President", "Mr".
  let titled: string | null = null;
  let sexFromTitle: "m" | "f" | null = null;
  for (;;) {
    if (from >= to) return null;
    const c = cover[from];
    const key = tokens[from]!.key;
    if (c && (c.type === "title" || c.type === "agent") && c.to <= to) {
      titled = input.text.slice(tokens[c.from]!.start, tokens[c.to - 1]!.end);
      from = c.to;
      if (from < to && tokens[from]!.key === ".") from++;
      continue;
    }
    if (!c && tables.honorifics.has(key)) {
      titled = tokens[from]!.text;
      sexFromTitle = FEMALE_HONORIFICS.has(key) ? "f" : MALE_HONORIFICS.has(key) ? "m" : null;
      from++;
      if (from < to && tokens[from]!.key === ".") from++;
      continue;
    }
    break;
  }
  if (from >= to) return null;
  // A name that begins inside a dictionary phrase is that phrase's business.
  if (cover[from] && cover[from]!.from < from) return null;
  if (to < n && cover[to - 1] && cover[to - 1]!.to > to) return null;

  // A capitalised word opening a sentence is often a plain word ("Officials", "Trailing").
  const sentenceStart = from === 0 || sentenceOf[from - 1] !== sentenceOf[from] || opensQuote(input, from);
  if (
    sentenceStart &&
    !cover[from] &&
    pos[from] !== "PROPN" &&
    !givenNames.has(tokens[from]!.key) &&
    !tables.organisationWords.has(tokens[from]!.key) &&
    !isAcronym(tokens[from]!.text)
  ) {
    from++;
    while (from < to && !isWordToken(tokens[from]!.text)) from++;
    if (from >= to) return null;
  }

  const words: number[] = [];
  for (let k = from; k < to; k++)
    if (isWordToken(tokens[k]!.text) && !isParticle(tokens[k]!.text)) words.push(k);
  if (!words.length) return null;
  const uncovered = words.some((k) => !cover[k]);
  if (!uncovered) return null;
  const first = words[0]!;
  const last = words[words.length - 1]!;

  // Organisation: an organisation word written with a capital inside the name.
  for (let w = words.length - 1; w >= 0; w--) {
    const k = words[w]!;
    const role = tables.organisationWords.get(tokens[k]!.key);
    if (role === undefined || !isCapitalised(tokens[k]!.text)) continue;
    // "Jane Church", "Tom Bank": a given name and one more word is a person, when a title says so.
    if (titled && words.length === 2 && w === 1) break;
    const country = countryInside(cover, from, to);
    return result("organization", `organisation word "${tokens[k]!.text}"`, { role: role || null, country });
  }
  if (
    words.length === 1 &&
    to - from === 1 &&
    isAcronym(tokens[first]!.text) &&
    !NOT_ACRONYM.test(tokens[first]!.text) &&
    !cover[first]
  )
    return result("organization", "acronym");

  // Person evidence.
  const placeEnd = tables.placeWords.has(tokens[last]!.key);
  const lastIsCountry = cover[last] && (cover[last]!.type === "state" || cover[last]!.type === "capital");
  if (placeEnd || lastIsCountry) return result(null, "");
  const firstKey = tokens[first]!.key;
  const given = cover[first] ? undefined : givenNames.get(firstKey);
  const sex = sexFromTitle ?? (given === "m" || given === "f" ? given : null);
  const person = (evidence: string, extra: Partial<Classified> = {}) =>
    result("person", evidence, { sex, ...extra });

  // "Australian Jane Roe": a demonym before a person's name says where they are from.
  const lead = cover[from];
  if (lead && lead.type === "state" && lead.form === "demonym" && lead.to < to) {
    const rest = words.filter((k) => k >= lead.to);
    const restFirst = rest[0];
    if (
      restFirst !== undefined &&
      !cover[restFirst] &&
      givenNames.has(tokens[restFirst]!.key) &&
      rest.length >= 2
    ) {
      from = lead.to;
      return person(`given name "${tokens[restFirst]!.text}"`, {
        country: lead.iso3 ?? null,
        sex: sexFromTitle ?? sexOf(givenNames.get(tokens[restFirst]!.key)),
      });
    }
  }
  if (cover[first]) return result(null, "");

  if (titled) return person(`title "${titled}" before`);
  const before = roleNounBefore(input, cover, from, tables);
  if (before) return person(`"${before}" before`);
  if (words.length >= 2 && given) return person(`given name "${tokens[first]!.text}"`);
  if (words.length >= 2 && tokens[first]!.text.length === 1 && tokens[first + 1]?.key === ".")
    return person("initial");
  const after = appositionAfter(input, cover, to, tables);
  if (after) return person(after);
  if (words.length >= 2 && to < n && SPEECH.has(tokens[to]!.key))
    return person(`"${tokens[to]!.text}" after`);
  return result(null, "");
}

const sexOf = (s: Sex | undefined): "m" | "f" | null => (s === "m" || s === "f" ? s : null);

function opensQuote(input: NameFinderInput, k: number): boolean {
  const prev = k > 0 ? input.tokens[k - 1]! : null;
  return !!prev && /^["“‘'(]$/.test(prev.text) && (k < 2 || input.sentenceOf[k - 2] !== input.sentenceOf[k]);
}

/** The first country or capital named inside [from, to): "Bank of Ghana" -> GHA. */
function countryInside(cover: readonly (NameItem | null)[], from: number, to: number): string | null {
  for (let k = from; k < to; k++) {
    const c = cover[k];
    if (c && (c.type === "state" || c.type === "capital") && c.iso3) return c.iso3;
  }
  return null;
}

/** "broker Jane Roe", "off-spinner Roe", "spokesman Roe": a lower-case role noun right before. */
function roleNounBefore(
  input: NameFinderInput,
  cover: readonly (NameItem | null)[],
  from: number,
  tables: NameTables,
): string | null {
  if (from === 0) return null;
  const prev = input.tokens[from - 1]!;
  if (prev.text !== prev.key || input.sentenceOf[from - 1] !== input.sentenceOf[from]) return null;
  if (tables.personNouns.has(prev.key) || tables.honorifics.has(prev.key)) return prev.text;
  const c = cover[from - 1];
  if (c && c.type === "title") return prev.text;
  return null;
}

/** "Jane Roe, 43," or "Jane Roe, the union's president": an apposition that says who she is. */
function appositionAfter(
  input: NameFinderInput,
  cover: readonly (NameItem | null)[],
  to: number,
  tables: NameTables,
): string | null {
  const { tokens } = input;
  if (tokens[to]?.key !== ",") return null;
  const next = tokens[to + 1];
  if (!next) return null;
  if (/^\d{1,2}$/.test(next.text) && tokens[to + 2]?.key === ",") return "age after";
  if (!ARTICLES.has(next.key)) return null;
  for (let k = to + 2; k < Math.min(tokens.length, to + 2 + APPOSITION_REACH); k++) {
    const t = tokens[k]!;
    if (t.key === "," || t.key === "." || input.sentenceOf[k] !== input.sentenceOf[to]) break;
    const c = cover[k];
    if (tables.personNouns.has(t.key) || (c && c.type === "title")) return `apposition "${t.text}"`;
  }
  return null;
}
