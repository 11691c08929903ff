// References to actors named before: "both countries", "the two sides", "the two officials" ->
// the pair; "the group", "the ministry", "the company" -> the one actor of that kind named just
// before. Pronouns ("its", "his", "they") are read in pronoun-references.ts.
import { isWord, type MatchToken } from "./match-tokens.ts";
import type { DraftMention } from "./mention-deps.ts";

export interface ActorMemory {
  readonly mentions: DraftMention[];
  readonly mentionSentence: number[];
  /** Lower-case surname -> the person mention that introduced it; null when two people share it. */
  readonly surnames: Map<string, DraftMention | null>;
  /** Coordinated actors ("China and Pakistan"), in text order. */
  readonly pairs: {
    readonly first: DraftMention;
    readonly second: DraftMention;
    readonly end: number;
    readonly sentence: number;
  }[];
  /** The grammatical gender the text first used for a person's pronoun. */
  readonly genders: Map<string, "m" | "f">;
  /** Organisation names no dictionary holds -> the role and noun the text described them with (described-organisations.ts). */
  readonly described: Map<string, { role: string; noun: string }>;
}

/**
 * How many sentences back "both countries" or "the two sides" may look for the pair it means:
 * longer than a news article, so an article's pair is always found; a look-back without a bound
 * scanned every earlier mention of a long document for each such phrase.
 */
const MAX_PAIR_LOOKBACK = 200;

type PairCategory = "countries" | "governments" | "militaries" | "sides" | "people";

// The nouns that, after "both" or "the two", stand for a pair named before.
const PAIR_NOUNS: Record<string, PairCategory> = {
  countries: "countries",
  nations: "countries",
  states: "countries",
  neighbours: "countries",
  neighbors: "countries",
  allies: "countries",
  governments: "governments",
  capitals: "governments",
  militaries: "militaries",
  armies: "militaries",
  sides: "sides",
  parties: "sides",
  officials: "people",
  leaders: "people",
  ministers: "people",
  presidents: "people",
  generals: "people",
  commanders: "people",
  chiefs: "people",
  men: "people",
};
const MAX_PAIR_MODIFIERS = 2;
// How far back (in sentences) "the two officials" looks for two people.
const PEOPLE_WINDOW = 6;

const ACTOR_KINDS = new Set(["state", "person", "organization", "group", "agent"]);
const COUNTRY_CODE = /^[A-Z]{3}/;
const NON_COUNTRY_PREFIX = /^(?:IGO|NGO|IMG|MNC|INT|UIS|NGM)/;

export function countryOf(m: DraftMention): string | null {
  if (!m.code || m.refersTo || NON_COUNTRY_PREFIX.test(m.code) || !COUNTRY_CODE.test(m.code)) return null;
  if (m.kind === "state" || ((m.kind === "agent" || m.kind === "person") && m.code.length === 6))
    return m.code.slice(0, 3);
  return null;
}

function lastDistinct(
  memory: ActorMemory,
  keyOf: (m: DraftMention) => string | null,
  minSentence = -1,
): DraftMention[] {
  const found: DraftMention[] = [];
  const keys: string[] = [];
  for (let k = memory.mentions.length - 1; k >= 0 && found.length < 2; k--) {
    if (memory.mentionSentence[k]! < minSentence) break;
    const m = memory.mentions[k]!;
    const key = keyOf(m);
    if (!key || keys.includes(key)) continue;
    keys.push(key);
    found.push(m);
  }
  return found.reverse();
}

export function pairMention(
  kind: DraftMention["kind"],
  refs: readonly { name: string; code: string | null }[],
): Omit<DraftMention, "start" | "end" | "text"> {
  return {
    kind,
    form: "nominal",
    name: refs.map((r) => r.name).join(" and "),
    code: refs.map((r) => r.code ?? "").join("|"),
    refersTo: refs,
  };
}

