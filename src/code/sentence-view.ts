// One sentence prepared for coding: its tokens with lower-cased lemmas, and the actor mentions
// it holds merged into actor groups ("China and Pakistan", "Pakistan's army" → PAKMIL).
import type { Mention, Sentence, Token } from "../types.ts";

export interface Actor {
  readonly code: string;
  readonly name: string;
  /** Character offsets into the article text. */
  readonly start: number;
  readonly end: number;
  /** For a bare role: the story's country the annotator withheld (Mention.storyCountry). */
  readonly storyCountry?: string;
}

/** Actors joined by "and", commas or "as well as", spanning tokens first..last (inclusive). */
export interface ActorGroup {
  readonly members: readonly Actor[];
  readonly first: number;
  readonly last: number;
}

export interface SentenceView {
  readonly index: number;
  readonly sentence: Sentence;
  readonly tokens: readonly Token[];
  /** Lower-cased lemma of each token. */
  readonly lemmas: readonly string[];
  /** Lower-cased surface text of each token. */
  readonly words: readonly string[];
  readonly groupAt: readonly (ActorGroup | undefined)[];
  readonly groups: readonly ActorGroup[];
  readonly mentions: readonly Mention[];
  /** Actors that are a bare role ("the police", "troops"): no country or group of their own. */
  readonly bareAgents: ReadonlySet<Actor>;
}

const ACTOR_KINDS = new Set(["state", "person", "organization", "group", "agent"]);
const POSSESSIVE_PRONOUNS = new Set(["its", "their", "his", "her", "our", "my", "your"]);
/** Quotes and apostrophes around names ("'General Fang'") do not separate compound actors. */
const TRANSPARENT = new Set(["the", "'", '"', "’", "‘", "“", "”", "his", "her", "its", "their"]);
/** Words that join actors into one compound actor. */
const JOINERS = new Set(["and", ", and", "&", "as well as", ", as well as", "along with", "together with"]);

interface Span {
  actor: Actor;
  first: number;
  last: number;
  kind: string;
  /**
   * A role placed only by the story's country (Mention.countryFromStory): still bare here.
   * Re-measured 2026-12-06 (bench:audit): weighing these as placed let more wrong events through
   * (tuple precision tune 0.43 -> 0.41, untuned 0.16 -> 0.14) than it found right ones.
   */
  storyPlaced?: boolean;
}

function tokenSpan(tokens: readonly Token[], start: number, end: number): [number, number] | null {
  let first = -1;
  let last = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.end <= start || t.start >= end) continue;
    if (first < 0) first = i;
    last = i;
  }
  return first < 0 ? null : [first, last];
}

/** "Pakistan" + "army" → PAK + MIL = PAKMIL, when the agent code carries no country of its own. */
function combine(state: Span, agent: Span): Span {
  const agentCode = agent.actor.code;
  const code = agentCode.length <= 3 ? `${state.actor.code}${agentCode}` : agentCode;
  return {
    actor: {
      code,
      name: `${state.actor.name} ${agent.actor.name}`,
      start: state.actor.start,
      end: agent.actor.end,
    },
    first: state.first,
    last: agent.last,
    kind: "state",
  };
}

// What may follow "her" as a possessive determiner: the noun phrase it opens.
const NOUN_PHRASE_POS = /^(NOUN|PROPN|ADJ|NUM|ADV)$/;

/** "arrested her", "told her that": "her" with no noun phrase after it is the object pronoun. */
function isObjectHer(tokens: readonly Token[], text: string, last: number): boolean {
  return text.toLowerCase() === "her" && !NOUN_PHRASE_POS.test(tokens[last + 1]?.pos ?? "");
}

function actorSpans(tokens: readonly Token[], mentions: readonly Mention[]): Span[] {
  const spans: Span[] = [];
  for (const m of mentions) {
    if (!ACTOR_KINDS.has(m.kind) || !m.code) continue;
    // "their military ties": a possessive pronoun modifies a noun; it is not a party to the event.
    const span = tokenSpan(tokens, m.start, m.end);
    if (!span) continue;
    // ... but "her" is also the object pronoun: "arrested her and her friend" (no noun after it).
    if (POSSESSIVE_PRONOUNS.has(m.text.toLowerCase()) && !isObjectHer(tokens, m.text, span[1])) continue;
    // "both countries" = "CHN|PAK": one phrase naming several actors becomes a compound.
    const codes = m.code.split("|").filter(Boolean);
    const names = m.name.split("|");
    codes.forEach((code, k) => {
      spans.push({
        actor: {
          code,
          name: codes.length > 1 ? (names[k] ?? m.text) : m.name,
          start: m.start,
          end: m.end,
          ...(m.storyCountry ? { storyCountry: m.storyCountry } : {}),
        },
        first: span[0],
        last: span[1],
        kind: m.kind,
        ...(m.countryFromStory ? { storyPlaced: true } : {}),
      });
    });
  }
  spans.sort((a, b) => a.first - b.first || b.last - a.last);
  // Drop mentions nested in a longer one; merge country + agent ("Pakistan's army", "Chinese military").
  const merged: Span[] = [];
  for (const s of spans) {
    const prev = merged[merged.length - 1];
    // One phrase with several codes (a dictionary's "[ELR/GAL]") is kept: it becomes a compound.
    if (prev && s.first === prev.first && s.last === prev.last && s.actor.code !== prev.actor.code) {
      merged.push(s);
      continue;
    }
    if (prev && s.first <= prev.last) continue;
    if (prev && prev.kind !== "agent" && s.kind === "agent" && /^[A-Z]{3}$/.test(prev.actor.code)) {
      const between = tokens.slice(prev.last + 1, s.first).map((t) => t.text.toLowerCase());
      const adjacent = between.every((w) => w === "'s" || w === "’s" || w === "'");
      if (adjacent && between.length <= 1) {
        merged[merged.length - 1] = combine(prev, s);
        continue;
      }
    }
    merged.push(s);
  }
  return merged;
}

