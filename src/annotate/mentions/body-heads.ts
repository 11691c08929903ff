// "the U.S. Treasury Department", "the Kenyan Interior Ministry Office": a body's name that the
// dictionaries know only in part ("U.S. Treasury") and a capitalised head noun right after it
// ("Department", read alone as a bare government role) are one body. Two mentions would make the
// coder take the bare head as the actor and lose the country the first part names.
import type { DraftMention } from "./mention-deps.ts";

// Head nouns that end the name of a state body or organisation.
const BODY_HEADS = new Set(
  (
    "department ministry agency office service bureau commission council committee administration " +
    "directorate authority board secretariat"
  ).split(" "),
);
const JOINABLE_KINDS = new Set(["organization", "agent"]);

/**
 * True when `m` is one capitalised head noun coded with a role alone ("Department" -> GOV, an
 * agent noun or a word the name finder read as an organisation).
 */
function isBareHead(m: DraftMention): boolean {
  return (
    JOINABLE_KINDS.has(m.kind) &&
    m.code !== null &&
    m.code.length === 3 &&
    !m.refersTo &&
    /^\p{Lu}\p{Ll}+$/u.test(m.text) &&
    BODY_HEADS.has(m.text.toLowerCase())
  );
}

/**
 * Joins each capitalised bare head noun to the organisation or placed state body written right
 * before it (one space between), keeping the first part's code and name. Input in text order.
 */
export function joinBodyHeads(actors: readonly DraftMention[], text: string): DraftMention[] {
  const out: DraftMention[] = [];
  for (const m of actors) {
    const prev = out[out.length - 1];
    if (
      prev &&
      isBareHead(m) &&
      JOINABLE_KINDS.has(prev.kind) &&
      !prev.refersTo &&
      prev.code !== null &&
      prev.code.length > 3 &&
      text.slice(prev.end, m.start) === " "
    ) {
      out[out.length - 1] = { ...prev, end: m.end, text: text.slice(prev.start, m.end) };
      continue;
    }
    out.push(m);
  }
  return out;
}
