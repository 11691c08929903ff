// Codes one annotated document: for each sentence, find pattern matches, work out who did it to
// whom through the clause analysis, apply cues (intent, refusal, threats, appeals, saying,
// negation, hedges), and build CodedEvents with trigger, evidence, date and confidence.
import type { AnnotatedDoc, CodedEvent, Modality } from "../types.ts";
import {
  type CueMatch,
  findCues,
  type Governor,
  governorOf,
  isPassive,
  objectAfter,
  passiveAgent,
  subjectBefore,
  verbGroupStart,
} from "./clause-analyse.ts";
import type { CoderDictionaries } from "./dictionary-load.ts";
import { articleDay, type EventDate, sentenceDate } from "./event-date.ts";
import type { Cue, CueKind, Discard } from "./pattern-load.ts";
import { PatternIndex, type PatternMatch } from "./pattern-match.ts";
import { type Actor, type ActorGroup, buildSentenceView, type SentenceView } from "./sentence-view.ts";
import { nameUseOf, reinflectLemmas } from "./trigger-checks.ts";

/** What happened in one sentence, for --explain. */
export interface SentenceExplanation {
  readonly sentenceIndex: number;
  readonly text: string;
  readonly tokens: string;
  readonly actors: readonly string[];
  readonly fired: readonly { readonly pattern: string; readonly code: string; readonly where: string }[];
  readonly reasons: readonly string[];
}

export interface CoderOptions {
  /** PETRARCH's require_dyad: drop events that have no target. Default false. */
  readonly requireTarget?: boolean;
  /**
   * Keep hypothetical events ("could attack", "the law allows police to detain", "if ...") in
   * the output with `modality: "hypothetical"`. Default false: CAMEO and GDELT code what actors
   * did or said they will do, not what may happen; --explain still shows them.
   */
  readonly keepHypothetical?: boolean;
  /** Apply data/verbs/needs-target.tsv (default true). */
  readonly targetRules?: boolean;
  /**
   * When the best reading of a trigger fails its actor checks, try the readings it displaced
   * (default true). PETRARCH's dictionaries take the first matching pattern only.
   */
  readonly fallbackReadings?: boolean;
  /**
   * Accept codes the ontology does not list (user TABARI/PETRARCH dictionaries use their own code
   * sets, and "032:033" pairs: the first code for source→target, the second for target→source).
   */
  readonly foreignCodes?: boolean;
  /** Tokens after the trigger in which a preposition may still introduce the target (default 6). */
  readonly targetWindow?: number;
  /** Let any preposition introduce the target ("over the efforts of X"), as PETRARCH does. */
  readonly anyPrepositionTarget?: boolean;
}

const FUTURE = new Set(["will", "shall", "'ll"]);
/** Modals of possibility, permission and ability: "police can detain", "may meet". */
const HYPOTHETICAL = new Set(["may", "might", "could", "would", "can", "should"]);
const NEGATORS = new Set(["not", "n't", "never", "no"]);
const POSSESSIVES = new Set(["its", "their", "his", "her", "our", "own"]);
/** Cue kinds that change the code of the action they govern (through data/verbs/cue-codes.tsv). */
const MAPPING_KINDS: ReadonlySet<CueKind> = new Set([
  "intent",
  "refuse",
  "threaten",
  "appeal",
  "demand",
  "deny",
]);

const RELATIVE_WORDS = new Set(["which", "who", "whom", "whose"]);
/** Words that open an adverbial clause when a finite verb follows ("after Gondor shelled ..."). */
const TIME_CONJUNCTIONS = new Set([
  "after",
  "before",
  "when",
  "while",
  "because",
  "since",
  "until",
  "although",
]);

/** True when token k is the comma that closes ", which/who/whose ...,". */
function closesRelative(view: SentenceView, k: number): boolean {
  if (view.words[k] !== ",") return false;
  for (let j = k - 1; j > 0; j--) if (view.words[j] === ",") return RELATIVE_WORDS.has(view.words[j + 1]!);
  return false;
}

/** True when a finite verb follows token k before any punctuation: k starts a clause, not a phrase. */
function opensClause(view: SentenceView, k: number): boolean {
  for (let j = k + 1; j < view.tokens.length; j++) {
    const pos = view.tokens[j]!.pos;
    if (pos === "PUNCT") return false;
    if (pos === "VERB" || pos === "AUX") return !view.words[j]!.endsWith("ing");
  }
  return false;
}

/**
 * The tokens of the clause a trigger is in, for dating it: bounded by ";", relative pronouns and
 * subordinating conjunctions ("after", "that", "because") on either side.
 */
function clauseRange(view: SentenceView, anchor: number): [number, number] {
  const isBoundary = (k: number) =>
    view.words[k] === ";" ||
    (TIME_CONJUNCTIONS.has(view.words[k]!) && opensClause(view, k)) ||
    RELATIVE_WORDS.has(view.words[k]!) ||
    view.tokens[k]!.pos === "SCONJ" ||
    (view.words[k] === "that" && view.tokens[k]!.pos === "PRON");
  let first = anchor;
  while (first > 0 && !isBoundary(first - 1) && !closesRelative(view, first - 1)) first--;
  // A relative clause ends at its closing comma: "India, which fought ... in 2019, met ...".
  const relative = first > 0 && RELATIVE_WORDS.has(view.words[first - 1]!);
  let last = anchor;
  while (
    last < view.tokens.length - 1 &&
    !isBoundary(last + 1) &&
    !(relative && view.words[last + 1] === ",")
  )
    last++;
  return [first, last];
}

/** Verbs whose infinitive complement is done by their object: "allowed Gondor to ...". */
const OBJECT_CONTROL = new Set([
  "allow",
  "help",
  "enable",
  "permit",
  "persuade",
  "let",
  "want",
  "get",
  "cause",
]);
/** Prepositions that put a place or country where force is used: "air strikes in Lebanon". */
const LOCATIVES = new Set(["in", "at", "on", "near", "across", "into", "inside", "over"]);
/** CAMEO roots of coercion and force (17-20), whose place names the target. */
const FORCE_ROOTS = new Set(["17", "18", "19", "20"]);

