// Step 2 of name recognition: what each candidate span names, from general evidence only.
//   organisation: a capitalised organisation word inside it ("Labour Party", "Bank of Ghana",
//     "Acme Corp."), or an acronym;
//   person: a title, honorific or role noun right before ("Sen.", "Mr", "broker Jane Roe"), a given
//     name first ("Phil Simmons"), an initial ("J. Roe"), an age or a role in an apposition after
//     ("Jane Roe, 43,", "Jane Roe, the union's president"), or a verb of saying after a full name;
//   neither: left for the consistency pass (name-consistency.ts) and for places.
import type { Sex } from "./given-names.ts";
import {
  ageBefore,
  appositionAfter,
  appositionBefore,
  kinAfterPossessive,
  namedAfterOf,
  partyStateTag,
} from "./name-context-cues.ts";
import {
  countedOrOwned,
  countryInBrackets,
  countryInside,
  hasUncovered,
  leadingCountryName,
  MAX_BRACKETED_NAME_WORDS,
  roleNounBefore,
  sexOf,
  skipSentenceStart,
  startsWithPlace,
} from "./name-span-cues.ts";
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

/** What the classifier knows about the whole document. */
export interface DocFacts {
  /** Sentences with at least one lower-case word: elsewhere (tables, all-capital lines) capitals say nothing. */
  readonly runningText: ReadonlySet<number>;
}

