// The institution a legal or police act implies when the text names no doer: "was sentenced to
// 50 weeks" (a court), "were arrested in Nairobi" (the police), "is serving a prison term" (a
// court), "was deported from Arizona" (the state). Only such a body does these acts, so an
// agentless passive of one (or a pattern marked @undergone, whose subject undergoes the act)
// has a known doer: the role data/verbs/implied-agents.tsv gives the act, of the jurisdiction's
// country. The jurisdiction is a place the clause names ("in Britain", not "deported to India",
// which is where the person went), else the document's dateline or the country it is about;
// with neither the act stays uncoded, as before. --explain says which and why.
import { SitrepError } from "../errors.ts";
import type { AnnotatedDoc, Mention } from "../types.ts";
import { clauseRange, NEGATORS } from "./clause-scope.ts";
import { leadingCountry } from "./country-codes.ts";
import type { ActorGroup, SentenceView } from "./sentence-view.ts";
import type { DataLine } from "./tsv-lines.ts";

/** One row of implied-agents.tsv: the role implied by acts of a code (and, optionally, lemmas). */
export interface ImpliedAgentRule {
  readonly prefix: string;
  readonly role: string;
  /** Trigger lemmas the row is limited to; null for any. */
  readonly lemmas: ReadonlySet<string> | null;
  readonly why: string;
  readonly where: string;
}

/** Where an act happened, as a country, and the words or fact that say so (for --explain). */
export interface Jurisdiction {
  readonly country: string;
  readonly why: string;
}

/** The implied doer of one act and why it is that one. */
export interface ImpliedAgent {
  readonly group: ActorGroup;
  readonly why: string;
}

const ROLE = /^[A-Z]{3}$/;

/** Parses implied-agents.tsv (header line first); a malformed row is a coded dictionary error. */
export function parseImpliedAgents(lines: readonly DataLine[]): ImpliedAgentRule[] {
  const rows = lines.slice(1);
  return rows.map((line) => {
    const [prefix = "", role = "", lemmas = "", why = ""] = line.text.split("\t").map((s) => s.trim());
    if (!/^\d{2,4}$/.test(prefix) || !ROLE.test(role) || !lemmas || !why)
      throw new SitrepError(
        "E_DICT_SYNTAX",
        `${line.where}: expected "CODE-PREFIX<TAB>ROLE<TAB>LEMMAS|*<TAB>why" (ROLE three capitals)`,
      );
    return {
      prefix,
      role,
      lemmas: lemmas === "*" ? null : new Set(lemmas.split("|").map((w) => w.trim().toLowerCase())),
      why,
      where: line.where,
    };
  });
}

/** The first rule whose code prefix and lemmas fit the act. */
export function impliedRule(
  rules: readonly ImpliedAgentRule[],
  code: string,
  lemma: string,
): ImpliedAgentRule | null {
  for (const r of rules) if (code.startsWith(r.prefix) && (!r.lemmas || r.lemmas.has(lemma))) return r;
  return null;
}

// Prepositions that place an act where it happened ("arrested in Kenya", "at the border in Texas").
// "to", "into", "toward" name where someone is sent, not whose act it was ("deported to India").
const WHERE = new Set(["in", "at", "inside", "within", "across", "throughout"]);
// A deportation or extradition is done by the country it leaves: "deported from the United States".
const FROM_ROOTS = new Set(["174"]);

/** The one country of the places named after a locative preposition in the act's clause, or null. */
export function clauseJurisdiction(
  view: SentenceView,
  anchor: number,
  code: string,
  docCountries?: ReadonlySet<string>,
): Jurisdiction | null {
  const [first, last] = clauseRange(view, anchor);
  const tokenAt = (offset: number) => view.tokens.findIndex((t) => t.end > offset);
  const found = new Map<string, string>();
  for (const m of view.mentions) {
    const country = mentionCountry(m);
    // (A minor place in a country none of the document's actors belongs to is likely a gazetteer
    // slip: "the Saint-Bernard church" in Paris read as a town in the United States. A country, a
    // capital, a province or a large city is what it says: "arrested in Kampala".)
    if (!country || (m.kind === "place" && docCountries && !docCountries.has(country) && !major(m))) continue;
    const k = tokenAt(m.start);
    if (k < first || k > last) continue;
    let p = k - 1;
    while (p >= first && view.tokens[p]!.pos === "DET") p--;
    const prep = view.words[p] ?? "";
    if (WHERE.has(prep) || (prep === "from" && FROM_ROOTS.has(code.slice(0, 3))))
      found.set(country, `${prep} ${m.text}`);
  }
  if (found.size !== 1) return null;
  const [country, phrase] = [...found][0]!;
  return { country, why: `"${phrase}" in its clause` };
}

// A city this large is seldom a gazetteer's wrong reading of another word.
const MAJOR_POPULATION = 100_000;

/** A country, capital, first-level division or large city. */
function major(m: Mention): boolean {
  const type = m.place?.type;
  return (
    type === "country" ||
    type === "capital" ||
    type === "admin1" ||
    (m.place?.population ?? 0) >= MAJOR_POPULATION
  );
}

