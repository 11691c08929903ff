// The target an act implies when the sentence names none: a protest ("thousands protested in Cairo
// against price rises", "Kenyan protesters staged a rally in Nairobi") is dissent aimed at those who
// govern, so with no object named it is aimed at the protesters' own government (CAMEO 14; the
// audit's convention, bench/audit/GUIDELINES.md). data/verbs/implied-targets.tsv says which codes
// imply which role. The country is the protesters' own (their actor's code), else the place the
// clause names ("in Cairo"), else the document's (its dateline or main country); with none the
// event keeps no target. A source that is an organ of the state or an armed group protests in
// another sense (a government's diplomatic protest, troops blocking a road) and gets none; so does
// a bare state ("Kenya protested"), unless it is the people its demonym names ("South Koreans").
// --explain says the target was implied and from what.
import { SitrepError } from "../errors.ts";
import { leadingCountry } from "./country-codes.ts";
import { clauseJurisdiction, impliedActor, type Jurisdiction } from "./implied-agents.ts";
import type { Actor, ActorGroup, SentenceView } from "./sentence-view.ts";
import type { DataLine } from "./tsv-lines.ts";

/** One row of implied-targets.tsv: the role an act of a code is aimed at when none is named. */
export interface ImpliedTargetRule {
  readonly prefix: string;
  readonly role: string;
  readonly why: string;
  readonly where: string;
}

/** The implied target of one act and why it is that one. */
export interface ImpliedTarget {
  readonly group: ActorGroup;
  readonly why: string;
}

/** What the search needs beyond the sentence. */
export interface ImpliedTargetContext {
  readonly rules: readonly ImpliedTargetRule[];
  /** The role codes of the CAMEO actor codebook (GOV, CVL, ...): blocks that are no country. */
  readonly actorTypes: ReadonlySet<string>;
  readonly documentCountry: () => Jurisdiction | null;
  readonly docCountries: ReadonlySet<string>;
}

const ROLE = /^[A-Z]{3}$/;

// Roles of those who govern or bear arms (the state's organs, armed groups, criminals): what
// they "protest", "block" or "boycott" is no dissent against their own government.
const NOT_PROTESTERS = new Set(["GOV", "MIL", "COP", "JUD", "SPY", "LEG", "REB", "INS", "UAF", "SEP", "CRM"]);

/** Parses implied-targets.tsv (header line first); a malformed row is a coded dictionary error. */
export function parseImpliedTargets(lines: readonly DataLine[]): ImpliedTargetRule[] {
  return lines.slice(1).map((line) => {
    const [prefix = "", role = "", why = ""] = line.text.split("\t").map((s) => s.trim());
    if (!/^\d{2,4}$/.test(prefix) || !ROLE.test(role) || !why)
      throw new SitrepError(
        "E_DICT_SYNTAX",
        `${line.where}: expected "CODE-PREFIX<TAB>ROLE<TAB>why" (ROLE three capitals)`,
      );
    return { prefix, role, why, where: line.where };
  });
}

/** An actor code's three-letter blocks. */
function blocks(code: string): string[] {
  return code.match(/[A-Z]{3}/g) ?? [];
}

/** The country an actor's code names first, or null when it opens with a role, a group or an IGO. */
function actorCountry(actor: Actor, types: ReadonlySet<string>): string | null {
  const first = leadingCountry(actor.code);
  return first && !types.has(first) ? first : null;
}

/** Whether the actor may be one who protests: people, not the state, an army or a bare state. */
function mayProtest(view: SentenceView, actor: Actor, types: ReadonlySet<string>): boolean {
  if (!/^([A-Z]{3})+$/.test(actor.code) || actor.code.startsWith("IGO")) return false;
  const roles = blocks(actor.code).filter((b) => types.has(b));
  if (roles.some((r) => NOT_PROTESTERS.has(r))) return false;
  if (roles.length) return true;
  // A bare country: its people when a demonym names it ("South Koreans took to the streets").
  const mention = view.mentions.find((m) => m.start === actor.start && m.end === actor.end);
  return mention?.form === "demonym";
}

/**
 * The target implied for an act of `code` (trigger token `anchor`) done by `source` with none
 * named, or null: no rule covers the code, the source is no protester, or no country is known.
 */
export function impliedTarget(
  view: SentenceView,
  anchor: number,
  code: string,
  source: ActorGroup,
  ctx: ImpliedTargetContext,
): ImpliedTarget | null {
  const rule = ctx.rules.find((r) => code.startsWith(r.prefix));
  if (!rule || !source.members.every((a) => mayProtest(view, a, ctx.actorTypes))) return null;
  const own = new Set(source.members.map((a) => actorCountry(a, ctx.actorTypes)));
  const [country] = own.size === 1 ? [...own] : [null];
  const where: Jurisdiction | null = country
    ? { country, why: `the source ${source.members[0]!.code}` }
    : own.size > 1
      ? null
      : (clauseJurisdiction(view, anchor, code, ctx.docCountries) ?? ctx.documentCountry());
  if (!where) return null;
  return impliedActor(view, anchor, "target", where, rule);
}