// Prepositions after which a capitalised name is where something happens: "in Oakland".
const LOCATIVE_BEFORE = new Set(["in", "at", "near", "outside", "throughout"]);
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
  facts: DocFacts,
): Classified | null {
  const { tokens, sentenceOf } = input;
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

  // Capitals right before a known person's name are theirs ("Sheikh" before a known emir).
  if (to < n && cover[to]?.type === "person" && tokens[to]!.start - tokens[to - 1]!.end <= 1) return null;
  // Organisation: an organisation word written with a capital, not part of a dictionary phrase,
  // anywhere in the run: the whole run is the name ("Queen Elizabeth University Hospital").
  if (cover[from] && cover[from]!.from < from) return null;
  if (to < n && cover[to - 1] && cover[to - 1]!.to > to) return null;
  for (let k = to - 1; k >= from; k--) {
    const c = cover[k];
    // An agent noun ("Corporation", "Police") heads a name when a word we do not know comes before
    // it ("Peanut Corporation", "Kent Police"); after a country it is that country's ("Pakistan Army").
    // So does an agent noun that opens the name with "of" after it ("University of Michigan").
    const agentHead =
      c?.type === "agent" &&
      c.from === k &&
      ((k > from && !cover[k - 1]) || (k === from && c.to === k + 1 && namedAfterOf(input, cover, c.to, to)));
    const role = agentHead
      ? (tables.organisationWords.get(tokens[k]!.key) ?? c.role ?? "")
      : tables.organisationWords.get(tokens[k]!.key);
    if (
      role === undefined ||
      (c && !agentHead) ||
      // "Asa Carlsson": a given name that is also a company form opens a person's name.
      (k === from && to - from >= 2 && givenNames.has(tokens[k]!.key)) ||
      !isCapitalised(tokens[k]!.text) ||
      !isWordToken(tokens[k]!.text)
    )
      continue;
    const start = skipSentenceStart(input, cover, from, to, deps);
    if (start >= to || start > k) break;
    from = start;
    if (!hasUncovered(tokens, cover, from, to)) return null;
    // "West Bank", "Union Square": a name the gazetteer holds is a place, whatever its last word.
    if (input.isPlaceName?.(input.text.slice(tokens[from]!.start, tokens[to - 1]!.end))) return null;
    return result("organization", `organisation word "${tokens[k]!.text}"`, {
      role: role || null,
      country: countryInside(cover, from, to) ?? leadingCountryName(input, cover, from, to),
    });
  }

  // Titles and honorifics are context, not name: "President", "Mr", "Health Secretary". The
  // name is what follows the last of them.
  let titled: string | null = null;
  let sexFromTitle: "m" | "f" | null = null;
  for (let k = from; k < to; ) {
    const c = cover[k];
    const key = tokens[k]!.key;
    let after = -1;
    if (c && c.from === k && c.to < to && (c.type === "title" || c.type === "agent")) {
      if (c.type === "title") titled = input.text.slice(tokens[c.from]!.start, tokens[c.to - 1]!.end);
      after = c.to;
    } else if (!c && (tables.honorifics.has(key) || tables.personNouns.has(key)) && k + 1 < to) {
      // "Mr", "Health Secretary", "Coach": a form of address or a role written with a capital.
      titled = tokens[k]!.text;
      sexFromTitle = FEMALE_HONORIFICS.has(key) ? "f" : MALE_HONORIFICS.has(key) ? "m" : sexFromTitle;
      after = k + 1;
    }
    if (after < 0) {
      k = c ? c.to : k + 1;
      continue;
    }
    if (after < to && tokens[after]!.key === ".") after++;
    from = after;
    k = after;
  }
  if (from >= to) return null;
  if (!titled) {
    from = skipSentenceStart(input, cover, from, to, deps);
    if (from >= to) return null;
  }

  const words: number[] = [];
  for (let k = from; k < to; k++)
    if (isWordToken(tokens[k]!.text) && !isParticle(tokens[k]!.text)) words.push(k);
  if (!words.length || !hasUncovered(tokens, cover, from, to)) return null;
  const first = words[0]!;
  if (
    words.length === 1 &&
    to - from === 1 &&
    isAcronym(tokens[first]!.text) &&
    facts.runningText.has(sentenceOf[first]!) &&
    !NOT_ACRONYM.test(tokens[first]!.text) &&
    !cover[first] &&
    !countedOrOwned(input, first)
  )
    return result("organization", "acronym");

  // Person evidence. "of" and "for" join organisation names, not people's: "Sen. Jane Roe of Ohio".
  for (let k = from; k < to; k++)
    if (tokens[k]!.text === "of" || tokens[k]!.text === "for") {
      to = k;
      break;
    }
  while (words.length && words[words.length - 1]! >= to) words.pop();
  if (!words.length) return null;
  const last = words[words.length - 1]!;
  const placeEnd = tables.placeWords.has(tokens[last]!.key);
  const lastIsCountry = cover[last] && (cover[last]!.type === "state" || cover[last]!.type === "capital");
  if (lastIsCountry) return result(null, "");
  // "Anthony Hill", "Jane Park": a place word is a surname too; then only context that says
  // person outright (a title, a demonym, a bracketed country, an apposition, a verb of saying)
  // makes one, and never a name the gazetteer holds ("Notting Hill", "Hyde Park").
  const spanText = input.text.slice(tokens[from]!.start, tokens[to - 1]!.end);
  // (The words after the last dictionary phrase: "Controversial Australian Anthony Hill" has two.)
  const ownWords = words.length - 1 - words.findLastIndex((k) => !!cover[k]);
  if (placeEnd && (ownWords !== 2 || input.isPlaceName?.(spanText))) return result(null, "");
  const firstKey = tokens[first]!.key;
  const given = cover[first] ? undefined : givenNames.get(firstKey);
  const sex = sexFromTitle ?? (given === "m" || given === "f" ? given : null);
  // "Jane Roe (Kenya)": a country in brackets right after a name says where the person is from.
  const bracketed = countryInBrackets(input, cover, to);
  // "Jane Roe, R-Ohio,", "(D-Calif.)": the party-and-state tag US papers give members of Congress.
  const tagged = partyStateTag(input, to);
  const person = (evidence: string, extra: Partial<Classified> = {}) =>
    result("person", tagged ? `${evidence}; party-state tag after` : evidence, {
      sex,
      country: bracketed ?? (tagged ? "USA" : null),
      role: tagged ? "LEG" : null,
      ...extra,
    });

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
  // ("Australian Anthony Hill": a demonym right before says person for a place-word surname.)
  const demonymBefore = from > 0 && cover[from - 1]?.type === "state" && cover[from - 1]?.form === "demonym";
  // "Mark Doherty, the union's president,": the given name says person, the apposition whose.
  const locative = from > 0 && LOCATIVE_BEFORE.has(tokens[from - 1]!.key);
  const after = locative ? null : appositionAfter(input, cover, to, tables);
  if (words.length >= 2 && given && (!placeEnd || demonymBefore) && !startsWithPlace(input, words))
    return person(`given name "${tokens[first]!.text}"`, after?.ownerRole ? { role: after.ownerRole } : {});
  // "J. Roe", not "U.S. Open": a country's dotted abbreviation is no initial.
  if (
    words.length >= 2 &&
    !placeEnd &&
    tokens[first]!.text.length === 1 &&
    tokens[first + 1]?.key === "." &&
    !input.countryNameAt?.(first)
  )
    return person("initial");
  // A full name with a country in brackets after it, as in results and lists.
  if (bracketed && words.length >= 2 && words.length <= MAX_BRACKETED_NAME_WORDS)
    return person(`country "${tokens[to + 1]!.text}" in brackets after`, { country: bracketed });
  // "speaking in Oakland, the president said": after a locative preposition a name is a place,
  // and the role after its comma opens the clause (no apposition).
  if (after) return person(after.evidence, { role: after.role });
  const age = ageBefore(input, from);
  if (age) return person(age);
  if (placeEnd) return result(null, "");
  const kin = kinAfterPossessive(input, to, tables);
  if (kin) return person(kin);
  const leading = words.length >= 2 ? appositionBefore(input, cover, from, tables) : null;
  if (leading) return person(`apposition "${leading}" before`);
  if (words.length >= 2 && to < n && SPEECH.has(tokens[to]!.key))
    return person(`"${tokens[to]!.text}" after`);
  // "Jansher said that he was disturbed": one word that speaks of itself as "he" or "she" (a body
  // says "it").
  // (Never a place: "Sen. Jane Roe of Ohio said she".)
  const selfPronoun =
    words.length === 1 &&
    to - from === 1 &&
    !OF_PLACE_BEFORE.has(tokens[from - 1]?.key ?? "") &&
    !input.isPlaceName?.(spanText)
      ? speakerPronounAfter(input, to)
      : null;
  if (selfPronoun) return person(`"${tokens[to]!.text}" then "${selfPronoun}" after`);
  return result(null, "");
}

