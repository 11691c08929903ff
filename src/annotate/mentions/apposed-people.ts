// People whose apposition says whom they act for, after the composer's pass (which codes only what
// stands before and at a name): "Ahmed Khalil, a spokesman for the Egyptian foreign ministry,",
// "Tom Doherty, the union's president,", "the union's president, Tom Doherty,", "Jane Roe, who
// heads the Harbor Workers Union,". The person takes the
// code of the body, state or group the apposition names, and then counts as that body's voice.
import type { Mention } from "../../types.ts";
import type { DraftMention } from "./mention-deps.ts";
import { roleAfterName, roleBeforeName } from "./role-appositions.ts";

// Nouns of office and membership: a person who is one of these "for", "of", "at" or "with" a
// body acts for it. Opinion and relation nouns ("a critic of the government", "a friend of the
// minister") say nothing of whom a person acts for and are not here.
const OFFICE_NOUNS = new Set(
  (
    "spokesman spokeswoman spokesperson official officials minister president chairman chairwoman chair head " +
    "chief director leader member adviser advisor aide secretary commander officer executive ambassador envoy " +
    "representative employee staffer researcher professor lecturer analyst economist founder cofounder " +
    "co-founder manager general governor mayor deputy negotiator lawyer attorney counsel organizer organiser " +
    "coordinator treasurer superintendent commissioner administrator"
  ).split(" "),
);
// ", a senior spokesman for the " / ", the deputy head of " ... up to three modifiers before the
// noun. Wire copy often drops the article (", spokeswoman for the ", ", acting assistant attorney
// general for the "): the office noun and its "for"/"of" still say whom the person acts for.
const APPOSITION_AFTER =
  /^\s*,\s*(?:(?:a|an|the|its|their)\s+)?(?:[\p{L}-]+\s+){0,3}?([\p{L}-]+)\s+(for|of|at|with|to)\s+(?:the\s+)?$/iu;
// "the special envoy to Ukraine", "ambassador to the UN": a diplomat "to" or "at" a state or body
// is posted there by another (diplomatic-hosts.ts), so acts for someone else.
const HOSTED_OFFICES = new Set(["envoy", "ambassador", "emissary", "consul", "diplomat", "representative"]);
// "Jane Roe, who heads the Harbor Workers Union,", "Roe, who is a spokeswoman for the ministry,":
// a relative clause that gives the person's office in a body says whom they act for, as an
// apposition does. Only verbs of leading or working for a body; "who criticised the ministry" is
// an act on it, not an office in it.
const RELATIVE_OFFICE =
  /^\s*,\s*who\s+(?:(?:now|also|currently|still)\s+)?(?:(?:heads|headed|leads|led|runs|ran|chairs|chaired|directs|directed|commands|commanded|manages|managed)|(?:works|worked|speaks|spoke)\s+for|(?:is|was)\s+(?:(?:a|an|the)\s+)?(?:[\p{L}-]+\s+){0,3}?([\p{L}-]+)\s+(?:for|of|at|with))\s+(?:the\s+)?$/iu;