/** Verbs whose object is a subject matter: "the talks covered Russia's invasion of Ukraine". */
const TOPIC_VERBS = new Set([
  "cover",
  "discuss",
  "address",
  "concern",
  "review",
  "debate",
  "examine",
  "mention",
]);

/** A nominal trigger in the object of a topic verb of its clause names a subject, not an event. */
function isTopic(view: SentenceView, anchor: number): boolean {
  for (let k = anchor - 1; k >= 0; k--) {
    const pos = view.tokens[k]!.pos;
    if (pos === "PUNCT" || pos === "SCONJ" || pos === "AUX") return false;
    if (pos === "VERB") return TOPIC_VERBS.has(view.lemmas[k]!);
  }
  return false;
}

/** CAMEO 112 "accuse": what a speaker does who says another actor committed a hostile act. */
const ACCUSE_CODE = "112";
const CONDITIONAL_ALWAYS = new Set(["if", "unless", "whether"]);
/** Time conjunctions that make a present-tense verb a condition: "before Gondor approves ...". */
const CONDITIONAL_PRESENT = new Set(["before", "until", "once"]);

/** The country part of an actor code (GONGOV → GON), or null for IGOs and groups. */
function countryOf(code: string): string | null {
  return /^[A-Z]{3}([A-Z]{3})*$/.test(code) && !code.startsWith("IGO") ? code.slice(0, 3) : null;
}

function sameCountry(a: Actor, b: Actor): boolean {
  const ca = countryOf(a.code);
  return a.code === b.code || (ca !== null && ca === countryOf(b.code));
}

/** "if new sanctions are imposed", "before Ankara approves": the verb is a condition, not a fact. */
function inConditionalClause(view: SentenceView, start: number, anchor: number, verbal: boolean): boolean {
  for (let k = start - 1; k >= 0; k--) {
    const w = view.words[k]!;
    if (CONDITIONAL_ALWAYS.has(w)) return true;
    if (CONDITIONAL_PRESENT.has(w)) {
      if (!verbal) return false;
      const verb = view.words[anchor]!;
      return verb === view.lemmas[anchor] || (verb.endsWith("s") && !verb.endsWith("ed"));
    }
    if (/^(PUNCT|VERB|AUX)$/.test(view.tokens[k]!.pos)) return false;
  }
  return false;
}

/**
 * "accused Arnor of planning an operation to free X", "censured Gondor for failing to cooperate",
 * "... of attacking posts, killing four": everything after "of/for VERB-ing" up to the next finite
 * verb is the content of the accusation, not an event of its own.
 */
function inGerundComplement(view: SentenceView, i: number): boolean {
  for (let k = i - 1; k > 0; k--) {
    const w = view.words[k]!;
    if (w === ";" || w === ":") return false;
    const pos = view.tokens[k]!.pos;
    if (pos === "AUX") return false;
    // The tagger reads some gerunds as nouns ("of planning a raid").
    const gerund = w.endsWith("ing") && (pos === "VERB" || pos === "NOUN");
    if (gerund && (view.words[k - 1] === "of" || view.words[k - 1] === "for")) return true;
    if (pos !== "VERB") continue;
    // An infinitive or participle inside the complement ("to free", ", killing") is passed over.
    if (view.words[k - 1] === "to" || w.endsWith("ing")) continue;
    return false;
  }
  return false;
}

function matchesPhrase(words: readonly string[], i: number, phrase: readonly string[]): boolean {
  for (let k = 0; k < phrase.length; k++) if (words[i + k] !== phrase[k]) return false;
  return true;
}

/** The first discard phrase found in `words`, looked up by each word (discards are indexed by first word). */
function findDiscard(
  words: readonly string[],
  byFirst: ReadonlyMap<string, readonly Discard[]>,
): Discard | undefined {
  for (let i = 0; i < words.length; i++) {
    const list = byFirst.get(words[i]!);
    if (!list) continue;
    for (const d of list) if (matchesPhrase(words, i, d.words)) return d;
  }
  return undefined;
}

function indexDiscards(discards: readonly Discard[]): Map<string, Discard[]> {
  const map = new Map<string, Discard[]>();
  for (const d of discards) map.set(d.words[0]!, [...(map.get(d.words[0]!) ?? []), d]);
  return map;
}

interface Draft {
  source: Actor;
  target: Actor | null;
  code: string;
  modality: Modality;
  negated: boolean;
  attribution: Actor | null;
  confidence: number;
}

/** "X attacked Y, Z said" / ", said Z": the speaker of a statement that follows the event. */
function trailingSpeaker(view: SentenceView, cues: readonly CueMatch[], trigger: number): Actor | null {
  for (const c of cues) {
    // A finite saying verb after the event ("..., officials said"), not "helped in reporting".
    if (c.cue.kind !== "say" || c.first <= trigger || view.words[c.first]!.endsWith("ing")) continue;
    for (let k = c.first - 1; k > trigger && view.words[k] !== ","; k--) {
      const g = view.groupAt[k];
      if (g) return g.members[0] ?? null;
    }
    if (view.words[c.first - 1] === ",") {
      let k = c.last + 1;
      while (view.tokens[k]?.pos === "DET") k++;
      const g = view.groupAt[k];
      if (g) return g.members[0] ?? null;
    }
  }
  return null;
}

export class DocCoder {
  private readonly index: PatternIndex;
  private readonly cueFirstWords = new Map<string, Cue[]>();
  private readonly sentenceDiscards: ReadonlyMap<string, readonly Discard[]>;
  private readonly storyDiscards: ReadonlyMap<string, readonly Discard[]>;
  /** Every word the patterns and cues name: the base forms a participle may be read back to. */
  private readonly patternWords = new Set<string>();
  /** Countries the current document's actors belong to: a place elsewhere is likely a gazetteer slip. */
  private docCountries: ReadonlySet<string> = new Set();

