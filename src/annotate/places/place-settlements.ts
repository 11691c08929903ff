// Places the gazetteer does not file that the text itself calls a settlement or a division: "the
// villages of Bumbacari and Dudescu", "the village of Kampungu", "a town called Låsby", "Mabvuku,
// a suburb east of Harare", "the Logan Square neighborhood", "in the Kisima area", "Torkula
// village". Wire copy and local news name villages, neighbourhoods and camps this way, and no
// gazetteer we ship holds most of them. The settlement noun is the evidence (never population);
// the name is placed at the town or county the sentence ties it to ("... east of Harare"), else
// at the town the document's other places gather at; with neither it is not reported.
import type { Sentence, Token } from "../../types.ts";
import type { Gazetteer, GazetteerEntry } from "../gazetteer/index.ts";
import { toNameKey } from "../gazetteer/index.ts";
import { documentFocus, LOCAL_KINDS } from "./document-focus.ts";
import type { PlaceCues } from "./place-cues.ts";
import { distanceKm } from "./place-evidence.ts";
import { isCapitalized, isPunctuation } from "./place-filters.ts";
import type { ResolvedPlace } from "./place-resolution.ts";
import { nameBeforeQualifier } from "./place-unfiled.ts";

/**
 * Lowercase nouns for a settlement or a local division: the common English words, singular and
 * plural. Before "of" ("the village of X") or "called"/"named" they introduce a name.
 */
const SETTLEMENT_NOUNS: ReadonlySet<string> = new Set(
  (
    "village villages town towns hamlet hamlets township townships suburb suburbs community communities " +
    "neighborhood neighborhoods neighbourhood neighbourhoods settlement settlements municipality " +
    "municipalities commune communes parish parishes district districts province provinces county " +
    "counties governorate governorates prefecture prefectures"
  ).split(" "),
);
/**
 * Lowercase nouns that, right after a capitalized name, make it a place: "the Kisima area",
 * "Torkula village", "the Logan Square neighborhood". "community" is left out ("the Muslim
 * community" names people), and so are "camp" ("the Clinton camp") and "town" ("Motown"-style
 * nicknames, "Tinseltown"); a refugee camp is taken by its two words.
 */
const AFTER_NOUNS: ReadonlySet<string> = new Set(
  (
    "village villages hamlet township suburb neighborhood neighbourhood area district province county " +
    "governorate prefecture municipality parish"
  ).split(" "),
);
/** Words that must come before a name followed by an AFTER_NOUN: a determiner or a preposition of place. */
const AFTER_NOUN_OPENERS: ReadonlySet<string> = new Set(
  "the in at near from outside around into toward towards through across of".split(" "),
);
/** Every word that starts a cue: the nouns, "refugee" (camp) and the comma before an appositive. */
const CUE_WORDS: ReadonlySet<string> = new Set([...SETTLEMENT_NOUNS, ...AFTER_NOUNS, "refugee", ","]);
/** Verbs that name a settlement after its noun: "a town called Låsby", "a village named Nagrig". */
const NAMING_VERBS: ReadonlySet<string> = new Set(["called", "named", "known"]);
/** Most words in a settlement's name ("Mukuru kwa Njenga" is past it; "Ceamurlia de Jos" is not). */
const MAX_NAME_WORDS = 3;
/** Lowercase words that may stand between two capitalized words of a name: "Ceamurlia de Jos", "Bab el-Oued". */
const NAME_PARTICLES: ReadonlySet<string> = new Set([
  "de",
  "del",
  "la",
  "le",
  "el",
  "al",
  "es",
  "da",
  "do",
  "dos",
]);
/** Words of an appositive between the comma and its noun: "Mabvuku, a poor suburb", "X, a small rural village". */
const MAX_APPOSITIVE_WORDS = 3;
/** A filed namesake this close to where the sentence places the name is the place itself. */
const NAMESAKE_KM = 100;

