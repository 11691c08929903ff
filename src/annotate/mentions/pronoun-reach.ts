// "he" / "she" further back than the sentence before: in news a person named once is then
// followed by quotes and paraphrase for several sentences ('Jane Roe criticised the plan. "It is
// a mistake," ... "We will fight it," she said.'), with no other person in between. The pronoun
// stands for the person of the nearest earlier sentence that names anyone, when exactly one person
// of its gender is named there and no one else a "he" or "she" could mean is mentioned on the way:
// a singular person noun ("a man", "the suspect", "the minister") or a name we could not code
// (the caller checks names: unknownNameSince).
import type { DraftMention } from "./mention-deps.ts";
import type { ActorMemory } from "./reference-rules.ts";

/** How many sentences before the pronoun's own the person may be named (the sentence before and two more). */
export const PRONOUN_REACH = 3;

// Singular nouns of bodies: "the ministry", "the company" are no one a "he" may stand for.
const BODY_HEADS = new Set(
  (
    "ministry government department office agency administration court parliament assembly congress " +
    "senate council committee commission company firm corporation army military navy police party " +
    "union bank board authority embassy house university hospital regime cabinet service force " +
    "group organisation organization network media press newspaper agency coalition alliance team"
  ).split(" "),
);

/** A mention that is one person we could not name: "a 51-year-old man", "the minister", "the suspect". */
function isUnnamedPerson(m: DraftMention): boolean {
  if (m.kind !== "agent" || m.refersTo || m.form === "pronoun") return false;
  const head = m.text.toLowerCase().split(/\s+/).pop() ?? "";
  if (BODY_HEADS.has(head)) return false;
  // A plural noun names people, not the one "he" stands for.
  return !/[^s]s$/.test(head) && !/(?:men|women|people|children|police|staff)$/.test(head);
}

/**
 * The one person of `gender` that a person pronoun in sentence `sentence` stands for, named two to
 * PRONOUN_REACH sentences back (the caller has already found none in its own sentence and the one
 * before); null when none, when the nearest sentence naming people names more than one of that
 * gender, or when an unnamed person is mentioned in between.
 */
export function personFurtherBack(
  memory: ActorMemory,
  sentence: number,
  gender: "m" | "f",
  fits: (m: DraftMention) => boolean,
): { ref: DraftMention; sentencesBack: number } | null {
  const oldest = sentence - PRONOUN_REACH;
  const bySentence = new Map<number, DraftMention[]>();
  for (let k = memory.mentions.length - 1; k >= 0 && memory.mentionSentence[k]! >= oldest; k--) {
    const s = memory.mentionSentence[k]!;
    if (s > sentence) continue;
    bySentence.set(s, [...(bySentence.get(s) ?? []), memory.mentions[k]!]);
  }
  for (let s = sentence; s >= oldest; s--) {
    const here = bySentence.get(s) ?? [];
    if (here.some(isUnnamedPerson)) return null;
    const people = here.filter((m) => m.kind === "person" && !m.refersTo);
    // A person of the other sex named in the pronoun's sentence or the one before: unclear.
    if (s >= sentence - 1) {
      if (people.length) return null;
      continue;
    }
    if (!people.length) continue;
    const fitting = people.filter((m) => fits(m) && (memory.genders.get(m.name) ?? gender) === gender);
    const distinct = new Set(fitting.map((m) => m.name));
    // Another person named nearer (of the other sex) still makes the choice unclear.
    if (distinct.size !== 1 || new Set(people.map((m) => m.name)).size !== 1) return null;
    // Reaching this far, the person must be known by what they are (a role, not only a country
    // the story lent them): two guesses in a row made wrong pairs more often than right ones.
    const ref = fitting[0]!;
    if (!ref.code || ref.code.length < 6) return null;
    return { ref, sentencesBack: sentence - s };
  }
  return null;
}