  constructor(
    private readonly dict: CoderDictionaries,
    private readonly options: CoderOptions = {},
  ) {
    this.index = new PatternIndex(dict.patterns);
    for (const p of [...dict.patterns, ...dict.cues])
      for (const e of p.elements)
        if (e.kind === "word")
          for (const w of e.words) for (const part of w.split(" ")) this.patternWords.add(part);
    for (const cue of dict.cues) {
      const first = cue.elements[0];
      if (first?.kind !== "word") continue;
      for (const w of first.words) {
        const key = w.split(" ")[0]!;
        this.cueFirstWords.set(key, [...(this.cueFirstWords.get(key) ?? []), cue]);
      }
    }
    this.sentenceDiscards = indexDiscards(dict.discards.filter((d) => !d.story));
    this.storyDiscards = indexDiscards(dict.discards.filter((d) => d.story));
  }

  private entryFor(code: string) {
    const known = this.dict.ontology.cameo.get(code);
    if (known || !this.options.foreignCodes) return known;
    const root = this.dict.ontology.cameo.get(code.slice(0, 2));
    return {
      code,
      root: code.slice(0, 2),
      name: code,
      goldstein: root?.goldstein ?? 0,
      quadClass: root?.quadClass ?? 1,
      ploverType: root?.ploverType ?? "",
      ploverMode: null,
      ploverContexts: [],
    };
  }

  /**
   * "would do well to denounce", "can now vie to deliver": an infinitive whose governing verb
   * carries a modal of possibility is as hypothetical as that verb (one level up the clause).
   */
  private modalAbove(view: SentenceView, start: number): boolean {
    if (view.words[start - 1] !== "to") return false;
    for (let k = start - 2; k >= 0; k--) {
      const pos = view.tokens[k]!.pos;
      if (pos === "PUNCT" || pos === "SCONJ") return false;
      if (pos !== "VERB" && pos !== "AUX") continue;
      const group = view.words.slice(verbGroupStart(view, k), k + 1);
      return group.some((w) => HYPOTHETICAL.has(w));
    }
    return false;
  }

  /** Whether --explain asked for reasons (finding them costs time on sentences with no actor). */
  private explaining = false;

  /** The first token that some pattern matches, for --explain of a sentence with no actor. */
  private firstTrigger(view: SentenceView): { word: string; where: string } | null {
    for (let i = 0; i < view.tokens.length; i++) {
      const m = this.index.matchAt(view, i)[0];
      if (m) return { word: view.tokens[i]!.text, where: m.pattern.where };
    }
    return null;
  }

  /** Whether events of this CAMEO code need a target (data/verbs/needs-target.tsv, longest prefix). */
  private needsTarget(code: string): boolean {
    if (this.options.targetRules === false) return false;
    let best: { len: number; needed: boolean } | null = null;
    for (const r of this.dict.targetRules)
      if (code.startsWith(r.prefix) && (!best || r.prefix.length > best.len))
        best = { len: r.prefix.length, needed: r.needed };
    return best?.needed ?? false;
  }

  /** The code a cue turns an action code into, by the longest matching action prefix. */
  private mapCue(kind: CueKind, code: string): string | null {
    let best: { len: number; code: string } | null = null;
    for (const row of this.dict.cueMap) {
      if (row.kind !== kind) continue;
      const len = row.actionPrefix === "*" ? 0 : row.actionPrefix.length;
      if (row.actionPrefix !== "*" && !code.startsWith(row.actionPrefix)) continue;
      if (!best || len > best.len) best = { len, code: row.code };
    }
    return best?.code ?? null;
  }

  code(doc: AnnotatedDoc, explain?: SentenceExplanation[]): CodedEvent[] {
    this.explaining = explain !== undefined;
    const events: CodedEvent[] = [];
    const docWords = doc.sentences.flatMap((s) => s.tokens.map((t) => t.text.toLowerCase()));
    const storyDiscard = findDiscard(docWords, this.storyDiscards);
    const day = articleDay(doc.publishedAt);
    this.docCountries = new Set(
      doc.mentions
        .filter((m) => m.kind !== "place" && m.kind !== "date" && m.code)
        .flatMap((m) => m.code!.split("|").map(countryOf))
        .filter((c): c is string => c !== null),
    );
    const mentionsBySentence = new Map<number, AnnotatedDoc["mentions"][number][]>();
    for (const m of doc.mentions) {
      const list = mentionsBySentence.get(m.sentenceIndex) ?? [];
      list.push(m);
      mentionsBySentence.set(m.sentenceIndex, list);
    }
    doc.sentences.forEach((sentence, si) => {
      const view = reinflectLemmas(
        buildSentenceView(si, sentence, mentionsBySentence.get(si) ?? []),
        this.patternWords,
      );
      const reasons: string[] = [];
      const fired: { pattern: string; code: string; where: string }[] = [];
      if (storyDiscard)
        reasons.push(`story discarded by ${storyDiscard.where} ("${storyDiscard.words.join(" ")}")`);
      else events.push(...this.codeSentence(doc, view, day, reasons, fired));
      explain?.push({
        sentenceIndex: si,
        text: doc.text.slice(sentence.start, sentence.end),
        tokens: sentence.tokens.map((t) => `${t.text}/${t.pos}`).join(" "),
        actors: view.groups.map((g) => g.members.map((m) => `${m.name}=${m.code}`).join(" + ")),
        fired,
        reasons,
      });
    });
    return events;
  }