interface NameSpan {
  readonly first: number;
  readonly last: number;
  /**
   * Introduced before the name ("the village of X", "a town called X"), which a person's name
   * never is; a noun after the name ("the Trump area", "Jackson, a suburban mom") may follow a
   * person's.
   */
  readonly introduced?: boolean;
}

function isNameWord(t: Token | undefined): boolean {
  return !!t && t.pos === "PROPN" && isCapitalized(t.text) && !isPunctuation(t);
}

/** The capitalized name starting at token `at` (particles inside), or null. */
function nameFrom(tokens: readonly Token[], at: number): NameSpan | null {
  if (!isNameWord(tokens[at])) return null;
  let last = at;
  let words = 1;
  for (let j = at + 1; j < tokens.length; j++) {
    const t = tokens[j]!;
    if (isNameWord(t)) {
      if (++words > MAX_NAME_WORDS) return null;
      last = j;
      continue;
    }
    if (NAME_PARTICLES.has(t.text) && isNameWord(tokens[j + 1])) continue;
    break;
  }
  return { first: at, last };
}

/** The capitalized name ending at token `at`, or null. */
function nameEndingAt(tokens: readonly Token[], at: number): NameSpan | null {
  if (!isNameWord(tokens[at])) return null;
  let first = at;
  let words = 1;
  for (let j = at - 1; j >= 0; j--) {
    const t = tokens[j]!;
    if (isNameWord(t)) {
      if (++words > MAX_NAME_WORDS) return null;
      first = j;
      continue;
    }
    if (NAME_PARTICLES.has(t.text) && isNameWord(tokens[j - 1])) continue;
    break;
  }
  return { first, last: at };
}

/** "of X", "of X and Y", "of X, Y and Z" after a plural noun: every name of the list. */
function listFrom(tokens: readonly Token[], at: number, plural: boolean): NameSpan[] {
  const names: NameSpan[] = [];
  let i = at;
  for (;;) {
    const name = nameFrom(tokens, i);
    if (!name) return names;
    names.push(name);
    if (!plural) return names;
    const joiner = tokens[name.last + 1]?.text.toLowerCase();
    if (joiner !== "," && joiner !== "and" && joiner !== "or") return names;
    i = name.last + 2;
    if (joiner === "," && (tokens[i]?.text === "and" || tokens[i]?.text === "or")) i++;
  }
}

/** Every name of the sentence its words call a settlement. */
export function settlementNames(tokens: readonly Token[]): NameSpan[] {
  const found: NameSpan[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const word = tokens[i]!.text;
    // The cue words are lowercase as written: most tokens leave here, with no string built.
    if (!CUE_WORDS.has(word)) continue;
    const lower = word;
    // "the village(s) of X (and Y)", "a town called X", "four villages: X, Y and Z".
    if (SETTLEMENT_NOUNS.has(lower)) {
      const plural = lower.endsWith("s") && lower !== "parish" && !lower.endsWith("ss");
      const next = tokens[i + 1]?.text.toLowerCase();
      if (next === "of" || (next === ":" && plural))
        for (const name of listFrom(tokens, i + 2, plural)) found.push({ ...name, introduced: true });
      else if (next && NAMING_VERBS.has(next)) {
        const at = next === "known" && tokens[i + 2]?.text === "as" ? i + 3 : i + 2;
        const name = nameFrom(tokens, at);
        if (name) found.push({ ...name, introduced: true });
      }
    }
    // "the Kisima area", "Torkula village", "the Abu Shok refugee camp".
    const refugeeCamp = lower === "refugee" && /^camps?$/.test(tokens[i + 1]?.text ?? "");
    // "the Grell district attorney", "the Ames area manager": a noun modifying the next names a role.
    const modifiesNext = tokens[i + 1]?.pos === "NOUN" || tokens[i + 1]?.pos === "PROPN";
    if ((AFTER_NOUNS.has(lower) && !modifiesNext) || refugeeCamp) {
      const name = nameEndingAt(tokens, i - 1);
      const opener = name ? tokens[name.first - 1]?.text.toLowerCase() : undefined;
      if (name && opener && AFTER_NOUN_OPENERS.has(opener)) found.push(name);
    }
    // "Mabvuku, a suburb east of Harare", "Abagana, an outskirts of Makurdi".
    if (word === "," && (tokens[i + 1]?.text === "a" || tokens[i + 1]?.text === "an")) {
      for (let j = i + 2; j <= i + 1 + MAX_APPOSITIVE_WORDS && j < tokens.length; j++) {
        const w = tokens[j]!.text;
        // "a suburb east of Harare", but not "a community organizer", "a village elder", "a
        // county commissioner": a noun that modifies the next one names a person's role.
        const modifies = tokens[j + 1]?.pos === "NOUN" || tokens[j + 1]?.pos === "PROPN";
        if ((SETTLEMENT_NOUNS.has(w) || w === "outskirts") && !modifies) {
          const name = nameEndingAt(tokens, i - 1);
          if (name) found.push(name);
          break;
        }
        if (w !== w.toLowerCase() || isPunctuation(tokens[j]!)) break;
      }
    }
  }
  return found;
}

