// Step 2b of the actor composer: titles and agents standing alone or with the person they introduce
// ("the police", "General Fang Fenghui"), resolved to the actor named before when definite ("the
// ministry"). With "of <country or body>" see role-of-body.ts; after a dictionary organisation,
// organisation-members.ts.
import { type Composer, emit, type Item, organisationCode, rememberSurname, span } from "./compose-state.ts";
import { MODIFIER_POS, NOUN_POS, STATE_ROLES } from "./compose-words.ts";
import { actsInSentence, describedOrganisations } from "./described-organisations.ts";
import { isCapitalized, isWord } from "./match-tokens.ts";
import type { DraftMention } from "./mention-deps.ts";
import {
  coordinatedRoleBefore,
  coordinatedTitlesBefore,
  followsCapitalizedWord,
  formerBefore,
  isSentenceStart,
  nameGoesOn,
  organisationBefore,
} from "./name-context.ts";
import { indefiniteKind, isOrganisationKind, modifiesNextNoun } from "./organisation-kinds.ts";
import { codePerson } from "./person-offices.ts";
import { pairMention, resolveRoleReference } from "./reference-rules.ts";
import { roleOfBody } from "./role-of-body.ts";
import {
  codeApposedPerson,
  collectRoles,
  countryBeforeComma,
  personAfter,
  qualifiedTitleAt,
  qualifiersStart,
} from "./role-people.ts";

