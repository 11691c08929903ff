// PETRARCH's actor phrases, built from the dictionary hits of one sentence: agents joined to their
// actor ("Arnor cleric", "Gondor's government", "ambassadors of Arnor, Osgiliath and Gondor"),
// agents that name no actor ("a senior official" → ---GOV, the dictionaries' unknown actor), and
// comma lists ("Mordor, Rohan, Fornost and Bree") kept as one compound actor.
import type { Token } from "../../types.ts";
import type { AgentEntry } from "./petrarch-actors.ts";

export type Item =
  | { kind: "actor"; codes: readonly string[]; first: number; last: number }
  | { kind: "agent"; entry: AgentEntry; first: number; last: number; prefixed: boolean };

export interface Unit {
  codes: string[];
  first: number;
  last: number;
  /** An agent alone ("officials"): its actor is unknown, written "---" as PETRARCH does. */
  anonymous: boolean;
}

/** TABARI/PETRARCH's code for an actor that is present but not identified. */
export const UNKNOWN_ACTOR = "---";

/** ARN + ~GOV → ARNGOV; a code that already ends in (or starts with) the role keeps it once. */
export function withRole(code: string, agent: AgentEntry): string {
  if (agent.prefix) return code.startsWith(agent.role) ? code : `${agent.role}${code}`;
  return code.endsWith(agent.role) ? code : `${code}${agent.role}`;
}

const word = (t: Token) => t.text.toLowerCase();

/** Words that join the members of a list: "A and B", "A, B", "A, and B", "neither A nor B". */
function isJoiner(tokens: readonly Token[], from: number, to: number): boolean {
  // Determiners and adjectives before the next member ("and the evil Gondor") belong to it.
  const gap = tokens
    .slice(from, to)
    .filter((t) => t.pos !== "DET" && t.pos !== "ADJ")
    .map(word)
    .join(" ");
  return gap === "and" || gap === "," || gap === ", and" || gap === "or" || gap === "nor";
}

/**
 * "'s", "'" or nothing between an actor and its agent ("Gondor's government", "Arnor cleric"),
 * maybe with adjectives and ordinals of the agent ("Dagolath's first Deputy Prime Minister").
 */
function isPossessiveGap(tokens: readonly Token[], from: number, to: number): boolean {
  let k = from;
  if (k < to && (word(tokens[k]!) === "'s" || word(tokens[k]!) === "'")) k++;
  // "Ithilen's awful and evil minister": adjectives may be joined by "and" or commas.
  for (; k < to; k++) {
    const t = tokens[k]!;
    const joinsAdjectives = (word(t) === "and" || t.text === ",") && tokens[k + 1]?.pos === "ADJ";
    if (t.pos !== "ADJ" && t.pos !== "NUM" && !joinsAdjectives) return false;
  }
  return true;
}

/** "officials in Gondor", "the ambassadors of Arnor", "soldiers from Gondor": the preposition that ties an agent to its actor. */
function isOfGap(tokens: readonly Token[], from: number, to: number): boolean {
  const gap = tokens
    .slice(from, to)
    .map(word)
    .filter((w) => w !== "the");
  // Nothing between: a role written before the name ("MSF Arnor" with [NGO~]).
  return gap.length === 0 || (gap.length === 1 && (gap[0] === "in" || gap[0] === "of" || gap[0] === "from"));
}

/** Index after the run of items of `kind` starting at k that are joined into one list. */
function listEnd(items: readonly Item[], tokens: readonly Token[], k: number, kind: Item["kind"]): number {
  let m = k + 1;
  while (
    m < items.length &&
    items[m]!.kind === kind &&
    isJoiner(tokens, items[m - 1]!.last + 1, items[m]!.first) &&
    // An actor that takes its own agent ("and Gondor's president") starts a unit of its own.
    !(
      kind === "actor" &&
      items[m + 1]?.kind === "agent" &&
      isPossessiveGap(tokens, items[m]!.last + 1, items[m + 1]!.first)
    )
  )
    m++;
  return m;
}