  private codeSentence(
    doc: AnnotatedDoc,
    view: SentenceView,
    day: string | null,
    reasons: string[],
    fired: { pattern: string; code: string; where: string }[],
  ): CodedEvent[] {
    const discard = findDiscard(view.words, this.sentenceDiscards);
    if (discard) {
      reasons.push(`sentence discarded by ${discard.where} ("${discard.words.join(" ")}")`);
      return [];
    }
    if (!view.groups.length) {
      // Say whether an event word was there: "trigger but no actor" is a gap in the actor
      // dictionaries, "no trigger" one in the verb patterns.
      const trigger = this.explaining ? this.firstTrigger(view) : null;
      reasons.push(
        trigger
          ? `trigger but no actor: "${trigger.word}" (${trigger.where}) fired but the sentence names no actor`
          : "no trigger and no actor in the sentence",
      );
      return [];
    }
    const cues = findCues(view, this.dict.cues, this.cueFirstWords);
    this.fallbacks = new Map();
    const selected = this.selectMatches(view, reasons);
    if (!selected.length) {
      if (!reasons.length) reasons.push("no trigger: no pattern matched");
      return [];
    }
    // A cue that governs a coded action is part of that action, not an event of its own.
    const governed = new Set<CueMatch>();
    for (const m of selected) {
      let start = this.groupStart(view, m.first);
      for (let depth = 0; depth < 4; depth++) {
        const g = governorOf(view, cues, start);
        if (!g) break;
        governed.add(g.match);
        start = verbGroupStart(view, g.match.first);
      }
    }
    const kept = selected.filter(
      (m) =>
        ![...governed].some((c) => MAPPING_KINDS.has(c.cue.kind) && m.first >= c.first && m.first <= c.last),
    );
    // A date phrase dates only the triggers of its own clause ("agreed ... on channels that Beijing
    // cut last year"); a future date is the date of what was promised or threatened, not of the
    // statement, which the article reports as of its own day.
    const dateOf = (anchor: number): EventDate | null => {
      const [first, last] = clauseRange(view, anchor);
      const from = view.tokens[first]!.start;
      const to = view.tokens[last]!.end;
      const dates = view.mentions.filter((m) => m.kind === "date" && m.start >= from && m.end <= to);
      const d = sentenceDate(view.words.slice(first, last + 1), dates, day);
      // "India, which fought Pakistan in 2019": a named earlier year or month is when it
      // happened (at that precision); a date after the article's day (a plan, a threat) is
      // replaced by the article's day, when the statement was made.
      return d && day && d.value > day ? { value: day, precision: "day" } : d;
    };
    const reported = cues.some((c) => c.cue.kind === "reported");
    const according = cues.find((c) => c.cue.kind === "according" && c.object);
    const out: CodedEvent[] = [];
    const seen = new Set<string>();
    const verbAnchors = kept.filter((m) => view.tokens[m.first]!.pos === "VERB").map((m) => m.first);
    for (const chosen of kept) {
      const { match: m, drafts } = this.draftsOrFallback(view, chosen, cues, reasons, verbAnchors);
      for (const d of drafts) {
        if (this.options.requireTarget && !d.target) {
          reasons.push(`${m.pattern.where}: no target (a dyad is required)`);
          continue;
        }
        const entry = this.entryFor(d.code);
        if (!entry) continue;
        if (d.modality === "hypothetical" && !this.options.keepHypothetical) {
          reasons.push(
            `${m.pattern.where}: modality: "${m.pattern.text}" is hypothetical here (may, if, allowed to), not asserted`,
          );
          continue;
        }
        const date = dateOf(m.first);
        const key = `${d.source.code}|${d.target?.code ?? ""}|${d.code}`;
        if (seen.has(key)) continue;
        seen.add(key);
        fired.push({ pattern: m.pattern.text, code: d.code, where: m.pattern.where });
        const trigger = view.tokens[m.first]!;
        // The trigger is the pattern's own words: it stops before a target the pattern took in.
        let triggerLast = m.targets.length ? Math.min(...m.targets.map((t) => t.first)) - 1 : m.last;
        while (triggerLast > m.first && /^(DET|ADP|PART|PRON)$/.test(view.tokens[triggerLast]!.pos))
          triggerLast--;
        const triggerEnd = view.tokens[Math.max(m.first, triggerLast)]!.end;
        const attribution =
          d.attribution ??
          (according?.object?.members[0] as Actor | undefined) ??
          trailingSpeaker(view, cues, m.first);
        out.push({
          docId: doc.id,
          eventId: `${doc.id}#${view.index}.${out.length}`,
          date: date?.value ?? null,
          ...(date && date.precision !== "day" ? { datePrecision: date.precision } : {}),
          sentenceIndex: view.index,
          source: d.source,
          target: d.target,
          cameo: {
            code: entry.code,
            root: entry.root,
            quadClass: entry.quadClass,
            goldstein: entry.goldstein,
          },
          plover: { type: entry.ploverType, mode: entry.ploverMode, contexts: entry.ploverContexts },
          modality: d.modality === "asserted" && reported ? "reported" : d.modality,
          negated: d.negated,
          attribution:
            attribution && attribution.code !== d.source.code
              ? { code: attribution.code, name: attribution.name }
              : null,
          location: null,
          trigger: { start: trigger.start, end: triggerEnd, text: doc.text.slice(trigger.start, triggerEnd) },
          evidence: doc.text.slice(view.sentence.start, view.sentence.end),
          confidence: Math.round(d.confidence * 100) / 100,
          dictionaryVersion: this.dict.version,
        });
      }
    }
    // "Israeli air strikes hit Gaza": one event. The target-less one folds into the one that knows
    // its target, lending it its code when that is the more specific ("195" over "190").
    const merged: CodedEvent[] = [];
    for (const e of out) {
      // "shelled Ukraine, killing soldiers in Donetsk": a generic code (190) beside a specific one
      // (194) for the same dyad is the same event told twice.
      const generic = e.cameo.code === `${e.cameo.root}0`;
      const twin = out.find(
        (o) =>
          o !== e &&
          generic &&
          o.cameo.root === e.cameo.root &&
          o.cameo.code !== e.cameo.code &&
          o.source.code === e.source.code &&
          (o.target?.code === e.target?.code ||
            (o.target &&
              e.target &&
              countryOf(o.target.code) !== null &&
              countryOf(o.target.code) === countryOf(e.target.code))),
      );
      if (twin && e.target) continue;
      if (e.target) {
        merged.push(e);
        continue;
      }
      const host = out.find(
        (o) => o.target && o.source.code === e.source.code && o.cameo.root === e.cameo.root,
      );
      if (!host) {
        merged.push(e);
        continue;
      }
      const entry = this.dict.ontology.cameo.get(e.cameo.code)!;
      if (host.cameo.code === `${host.cameo.root}0` && e.cameo.code !== host.cameo.code) {
        const i = out.indexOf(host);
        out[i] = {
          ...host,
          cameo: {
            code: entry.code,
            root: entry.root,
            quadClass: entry.quadClass,
            goldstein: entry.goldstein,
          },
          plover: { type: entry.ploverType, mode: entry.ploverMode, contexts: entry.ploverContexts },
        };
        const j = merged.indexOf(host);
        if (j >= 0) merged[j] = out[i]!;
      }
    }
    return merged;
  }