/** The latest coordinated pair ("China and Pakistan") from sentence `since` on that fits `category`. */
function pairNamedTogether(
  memory: ActorMemory,
  category: PairCategory,
  since: number,
): [DraftMention, DraftMention] | null {
  for (let k = memory.pairs.length - 1; k >= 0; k--) {
    const p = memory.pairs[k]!;
    if (p.sentence < since) break;
    const { first, second } = p;
    if (first.refersTo || second.refersTo) continue;
    if (category === "people") {
      if (first.kind === "person" && second.kind === "person" && first.name !== second.name)
        return [first, second];
      continue;
    }
    const a = countryOf(first);
    const b = countryOf(second);
    if (category === "sides") {
      if (!ACTOR_KINDS.has(first.kind) || !ACTOR_KINDS.has(second.kind)) continue;
      if ((a ?? first.code) !== (b ?? second.code)) return [first, second];
      continue;
    }
    if (a && b && a !== b) return [first, second];
  }
  return null;
}

/** The latest "both sides"-like reference from sentence `since` on whose pair fits `category`. */
function lastPairReference(memory: ActorMemory, category: PairCategory, since: number): DraftMention | null {
  for (let k = memory.mentions.length - 1; k >= 0 && memory.mentionSentence[k]! >= since; k--) {
    const m = memory.mentions[k]!;
    if (m.refersTo?.length !== 2) continue;
    if (category === "people") return m.kind === "person" ? m : null;
    if (category === "sides") return m;
    const countries = m.refersTo.every(
      (r) => r.code && COUNTRY_CODE.test(r.code) && !NON_COUNTRY_PREFIX.test(r.code),
    );
    return countries && m.kind !== "person" ? m : null;
  }
  return null;
}

export function resolvePairPhrase(
  tokens: readonly MatchToken[],
  pos: readonly string[],
  i: number,
  memory: ActorMemory,
  countryName: (iso3: string) => string,
  sentenceOf: readonly number[],
): { to: number; mention: Omit<DraftMention, "start" | "end" | "text"> } | null {
  const key = tokens[i]!.key;
  let j: number;
  if (key === "both") j = tokens[i + 1]?.key === "the" ? i + 2 : i + 1;
  else if (key === "the" && tokens[i + 1]?.key === "two") j = i + 2;
  else return null;
  let category: PairCategory | undefined;
  for (let mods = 0; j < tokens.length && mods <= MAX_PAIR_MODIFIERS; mods++, j++) {
    category = PAIR_NOUNS[tokens[j]!.key];
    if (category) break;
    const p = pos[j] ?? "";
    if (!isWord(tokens[j]!.text) || p === "VERB" || p === "AUX" || p === "ADP") return null;
  }
  if (!category) return null;
  const to = j + 1;
  // "Athens and Ankara ... Both sides": a pair the text named together in this or the previous
  // sentence beats the last two actors named (who may be a mediator or a speaker).
  const since = (sentenceOf[i] ?? 0) - 1;
  const together = pairNamedTogether(memory, category, since);
  // "Both sides agreed ... The two countries signed": the pair referred to just before, again.
  const earlierRef = lastPairReference(memory, category, since);
  if (earlierRef && (!together || earlierRef.end > together[1].end)) {
    const refs = earlierRef.refersTo!;
    if (category === "people" || category === "sides")
      return { to, mention: pairMention(earlierRef.kind, refs) };
    const role = category === "governments" ? "GOV" : category === "militaries" ? "MIL" : "";
    const again = refs.map((r) => ({
      name: countryName(r.code!.slice(0, 3)),
      code: `${r.code!.slice(0, 3)}${role}`,
    }));
    return { to, mention: pairMention(role ? "agent" : "state", again) };
  }
  if (together) {
    const [a, b] = together;
    if (category === "people" || category === "sides")
      return {
        to,
        mention: pairMention(
          a.kind,
          [a, b].map((s) => ({ name: s.name, code: s.code })),
        ),
      };
    const role = category === "governments" ? "GOV" : category === "militaries" ? "MIL" : "";
    const refs = [a, b].map((s) => {
      const iso3 = countryOf(s)!;
      return { name: countryName(iso3), code: `${iso3}${role}` };
    });
    return { to, mention: pairMention(role ? "agent" : "state", refs) };
  }
  if (category === "people") {
    const since = (sentenceOf[i] ?? 0) - PEOPLE_WINDOW;
    const people = lastDistinct(memory, (m) => (m.kind === "person" && !m.refersTo ? m.name : null), since);
    if (people.length === 2)
      return {
        to,
        mention: pairMention(
          "person",
          people.map((p) => ({ name: p.name, code: p.code })),
        ),
      };
    category = "governments";
  }
  if (category === "sides") {
    // Two sides are two countries when they have countries (not Trump and the United States).
    const sides = lastDistinct(
      memory,
      (m) => (ACTOR_KINDS.has(m.kind) && !m.refersTo ? (countryOf(m) ?? m.code) : null),
      (sentenceOf[i] ?? 0) - MAX_PAIR_LOOKBACK,
    );
    if (sides.length === 2)
      return {
        to,
        mention: pairMention(
          sides[0]!.kind,
          sides.map((s) => ({ name: s.name, code: s.code })),
        ),
      };
    return null;
  }
  const states = lastDistinct(memory, countryOf, (sentenceOf[i] ?? 0) - MAX_PAIR_LOOKBACK);
  if (states.length < 2) return null;
  const role = category === "governments" ? "GOV" : category === "militaries" ? "MIL" : "";
  const refs = states.map((s) => {
    const iso3 = countryOf(s)!;
    return { name: countryName(iso3), code: `${iso3}${role}` };
  });
  return { to, mention: pairMention(role ? "agent" : "state", refs) };
}

