// Names in one list are of one kind ("Given, Breen, Staunton and Irwin", "Essex, Derbyshire and
// Surrey"): where the members that have a kind agree, the others take it (places never become people).
import type { Classified } from "./name-classify.ts";
import type { NameFinderInput } from "./name-types.ts";

// Words that open the examples of a kind: "firms including Mobil, Shell and Caltex".
const EXAMPLE_OPENERS = new Set(["including", "like"]);

// Words that join the members of a list of names.
const LIST_JOINERS = new Set([",", "and", "or"]);
// A list of only commas must be this long before its members share a kind ("Roe, Nairobi" is no list).
const MIN_COMMA_LIST = 3;

/**
 * "Given, Breen, Staunton and Irwin", "Essex, Derbyshire and Surrey": the names of one list are
 * of one kind. Where the names the list holds that have a kind all agree, the others take it
 * (places never become people).
 */
export function shareKindInLists(
  input: NameFinderInput,
  spans: Classified[],
  isPlaceName: (name: string) => boolean,
  bodyNouns: ReadonlySet<string>,
): void {
  const { tokens, sentenceOf, text } = input;
  for (let s = 0; s < spans.length; ) {
    let e = s;
    let conjunction = false;
    while (e + 1 < spans.length) {
      const a = spans[e]!;
      const b = spans[e + 1]!;
      // "Jane Roe (captain), Ann Musa": a bracketed aside of lower-case words after a member.
      const after = asideEnd(input, a.to, b.from);
      if (b.from <= after || b.from - after > 2) break;
      // A list goes on past a line that ends in its comma ("Roe, Musa,\n\nOkafor, Diallo").
      if (sentenceOf[a.from] !== sentenceOf[b.from] && !(b.from - after === 1 && tokens[after]!.key === ","))
        break;
      let joined = true;
      for (let k = after; k < b.from; k++) {
        if (!LIST_JOINERS.has(tokens[k]!.key)) joined = false;
        else if (tokens[k]!.key !== ",") conjunction = true;
      }
      if (!joined) break;
      e++;
    }
    const members = spans.slice(s, e + 1);
    s = e + 1;
    // "firms including Mobil, Shell and Caltex", "banks such as Acme": examples of a kind of body.
    const kindNoun = exampleKindBefore(input, members[0]!.from);
    if (kindNoun && bodyNouns.has(kindNoun.singular)) {
      for (const m of members) {
        if (m.kind || isPlaceName(text.slice(tokens[m.from]!.start, tokens[m.to - 1]!.end))) continue;
        m.kind = "organization";
        m.evidence = `listed after "${kindNoun.text}"`;
      }
      continue;
    }
    if (members.length < 2 || (!conjunction && members.length < MIN_COMMA_LIST)) continue;
    const kinds = new Set(members.map((m) => m.kind).filter((k) => k));
    if (kinds.size !== 1) continue;
    const kind = [...kinds][0]!;
    const model = members.find((m) => m.kind)!;
    const modelText = text.slice(tokens[model.from]!.start, tokens[model.to - 1]!.end);
    for (const m of members) {
      if (m.kind) continue;
      const written = text.slice(tokens[m.from]!.start, tokens[m.to - 1]!.end);
      if (kind === "person" && isPlaceName(written)) continue;
      m.kind = kind;
      m.evidence = `listed with "${modelText}"`;
    }
  }
}

// The most words a bracketed aside inside a list holds ("(captain)", "(vice captain)").
const MAX_ASIDE_WORDS = 3;

/** The token after a bracketed aside of lower-case words that starts at k ("(captain)"), else k. */
function asideEnd(input: NameFinderInput, k: number, limit: number): number {
  const { tokens } = input;
  if (tokens[k]?.key !== "(") return k;
  for (let j = k + 1; j < limit && j <= k + MAX_ASIDE_WORDS + 1; j++) {
    const t = tokens[j]!;
    if (t.key === ")") return j > k + 1 ? j + 1 : k;
    if (t.text !== t.key) return k;
  }
  return k;
}

/** "firms including", "banks such as" right before token k: the plural noun and its singular. */
function exampleKindBefore(input: NameFinderInput, k: number): { text: string; singular: string } | null {
  const { tokens, sentenceOf } = input;
  let at = k - 1;
  if (tokens[at]?.key === "as" && tokens[at - 1]?.key === "such") at -= 2;
  else if (tokens[at] && EXAMPLE_OPENERS.has(tokens[at]!.key)) at -= 1;
  else return null;
  if (tokens[at]?.key === ",") at--;
  const noun = tokens[at];
  if (!noun || noun.text !== noun.key || sentenceOf[at] !== sentenceOf[k]) return null;
  const singular = noun.key.endsWith("ies")
    ? `${noun.key.slice(0, -3)}y`
    : noun.key.endsWith("s")
      ? noun.key.slice(0, -1)
      : noun.key;
  return singular === noun.key ? null : { text: noun.text, singular };
}