  /**
   * A bare role as target ("their troops", "troops to Syria", "military aid to Ukraine"): the real
   * target is the actor a preposition names after it; a possessive role ("its troops") is no target.
   */
  private refineTarget(view: SentenceView, group: ActorGroup | null): ActorGroup | null {
    if (!group?.members.every((a) => view.bareAgents.has(a))) return group;
    const after = objectAfter(view, group.last);
    if (after) return after;
    const before = view.words[group.first - 1];
    return before && POSSESSIVES.has(before) ? null : group;
  }

  /**
   * A bare role as target takes a country: another country the sentence names ("Russian forces
   * shelled Kharkiv, killing civilians in Ukraine"), else the source's own ("Iranian protesters ...
   * against the government").
   */
  private domestic(role: Actor, source: Actor, view: SentenceView): Actor {
    const countryOf = (code: string) =>
      /^[A-Z]{3}([A-Z]{3})?$/.test(code) && !code.startsWith("IGO") ? code.slice(0, 3) : null;
    const own = countryOf(source.code);
    const other = view.groups
      .flatMap((g) => g.members)
      .filter((a) => !view.bareAgents.has(a))
      .map((a) => countryOf(a.code))
      .find((c) => c && c !== own);
    const country = other ?? own;
    return country ? { ...role, code: `${country}${role.code}` } : role;
  }

  /** The subject of the last finite verb before `start` in the sentence. */
  /** True when the "to" at `to` opens a purpose clause of a finite verb with a subject of its own. */
  private purposeOf(view: SentenceView, to: number): boolean {
    for (let k = to - 1; k >= 0; k--) {
      const pos = view.tokens[k]!.pos;
      if (pos === "PUNCT" || pos === "SCONJ") return false;
      if (pos === "VERB" && !view.words[k]!.endsWith("ing"))
        return !OBJECT_CONTROL.has(view.lemmas[k]!) && view.groupAt[to - 1] !== undefined;
    }
    return false;
  }

  /**
   * "Israeli jets struck the city of Khan Younis", "air strikes in southern Lebanon": the place a
   * use of force is aimed at names the target country, when it is not the source's own.
   */
  private placeTarget(view: SentenceView, anchor: number, source: ActorGroup): ActorGroup | null {
    const [, last] = clauseRange(view, anchor);
    const own = new Set(source.members.map((a) => countryOf(a.code)));
    const tokenAt = (offset: number) => view.tokens.findIndex((t) => t.end > offset);
    let best: ActorGroup | null = null;
    for (const m of view.mentions) {
      const country = m.kind === "place" ? m.place?.country : null;
      if (!country || own.has(country) || !this.docCountries.has(country)) continue;
      const first = tokenAt(m.start);
      if (first <= anchor || first > last || (best && best.first <= first)) continue;
      best = {
        members: [{ code: country, name: m.name, start: m.start, end: m.end }],
        first,
        last: Math.max(first, tokenAt(m.end - 1)),
      };
    }
    for (let k = anchor + 1; k <= last && (!best || k < best.first); k++) {
      const g = view.groupAt[k];
      if (!g || g.first !== k) continue;
      let p = k - 1;
      while (p > anchor && /^(DET|ADJ)$/.test(view.tokens[p]!.pos)) p--;
      const state = g.members.every((a) => /^[A-Z]{3}$/.test(a.code) && !own.has(a.code));
      if (state && LOCATIVES.has(view.words[p]!)) return g;
      k = g.last;
    }
    return best;
  }

  private mainSubject(view: SentenceView, start: number): ActorGroup | null {
    for (let k = start - 1; k >= 0; k--)
      if (view.tokens[k]!.pos === "VERB" && !view.words[k]!.endsWith("ing"))
        return subjectBefore(view, verbGroupStart(view, k));
    return null;
  }

  /**
   * "Egypt is expected to host talks between Gondor and Arnor", "will hold talks": a nominal event
   * in the object of a verb that is planned, requested or conditional is not asserted either.
   */
  private nominalModality(
    view: SentenceView,
    cues: readonly CueMatch[],
    anchor: number,
  ): { modality: Modality; cue?: CueKind } {
    for (let k = anchor - 1; k >= 0; k--) {
      const pos = view.tokens[k]!.pos;
      if (pos === "PUNCT" || pos === "SCONJ") return { modality: "asserted" };
      if (pos !== "VERB") continue;
      const start = verbGroupStart(view, k);
      const words = view.words.slice(start, k);
      if (words.some((w) => FUTURE.has(w))) return { modality: "intended" };
      if (words.some((w) => HYPOTHETICAL.has(w))) return { modality: "hypothetical" };
      const kind = governorOf(view, cues, start)?.match.cue.kind;
      if (kind === "intent" || kind === "threaten") return { modality: "intended", cue: kind };
      if (kind === "appeal" || kind === "demand") return { modality: "hypothetical" };
      if (kind === "hypothetical") return { modality: "hypothetical" };
      return { modality: "asserted" };
    }
    return { modality: "asserted" };
  }