// "the group" / "the militia" stand for the group named last; "the country" for the one country
// named in this or the previous sentence. Kinds must agree; nothing fits -> no mention.
const DEFINITE_NOUNS: Record<string, "group" | "state" | "organization"> = {
  group: "group",
  militia: "group",
  movement: "group",
  insurgents: "group",
  militants: "group",
  country: "state",
  nation: "state",
  kingdom: "state",
  bloc: "organization",
  // "The Arab League met ... a meeting of the body": an international organisation only
  // (fitsDefinite), so a corpse in a crime story ("the body was found") stays no actor.
  body: "organization",
  alliance: "organization",
  agency: "organization",
  organisation: "organization",
  organization: "organization",
};
// Roles of named organisations that "the group" may stand for (the name finder makes them
// organisations): armed groups, opposition movements, rights and civic groups, unions.
const GROUP_LIKE_ROLES = new Set(["REB", "INS", "SEP", "RAD", "UAF", "OPP", "HRI", "ENV", "LAB", "CVL"]);
const ARMED_ROLES = new Set(["REB", "INS", "SEP", "RAD", "UAF"]);

/** "the group" fits a group, or an organisation whose role makes it one; "the militia" an armed one. */
function fitsDefinite(m: DraftMention, kind: "group" | "organization", noun: string): boolean {
  if (noun === "body") return m.code?.startsWith("IGO") ?? false;
  if (m.kind === kind) return true;
  if (kind !== "group" || m.kind !== "organization" || !m.code) return false;
  // "Human Rights Watch ... the group said": a non-governmental organisation is a group.
  if (m.code.startsWith("NGO") && noun === "group") return true;
  const role = m.code.length === 6 ? m.code.slice(3) : m.code;
  return noun === "group" || noun === "movement" ? GROUP_LIKE_ROLES.has(role) : ARMED_ROLES.has(role);
}
// Words after "the body" that make it the undergoer of a passive or a state ("the body was found").
const BODY_PASSIVE = new Set(["was", "were", "is", "are", "had", "has", "lay", "lies", "lying"]);
// How far back (in sentences) "the group" looks for the group.
const DEFINITE_WINDOW = 3;

