// The state one pass of the actor composer shares between its steps (tokens, matched items, the
// mentions emitted and the memory references resolve against), and the small helpers every step
// uses: the text of a token span, emitting a mention, possessives and quotes, surnames to remember.
import type { ActorLexicon, LexValue } from "./actor-lexicon.ts";
import { FAMILY_NAME_FIRST, QUOTES } from "./compose-words.ts";
import { isCapitalized, isWord, type MatchToken } from "./match-tokens.ts";
import type { DraftMention, GazetteerLike, NameFinderLike } from "./mention-deps.ts";
import type { ActorMemory } from "./reference-rules.ts";

export interface Item {
  readonly from: number;
  readonly to: number;
  readonly value: LexValue;
}

export interface ComposeInput {
  readonly text: string;
  readonly tokens: readonly MatchToken[];
  /** Universal POS per match token (from the sentence tokenizer), "" when unknown. */
  readonly pos: readonly string[];
  /** Index of the sentence each token is in. */
  readonly sentenceOf: readonly number[];
  readonly day: string | null;
  readonly lexicon: ActorLexicon;
  readonly gazetteer: GazetteerLike | null;
  /** Filled with the spans of every person, organisation and group name matched, emitted or not. */
  readonly claimed?: { start: number; end: number }[];
  /** Finds people and organisations no dictionary names (src/annotate/names/). */
  readonly names?: NameFinderLike | null;
}

/** Everything one pass shares: the input, the matched items and what has been emitted and remembered. */
export interface Composer {
  readonly input: ComposeInput;
  readonly text: string;
  readonly tokens: readonly MatchToken[];
  readonly pos: readonly string[];
  readonly lexicon: ActorLexicon;
  readonly n: number;
  readonly out: DraftMention[];
  readonly memory: ActorMemory;
  /** For each token, the first token of the next line: phrases never cross a line break. */
  readonly lineLimit: number[];
  /** True for tokens on a headline line (capitals there say nothing about names). */
  readonly headline: boolean[];
  /** People whose full name has been matched, so their surname alone may follow. */
  readonly fullNamesSeen: Set<string>;
  /** The dictionary phrase (or found name) starting at each token, and the same by end token. */
  readonly itemAt: Map<number, Item>;
  readonly itemEnds: Set<number>;
  readonly itemByEnd: Map<number, Item>;
  /** The first person mention of each name, kept as memory.mentions changes (a lookup, not a scan). */
  readonly firstPersonNamed: Map<string, DraftMention>;
  /** "Hamas-run", "Taliban-controlled": the owner code for the role word that follows. */
  readonly ownerBefore: Map<number, string>;
  /** Role words an idiom used up ("court" in "the ball is in Turkey's court"). */
  readonly idiomWords: Set<number>;
}

export function createComposer(input: ComposeInput): Composer {
  const { text, tokens } = input;
  const n = tokens.length;
  // Phrases never cross a line break; a line of capitals is a headline.
  const lineLimit = new Array<number>(n);
  const headline = new Array<boolean>(n);
  for (let i = n - 1, limit = n; i >= 0; i--) {
    lineLimit[i] = limit;
    if (i > 0 && hasNewline(text, tokens[i - 1]!.end, tokens[i]!.start)) {
      markHeadline(tokens, i, limit, headline);
      limit = i;
    }
  }
  if (n) markHeadline(tokens, 0, lineLimit[0]!, headline);
  return {
    input,
    text,
    tokens,
    pos: input.pos,
    lexicon: input.lexicon,
    n,
    out: [],
    memory: {
      mentions: [],
      mentionSentence: [],
      surnames: new Map(),
      pairs: [],
      genders: new Map(),
      described: new Map(),
    },
    lineLimit,
    headline,
    fullNamesSeen: new Set(),
    itemAt: new Map(),
    itemEnds: new Set(),
    itemByEnd: new Map(),
    firstPersonNamed: new Map(),
    ownerBefore: new Map(),
    idiomWords: new Set(),
  };
}

export function span(c: Composer, from: number, to: number) {
  const { text, tokens } = c;
  return {
    start: tokens[from]!.start,
    end: tokens[to - 1]!.end,
    text: text.slice(tokens[from]!.start, tokens[to - 1]!.end),
  };
}

