// Mentions: every actor, place, date and piece of equipment in the text, with offsets and codes.
// Steps, in order:
//   1. split the text into match tokens and line them up with the tokenizer's POS and sentences;
//   2. actors: dictionary matches composed into actors, references resolved (actor-composer.ts),
//      a body's capitalised head noun joined to the name before it (body-heads.ts), a hyphenated
//      modifier to the actor noun after it (hyphen-modifiers.ts);
//   3. dates, resolved against the publication date (date-mentions.ts);
//   4. places from the place recognizer, over the text the actors and dates left free;
//   5. drop credits and calls to action, sort, set sentence indexes;
//   6. organisations the text introduces by apposition (appositive-organisations.ts).
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Context, Mention, Sentence } from "../../types.ts";
import { SpanOverlapIndex } from "../span-overlap.ts";
import { adoptDefinedAcronyms } from "./acronym-definitions.ts";
import { composeActorMentions } from "./actor-composer.ts";
import { buildActorLexicon } from "./actor-lexicon.ts";
import { giveBareAgentsCountry } from "./agent-country.ts";
import { codeApposedPeople } from "./apposed-people.ts";
import {
  addAppositiveOrganisations,
  type OrganisationHeads,
  readOrganisationHeads,
} from "./appositive-organisations.ts";
import { joinBodyHeads } from "./body-heads.ts";
import { joinCampaigns } from "./campaign-owners.ts";
import { loadCountryNames } from "./country-names.ts";
import { isCallToActionLine, isCreditOrCallToAction } from "./credit-filter.ts";
import { findDateMentions, parseRelativeDates, type RelativeDate } from "./date-mentions.ts";
import { type DictIssue, formatIssue } from "./dict-line-reader.ts";
import { type Dictionaries, dictionaryFileName, loadDictionaries } from "./dict-loader.ts";
import { joinHyphenModifiers } from "./hyphen-modifiers.ts";
import { type MatchToken, splitMatchTokens } from "./match-tokens.ts";
import type { DraftMention, MentionDeps, MentionDoc } from "./mention-deps.ts";
import { unlistDescribedNamesakes } from "./namesakes.ts";
import { refreshPairCodes } from "./pair-codes.ts";
import { linkPeople } from "./person-coreference.ts";
import { givePeopleDocumentCountry } from "./person-country.ts";
import { documentDay } from "./person-offices.ts";
import { PhraseTrie } from "./phrase-trie.ts";

export type { GazetteerLike, MentionDeps, MentionDoc, PlaceRecognizerLike } from "./mention-deps.ts";

export type MentionRecognizer = (doc: MentionDoc) => Mention[];

const RELATIVE_DATES_FILE = join("dates", "relative-dates.tsv");
// Kinds of organisation from WordNet, heads of appositions ("Velorix, a carmaker"): appositive-organisations.ts.
const ORGANISATION_HEADS_FILE = join("names", "wordnet.organisation-heads.tsv");
// How many dictionary problems are logged one by one before the rest are only counted.
const MAX_LOGGED_ISSUES = 10;

export interface LoadedDictionaries {
  readonly dicts: Dictionaries;
  readonly relative: PhraseTrie<RelativeDate>;
  readonly organisationHeads: OrganisationHeads;
  readonly issues: readonly DictIssue[];
  readonly files: readonly string[];
}

/** Loads and checks every dictionary of `dataDir` and the user folders (later folders win). */
export function loadMentionDictionaries(dataDir: string, userDirs: readonly string[]): LoadedDictionaries {
  const countries = loadCountryNames();
  const known = new Set(countries.map((c) => c.iso3));
  const dicts = loadDictionaries({
    dirs: [dataDir, ...userDirs],
    dataDir,
    requiredDirs: userDirs,
    isKnownIso3: (iso3) => known.has(iso3),
  });
  const issues: DictIssue[] = [...dicts.issues];
  const files = [...dicts.files];
  // Relative date phrases: ours, then each user folder's own file adds phrases.
  const relative = new PhraseTrie<RelativeDate>();
  for (const dir of [dataDir, ...userDirs]) {
    const file = join(dir, RELATIVE_DATES_FILE);
    if (!existsSync(file)) continue;
    const named = dictionaryFileName(file, dataDir);
    files.push(named);
    parseRelativeDates(named, readFileSync(file, "utf8"), issues, relative);
  }
  // Kinds of organisation: ours, then each user folder's own file adds heads (later lines win).
  const organisationHeads = new Map<string, string>();
  for (const dir of [dataDir, ...userDirs]) {
    const file = join(dir, ORGANISATION_HEADS_FILE);
    if (!existsSync(file)) continue;
    const named = dictionaryFileName(file, dataDir);
    files.push(named);
    readOrganisationHeads(named, readFileSync(file, "utf8"), issues, organisationHeads);
  }
  return { dicts, relative, organisationHeads, issues, files };
}