  /** Best match per trigger, then no two matches that overlap: the more specific wins. */
  private selectMatches(view: SentenceView, reasons: string[] = []): PatternMatch[] {
    const all: PatternMatch[] = [];
    for (let i = 0; i < view.tokens.length; i++) {
      if (view.groupAt[i]) continue;
      const matches = this.index.matchAt(view, i);
      if (!matches.length) continue;
      // "Tom Lynch", "Meet the Press": a trigger word inside a name or title is no event word.
      const nameUse = nameUseOf(view, i);
      if (nameUse) {
        reasons.push(`${matches[0]!.pattern.where}: trigger "${view.tokens[i]!.text}" is ${nameUse}`);
        continue;
      }
      const found = matches.filter((m) => this.isUsableTrigger(view, m));
      if (found.length) {
        all.push(found[0]!);
        this.fallbacks.set(found[0]!, found.slice(1));
      } else
        reasons.push(
          `${matches[0]!.pattern.where}: "${view.tokens[i]!.text}" is not used as the event's verb here (${view.tokens[i]!.pos})`,
        );
    }
    const verbal = (m: PatternMatch) => (view.tokens[m.first]!.pos === "VERB" ? 1 : 0);
    all.sort((a, b) => b.words - a.words || verbal(b) - verbal(a) || b.last - b.first - (a.last - a.first));
    const taken: PatternMatch[] = [];
    for (const m of all) {
      const over = taken.find((t) => m.first <= t.last && t.first <= m.last);
      // The displaced reading is kept as the winner's fallback: if the winner's actor checks fail
      // ("carried out a gas attack" with no target), the narrower reading ("gas attack") is tried.
      if (over) this.fallbacks.get(over)?.push(m);
      else taken.push(m);
    }
    return taken.sort((a, b) => a.first - b.first);
  }

  /** Per selected match, the readings it displaced, most specific first (filled by selectMatches). */
  private fallbacks = new Map<PatternMatch, PatternMatch[]>();

  /** The drafts of a match, else of the first displaced reading that yields any. */
  private draftsOrFallback(
    view: SentenceView,
    m: PatternMatch,
    cues: readonly CueMatch[],
    reasons: string[],
    verbAnchors: readonly number[],
  ): { match: PatternMatch; drafts: Draft[] } {
    const drafts = this.draftsFor(view, m, cues, reasons, verbAnchors);
    if (drafts.length || this.options.fallbackReadings === false) return { match: m, drafts };
    // The failed reading's verb is no event verb the fallback could sit in the object of.
    const anchors = verbAnchors.filter((v) => v !== m.first);
    for (const alt of this.fallbacks.get(m) ?? []) {
      const d = this.draftsFor(view, alt, cues, reasons, anchors);
      if (d.length) return { match: alt, drafts: d };
    }
    return { match: m, drafts };
  }

  private groupStart(view: SentenceView, anchor: number): number {
    return verbGroupStart(view, anchor);
  }

  /**
   * A one-word pattern ("attack", "protest") names a verb: it must be a finite verb here, not the
   * noun ("the attacks"), an adjective-like participle ("the detained journalists") or the content of
   * another event ("accused X of supporting"). Nominal triggers are written as phrases.
   */
  private isUsableTrigger(view: SentenceView, m: PatternMatch): boolean {
    const i = m.first;
    const before = view.words[i - 1];
    // "for (allegedly) abusing his office", "of visiting": a gerund after a preposition, maybe
    // past an adverb, is the content of another word, not an event of its own.
    let p = i - 1;
    while (p > 0 && view.tokens[p]!.pos === "ADV") p--;
    const gerund = view.words[i]!.endsWith("ing");
    if (gerund && (view.words[p] === "of" || view.words[p] === "for" || view.words[p] === "about"))
      return false;
    // "the agency's own auditing office", "a recommended visiting list": an -ing word between a
    // determiner or possessive and a noun modifies the noun.
    if (
      gerund &&
      m.words === 1 &&
      view.tokens[i + 1]?.pos === "NOUN" &&
      /^(DET|ADJ|PART|PRON)$/.test(view.tokens[i - 1]?.pos ?? "")
    )
      return false;
    if (inGerundComplement(view, i)) return false;
    if (m.words > 1 || m.targets.length) return true;
    if (before === "the" || before === "a" || before === "an") return false;
    const pos = view.tokens[i]!.pos;
    // The tagger reads some past tenses as adjectives ("Russia armed ..."): right after the subject they are verbs.
    if (
      pos === "ADJ" &&
      view.words[i]!.endsWith("ed") &&
      (view.groupAt[i - 1] || view.tokens[i - 1]?.pos === "AUX")
    )
      return true;
    // "a deal mediated by Qatar": a participle with its own agent is a (reduced passive) verb.
    if (pos === "ADJ" && view.words[i]!.endsWith("ed") && view.words[i + 1] === "by") return true;
    return pos === "VERB";
  }