const isGivenName = (key: string, cues: PlaceCues) => cues.firstNames.has(key) || cues.givenNames.has(key);

/** Words the document writes right after a given name ("Donald Trump", "Mary Jackson"): surnames. */
function surnamesAfterGivenNames(sentences: readonly Sentence[], cues: PlaceCues): Set<string> {
  const keys = new Set<string>();
  for (const { tokens } of sentences)
    for (let i = 0; i + 1 < tokens.length; i++) {
      const given = tokens[i]!.text;
      const next = tokens[i + 1]!.text;
      if (/^\p{Lu}\p{Ll}/u.test(given) && /^\p{Lu}\p{Ll}/u.test(next) && isGivenName(toNameKey(given), cues))
        keys.add(toNameKey(next));
    }
  return keys;
}

/** Whether the name is rather a person's, a title's, an organisation's or a people's. */
function isNotASettlement(
  tokens: readonly Token[],
  span: NameSpan,
  written: string,
  cues: PlaceCues,
  gazetteer: Gazetteer,
  surnames: () => ReadonlySet<string>,
): boolean {
  const firstWord = tokens[span.first]!.text.toLowerCase().replace(/\.$/, "");
  const lastWord = tokens[span.last]!.text.toLowerCase();
  const key = toNameKey(written);
  if (cues.personCues.has(firstWord)) return true;
  // "John Smith": a given name before more name is a person.
  if (span.last > span.first && cues.firstNames.has(firstWord)) return true;
  if (cues.orgHeads.has(lastWord) || cues.bodyHeads.has(lastWord)) return true;
  if (cues.notPlaces.has(key) || gazetteer.isDemonymKey(key)) return true;
  // "the Trump area", "Jackson, a suburban mom": one name after which a noun follows may be a
  // person's, when it is a given name or the story writes it after one.
  if (!span.introduced && span.first === span.last && (isGivenName(key, cues) || surnames().has(key)))
    return true;
  // "the VIP area", "the EU district": an acronym is an organisation's or a class's, not a village's.
  return /^\p{Lu}{2,5}$/u.test(written);
}

/** Tokens between a settlement's name and the place that holds it: "the village of X in Y", "X, a suburb east of Y". */
const ANCHOR_WINDOW_TOKENS = 6;

/**
 * Where the text puts a settlement: the nearest town or county found within a few tokens of it,
 * after it first ("the village of Kampungu near Kole", "Mabvuku, a suburb east of Harare"), else
 * before it; else the town or county the document's places gather at. A holder outside the
 * country the sentence names is not the holder ("in central Denmark, a town called Låsby near
 * Aarhus"). A state, a country or a world region is too coarse to place a village (most of their
 * villages lie hundreds of kilometres from their centre point): with only those, null.
 */