/** "Gondor's army officials": agents right after an actor add their roles to its codes. */
function withFollowingAgents(
  items: readonly Item[],
  tokens: readonly Token[],
  codes: readonly string[],
  last: number,
  from: number,
): { codes: string[]; last: number; next: number } {
  let out = [...codes];
  let end = last;
  let j = from;
  for (; j < items.length; j++) {
    const next = items[j]!;
    if (next.kind !== "agent" || !isPossessiveGap(tokens, end + 1, next.first)) break;
    out = out.map((c) => withRole(c, next.entry));
    end = next.last;
  }
  return { codes: out, last: end, next: j };
}

export function combineItems(items: readonly Item[], tokens: readonly Token[]): Unit[] {
  const units: Unit[] = [];
  for (let k = 0; k < items.length; ) {
    const it = items[k]!;
    if (it.kind === "actor") {
      const { codes, last, next } = withFollowingAgents(items, tokens, [...it.codes], it.last, k + 1);
      units.push({ codes, first: it.first, last, anonymous: false });
      k = next;
      continue;
    }
    // "Lawmakers and officials in Fornost and Gondor": every agent with every actor.
    const agentsEnd = listEnd(items, tokens, k, "agent");
    const agents = items.slice(k, agentsEnd) as Extract<Item, { kind: "agent" }>[];
    const owner = items[agentsEnd];
    const lastAgent = agents[agents.length - 1]!;
    if (owner?.kind === "actor" && isOfGap(tokens, lastAgent.last + 1, owner.first)) {
      const actorsEnd = listEnd(items, tokens, agentsEnd, "actor");
      const actors = items.slice(agentsEnd, actorsEnd) as Extract<Item, { kind: "actor" }>[];
      const listed = agents.flatMap((g) => actors.flatMap((a) => a.codes.map((c) => withRole(c, g.entry))));
      // "An MSF Arnor diplomat": the actor may take a further agent after it.
      const { codes, last, next } = withFollowingAgents(
        items,
        tokens,
        listed,
        actors[actors.length - 1]!.last,
        actorsEnd,
      );
      units.push({ codes, first: it.first, last, anonymous: false });
      k = next;
      continue;
    }
    // A stem match ("DIPLOMAT" in "diplomatic ties") is a modifier, not a person, when nothing owns it.
    for (const g of agents.filter((a) => !a.prefixed))
      units.push({
        codes: [withRole(UNKNOWN_ACTOR, g.entry)],
        first: g.first,
        last: g.last,
        anonymous: true,
      });
    k = agentsEnd;
  }
  return units;
}

/** "Mordor, Rohan, Fornost and Bree": a comma list that ends in "and" is one compound actor. */
export function joinCommaLists(units: readonly Unit[], tokens: readonly Token[]): Unit[] {
  const out: Unit[] = [];
  for (let k = 0; k < units.length; ) {
    let m = k + 1;
    let commas = 0;
    while (m < units.length) {
      const gap = tokens.slice(units[m - 1]!.last + 1, units[m]!.first).map(word);
      if (gap.length === 1 && gap[0] === ",") commas++;
      else if (!(gap.join(" ") === "and" || gap.join(" ") === ", and")) break;
      m++;
      if (gap.includes("and")) break;
    }
    const lastGap = m - 1 > k ? tokens.slice(units[m - 2]!.last + 1, units[m - 1]!.first).map(word) : [];
    if (commas > 0 && lastGap.includes("and")) {
      const members = units.slice(k, m);
      out.push({
        codes: members.flatMap((u) => u.codes),
        first: members[0]!.first,
        last: members[members.length - 1]!.last,
        anonymous: false,
      });
      k = m;
    } else {
      out.push(units[k]!);
      k++;
    }
  }
  return out;
}