/** Universal POS for each match token, from the sentence tokenizer's tokens that start with it. */
function posByToken(
  tokens: readonly MatchToken[],
  sentences: readonly Sentence[],
): { pos: string[]; sentenceOf: number[] } {
  // Both token lists run in text order: one merge walk, no map of every token (this runs per
  // document and showed in the annotate bench's profile).
  const pos = new Array<string>(tokens.length);
  const sentenceOf = new Array<number>(tokens.length);
  let si = 0;
  let ti = 0;
  let sentenceTokens = sentences[0]?.tokens ?? [];
  for (let i = 0; i < tokens.length; i++) {
    const start = tokens[i]!.start;
    while (si + 1 < sentences.length && sentences[si + 1]!.start <= start) {
      si++;
      sentenceTokens = sentences[si]!.tokens;
      ti = 0;
    }
    while (ti < sentenceTokens.length && sentenceTokens[ti]!.start < start) ti++;
    const t = sentenceTokens[ti];
    pos[i] = t && t.start === start ? t.pos : "";
    sentenceOf[i] = si;
  }
  return { pos, sentenceOf };
}

function sentenceIndexOf(sentences: readonly Sentence[], start: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  let found = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid]!.start <= start) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** True when the first word after offset `end` in its sentence is a noun ("the Australian embassy"). */
function nounFollows(sentences: readonly Sentence[], end: number): boolean {
  const s = sentences[sentenceIndexOf(sentences, end)];
  const next = s?.tokens.find((t) => t.start >= end);
  return next !== undefined && (next.pos === "NOUN" || next.pos === "PROPN");
}

export function createMentionRecognizer(ctx: Context, deps: MentionDeps = {}): MentionRecognizer {
  const loaded = loadMentionDictionaries(ctx.config.dataDir, ctx.config.dictDirs);
  for (const issue of loaded.issues.slice(0, MAX_LOGGED_ISSUES)) ctx.logger.warn(formatIssue(issue));
  if (loaded.issues.length > MAX_LOGGED_ISSUES)
    ctx.logger.warn(
      `${loaded.issues.length - MAX_LOGGED_ISSUES} more dictionary problems: run \`sitrep dict check\``,
    );
  const lexicon = buildActorLexicon(loaded.dicts, loadCountryNames());
  const isCountry = (code: string) => lexicon.countries.has(code);
  const gazetteer = deps.gazetteer ?? null;
  const places = deps.places ?? null;
  const names = deps.names ?? null;

  return (doc) => {
    const tokens = splitMatchTokens(doc.text);
    const { pos, sentenceOf } = posByToken(tokens, doc.sentences);
    const claimed: { start: number; end: number }[] = [];
    const composed = composeActorMentions({
      claimed,
      text: doc.text,
      tokens,
      pos,
      sentenceOf,
      day: documentDay(doc.publishedAt),
      lexicon,
      gazetteer,
      names,
    });
    // "U.S. Treasury" + "Department": one body (body-heads.ts).
    // "a 51-year-old man": the hyphenated modifier joins its noun (hyphen-modifiers.ts).
    const actors = joinHyphenModifiers(joinBodyHeads(composed, doc.text), doc.text);
    const dates = findDateMentions({
      text: doc.text,
      tokens,
      publishedAt: doc.publishedAt,
      relative: loaded.relative,
    });
    const all: DraftMention[] = actors.filter((m) => !isCreditOrCallToAction(doc.text, m));
    const actorSpans = new SpanOverlapIndex(actors);
    for (const d of dates) if (!actorSpans.overlaps(d.start, d.end)) all.push(d);
    if (places) {
      const countryHints = [
        ...new Set(
          all.filter((m) => m.kind === "state" && m.code && !m.refersTo).map((m) => m.code!.slice(0, 3)),
        ),
      ];
      // Actor names are never places, even where no actor mention was made of them.
      const exclude = [...all.map((m) => ({ start: m.start, end: m.end })), ...claimed];
      const found = places({ text: doc.text, sentences: doc.sentences, countryHints, exclude });
      // A place is kept where no actor, date or earlier place is: the places the recognizer
      // returns come in text order, so the earlier places it kept can only reach into this one
      // through the largest end among them.
      const taken = new SpanOverlapIndex(all);
      let placesEnd = Number.NEGATIVE_INFINITY;
      for (const p of [...found].sort((a, b) => a.start - b.start)) {
        if (taken.overlaps(p.start, p.end) || p.start < placesEnd || isCallToActionLine(doc.text, p))
          continue;
        all.push(p);
        placesEnd = Math.max(placesEnd, p.end);
      }
    }
    all.sort((a, b) => a.start - b.start || b.end - a.end);
    const out: Mention[] = [];
    let lastEnd = -1;
    for (const m of all) {
      if (m.start < lastEnd) continue;
      lastEnd = m.end;
      out.push({ ...m, sentenceIndex: sentenceIndexOf(doc.sentences, m.start) });
    }
    // "Velorix, a Swiss maker of medical devices": organisations the text introduces itself.
    const introduced = addAppositiveOrganisations(out, doc.sentences, doc.text, loaded.organisationHeads);
    return doc.documentPasses === false ? introduced : documentPasses(introduced, doc, isCountry);
  };
}