/** The country a place or state mention stands for. */
function mentionCountry(m: Mention): string | null {
  if (m.kind === "place") return m.place?.country ?? null;
  if (m.kind === "state" && m.code && !m.refersTo) return ROLE.test(m.code) ? m.code : null;
  return null;
}

// The story's main country: at least this many country mentions, and this share of them (as the
// annotator's bare roles take it, src/annotate/mentions/agent-country.ts; stages share no code).
const STORY_MIN_MENTIONS = 3;
const STORY_MIN_SHARE = 0.5;

/** The document's own country: its dateline's, else the one country most of its mentions name. */
export function documentJurisdiction(doc: AnnotatedDoc): Jurisdiction | null {
  const place = doc.dateline?.place.toLowerCase();
  const counts = new Map<string, number>();
  let total = 0;
  for (const m of doc.mentions) {
    // (An actor's code says its country only with a role after it, "GBRJUD": a bare "JUD" or
    // "CVL" is a role with no country, and a person coded "AUS" alone is counted by its state word.)
    const country =
      mentionCountry(m) ??
      (m.code && m.code.length >= 6 && !m.refersTo && m.kind !== "date" ? leadingCountry(m.code) : null);
    if (!country) continue;
    if (place && (m.kind === "place" || m.kind === "state") && m.text.toLowerCase() === place)
      return { country, why: `the dateline ${doc.dateline!.place}` };
    counts.set(country, (counts.get(country) ?? 0) + 1);
    total++;
  }
  if (!total) return null;
  const [country, count] = [...counts].reduce((a, b) => (b[1] > a[1] ? b : a));
  const unanimous = total >= 2 && count === total;
  if (!unanimous && (total < STORY_MIN_MENTIONS || count / total < STORY_MIN_SHARE)) return null;
  return { country, why: `the country the document is about (${count} of ${total} country mentions)` };
}

/**
 * The implied doer of an agentless act of `code` with trigger token `anchor`, done to `target`:
 * the rule's role, of the clause's jurisdiction or else the document's. Null when no rule covers
 * the act, the target is an international body (an IGO is not arrested or sentenced), or no
 * country is known.
 */
export function impliedAgent(
  view: SentenceView,
  anchor: number,
  last: number,
  code: string,
  target: ActorGroup | null,
  rules: readonly ImpliedAgentRule[],
  documentCountry: () => Jurisdiction | null,
  docCountries?: ReadonlySet<string>,
): ImpliedAgent | null {
  const rule = impliedRule(rules, code, view.lemmas[anchor] ?? "");
  if (!rule || !asserted(view, anchor, last)) return null;
  if (target?.members.some((a) => a.code.startsWith("IGO"))) return null;
  const where = clauseJurisdiction(view, anchor, code, docCountries) ?? documentCountry();
  if (!where) return null;
  return impliedActor(view, anchor, "agent", where, rule);
}

/**
 * The actor an implied-agent or implied-target row supplies: the jurisdiction's country with the
 * row's role, placed on the trigger token, with the reason `--explain` prints.
 */
export function impliedActor(
  view: SentenceView,
  anchor: number,
  side: "agent" | "target",
  where: Jurisdiction,
  rule: { readonly role: string; readonly why: string; readonly where: string },
): ImpliedAgent {
  const token = view.tokens[anchor]!;
  const actor = {
    code: `${where.country}${rule.role}`,
    name: `${where.country} ${rule.role} (implied)`,
    start: token.start,
    end: token.end,
  };
  return {
    group: { members: [actor], first: anchor, last: anchor },
    why: `implied ${side} ${actor.code} for "${token.text}": ${rule.why} (${rule.where}); country from ${where.why}`,
  };
}

// Determiners and words before a noun that say no such act took place ("no charge against",
// "without any charges", "lacking a specific charge"): the noun names no act with an agent.
const NOT_AN_ACT = new Set(["no", "any", "a", "an", "every", "each", "without", "lacking", "lack", "lacks"]);

/**
 * Whether the act the match names is stated as done, so that it has a doer to imply: not
 * negated inside the match ("found not guilty" is an acquittal), not asked about ("Where is the
 * charge against ...?"), and, for a noun, not introduced as absent or indefinite ("no charge").
 */
function asserted(view: SentenceView, anchor: number, last: number): boolean {
  for (let k = anchor; k <= last; k++) if (NEGATORS.has(view.words[k]!)) return false;
  if (view.words[view.words.length - 1] === "?") return false;
  if (/^(VERB|AUX)$/.test(view.tokens[anchor]!.pos)) return true;
  let d = anchor - 1;
  while (d >= 0 && /^(ADJ|NOUN|PROPN|NUM|ADV)$/.test(view.tokens[d]!.pos) && !view.groupAt[d]) d--;
  return !NOT_AN_ACT.has(view.words[d] ?? "") && !NOT_AN_ACT.has(view.words[d - 1] ?? "");
}