export function resolveDefinite(
  tokens: readonly MatchToken[],
  pos: readonly string[],
  i: number,
  memory: ActorMemory,
  sentenceOf: readonly number[],
): { to: number; mention: Omit<DraftMention, "start" | "end" | "text"> } | null {
  if (tokens[i]!.key !== "the" || i + 1 >= tokens.length) return null;
  const noun = tokens[i + 1]!;
  const kind = DEFINITE_NOUNS[noun.key];
  // Lower case only: "The Group of Seven" is a name; "the group stage" is a compound.
  if (!kind || noun.text !== noun.key) return null;
  const next = tokens[i + 2];
  if (next && /^(?:NOUN|PROPN)$/.test(pos[i + 2] ?? "") && isWord(next.text)) return null;
  if (next?.key === "of") return null;
  // "the body was found", "the body had been dumped": a corpse, not an assembly.
  const corpse = noun.key === "body" && BODY_PASSIVE.has(next?.key ?? "");
  if (corpse) return null;
  const sentence = sentenceOf[i] ?? 0;
  // ("the body" as near as "the country": an international organisation of this or the sentence before.)
  const since = sentence - (kind === "state" || noun.key === "body" ? 1 : DEFINITE_WINDOW);
  const fitting: DraftMention[] = [];
  for (let k = memory.mentions.length - 1; k >= 0 && memory.mentionSentence[k]! >= since; k--) {
    const m = memory.mentions[k]!;
    if (m.refersTo) continue;
    if (kind === "state" ? countryOf(m) !== null && m.kind === "state" : fitsDefinite(m, kind, noun.key))
      fitting.push(m);
  }
  if (!fitting.length) return null;
  const ref = fitting[0]!;
  // A country must be the only one named nearby: "the country" after "Mali and Niger" is unclear.
  if (kind === "state" && new Set(fitting.map((m) => countryOf(m))).size > 1) return null;
  return {
    to: i + 2,
    mention: {
      kind: ref.kind,
      form: "nominal",
      name: ref.name,
      code: ref.code,
      reason: `"the ${noun.text}" stands for "${ref.text}" named before`,
    },
  };
}

// Roles whose bare plural ("the rebels", "the militants") stands for the armed group named before.
const GROUP_ROLES = new Set(["REB", "INS", "SEP", "OPP", "RAD", "UAF", "CRM"]);

/**
 * "the ministry", "the police", "the president", "the rebels": a definite role noun stands for the
 * last actor named within DEFINITE_WINDOW sentences that fits it: one coded with that role and a
 * country ("Kenya's police" -> KENCOP), one whose name holds the noun ("the Interior Ministry"), or
 * for rebels and militants the last armed group. `oneKind` (a noun for one kind of company, "the
 * automaker") fits by role only a named organisation. Returns null when none fits.
 */
export function resolveRoleReference(
  memory: ActorMemory,
  role: string,
  head: string,
  sentence: number,
  plural: boolean,
  oneKind = false,
): DraftMention | null {
  const since = sentence - DEFINITE_WINDOW;
  for (let k = memory.mentions.length - 1; k >= 0 && memory.mentionSentence[k]! >= since; k--) {
    const m = memory.mentions[k]!;
    // In its own sentence a definite role is someone else ("the ministry summoned the envoy").
    if (memory.mentionSentence[k] === sentence) continue;
    if (m.refersTo || !m.code || !ACTOR_KINDS.has(m.kind) || m.kind === "state") continue;
    // "the president" may be a person named before; "the police" is a body, never one officer.
    if (m.kind === "person" && plural) continue;
    // "Huawei ... the company": a named organisation with a country fits by its role, as an agent does.
    const hasCountry =
      countryOf(m) !== null ||
      (m.kind === "organization" &&
        m.code.length === 6 &&
        COUNTRY_CODE.test(m.code) &&
        !NON_COUNTRY_PREFIX.test(m.code));
    // GOV is every office and body of a state: the role alone says too little to pick one.
    const roleFits =
      role !== "GOV" && (m.code === role || (hasCountry && m.code.length === 6 && m.code.slice(3) === role));
    // "the automaker" (one kind of company, organisation-kinds.ts) stands for a company named
    // before ("Velmont"), not for another kind of company written as a common noun ("the airline").
    if (roleFits && !(oneKind && m.kind !== "organization")) return m;
    // "the Interior Ministry ... the ministry", "President Jane Roe ... the president".
    if (m.kind !== "group" && m.text.toLowerCase().includes(head)) return m;
    if (GROUP_ROLES.has(role) && plural && m.kind === "group") return m;
  }
  return null;
}