// Words after which one capitalised word is where someone is from or is ("of Ohio", "in Ohio").
const OF_PLACE_BEFORE = new Set(["of", "from", ...LOCATIVE_BEFORE]);
// Personal pronouns a speaker uses of themselves in reported speech ("Roe said he would go").
const SPEAKER_PRONOUNS = new Set(["he", "she"]);
// Words that may stand between the verb of saying and that pronoun ("said that he", "said later he").
const SPEECH_FILLERS = new Set(["that", "later", "then", "on", "today"]);

/** "said that he": a verb of saying at token k, then "he"/"she" before any other word but fillers. */
export function speakerPronounAfter(input: NameFinderInput, k: number): string | null {
  const { tokens, sentenceOf } = input;
  if (!SPEECH.has(tokens[k]?.key ?? "") || sentenceOf[k] === undefined) return null;
  for (let j = k + 1; j < k + 4 && j < tokens.length && sentenceOf[j] === sentenceOf[k]; j++) {
    const key = tokens[j]!.key;
    if (SPEAKER_PRONOUNS.has(key)) return tokens[j]!.text;
    if (!SPEECH_FILLERS.has(key)) return null;
  }
  return null;
}

/** A verb of saying right after token span end `to`, or right before `from` ("said Xiao"). */
export function speechNextTo(input: NameFinderInput, from: number, to: number): boolean {
  const { tokens, sentenceOf } = input;
  const after = tokens[to];
  const before = tokens[from - 1];
  return (
    (!!after && sentenceOf[to] === sentenceOf[from] && SPEECH.has(after.key)) ||
    (!!before && sentenceOf[from - 1] === sentenceOf[from] && SPEECH.has(before.key))
  );
}
