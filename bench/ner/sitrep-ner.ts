// Sitrep as a name recognizer, for bench:ner and the quality-floor test: each CoNLL document goes
// through the annotator as a clean English article, and its mentions become typed name spans the
// way CoNLL marks names (PER the name without its title, ORG the body without members taken along,
// LOC places and country names; demonyms, agents and references are no names).
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { createAnnotator } from "../../src/annotate/index.ts";
import { loadCountryNames } from "../../src/annotate/mentions/country-names.ts";
import { loadGivenNames } from "../../src/annotate/names/given-names.ts";
import { createContext } from "../../src/context.ts";
import type { Article, Mention } from "../../src/types.ts";
import type { ConllDoc } from "./conll-docs.ts";
import type { TypedSpan } from "./ner-score.ts";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const NER_DATASET = join(ROOT, "..", "shared", "bench", "ner", "conll2003-dev.jsonl");

/** The proper name inside a person mention: "President Jane Roe" -> "Jane Roe". */
function personNameSpan(m: Mention, givenNames: ReadonlyMap<string, string>): { start: number; end: number } {
  if (m.text.endsWith(m.name)) return { start: m.end - m.name.length, end: m.end };
  // A short form of a known name ("Bajwa" for "Qamar Javed Bajwa"): the trailing words of the
  // mention that belong to the name.
  const nameWords = new Set(m.name.toLowerCase().split(/[\s-]+/));
  const words = [...m.text.matchAll(/[\p{L}\p{M}.'’-]+/gu)];
  let start = m.end;
  let k = words.length - 1;
  for (; k >= 0; k--) {
    const w = words[k]!;
    if (!nameWords.has(w[0].toLowerCase().replace(/['’]s$/, ""))) break;
    start = m.start + w.index!;
  }
  // "Michael Johnson" for the dictionary's "Mike Johnson": a given name before the surname is the
  // name written another way, no title.
  if (start < m.end && k >= 0 && /^\p{Lu}/u.test(words[k]![0]) && givenNames.has(words[k]![0].toLowerCase()))
    start = m.start + words[k]!.index!;
  return start < m.end ? { start, end: m.end } : { start: m.start, end: m.end };
}

/** The name inside an organisation mention: "the Taliban fighters" -> "Taliban". */
function orgNameSpan(m: Mention): { start: number; end: number } {
  let start = m.start;
  let end = m.end;
  const lead = /^the\s+/i.exec(m.text);
  if (lead) start += lead[0].length;
  // Lower-case words after the name are the members or offices the composer took along.
  const tail = /(?:\s+[\p{Ll}][\p{L}-]*)+$/u.exec(m.text.slice(start - m.start));
  if (tail) end -= tail[0].length;
  return end > start ? { start, end } : { start: m.start, end: m.end };
}

/**
 * Names of our ethnic and religious groups (data/actors/groups.tsv, types "ethnic", "religious"):
 * CoNLL marks "Kurds", "Catholics" as MISC, not ORG, so they are left out of the scoring.
 */
function ethnicOrReligiousGroups(): Set<string> {
  const out = new Set<string>();
  const file = join(ROOT, "data", "actors", "groups.tsv");
  for (const line of readFileSync(file, "utf8").split("\n")) {
    const [name, , , type] = line.split("\t");
    if (name && !name.startsWith("#") && (type === "ethnic" || type === "religious")) out.add(name);
  }
  return out;
}

/**
 * Every name form of a country (packages and data/actors/countries-extra.tsv names), lower case:
 * the country that opens a composed actor ("U.S. envoy", "Egypt police") is a LOC name for CoNLL,
 * a demonym ("Chinese troops") is not.
 */
function countryNameForms(): Set<string> {
  const out = new Set<string>();
  for (const c of loadCountryNames()) for (const n of [...c.names, c.name]) out.add(n.toLowerCase());
  const file = join(ROOT, "data", "actors", "countries-extra.tsv");
  for (const line of readFileSync(file, "utf8").split("\n")) {
    const [phrase, , form] = line.split("\t");
    if (phrase && !phrase.startsWith("#") && form === "name") out.add(phrase.toLowerCase());
  }
  return out;
}

/** "U.S. envoy", "Canada's army": the country name opening a composed actor mention, or null. */
function leadingCountrySpan(
  m: Mention,
  countries: ReadonlySet<string>,
): { start: number; end: number } | null {
  // "Britain's Sun", "Bosnia and Herzegovina's ruling party": the possessive ends the country.
  const possessive = /^([\p{Lu}][\p{L}.-]*(?:\s+(?:and\s+)?[\p{Lu}][\p{L}.-]*)*?)['’]s\s/u.exec(m.text);
  if (possessive && countries.has(possessive[1]!.toLowerCase()))
    return { start: m.start, end: m.start + possessive[1]!.length };
  const lead =
    /^((?:[\p{Lu}][\p{L}.'’-]*)(?:\s+[\p{Lu}][\p{L}.'’-]*)*?)(?=['’]s\b|\s+[\p{Ll}]|\s+[\p{Lu}][\p{Ll}]+\s|$)/u.exec(
      m.text,
    );
  if (!lead) return null;
  const name = lead[1]!.replace(/['’]s$/, "");
  return countries.has(name.toLowerCase()) ? { start: m.start, end: m.start + name.length } : null;
}

/** Sitrep's mentions as typed name spans, the way CoNLL marks names. */
function sitrepSpans(
  mentions: readonly Mention[],
  misc: ReadonlySet<string>,
  countries: ReadonlySet<string>,
  givenNames: ReadonlyMap<string, string>,
): TypedSpan[] {
  const out: TypedSpan[] = [];
  // "Indonesian Democratic Party", "Scottish Labour Party": CoNLL takes the demonym that opens an
  // organisation's name into it.
  const demonymEnds = new Map<number, number>();
  for (const m of mentions)
    if (m.kind === "state" && m.form === "demonym") demonymEnds.set(m.end + 1, m.start);
  const withDemonym = (s: TypedSpan): TypedSpan =>
    s.type === "ORG" && demonymEnds.has(s.start) ? { ...s, start: demonymEnds.get(s.start)! } : s;
  for (const m of mentions) {
    if (m.refersTo || m.form === "pronoun") continue;
    if (m.kind === "agent" || m.form === "nominal" || m.form === "title") {
      const country = m.kind === "agent" ? leadingCountrySpan(m, countries) : null;
      if (country) out.push({ type: "LOC", ...country });
      continue;
    }
    if (m.kind === "person") {
      // "Iraq's Deputy Prime Minister Tareq Aziz", "U.S. President Bill Clinton": the country
      // that opens the composed mention is a LOC name of its own.
      const name = personNameSpan(m, givenNames);
      const country = leadingCountrySpan(m, countries);
      if (country && country.end < name.start) out.push({ type: "LOC", ...country });
      // "State Department spokesman Glyn Davies": the body the person serves is an ORG name.
      if (m.body && m.body.end < name.start && !misc.has(m.body.name)) {
        const lead = /^the\s+/i.exec(m.text.slice(m.body.start - m.start));
        out.push({ type: "ORG", start: m.body.start + (lead ? lead[0].length : 0), end: m.body.end });
      }
      out.push({ type: "PER", ...name });
    } else if ((m.kind === "organization" || m.kind === "group") && !misc.has(m.name)) {
      // "U.S. Capitol Police": the country that opens it is a LOC of its own.
      const country = leadingCountrySpan(m, countries);
      if (country && m.text.endsWith(m.name) && m.end - m.name.length > country.end) {
        out.push({ type: "LOC", ...country }, { type: "ORG", start: m.end - m.name.length, end: m.end });
        continue;
      }
      out.push({ type: "ORG", ...orgNameSpan(m) });
    } else if (m.kind === "place") out.push({ type: "LOC", start: m.start, end: m.end });
    else if (m.kind === "state" && m.form === "name") out.push({ type: "LOC", start: m.start, end: m.end });
  }
  return out.map(withDemonym);
}

/** A function from a CoNLL document to Sitrep's typed name spans (loads the annotator once). */
export function createSitrepNer(): (doc: ConllDoc) => TypedSpan[] {
  const ctx = createContext();
  const annotate = createAnnotator(ctx);
  const misc = ethnicOrReligiousGroups();
  const countries = countryNameForms();
  const givenNames = loadGivenNames();
  return (doc) => {
    const article: Article = {
      kind: "article",
      id: String(doc.id),
      input: `conll-dev#${doc.id}`,
      url: null,
      title: null,
      publishedAt: doc.publishedAt,
      publishedPrecision: doc.publishedAt ? "day" : null,
      modifiedAt: null,
      authors: [],
      siteName: null,
      lang: "en",
      text: doc.text,
      paragraphs: doc.text.split("\n\n"),
      images: [],
      dateline: null,
      isArticle: true,
      sourceType: "text",
      warnings: [],
    };
    return alignToConllTokens(sitrepSpans(annotate(article).mentions, misc, countries, givenNames), doc);
  };
}

/**
 * CoNLL tags whole tokens only, so a span is scored the way its tokens allow: a lower-case "the"
 * before a place is no part of it ("from the Netherlands"); an abbreviation's period that also ends
 * the sentence is a token of its own ("Jacksonville, Fla ."); a name inside a hyphenated token
 * ("New York-based", "ex-Milan") cannot be a CoNLL name at all and is left out.
 */
export function alignToConllTokens(spans: readonly TypedSpan[], doc: ConllDoc): TypedSpan[] {
  const out: TypedSpan[] = [];
  for (const s of spans) {
    let { start, end } = s;
    if (doc.text.startsWith("the ", start) && doc.tokenStarts.has(start + 4)) start += 4;
    if (doc.text[end - 1] === "." && doc.tokenEnds.has(end - 1)) end -= 1;
    if (doc.tokenStarts.has(start) && doc.tokenEnds.has(end)) out.push({ ...s, start, end });
  }
  return out;
}