/** Unattached titles and agents: "General Fang Fenghui", "the army of Pakistan", "the police". */
export function handleRole(c: Composer, it: Item): number {
  const { text, tokens, pos, lexicon, n, memory, input, headline, itemAt, itemByEnd, ownerBefore } = c;
  const { roles, end } = collectRoles(c, it.from);
  // "utilities regulators", "utility bills": a kind of company before another noun modifies it.
  if (modifiesNextNoun(roles, pos[end])) return roles.length > 1 ? roles[0]!.to : end;
  if (indefiniteKind(roles[0]!.value, tokens, pos, it.from)) return end;
  // "the Queen Elizabeth University Hospital", "Peanut Corporation of America": capitalised role
  // words inside a longer proper name.
  // "Federal Judge Ann Marlow": qualifiers of the office are no name of their own.
  // "Talvex CEO Jane Roe": an office only a company has, with a person after it, makes the
  // capitalised word before it the company's name, not the start of a longer name.
  const companyHead = roles.some((r) => isCompanyOffice(c, r)) && personAfter(c, end, true, it.from) !== null;
  if (
    isCapitalized(tokens[it.from]!.text) &&
    followsCapitalizedWord(c, it.from) &&
    !qualifiedTitleAt(c, it.from) &&
    !companyHead
  ) {
    // ... and its "of America" belongs to the name too.
    const country = tokens[end]?.key === "of" ? itemAt.get(end + 1) : undefined;
    return country?.value.type === "state" ? country.to : end;
  }
  const last = roles[roles.length - 1]!;
  const firstValue = roles[0]!.value as { role: string; source: string };
  // "former President Obasanjo": an elite, no longer the government (CAMEO ELI).
  const first = formerBefore(c, it.from) ? { ...firstValue, role: "ELI" } : firstValue;
  // "University of Washington", "Bank of America": a capitalised institution word with "of" and
  // a name is a proper name; only state bodies compose ("Government of India").
  const capitalisedRole =
    isCapitalized(tokens[it.from]!.text) && !isSentenceStart(c, it.from) && !headline[it.from];
  if (capitalisedRole && tokens[end]?.key === "of" && end + 1 < n && isCapitalized(tokens[end + 1]!.text)) {
    const named = itemAt.get(end + 1);
    if (!named || !STATE_ROLES.has(first.role)) return named ? named.to : end + 2;
  }
  // "... of Pakistan", "officials from the Nigerian Ports Authority": the role of a country or body.
  const ofBody = roleOfBody(c, it, end, first, last);
  if (ofBody !== null) return ofBody;
  const hasTitle = roles.some((r) => r.value.type === "title");
  // "the Federal Judge Review": a determiner before the qualifiers makes the name a thing's.
  const person = personAfter(c, end, hasTitle, qualifiersStart(c, it.from));
  if (person) {
    // "Home Depot president Craig Menear": the office of an organisation we do not know says
    // nothing about the role; "COO and president Mike Siever": the list's first title does.
    // "Talvex spokesman Jane Roe": the office of an organisation the name finder found is that
    // organisation's (its code, or none when its name says no role or country).
    // "Talvex CFO Jane Roe", "president and chief operating officer Jane Roe": an office only a
    // company has says the body is one, whatever else the list holds: business.
    const found = itemByEnd.get(it.from)?.value;
    const foundBody = found?.type === "name" && found.kind === "organization" ? found : null;
    const companyOffice = [...roles, ...coordinatedTitlesBefore(c, it.from)].some((r) =>
      isCompanyOffice(c, r),
    );
    let code: string | null = foundBody
      ? (organisationCode(foundBody.role, foundBody.country) ?? (companyOffice ? "BUS" : null))
      : companyOffice
        ? "BUS"
        : organisationBefore(c, it.from)
          ? null
          : (coordinatedRoleBefore(c, it.from) ?? first.role);
    let source: string | undefined = first.source;
    if (person.value?.type === "person") {
      const pc = codePerson(person.value.spells, input.day);
      code = pc.code;
      source = pc.source;
      // The text names the office ("Chief of the Joint Staff Department General Fang Fenghui"):
      // it says what he was when written, even if our office dates disagree with the page date.
      // One-word ranks and honorifics ("General", "President") outlive the office, so they don't.
      const statesOffice = roles.some((r) => r.value.type === "title" && r.to - r.from > 1);
      if (!pc.inOffice && statesOffice && /^[A-Z]{3}/.test(pc.code) && !/^(?:IGO|NGO|IMG|MNC)/.test(pc.code))
        code = `${pc.code.slice(0, 3)}${first.role}`;
      // The text says the office is over, whatever our dates say.
      if (first.role === "ELI" && /^[A-Z]{3}/.test(pc.code) && !/^(?:IGO|NGO|IMG|MNC)/.test(pc.code))
        code = `${pc.code.slice(0, 3)}ELI`;
    }
    // "Niger's new leader, Gen. Abdourahamane Tiani": the apposition's country is his.
    if (code && /^[A-Z]{3}$/.test(code) && !lexicon.countries.has(code)) {
      // "Rep. Jane Roe, R-Ohio," "Sen. Jane Roe (Kenya)": the country the name finder read after the name.
      const stated = "country" in person ? person.country : null;
      const country = countryBeforeComma(c, it.from) ?? stated ?? null;
      if (country) code = `${country}${code}`;
    }
    const m: DraftMention = {
      ...span(c, it.from, person.to),
      kind: "person",
      form: "name",
      name: person.name,
      code,
      ...(source ? { source } : {}),
    };
    emit(c, m, it.from);
    rememberSurname(c, person.name, m);
    return person.to;
  }
  if (last.value.type === "agent" && !NOUN_POS.has(pos[last.to - 1] ?? "")) return end;
  // "Vasko, a senator, said": the apposition's role is the person's just named (their earlier
  // and later mentions take it too: person-coreference.ts).
  codeApposedPerson(c, it.from, first.role);
  const owner = ownerBefore.get(it.from);
  if (owner) {
    // "the Hamas-run health ministry": the body belongs to the group that runs it.
    emit(
      c,
      {
        ...span(c, it.from, end),
        kind: "agent",
        form: last.value.type === "title" ? "title" : "nominal",
        name: span(c, it.from, end).text.toLowerCase(),
        code: owner,
        source: first.source,
      },
      it.from,
    );
    return end;
  }
  if (nameGoesOn(c, end, true)) return end;
  // "Deepen Military Cooperation": in a headline a role word before another capital modifies it.
  if (headline[end] && end < n && isWord(tokens[end]!.text) && isCapitalized(tokens[end]!.text)) return end;
  // A lone rank or office word that is also an adjective or common noun ("general", "king")
  // is only an actor when it heads a noun phrase: require "the" or a plural.
  const isPlural = last.value.type === "agent" && last.value.plural;
  const prevKey = it.from > 0 ? tokens[it.from - 1]!.key : "";
  if (
    !isPlural &&
    last.value.type === "title" &&
    (prevKey !== "the" || !NOUN_POS.has(pos[last.to - 1] ?? "")) &&
    !indefiniteOffice(c, it.from, last)
  )
    return end;
  // Built field by field (no spreads): bare agents are common, see the state mention above.
  const start = tokens[it.from]!.start;
  const stop = tokens[end - 1]!.end;
  const written = text.slice(start, stop);
  // "the ministry", "the rebels", "the president": the actor of that kind named just before.
  if (prevKey === "the") {
    // "Unilever and DHL ..., the companies said": organisations the role noun says the kind of.
    const described = describedOrganisations(
      memory,
      tokens[last.to - 1]!.key,
      input.sentenceOf[it.from] ?? 0,
      tokens[end]?.key ?? "",
      (m) => actsInSentence(m, tokens, pos),
    );
    if (described) {
      const noun = tokens[last.to - 1]!.key;
      for (const r of described.refs) memory.described.set(r.name, { role: described.role, noun });
      const one = described.refs[0]!;
      const mention =
        described.refs.length === 1
          ? { kind: one.kind, form: "nominal" as const, name: one.name, code: described.role }
          : pairMention(
              "organization",
              described.refs.map((r) => ({ name: r.name, code: described.role })),
            );
      emit(
        c,
        {
          start,
          end: stop,
          text: written,
          ...mention,
          source: first.source,
          reason: `"the ${noun}" stands for ${described.refs.map((r) => `"${r.text}"`).join(" and ")} named before`,
        },
        it.from,
      );
      return end;
    }
    const ref = resolveRoleReference(
      memory,
      first.role,
      tokens[last.to - 1]!.key,
      input.sentenceOf[it.from] ?? 0,
      isPlural,
      isOrganisationKind(last.value),
    );
    if (ref) {
      emit(
        c,
        {
          start,
          end: stop,
          text: written,
          kind: ref.kind,
          form: "nominal",
          name: ref.name,
          code: ref.code,
          source: first.source,
          reason: `refers to "${ref.text}" named before`,
        },
        it.from,
      );
      return end;
    }
  }
  emit(
    c,
    {
      start,
      end: stop,
      text: written,
      kind: "agent",
      form: last.value.type === "title" ? "title" : "nominal",
      name: written.toLowerCase(),
      code: first.role,
      source: first.source,
    },
    it.from,
  );
  return end;
}