export function emit(c: Composer, m: DraftMention, from: number) {
  const { tokens, out, memory, input, firstPersonNamed } = c;
  // Coordination: "China and Pakistan", "Beijing and Islamabad" are remembered as a pair.
  const prev = memory.mentions[memory.mentions.length - 1];
  if (
    prev &&
    from >= 2 &&
    tokens[from - 1]!.key === "and" &&
    prev.end === tokens[from - 2]!.end &&
    (prev.name !== m.name || prev.code !== m.code)
  )
    memory.pairs.push({ first: prev, second: m, end: m.end, sentence: input.sentenceOf[from] ?? 0 });
  out.push(m);
  if (m.kind === "person" && !m.refersTo && !firstPersonNamed.has(m.name)) firstPersonNamed.set(m.name, m);
  memory.mentions.push(m);
  memory.mentionSentence.push(input.sentenceOf[from] ?? 0);
}

export function isPossessive(c: Composer, j: number) {
  const { tokens, n } = c;
  return (
    j + 1 < n &&
    tokens[j]!.key === "'" &&
    tokens[j + 1]!.key === "s" &&
    tokens[j]!.start === tokens[j - 1]!.end
  );
}

export function skipQuote(c: Composer, j: number) {
  const { tokens, n } = c;
  return j < n && QUOTES.has(tokens[j]!.text) && !isPossessive(c, j) ? j + 1 : j;
}

export function isRoleItem(c: Composer, j: number) {
  const { itemAt } = c;
  const it = itemAt.get(j);
  return it && (it.value.type === "title" || it.value.type === "agent") ? it : null;
}

export function countryName(c: Composer, iso3: string) {
  const { lexicon } = c;
  return lexicon.countries.get(iso3)?.name ?? iso3;
}

export function rememberSurname(c: Composer, name: string, mention: DraftMention) {
  const { memory } = c;
  const parts = name.split(/\s+/);
  if (parts.length < 2) return;
  const remember = (key: string) => {
    const known = memory.surnames.get(key);
    // Two people with one surname ("Oren Bask", "Lin Bask"): "Bask" alone is then ambiguous.
    memory.surnames.set(key, known === undefined || known?.name === mention.name ? mention : null);
  };
  remember(parts[parts.length - 1]!.toLowerCase());
  // "Kim Jong Un ... Kim said": where the family name comes first, it is the short form.
  if (mention.code && FAMILY_NAME_FIRST.has(mention.code.slice(0, 3))) remember(parts[0]!.toLowerCase());
}

export function hasNewline(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === 10) return true;
  return false;
}

// A line is a headline when nearly all its longer words are capitalised ("China And Pakistan
// Eye Joint Production"): there a capital letter says nothing about names.
const HEADLINE_MIN_WORDS = 3;
const HEADLINE_CAPITALISED_SHARE = 0.8;
function markHeadline(tokens: readonly MatchToken[], from: number, to: number, out: boolean[]): void {
  let words = 0;
  let capitalised = 0;
  for (let k = from; k < to; k++) {
    const t = tokens[k]!.text;
    if (t.length < 4 || !isWord(t)) continue;
    words++;
    if (isCapitalized(t)) capitalised++;
  }
  // A sentence-final stop says running text, however many names the sentence holds.
  const last = to > from ? tokens[to - 1]!.key : "";
  // (A line of capitals only is a wire headline whatever ends it: "AUSTRIA DRAW WITH SCOTLAND.")
  const isHeadline =
    words >= HEADLINE_MIN_WORDS &&
    capitalised / words >= HEADLINE_CAPITALISED_SHARE &&
    ((last !== "." && last !== "!" && last !== "?") || allCapitals(tokens, from, to));
  for (let k = from; k < to; k++) out[k] = isHeadline;
}

function allCapitals(tokens: readonly MatchToken[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (tokens[k]!.text !== tokens[k]!.text.toUpperCase()) return false;
  return true;
}

/** CAMEO code of an organisation from its role word and country: "GHA" + "GOV"; NGOs have no country. */
export function organisationCode(role: string | null, country: string | null): string | null {
  if (role === "NGO") return "NGO";
  if (!role) return country;
  return country ? `${country}${role}` : role;
}