function joinerBetween(tokens: readonly Token[], from: number, to: number): boolean {
  if (from > to) return false;
  // "Fornost and the evil awful Gondor": determiners and adjectives before a name do not break the list,
  // nor does a capitalised modifier that is no actor itself right before the second one ("police
  // and Maoist rebels"; not a name before the joiner: "in Greece, Guhdar and his family").
  let modifiers = to + 1;
  while (
    modifiers > from &&
    tokens[modifiers - 1]!.pos === "PROPN" &&
    /^\p{Lu}\p{Ll}+$/u.test(tokens[modifiers - 1]!.text)
  )
    modifiers--;
  const text = tokens
    .slice(from, modifiers)
    .filter((t) => t.pos !== "ADJ" && t.pos !== "DET")
    .map((t) => t.text.toLowerCase())
    .filter((w) => !TRANSPARENT.has(w))
    .join(" ");
  return JOINERS.has(text);
}

/** "Gondor, Arnor and Rohan": a comma joins a list only when the list ends with "and". */
function joinCommaLists(tokens: readonly Token[], groups: ActorGroup[]): ActorGroup[] {
  const out: ActorGroup[] = [];
  for (let i = groups.length - 1; i >= 0; i--) {
    const g = groups[i]!;
    const next = out[0];
    // "According to X, A and B agreed": a group after a preposition is no list member.
    let afterPreposition = false;
    for (let k = g.first - 1; k >= 0 && tokens[k]!.text !== ","; k--) {
      const t = tokens[k]!;
      if (t.pos === "ADP" || t.text.toLowerCase() === "to") afterPreposition = true;
    }
    const between = next ? tokens.slice(g.last + 1, next.first) : [];
    const comma =
      next &&
      !afterPreposition &&
      between[0]?.text === "," &&
      between.slice(1).every((t) => t.pos === "ADJ" || t.pos === "DET");
    if (next && comma && next.members.length > 1)
      out[0] = { members: [...g.members, ...next.members], first: g.first, last: next.last };
    else out.unshift(g);
  }
  return out;
}

/** Words English repeats on purpose ("had had", "that that"); any other doubled word is a slip. */
const MEANT_REPEATS = new Set(["had", "that", "is", "do", "very", "so", "far", "more", "again", "bye", "no"]);

/**
 * The tokens without a word typed twice ("agreed to enhance enhance their ties", a common slip in
 * scraped news): the second copy would stand between a cue and its verb, or between a verb and its
 * object, and keep patterns from matching. Offsets are the tokens' own, so spans stay right.
 */
export function withoutStutters(tokens: readonly Token[]): readonly Token[] {
  let out: Token[] | null = null;
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    const prev = tokens[i - 1]!;
    const doubled =
      t.text.length > 1 &&
      t.text.toLowerCase() === prev.text.toLowerCase() &&
      /^\p{L}+$/u.test(t.text) &&
      !MEANT_REPEATS.has(t.text.toLowerCase());
    if (doubled) out ??= tokens.slice(0, i);
    else out?.push(t);
  }
  return out ?? tokens;
}

export function buildSentenceView(
  index: number,
  sentence: Sentence,
  mentions: readonly Mention[],
): SentenceView {
  const tokens = withoutStutters(sentence.tokens);
  const spans = actorSpans(tokens, mentions);
  const groups: ActorGroup[] = [];
  for (const s of spans) {
    const prev = groups[groups.length - 1];
    // "Arnor attacked Gondor and Rohan condemned it": an object followed by a new subject is no compound.
    const splitsClauses =
      tokens[prev ? prev.first - 1 : -1]?.pos === "VERB" &&
      /^(VERB|AUX)$/.test(tokens[s.last + 1]?.pos ?? "");
    const sameSpan = prev && prev.first === s.first && prev.last === s.last;
    if (prev && (sameSpan || (!splitsClauses && joinerBetween(tokens, prev.last + 1, s.first - 1)))) {
      groups[groups.length - 1] = { members: [...prev.members, s.actor], first: prev.first, last: s.last };
    } else groups.push({ members: [s.actor], first: s.first, last: s.last });
  }
  const joined = joinCommaLists(tokens, groups);
  const groupAt: (ActorGroup | undefined)[] = new Array(tokens.length).fill(undefined);
  for (const g of joined) for (let i = g.first; i <= g.last; i++) groupAt[i] = g;
  return {
    index,
    sentence,
    tokens,
    lemmas: tokens.map((t) => t.lemma.toLowerCase()),
    words: tokens.map((t) => t.text.toLowerCase()),
    groupAt,
    groups: joined,
    mentions,
    bareAgents: new Set(
      spans
        .filter((s) => s.kind === "agent" && (s.actor.code.length <= 3 || s.storyPlaced))
        .map((s) => s.actor),
    ),
  };
}