/**
 * A business office title (titles.tsv role BUS) other than a chair: "chief executive officer",
 * "CFO", "managing director". titles.tsv codes "chairman" BUS for a chair standing alone, but
 * parties, boards and state bodies have chairs too, so a chair is no evidence of a company.
 */
function isCompanyOffice(c: Composer, item: Item): boolean {
  const value = item.value;
  return value?.type === "title" && value.role === "BUS" && !c.tokens[item.from]!.key.startsWith("chair");
}

// Adjectives that may stand between "a" and an office noun: "a federal judge".
const INDEFINITE_REACH = 2;
// Offices only a state fills: "a judge", "a senator". Others are also a firm's or a party's
// ("a company spokesman", "a party leader"), where the title's state role would be wrong.
const INDEFINITE_OFFICE_ROLES = new Set(["JUD", "LEG"]);

/**
 * "A federal judge ruled", "a senator said": an office word that is also an actor noun
 * (agents.tsv lists "judge", "senator"), used as a noun after "a"/"an", is someone in that office.
 * One-word ranks that are no actor nouns ("a general", "a king's ransom") stay out.
 */
function indefiniteOffice(c: Composer, from: number, last: Item): boolean {
  const { tokens, pos, lexicon, lineLimit } = c;
  const role = (last.value as { role: string }).role;
  if (pos[last.to - 1] !== "NOUN" || !INDEFINITE_OFFICE_ROLES.has(role)) return false;
  let k = from - 1;
  for (let mods = 0; k >= 0 && mods < INDEFINITE_REACH; mods++, k--) {
    const t = tokens[k]!;
    if (!isWord(t.text) || isCapitalized(t.text) || !MODIFIER_POS.has(pos[k] ?? "")) break;
  }
  if (k < 0 || (tokens[k]!.key !== "a" && tokens[k]!.key !== "an")) return false;
  return lexicon.trie
    .matchAt(tokens, last.from, lineLimit[last.from])
    .some((m) => m.to === last.to && m.entries.some((e) => e.value.type === "agent" && !e.value.plural));
}
