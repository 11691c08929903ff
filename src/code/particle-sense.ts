// A verb trigger followed by a particle with which it makes another verb is not its event's verb:
// "Americans are shelling out millions" is paying, "prices shot up" rising, "the fighting eased
// off" abating. The phrasal verbs come from WordNet (data/verbs/wordnet/particle-verbs.tsv, written
// by scripts/generate-verbs.ts): those whose senses share no lexicographer file with the verb's two
// most frequent senses, and that no pattern writes as a phrase of its own.
import type { PatternMatch } from "./pattern-match.ts";
import type { SentenceView } from "./sentence-view.ts";

/** `VERB<TAB>PARTICLE` lines (a `#` comment may follow) as "verb particle" keys. */
export function parseParticleVerbs(lines: readonly { text: string }[]): Set<string> {
  const out = new Set<string>();
  for (const line of lines) {
    const [verb = "", particle = ""] = line.text.split("\t").map((s) => s.trim());
    if (verb && particle) out.add(`${verb} ${particle}`);
  }
  return out;
}

/** Why the match's trigger, a verb with its particle after it, is another verb here; or null. */
export function particleVerbMisfit(
  view: SentenceView,
  m: PatternMatch,
  particleVerbs: ReadonlySet<string>,
): string | null {
  const i = m.first;
  const t = view.tokens[i]!;
  const particle = view.words[i + 1];
  if (!particle || !/^(VERB|NOUN|ADJ)$/.test(t.pos)) return null;
  // (A pattern that goes on past the verb reads the phrase its own way: "blow_up", "lay down ..
  // arms".)
  if (m.last > i) return null;
  const lemma = view.lemmas[i] ?? view.words[i]!;
  if (!particleVerbs.has(`${lemma} ${particle}`)) return null;
  return `"${t.text} ${particle}" is another verb (WordNet's "${lemma} ${particle}"), not the event's`;
}