// ", the " before the body in "Doherty, the union's president,".
const POSSESSIVE_OPEN = /^\s*,\s*the\s+$/i;
// "'s president," after the body: its office, then the apposition closes.
const POSSESSIVE_OFFICE = /^['’]s\s+(?:[\p{L}-]+\s+){0,2}?([\p{L}-]+)\s*(?:,|\)|$)/u;
// "the union's president, " before the person in "the union's president, Tom Doherty".
const POSSESSIVE_BEFORE = /^['’]s\s+(?:[\p{L}-]+\s+){0,2}?([\p{L}-]+)\s*,\s*$/u;

const BODY_KINDS = new Set(["agent", "organization", "group", "state"]);

function isOpenPerson(m: DraftMention): boolean {
  // A person the composer could not place or gave only a bare role or country ("GOV", "EGY").
  return m.kind === "person" && !m.refersTo && m.form !== "pronoun" && (!m.code || m.code.length <= 3);
}

function isBody(m: DraftMention | undefined): m is DraftMention {
  return !!m && BODY_KINDS.has(m.kind) && !!m.code && !m.refersTo && m.form !== "pronoun";
}

// Roles a person may carry bare from a title ("spokesman" -> GOV) that a state's code takes on.
const PERSON_ROLES = new Set("GOV MIL COP JUD LEG OPP REB BUS CVL MED EDU LAB ELI SPY HLH".split(" "));

/** The code a person acting for `body` takes: a state's people keep their own role. */
function codeFor(person: DraftMention, body: DraftMention): string {
  if (body.kind === "state" && body.code!.length === 3)
    return person.code && PERSON_ROLES.has(person.code) ? `${body.code}${person.code}` : body.code!;
  return body.code!;
}

/**
 * Returns the mentions (same order) with each open person coded by the body its apposition names,
 * and the reason for --explain.
 */
export function codeApposedPeople<T extends Mention>(mentions: readonly T[], text: string): T[] {
  const out = mentions.slice();
  for (let k = 0; k < out.length; k++) {
    const p = out[k]!;
    if (!isOpenPerson(p)) continue;
    let body: DraftMention | null = null;
    let phrase = "";
    // "Maria Lopez, a researcher at the WHO": the office noun may be a mention of its own.
    const candidates = out[k + 1]?.kind === "agent" ? [out[k + 1], out[k + 2]] : [out[k + 1]];
    for (const next of candidates) {
      if (body || !isBody(next) || next.sentenceIndex !== p.sentenceIndex) continue;
      const gap = text.slice(p.end, next.start);
      const office = APPOSITION_AFTER.exec(gap);
      const hosted =
        office && HOSTED_OFFICES.has(office[1]!.toLowerCase()) && /^(?:to|at)$/i.test(office[2]!);
      const relative = RELATIVE_OFFICE.exec(gap);
      if (
        (office && OFFICE_NOUNS.has(office[1]!.toLowerCase()) && !hosted) ||
        (relative && (!relative[1] || OFFICE_NOUNS.has(relative[1].toLowerCase())))
      ) {
        body = next;
        phrase = `${gap.replace(/^\s*,\s*/, "")}${next.text}`;
      } else if (POSSESSIVE_OPEN.test(gap)) {
        const own = POSSESSIVE_OFFICE.exec(text.slice(next.end, next.end + 60));
        if (own && OFFICE_NOUNS.has(own[1]!.toLowerCase())) {
          body = next;
          phrase = `the ${next.text}${own[0].replace(/\s*[,)]?$/, "")}`;
        }
      }
    }
    const prev = out[k - 1];
    if (!body && isBody(prev) && prev.end <= p.start) {
      const own = POSSESSIVE_BEFORE.exec(text.slice(prev.end, p.start));
      if (own && OFFICE_NOUNS.has(own[1]!.toLowerCase())) {
        body = prev;
        phrase = `${prev.text}${own[0].replace(/\s*,\s*$/, "")}`;
      }
    }
    if (!body) {
      // "The U.S. ambassador to the United Nations, Madeleine Albright,": the office named first;
      // "Omar Basri, Egypt's foreign minister,": the office as the whole apposition after the name.
      const before = roleBeforeName(out, k, text);
      const office = before ?? roleAfterName(out, k, text);
      if (office) {
        const why = `"${office.phrase}": the office ${before ? "before" : "after"} the name`;
        // A bare office ("the opposition leader") keeps the country the person already has, and
        // gives nothing to a person with none: the document passes give people their country
        // later, and a bare role would keep it from them.
        const role = office.role.code!;
        const bare = PERSON_ROLES.has(role);
        const country = p.code && p.code.length === 3 && !PERSON_ROLES.has(p.code) ? p.code : null;
        const code = !bare ? role : country ? `${country}${role}` : null;
        if (code) out[k] = { ...p, code, reason: p.reason ? `${p.reason}; ${why}` : why };
      }
      continue;
    }
    const code = codeFor(p, body);
    const why = `"${phrase.trim()}": acts for ${body.name}`;
    out[k] = { ...p, code, reason: p.reason ? `${p.reason}; ${why}` : why };
  }
  return out;
}
