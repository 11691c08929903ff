// People the text names without a role we can code ("Mitt Romney", "Tom Doherty"): the name
// finder knows they are people, and the document says where its story happens. Such a person,
// once named beside a political actor, takes that country alone (no role: the text has not said
// what they do), so "the president slammed his challenger Mitt Romney" has a target. The country comes only from what the whole
// document says (its dateline, else the country most of its country mentions name), never from a
// country named beside the person: that may be the other side of their sentence.
import type { Mention } from "../../types.ts";
import { countryOfMention, datelineCountry, storyCountry } from "./story-country.ts";

// Codes of political actors: a sentence naming one is a political interaction, where CAMEO codes
// the people it involves ("the president slammed Mitt Romney"); a private person alone in a
// sentence ("Jane Roe blasted off", "Roe and Doe rallied to win") is no party to one.
const POLITICAL = /^(?:[A-Z]{3})?(?:GOV|LEG|MIL|COP|JUD|OPP|ELI|SPY|REB|INS|SEP)$|^IGO/;

/** A person mention with no code: a name found without role or country, or a pronoun for one. */
function isUncodedPerson(m: Mention): boolean {
  return m.kind === "person" && m.code === null && !m.refersTo;
}

/**
 * Returns the mentions with every uncoded person named at least once in a sentence with a
 * political actor given the document's country (dateline first, then the story's main country),
 * with the reason; all mentions of one name get the same code.
 * Unchanged when the document has neither.
 */
export function givePeopleDocumentCountry(
  mentions: readonly Mention[],
  isCountry: (code: string) => boolean,
  datelinePlace: string | null,
): Mention[] {
  if (!mentions.some(isUncodedPerson)) return mentions as Mention[];
  const countries = mentions.map((m) => countryOfMention(m, isCountry));
  const dateline = datelineCountry(mentions, countries, datelinePlace);
  const story = dateline ? null : storyCountry(mentions, countries);
  const country = dateline?.country ?? story?.country;
  if (!country) return mentions as Mention[];
  // The names met at least once in a sentence with a political actor.
  const political = new Set<number>();
  for (const m of mentions)
    if (m.code && !m.refersTo && POLITICAL.test(m.code)) political.add(m.sentenceIndex);
  const involved = new Set<string>();
  for (const m of mentions) if (isUncodedPerson(m) && political.has(m.sentenceIndex)) involved.add(m.name);
  if (!involved.size) return mentions as Mention[];
  const why = dateline
    ? `dateline ${dateline.place}`
    : `the country the story is about (${story!.count} of ${story!.total} country mentions)`;
  return mentions.map((m) =>
    isUncodedPerson(m) && involved.has(m.name)
      ? {
          ...m,
          code: country,
          reason: `${m.reason ? `${m.reason}; ` : ""}${country} from ${why} (no role named)`,
        }
      : m,
  );
}
