// Teams named by their town in sports reports. CoNLL-style news names a club by its town or
// county ("Essex reached 372", "the match against Milan", "Surrey captain Chris Lewis"); the same
// words elsewhere name the place. In a document that uses several words of sport
// (data/names/sport-words.txt), a name that is played against, has a player or a captain right
// after it, or ends with a club word ("Norwich City") is a team, an organisation. National sides
// are named by their country and stay places (the caller leaves countries out).
import { isCapitalised, isWordToken, type Span } from "./name-spans.ts";
import type { NameTables } from "./name-tables.ts";
import type { NameFinderInput, NameItem } from "./name-types.ts";

// How many different words of sport make a document a sports report.
const MIN_SPORT_WORDS = 3;
const NAME_POS = new Set(["PROPN", "NOUN", ""]);
// Words before a place's name that make it the other side in a game.
const AGAINST = new Set(["against"]);
// "victory over Leeds": nouns of winning before "over".
const WINS = new Set(["victory", "win", "triumph", "wins", "victories"]);

/** Whether the document reports sport: it uses at least MIN_SPORT_WORDS different sport words. */
export function isSportDocument(input: NameFinderInput, tables: NameTables): boolean {
  const seen = new Set<string>();
  for (const t of input.tokens) {
    if (tables.sportWords.has(t.key)) {
      seen.add(t.key);
      if (seen.size >= MIN_SPORT_WORDS) return true;
    }
  }
  return false;
}

/** Why [from, to) names a team in a sports report, or null. */
export function sportTeamEvidence(
  input: NameFinderInput,
  cover: readonly (NameItem | null)[],
  span: Span,
  tables: NameTables,
): string | null {
  const { tokens, sentenceOf, text, pos } = input;
  const { from, to } = span;
  const written = text.slice(tokens[from]!.start, tokens[to - 1]!.end);
  if (input.isNationName?.(written)) return null;
  // "Former England captain", "Defending champion": a word capitalised for opening the sentence.
  if (!NAME_POS.has(pos[from] ?? "") || !NAME_POS.has(pos[to - 1] ?? "")) return null;
  const opensSentence = from === 0 || sentenceOf[from - 1] !== sentenceOf[from];
  // "Former England": past a sentence's opening word, only dictionary names.
  let uncovered = false;
  for (let k = from + 1; k < to; k++) if (!cover[k]) uncovered = true;
  if (opensSentence && to - from >= 2 && !uncovered) return null;
  const last = tokens[to - 1]!;
  if (to - from >= 2 && isCapitalised(last.text) && tables.teamWords.has(last.key))
    return input.isPlaceName?.(written) ? null : `club word "${last.text}" in a sports report`;
  const s = sentenceOf[from]!;
  const before = from > 0 && sentenceOf[from - 1] === s ? tokens[from - 1]! : null;
  // A player is played against too ("against Jansher"): only a place's name is a team's so.
  const beforeThat = from > 1 && sentenceOf[from - 2] === s ? tokens[from - 2]! : null;
  const played =
    (before && AGAINST.has(before.text)) ||
    (before?.text === "over" && beforeThat && WINS.has(beforeThat.text));
  if (played && input.isPlaceName?.(written)) return `"${before!.text}" before in a sports report`;
  const place = input.isPlaceName?.(written) ?? false;
  // "Kent had reached 108 for three", "But Milwaukee tied it up": a town that acts in a sports
  // report, as the subject of a verb, is its team (places do not win or bat).
  if (place && actsAsSubject(input, from, to)) return `subject of "${tokens[to]!.text}" in a sports report`;
  // "Atlanta's Tom Glavine", "Birmingham's Gary Breen": a town whose player is named after it.
  if (
    place &&
    /^['’]s$/.test(tokens[to]?.text ?? "") &&
    tokens[to]!.start === tokens[to - 1]!.end &&
    sentenceOf[to + 1] === sentenceOf[from] &&
    isCapitalised(tokens[to + 1]?.text ?? "") &&
    isWordToken(tokens[to + 1]!.text) &&
    !cover[to + 1] &&
    !input.isPlaceName?.(tokens[to + 1]!.text)
  )
    return `player "${tokens[to + 1]!.text}" of it in a sports report`;
  // "Surrey captain", "Norwich striker", "Milan fans": a player or follower of it right after.
  const after = to < tokens.length && sentenceOf[to] === s ? tokens[to]! : null;
  if (!after || after.text !== after.key || !isWordToken(after.text)) return null;
  const c = cover[to];
  if (tables.personNouns.has(after.key) || tables.bodyNouns.has(after.key) || c?.type === "title")
    return `"${after.text}" after in a sports report`;
  return null;
}

// Auxiliaries that may stand between a team and its verb ("Kent had reached"); forms of "be" do
// not, as a place is described with them ("Leeds is a city").
const AUXILIARIES = new Set(["has", "had", "have", "will", "would", "could", "can", "may", "might"]);
// Words before the subject that show it is not a place: a preposition would ("in Kent").
const LOCATIVE_POS = new Set(["ADP", "DET"]);

/** Whether [from, to) opens a clause as the subject of a verb right after it. */
function actsAsSubject(input: NameFinderInput, from: number, to: number): boolean {
  const { tokens, pos, sentenceOf } = input;
  const s = sentenceOf[from];
  if (sentenceOf[to] !== s) return false;
  if (from > 0 && sentenceOf[from - 1] === s && LOCATIVE_POS.has(pos[from - 1] ?? "")) return false;
  const next = tokens[to]!;
  if (next.text !== next.key) return false;
  if (pos[to] === "VERB") return true;
  return AUXILIARIES.has(next.key) && sentenceOf[to + 1] === s && pos[to + 1] === "VERB";
}

/**
 * "Atlanta Games", "U.S. Open Tennis Championships", in a sports report "American League": a name
 * closed by a capitalised word of events or competitions names an event, no body.
 */
export function namesEvent(
  input: NameFinderInput,
  span: { from: number; to: number; kind: string | null },
  tables: NameTables,
  sport: boolean,
): boolean {
  if (span.kind !== "organization" || span.to - span.from < 2) return false;
  const last = input.tokens[span.to - 1]!;
  if (!isCapitalised(last.text)) return false;
  return tables.eventWords.has(last.key) || (sport && tables.sportWords.has(last.key));
}

// Evidence that reads a team from what its name does, which a person's surname does too.
const ACTING_TEAM = /^(?:subject of|player )/;

/**
 * A team read from what its name does ("Hill won the game") is no team when a person of the
 * document bears that name ("Jane Hill"): surnames are places as often as towns are. Such spans
 * are left open.
 */
export function unTeamPeopleNamesakes(
  input: NameFinderInput,
  spans: { from: number; to: number; kind: string | null; evidence: string }[],
): void {
  const { tokens, text } = input;
  const written = (c: Span) => text.slice(tokens[c.from]!.start, tokens[c.to - 1]!.end);
  const personNames = new Set<string>();
  for (const c of spans)
    if (c.kind === "person") {
      personNames.add(written(c));
      personNames.add(tokens[c.to - 1]!.text);
    }
  for (const c of spans)
    if (c.kind === "organization" && ACTING_TEAM.test(c.evidence) && personNames.has(written(c))) {
      c.kind = null;
      c.evidence = "";
    }
}