  private draftsFor(
    view: SentenceView,
    m: PatternMatch,
    cues: readonly CueMatch[],
    reasons: string[],
    verbAnchors: readonly number[],
  ): Draft[] {
    const anchor = m.first;
    const verbal = /^(VERB|AUX)$/.test(view.tokens[anchor]!.pos);
    const start = this.groupStart(view, anchor);
    const chain: Governor[] = [];
    for (let s = start; chain.length < 4; ) {
      const g = governorOf(view, cues, s);
      if (!g) break;
      chain.push(g);
      s = verbGroupStart(view, g.match.first);
    }
    // subjectAt(k): the subject of the clause at cue level k (0 = the action itself).
    const subjectAt = (k: number): ActorGroup | null => {
      for (let j = k; j < chain.length; j++) {
        if (chain[j]!.inner) return chain[j]!.inner;
        // "said the talks had ...": the complement's subject is named but is no actor.
        // ("agreed that the two countries should ...": the parties who agree are the ones meant.)
        if (chain[j]!.nounSubject && chain[j]!.match.cue.kind !== "intent") return null;
      }
      const outer = chain.length ? verbGroupStart(view, chain[chain.length - 1]!.match.first) : start;
      return subjectBefore(view, outer);
    };
    // "an arrangement mediated by Qatar": a participle right after a noun, with its own by-agent,
    // is a reduced passive relative clause; the agent is its source and the noun no actor.
    const participleAfterNoun =
      /^(VERB|ADJ)$/.test(view.tokens[anchor]!.pos) && view.words[anchor]!.endsWith("ed");
    // A noun that is part of an actor ("the Calenardhon government condemned an attack by ...")
    // is the clause's subject, not the head of a reduced relative clause.
    const reducedAgent =
      participleAfterNoun && view.tokens[anchor - 1]?.pos === "NOUN" && !view.groupAt[anchor - 1]
        ? passiveAgent(view, anchor)
        : null;
    const passive = reducedAgent !== null || (verbal && isPassive(view, start, anchor));
    // "Russian forces shelled Kharkiv, killing five civilians": the participle shares the main subject.
    const participle = verbal && view.words[anchor]!.endsWith("ing") && view.words[start - 1] === ",";
    // "Kenya deployed police to Haiti to fight gangs": a purpose infinitive shares the subject of
    // the verb it attaches to, unless that verb hands the action to its object ("allowed X to").
    const purpose = verbal && view.words[start - 1] === "to" && this.purposeOf(view, start - 1);
    let source: ActorGroup | null;
    // A gap may have stepped over the object: "accused [Ukraine] of shelling".
    let inside: ActorGroup | null = null;
    // (A bare role inside the match is the pattern's own word: "sent [troops]", "deployed riot [police]".)
    // (Except for force and coercion, where it is the victim: "killed six [militants]".)
    const victimRole = FORCE_ROOTS.has(m.pattern.code.slice(0, 2));
    for (let i = m.first + 1; i <= m.last && !inside; i++) {
      const g = view.groupAt[i];
      if (g && (victimRole || !g.members.every((a) => view.bareAgents.has(a)))) inside = g;
    }
    let target: ActorGroup | null = m.targets[0] ?? inside;
    target = this.refineTarget(view, target);
    if (passive) {
      // "were killed by police": the by-phrase follows the verb itself, even when the pattern's
      // own object words ("kill .. police") stepped over it.
      source = passiveAgent(view, anchor) ?? passiveAgent(view, m.last);
      // "were killed by police": the agent the pattern's gap stepped over is no target.
      if (target && source && target.first === source.first) target = null;
      target = target ?? subjectAt(0);
    } else {
      source =
        (participle || purpose) && !chain.length
          ? (this.mainSubject(view, start) ?? subjectAt(0))
          : subjectAt(0);
      if (!target)
        target = this.refineTarget(
          view,
          objectAfter(view, m.last, this.options.targetWindow, this.options.anyPrepositionTarget),
        );
    }
    let code = m.pattern.code;
    let modality: Modality = "asserted";
    let negated = false;
    let attribution: Actor | null = null;
    let confidence = verbal ? 0.9 : 0.8;
    if (passive) confidence -= 0.1;
    const groupWords = view.words.slice(start, anchor);
    const wordsOfChain = [
      groupWords,
      ...chain.map((g) => view.words.slice(verbGroupStart(view, g.match.first), g.match.first)),
    ];
    if (groupWords.some((w) => NEGATORS.has(w))) negated = !negated;
    // "Gondor said Arnor attacked Rohan": who says so, and whom it concerns.
    let speaker: Actor | null = null;
    let reportedActors: readonly Actor[] = [];
    for (let k = 0; k < chain.length; k++) {
      const g = chain[k]!;
      const kind = g.match.cue.kind;
      const cueWords = wordsOfChain[k + 1]!;
      if (cueWords.some((w) => NEGATORS.has(w))) negated = !negated;
      if (kind === "say") {
        attribution = subjectAt(k + 1)?.members[0] ?? null;
        if (!g.inner) attribution = null;
        else if (!speaker) {
          speaker = attribution;
          reportedActors = g.inner.members;
        }
        continue;
      }
      // "loath to criticize", "the law allows police to detain": permitted or shunned, not done.
      if (kind === "hypothetical") {
        modality = "hypothetical";
        continue;
      }
      // "failed to cooperate": the action did not happen.
      if (kind === "fail") {
        negated = !negated;
        continue;
      }
      if (!MAPPING_KINDS.has(kind)) continue;
      if (kind === "appeal" || kind === "demand") {
        source = subjectAt(k + 1);
        const addressee = g.match.object ?? g.inner;
        if (addressee) target = addressee;
      }
      const mapped = this.mapCue(kind, code);
      confidence -= 0.05;
      if (kind === "deny" && (g.inner || g.nounSubject || g.match.object)) {
        // "The Kremlin denied that Gondorian aircraft had bombed ...": the denial is the event,
        // by the one who denies, toward whoever made the claim ("claims by Arnor that ...").
        const denier = subjectAt(k + 1);
        if (mapped) {
          source = denier;
          target = g.match.object;
          code = mapped;
          continue;
        }
        modality = "reported";
      }
      if (mapped) code = mapped;
      else if (kind === "intent") modality = "intended";
      else if (kind === "refuse" || kind === "deny") negated = !negated;
    }
    if (groupWords.some((w) => FUTURE.has(w))) {
      const mapped = this.mapCue("intent", code);
      if (mapped) code = mapped;
      else modality = "intended";
    } else if (
      (groupWords.some((w) => HYPOTHETICAL.has(w)) || this.modalAbove(view, start)) &&
      // "agreed that they should cooperate": the modal belongs to what is agreed or promised.
      !chain.some((g) => g.match.cue.kind === "intent" && this.mapCue("intent", m.pattern.code))
    )
      modality = "hypothetical";
    if (modality === "asserted" && inConditionalClause(view, start, anchor, verbal))
      modality = "hypothetical";
    // A nominal object or a purpose clause is as planned as the verb it depends on ("will deploy
    // police to Haiti to fight gangs").
    if (modality === "asserted" && (!verbal || purpose)) {
      // "promised to continue military aid to Ukraine": the promise is CAMEO's intent code
      // itself (033), as the codebook codes it, not aid flagged as intended.
      const nominal = this.nominalModality(view, cues, anchor);
      const mapped = nominal.cue ? this.mapCue(nominal.cue, code) : null;
      if (mapped) code = mapped;
      else modality = nominal.modality;
    }
    if (!verbal && isTopic(view, anchor)) {
      reasons.push(`${m.pattern.where}: "${m.pattern.text}" is the topic of a discussion, not an event`);
      return [];
    }
    const cued = chain.some((g) => MAPPING_KINDS.has(g.match.cue.kind));
    // "China condemned the attack on India": a nominal event in the object of another coded verb
    // has no known source of its own.
    const subject = source;
    // ... and so has one found after such a verb unless it modifies the noun ("Israeli air strikes").
    const modifies = (g: ActorGroup) =>
      view.tokens
        .slice(g.last + 1, anchor)
        .every((t) => t.pos !== "ADP" && t.pos !== "VERB" && t.pos !== "PUNCT");
    if (
      !verbal &&
      subject &&
      verbAnchors.some((v) => (v > subject.last && v < anchor) || (v < subject.first && !modifies(subject)))
    ) {
      reasons.push(`${m.pattern.where}: "${m.pattern.text}" is inside the object of another event`);
      return [];
    }
    // "The meeting between Egypt and Sudan": a reciprocal event whose parties are all named after it;
    // "Cairo hosted talks between Gondor and Arnor": the host is no party to the talks.
    const between = target !== null && view.words[target.first - 1] === "between";
    // (Not when an appeal or demand names them: "called on A and B to agree a ceasefire" is the
    // caller's appeal to each.)
    const addressed = chain.some((g) => g.match.cue.kind === "appeal" || g.match.cue.kind === "demand");
    if (
      (!source || (between && !verbal)) &&
      !addressed &&
      m.pattern.reciprocal &&
      target &&
      target.members.length > 1
    ) {
      source = target;
      target = null;
    }
    if (!source) {
      reasons.push(
        `${m.pattern.where}: "${m.pattern.text}" fired but no source actor${passive ? " (passive without agent)" : ""}`,
      );
      return [];
    }
    // "A and B exchanged fire, killing two soldiers": whose soldiers is not said; the participle
    // only adds to the main event.
    if (
      participle &&
      source &&
      source.members.length > 1 &&
      target?.members.every((a) => view.bareAgents.has(a))
    )
      target = null;
    if (!target && source && FORCE_ROOTS.has(code.slice(0, 2)))
      target = this.placeTarget(view, anchor, source);
    // "@dyad": an arrest, a visit, an accusation is done to someone; without a target the word
    // is used in another sense ("arrested development") or names no event between actors.
    // A reciprocal event (meet, negotiate) takes two sides: a target, or a subject of two actors;
    // "the company can meet demand" has one. An event of a code done to someone
    // (needs-target.tsv) has a target too.
    // (A refusal, promise or threat to meet is an event of its own, whoever the other side is.)
    if (
      (m.pattern.dyad ||
        m.pattern.reciprocal ||
        (this.needsTarget(code) && source.members.every((a) => view.bareAgents.has(a)))) &&
      !target &&
      code === m.pattern.code &&
      !(m.pattern.reciprocal && source.members.length > 1)
    ) {
      reasons.push(
        `${m.pattern.where}: "${m.pattern.text}" needs ${m.pattern.reciprocal ? "two sides" : "a target"} and none was found`,
      );
      return [];
    }
    if (!target) confidence -= 0.2;
    const sources = source.members;
    const targets = target?.members ?? [];
    const pairs: [Actor, Actor | null][] = [];
    // "fight gangs": a generic role as object is acted on, not a party acting back.
    const roleObject = targets.length > 0 && targets.every((t) => view.bareAgents.has(t));
    if (m.pattern.reciprocal && targets.length && !cued && !roleObject) {
      for (const s of sources) for (const t of targets) pairs.push([s, t], [t, s]);
    } else if (
      (m.pattern.reciprocal || m.pattern.code.includes(":")) &&
      sources.length > 1 &&
      !targets.length
    ) {
      for (const s of sources) for (const t of sources) if (s !== t) pairs.push([s, t]);
    } else if (targets.length) {
      for (const s of sources) for (const t of targets) pairs.push([s, t]);
    } else for (const s of sources) pairs.push([s, null]);
    const drafts: Draft[] = [];
    const [forward, backward] = code.includes(":") ? code.split(":") : [code, null];
    for (const [s, t0] of pairs) {
      const t = t0 && view.bareAgents.has(t0) && !view.bareAgents.has(s) ? this.domestic(t0, s, view) : t0;
      if (t && t.code === s.code) continue;
      // "the two generals discussed ..." read as China and China's military: a state does not meet
      // or sign with its own organs; a reciprocal pair within one country needs two roles.
      if (t && m.pattern.reciprocal && sameCountry(s, t) && (s.code.length === 3 || t.code.length === 3))
        continue;
      const base = { modality, negated, attribution, confidence: Math.max(0.1, confidence) };
      if (m.pattern.inverted && t) drafts.push({ ...base, source: t, target: s, code: forward! });
      else drafts.push({ ...base, source: s, target: t, code: forward! });
      if (backward && t) drafts.push({ ...base, source: t, target: s, code: backward });
    }
    if (!drafts.length) reasons.push(`${m.pattern.where}: source and target are the same actor`);
    // A bare role ("its soldiers", "troops") names no other side: the speaker's own, most likely.
    const otherSide =
      speaker !== null &&
      reportedActors.length > 0 &&
      !reportedActors.some((a) => view.bareAgents.has(a) || sameCountry(a, speaker!));
    // "Israel said its soldiers had ...": the possessive names whose soldiers they are.
    const innerFirst = chain.find((g) => g.match.cue.kind === "say" && g.inner)?.inner?.first ?? -1;
    const ownRole = speaker && innerFirst > 0 && POSSESSIVES.has(view.words[innerFirst - 1]!);
    const speakerCountry = speaker ? countryOf(speaker.code) : null;
    if (ownRole && speakerCountry)
      for (const d of drafts)
        if (view.bareAgents.has(d.source))
          d.source = { ...d.source, code: `${speakerCountry}${d.source.code}` };
    if (speaker && otherSide) {
      // "Gondor said Arnor was blocking the council": Arnor's act is Gondor's claim, not an observed
      // fact; what Gondor did, asserted, is accuse Arnor when the claimed act is hostile (CAMEO's
      // reading of such statements). A self-report ("Arnor said its forces ...") stays asserted.
      for (const d of drafts) if (d.modality === "asserted") d.modality = "reported";
      const entry = this.entryFor(forward!);
      if (entry && entry.quadClass >= 3 && !/^1[012]/.test(entry.code) && !negated)
        for (const accused of reportedActors)
          drafts.push({
            source: speaker,
            target: accused,
            code: ACCUSE_CODE,
            modality: "asserted",
            negated: false,
            attribution: null,
            confidence: Math.max(0.1, confidence - 0.1),
          });
    }
    return drafts;
  }
}
