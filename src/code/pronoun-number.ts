// "Newspapers said it killed two women": a singular "it" does not stand for a plural noun or for
// several actors joined ("newspapers", "Kenya and Uganda"), so the speaker of the embedding verb is
// not its antecedent there (number agreement, as in any pronoun resolution).
import type { ActorGroup, SentenceView } from "./sentence-view.ts";

/** Whether `group` is plural: several actors, or one named by a plural common noun ("newspapers"). */
function isPlural(group: ActorGroup): boolean {
  return group.members.length > 1 || isPluralNounName(group.members[0]!.name);
}

/**
 * Whether a name is a plural common noun: its last word is lower case and ends in a plural "s"
 * ("newspapers", "Kenyan officials"; not "police", "the press", "Kenya Airways", "the Philippines").
 */
export function isPluralNounName(name: string): boolean {
  const last = name.split(/\s+/).pop() ?? "";
  return /^[a-z]+[^su]s$/.test(last) || /^[a-z]+ies$/.test(last);
}

/** Whether the pronoun at `k` can stand for `group` by number ("it" only for one, not many). */
export function agreesInNumber(view: SentenceView, k: number, group: ActorGroup): boolean {
  return view.words[k] !== "it" || !isPlural(group);
}
