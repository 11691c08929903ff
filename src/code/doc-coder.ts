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
import { articleDay, sentenceDate } from "./event-date.ts";
import type { Cue, CueKind, Discard } from "./pattern-load.ts";
import { PatternIndex, type PatternMatch } from "./pattern-match.ts";
import { type Actor, type ActorGroup, buildSentenceView, type SentenceView } from "./sentence-view.ts";

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
const HYPOTHETICAL = new Set(["may", "might", "could", "would"]);
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
function inConditionalClause(view: SentenceView, start: number, anchor: number): boolean {
  for (let k = start - 1; k >= 0; k--) {
    const w = view.words[k]!;
    if (CONDITIONAL_ALWAYS.has(w)) return true;
    if (CONDITIONAL_PRESENT.has(w)) {
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
    if (pos !== "VERB") continue;
    if (w.endsWith("ing") && (view.words[k - 1] === "of" || view.words[k - 1] === "for")) return true;
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

  constructor(
    private readonly dict: CoderDictionaries,
    private readonly options: CoderOptions = {},
  ) {
    this.index = new PatternIndex(dict.patterns);
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
    const events: CodedEvent[] = [];
    const docWords = doc.sentences.flatMap((s) => s.tokens.map((t) => t.text.toLowerCase()));
    const storyDiscard = findDiscard(docWords, this.storyDiscards);
    const day = articleDay(doc.publishedAt);
    const mentionsBySentence = new Map<number, AnnotatedDoc["mentions"][number][]>();
    for (const m of doc.mentions) {
      const list = mentionsBySentence.get(m.sentenceIndex) ?? [];
      list.push(m);
      mentionsBySentence.set(m.sentenceIndex, list);
    }
    doc.sentences.forEach((sentence, si) => {
      const view = buildSentenceView(si, sentence, mentionsBySentence.get(si) ?? []);
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
      reasons.push("no actor in the sentence");
      return [];
    }
    const cues = findCues(view, this.dict.cues, this.cueFirstWords);
    const selected = this.selectMatches(view);
    if (!selected.length) {
      reasons.push("no pattern matched");
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
    const date = sentenceDate(
      view.words,
      view.mentions.filter((m) => m.kind === "date"),
      day,
    );
    const reported = cues.some((c) => c.cue.kind === "reported");
    const according = cues.find((c) => c.cue.kind === "according" && c.object);
    const out: CodedEvent[] = [];
    const seen = new Set<string>();
    const verbAnchors = kept.filter((m) => view.tokens[m.first]!.pos === "VERB").map((m) => m.first);
    for (const m of kept) {
      const drafts = this.draftsFor(view, m, cues, reasons, verbAnchors);
      for (const d of drafts) {
        if (this.options.requireTarget && !d.target) {
          reasons.push(`${m.pattern.where}: no target (a dyad is required)`);
          continue;
        }
        const entry = this.entryFor(d.code);
        if (!entry) continue;
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
          date,
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
  private mainSubject(view: SentenceView, start: number): ActorGroup | null {
    for (let k = start - 1; k >= 0; k--)
      if (view.tokens[k]!.pos === "VERB" && !view.words[k]!.endsWith("ing"))
        return subjectBefore(view, verbGroupStart(view, k));
    return null;
  }

  /** Best match per trigger, then no two matches that overlap: the more specific wins. */
  private selectMatches(view: SentenceView): PatternMatch[] {
    const all: PatternMatch[] = [];
    for (let i = 0; i < view.tokens.length; i++) {
      if (view.groupAt[i]) continue;
      const found = this.index.matchAt(view, i).filter((m) => this.isUsableTrigger(view, m));
      if (found.length) all.push(found[0]!);
    }
    const verbal = (m: PatternMatch) => (view.tokens[m.first]!.pos === "VERB" ? 1 : 0);
    all.sort((a, b) => b.words - a.words || verbal(b) - verbal(a) || b.last - b.first - (a.last - a.first));
    const taken: PatternMatch[] = [];
    for (const m of all) {
      if (taken.some((t) => m.first <= t.last && t.first <= m.last)) continue;
      taken.push(m);
    }
    return taken.sort((a, b) => a.first - b.first);
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
    if (view.words[i]!.endsWith("ing") && (before === "of" || before === "for" || before === "about"))
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
        if (chain[j]!.nounSubject) return null;
      }
      const outer = chain.length ? verbGroupStart(view, chain[chain.length - 1]!.match.first) : start;
      return subjectBefore(view, outer);
    };
    const passive = verbal && isPassive(view, start, anchor);
    // "Russian forces shelled Kharkiv, killing five civilians": the participle shares the main subject.
    const participle = verbal && view.words[anchor]!.endsWith("ing") && view.words[start - 1] === ",";
    let source: ActorGroup | null;
    // A gap may have stepped over the object: "accused [Ukraine] of shelling".
    let inside: ActorGroup | null = null;
    // (A bare role inside the match is the pattern's own word: "sent [troops]", "deployed riot [police]".)
    for (let i = m.first + 1; i <= m.last && !inside; i++) {
      const g = view.groupAt[i];
      if (g && !g.members.every((a) => view.bareAgents.has(a))) inside = g;
    }
    let target: ActorGroup | null = m.targets[0] ?? inside;
    target = this.refineTarget(view, target);
    if (passive) {
      // "were killed by police": the by-phrase follows the verb itself, even when the pattern's
      // own object words ("kill .. police") stepped over it.
      source = passiveAgent(view, anchor) ?? passiveAgent(view, m.last);
      target = target ?? subjectAt(0);
    } else {
      source = participle && !chain.length ? this.mainSubject(view, start) : subjectAt(0);
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
    } else if (groupWords.some((w) => HYPOTHETICAL.has(w))) modality = "hypothetical";
    if (modality === "asserted" && verbal && inConditionalClause(view, start, anchor)) modality = "hypothetical";
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
    // "The meeting between Egypt and Sudan": a reciprocal event whose parties are all named after it.
    if (!source && m.pattern.reciprocal && target && target.members.length > 1) {
      source = target;
      target = null;
    }
    if (!source) {
      reasons.push(
        `${m.pattern.where}: "${m.pattern.text}" fired but no source actor${passive ? " (passive without agent)" : ""}`,
      );
      return [];
    }
    if (!target) confidence -= 0.2;
    const sources = source.members;
    const targets = target?.members ?? [];
    const pairs: [Actor, Actor | null][] = [];
    if (m.pattern.reciprocal && targets.length && !cued) {
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
      const base = { modality, negated, attribution, confidence: Math.max(0.1, confidence) };
      drafts.push({ ...base, source: s, target: t, code: forward! });
      if (backward && t) drafts.push({ ...base, source: t, target: s, code: backward });
    }
    if (!drafts.length) reasons.push(`${m.pattern.where}: source and target are the same actor`);
    if (speaker && reportedActors.length && !reportedActors.some((a) => sameCountry(a, speaker!))) {
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
