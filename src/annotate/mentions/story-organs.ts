// A state has one government, one army, one president: news writes "the government", "the army",
// "President Buhari" with no country when it means the country the story is about, and says whose
// when it means another's ("the Syrian army", "Ugandan President Museveni"). So such a mention
// belongs to the story's country even beside another party of that country: in "the opposition
// criticised the government" or "President Buhari visited troops of the Nigerian Armed Forces"
// the other side is the story's own politics, not a foreign party whose country would be
// borrowed. Officials, envoys, soldiers and spokesmen are many per state and often act abroad:
// they keep agent-country.ts's caution ("Mali expelled the envoy", "Egypt arrested officials").
import type { Mention } from "../../types.ts";

// Heads of the organs a state has exactly one of (singular, after "the", or as a title before a name).
const UNIQUE_ORGAN =
  "government|administration|regime|cabinet|junta|presidency|army|navy|air force|military|armed forces|president|prime minister|premier|chancellor|head of state|(?:[a-z]+ )?ministry|(?:[a-z]+ )?minister";
// "the government", "the military junta", "the defence ministry": the whole mention is the organ.
const DEFINITE_ORGAN = new RegExp(`^(?:(?:military|interim|transitional|ruling) )?(?:${UNIQUE_ORGAN})$`, "i");
// "President Muhammadu Buhari", "Foreign Minister Jose Insulza": an office title before a name.
const TITLE_BEFORE = new RegExp(`^(?:(?:deputy|vice|acting) )?(?:${UNIQUE_ORGAN}) `, "i");

/**
 * True when the mention is a state's unique organ named without a country: "the government"
 * (definite, singular) or an office holder with the title before the name ("President Buhari").
 */
export function isStoryOrgan(m: Mention, text: string | undefined): boolean {
  if (text === undefined) return false;
  if (m.kind === "agent") {
    if (!DEFINITE_ORGAN.test(m.text)) return false;
    return /\bthe\s+$/i.test(text.slice(Math.max(0, m.start - 6), m.start));
  }
  if (m.kind !== "person") return false;
  const name = TITLE_BEFORE.exec(m.text)?.[0].length;
  return name !== undefined && /^\p{Lu}/u.test(m.text.slice(name));
}
