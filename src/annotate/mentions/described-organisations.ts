// Organisations no dictionary holds, made actors by what the text later calls them: "Unilever
// and DHL have partnered ..., the companies said", "Velmont said on Monday ... The company also
// accused ...". The name finder found the name as an organisation but nothing said what kind; a
// definite role noun that stands for it ("the company", "the union") says so, and every mention
// of that name in the document where an actor stands then takes the role (its country comes
// later, as any bare role's: agent-country.ts). When a coded actor of that role is named nearer,
// the role noun stands for it and nothing is learnt here.

import { ORGANISATION_HEADS } from "./appositive-organisations.ts";
import type { MatchToken } from "./match-tokens.ts";
import type { DraftMention } from "./mention-deps.ts";
import type { ActorMemory } from "./reference-rules.ts";

// How far back (in sentences) "the company" looks for the organisation it stands for.
const DESCRIBED_WINDOW = 3;
// Verbs of saying right after the role noun: "..., the companies said" names the speaker of its
// own sentence, not someone else in it.
const SPEECH_TAGS = new Set(["said", "says", "say", "added", "told", "stated", "announced", "wrote"]);

// Roles a definite noun may teach. "the newspaper", "the hospital", "the university" in news are
// mostly the paper reporting or a place, not the last organisation named (on fresh news they
// stood for an oil company and a hospital ward): only companies, unions and charities.
const DESCRIBED_ROLES = new Set(["BUS", "LAB", "NGO"]);

/** The role an organisation noun gives, singular or plural ("company", "companies"): null when none. */
export function organisationNounRole(noun: string): string | null {
  const singular = noun.endsWith("ies") ? `${noun.slice(0, -3)}y` : noun.replace(/s$/, "");
  const role = ORGANISATION_HEADS[noun] ?? ORGANISATION_HEADS[singular] ?? null;
  return role && DESCRIBED_ROLES.has(role) ? role : null;
}

// What may follow an organisation that acts in its sentence: its verb, or the rest of a list of
// subjects ("Unilever and DHL have"), or its possessive ("Velmont's chief executive said").
const SUBJECT_FOLLOWERS = new Set(["and", ",", "'", "’"]);

/**
 * True when the mention is where an actor stands (a subject, a possessor): "the company" stands
 * for an organisation that did something, not for a product or standard named as an object
 * ("implements DNT").
 */
export function actsInSentence(
  m: DraftMention,
  tokens: readonly MatchToken[],
  pos: readonly string[],
): boolean {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < m.end) lo = mid + 1;
    else hi = mid;
  }
  const next = tokens[lo];
  if (!next) return false;
  return pos[lo] === "VERB" || pos[lo] === "AUX" || SUBJECT_FOLLOWERS.has(next.key);
}

function isUncodedOrganisation(m: DraftMention): boolean {
  return m.kind === "organization" && m.form === "name" && !m.code && !m.refersTo;
}

/** True when a coded actor has the role ("Samsung" for BUS): then the role noun is theirs. */
function hasRole(m: DraftMention, role: string): boolean {
  if (!m.code || m.refersTo || m.kind === "state") return false;
  return m.code === role || (m.code.length === 6 && m.code.slice(3) === role);
}

/**
 * The uncoded organisations a definite role noun stands for: the one named last before it
 * (singular), or the two or more named in the nearest sentence that names any (plural). Null when
 * the noun gives no organisation role (only organisations that act in their sentence count), when none is named within DESCRIBED_WINDOW sentences, or
 * when an actor already coded with that role is named nearer. In its own sentence the noun stands
 * for someone else ("Velmont sued the company"), unless a verb of saying follows it ("..., the
 * company said").
 */
export function describedOrganisations(
  memory: ActorMemory,
  noun: string,
  sentence: number,
  wordAfter: string,
  acts: (m: DraftMention) => boolean,
): { role: string; refs: DraftMention[] } | null {
  const role = organisationNounRole(noun);
  if (!role) return null;
  const plural = noun.endsWith("s");
  const ownSentence = SPEECH_TAGS.has(wordAfter);
  const since = sentence - DESCRIBED_WINDOW;
  const refs: DraftMention[] = [];
  let foundIn = -1;
  for (let k = memory.mentions.length - 1; k >= 0 && memory.mentionSentence[k]! >= since; k--) {
    const s = memory.mentionSentence[k]!;
    if (s === sentence && !ownSentence) continue;
    if (foundIn >= 0 && s !== foundIn) break;
    const m = memory.mentions[k]!;
    if (hasRole(m, role)) {
      if (foundIn < 0) return null;
      continue;
    }
    if (!isUncodedOrganisation(m) || !acts(m) || refs.some((r) => r.name === m.name)) continue;
    refs.unshift(m);
    foundIn = s;
    if (!plural) break;
  }
  if (!refs.length || (plural && refs.length < 2)) return null;
  return { role, refs };
}

/**
 * Gives every uncoded organisation mention the role its name was described with (`described`:
 * name -> role, filled as role nouns are read). A role noun right after a name is not read as
 * its kind: "Air France unions" are unions of Air France, not Air France. Only mentions where an actor stands take it (`acts`): in "HTC devices"
 * or "Apple patents" the name says whose thing it is, and a company is not what was blocked.
 * Mentions keep their order.
 */
export function codeDescribedOrganisations(
  mentions: readonly DraftMention[],
  described: Map<string, { role: string; noun: string }>,
  acts: (m: DraftMention) => boolean,
): DraftMention[] {
  if (!described.size) return mentions.slice();
  return mentions.map((m) => {
    const said = isUncodedOrganisation(m) ? described.get(m.name) : undefined;
    if (!said || !acts(m)) return m;
    const why = `called "${said.noun}" in the text (${said.role})`;
    return { ...m, code: said.role, reason: m.reason ? `${m.reason}; ${why}` : why };
  });
}