function anchorOf(
  resolved: readonly ResolvedPlace[],
  tokens: readonly Token[],
  sentenceIndex: number,
  span: NameSpan,
  focus: () => GazetteerEntry | null,
): GazetteerEntry | null {
  const windowEnd = tokens[Math.min(tokens.length - 1, span.last + ANCHOR_WINDOW_TOKENS)]!.end;
  const windowStart = tokens[Math.max(0, span.first - ANCHOR_WINDOW_TOKENS)]!.start;
  const start = tokens[span.first]!.start;
  let after: ResolvedPlace | null = null;
  let before: ResolvedPlace | null = null;
  let country: GazetteerEntry | null = null;
  for (const r of resolved) {
    if (r.match.sentenceIndex !== sentenceIndex) continue;
    if (r.place.kind === "country") {
      country ??= r.place;
      continue;
    }
    if (!LOCAL_KINDS.has(r.place.kind) || !r.place.country) continue;
    if (r.match.start > start && r.match.end <= windowEnd) {
      if (!after || r.match.start < after.match.start) after = r;
    } else if (r.match.start < start && r.match.start >= windowStart) {
      if (!before || r.match.start > before.match.start) before = r;
    }
  }
  const holder = (after ?? before)?.place ?? null;
  if (holder && (!country || holder.country === country.country)) return holder;
  const story = focus();
  return story && LOCAL_KINDS.has(story.kind) && (!country || story.country === country.country)
    ? story
    : null;
}

/**
 * Adds the unfiled places the text calls a settlement or a division. `isTaken` says whether a
 * character span already holds a found name (a place, a facility, an actor).
 */
export function placeSettlements(
  text: string,
  sentences: readonly Sentence[],
  resolved: readonly ResolvedPlace[],
  cues: PlaceCues,
  gazetteer: Gazetteer,
  isTaken: (start: number, end: number) => boolean,
): ResolvedPlace[] {
  const added: ResolvedPlace[] = [];
  let focus: GazetteerEntry | null | undefined;
  const seen = new Set<number>();
  let surnames: ReadonlySet<string> | undefined;
  const documentSurnames = () => {
    surnames ??= surnamesAfterGivenNames(sentences, cues);
    return surnames;
  };
  sentences.forEach((sentence, sentenceIndex) => {
    for (const span of settlementNames(sentence.tokens)) {
      const { tokens } = sentence;
      const start = tokens[span.first]!.start;
      const end = tokens[span.last]!.end;
      if (seen.has(start) || isTaken(start, end)) continue;
      seen.add(start);
      const written = text.slice(start, end);
      if (isNotASettlement(tokens, span, written, cues, gazetteer, documentSurnames)) continue;
      const anchor = anchorOf(resolved, tokens, sentenceIndex, span, () => {
        focus ??= documentFocus(resolved);
        return focus;
      });
      if (!anchor) continue;
      const namesake = gazetteer
        .lookup(written)
        .find((c) => c.kind !== "country" && distanceKm(c, anchor) < NAMESAKE_KM);
      const point = namesake ?? anchor;
      const template = resolved.find((r) => r.match.sentenceIndex === sentenceIndex) ?? resolved[0];
      if (!template) continue;
      const match = {
        ...nameBeforeQualifier(template.match, tokens, span.first, written),
        commaNext: null,
        sentenceIndex,
        isDateline: false,
        candidates: namesake ? [namesake] : [],
        nextWord: tokens[span.last + 1]?.text.toLowerCase() ?? "",
      };
      added.push({
        match,
        place: namesake ?? {
          ...point,
          name: written,
          kind: "city",
          featureCode: "PPL",
          featureClass: "P",
          geonameid: null,
          population: null,
          source: `${point.source}; a settlement the text names that the gazetteer lacks`,
        },
      });
    }
  });
  return added.length ? [...resolved, ...added] : [...resolved];
}