/**
 * The passes over a whole document's mentions, in text order: people linked across it
 * (person-coreference.ts), then bare roles given a country (agent-country.ts), then people named
 * without a role given the document's country (person-country.ts), then references to two
 * actors given their members' final codes (pair-codes.ts). A document read a
 * window at a time has them run once over every window's mentions, as over a whole document.
 */
export function documentPasses(
  mentions: readonly Mention[],
  doc: Pick<MentionDoc, "text" | "sentences" | "datelinePlace">,
  isCountry: (code: string) => boolean,
): Mention[] {
  // The paragraph (line) of each mention: a line break between two mentions starts a new one.
  const lineOf = new Array<number>(mentions.length);
  let line = 0;
  // The first line break at or after the mention before's end, looked for again only once passed
  // (one search per line break, not one per mention to the end of a long line).
  let lineBreak = mentions.length ? doc.text.indexOf("\n", mentions[0]!.end) : -1;
  for (let k = 0; k < mentions.length; k++) {
    if (k > 0) {
      const after = mentions[k - 1]!.end;
      if (lineBreak >= 0 && lineBreak < after) lineBreak = doc.text.indexOf("\n", after);
      if (lineBreak >= 0 && lineBreak < mentions[k]!.start) line++;
    }
    lineOf[k] = line;
  }
  // "Michael Johnson, 34, of Denver": the text's own description wins over our list (namesakes.ts).
  // "The Nigerian Ports Authority (NPA)": the text's own acronym wins over our list (acronym-definitions.ts).
  const defined = adoptDefinedAcronyms(mentions, doc.text);
  const linked = linkPeople(codeApposedPeople(unlistDescribedNamesakes(defined, doc.text), doc.text), {
    text: doc.text,
    sentenceOf: (start) => sentenceIndexOf(doc.sentences, start),
    nounFollows: (end) => nounFollows(doc.sentences, end),
    isCountry,
  });
  const placed = giveBareAgentsCountry(linked, lineOf, isCountry, {
    datelinePlace: doc.datelinePlace ?? null,
    text: doc.text,
  });
  const people = givePeopleDocumentCountry(placed, isCountry, doc.datelinePlace ?? null);
  // "The Obama campaign accused ...": the campaign acts for its owner (campaign-owners.ts).
  const campaigns = joinCampaigns(people, doc.text, (end) => nounFollows(doc.sentences, end));
  // "They" for two people placed since: the pair takes its members' final codes (pair-codes.ts).
  return refreshPairCodes(campaigns);
}
