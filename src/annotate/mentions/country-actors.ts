// Step 2a of the actor composer: actors built on a country, capital or metonym ("Pakistan's newly
// appointed Army Chief", "Chinese troops", "Russia's Sergei Lavrov"). Whether a country or capital
// names where something happens rather than who acts is decided apart, in country-place.ts.

import type { LexValue } from "./actor-lexicon.ts";
import {
  type Composer,
  countryName,
  emit,
  type Item,
  isPossessive,
  isRoleItem,
  rememberSurname,
  span,
} from "./compose-state.ts";
import { IDIOM_REACH, MAX_MODIFIERS, MODIFIER_POS, NOUN_POS } from "./compose-words.ts";
import { isLocative, placeFor } from "./country-place.ts";
import { isCapitalized, isWord } from "./match-tokens.ts";
import type { DraftMention } from "./mention-deps.ts";
import { formerBefore, nameGoesOn } from "./name-context.ts";
import { isOrganisationKind } from "./organisation-kinds.ts";
import { codePerson } from "./person-offices.ts";
import { codeApposedPerson, collectRoles, personAfter, skipTitleQualifiers } from "./role-people.ts";

/** Emits an actor built from a country (or metonym) and the roles after it. */
export function composeFromCountry(
  c: Composer,
  startTok: number,
  iso3: string,
  j: number,
  former: boolean,
): number | null {
  const { tokens, pos, input, idiomWords } = c;
  // "U.S. District Judge Ann Marlow": the court's name qualifies the title after the country.
  const { roles, end } = collectRoles(c, skipTitleQualifiers(c, j));
  if (!roles.length) return null;
  const last = roles[roles.length - 1]!;
  // "China's military cooperation": an agent word used as an adjective is no actor. Titles are
  // exempt: the tagger often reads "chief" in "army chief" as an adjective.
  if (last.value.type === "agent" && !NOUN_POS.has(pos[last.to - 1] ?? "")) return null;
  // "Morvik, a Swedish carmaker": a kind of company after "a" describes (appositive-organisations.ts).
  if (isOrganisationKind(roles[0]!.value) && /^an?$/.test(tokens[startTok - 1]?.key ?? "")) return null;
  const first = roles[0]!.value as { role: string; name: string };
  const role = former ? "ELI" : first.role;
  // "the ball is in Turkey's court": the idiom names whose move it is, not a court of law.
  if (tokens[last.to - 1]!.key === "court" && startTok > 0 && tokens[startTok - 1]!.key === "in") {
    for (let k = startTok - 2; k >= Math.max(0, startTok - IDIOM_REACH); k--)
      if (tokens[k]!.key === "ball") {
        idiomWords.add(last.from);
        return null;
      }
  }
  let person = personAfter(
    c,
    end,
    roles.some((r) => r.value.type === "title"),
  );
  // "Qatar's Prime Minister and Foreign Minister Sheikh Mohammed": one person, both offices.
  if (!person && tokens[end]?.key === "and" && isRoleItem(c, end + 1)) {
    const more = collectRoles(c, end + 1);
    const named = personAfter(
      c,
      more.end,
      more.roles.some((r) => r.value.type === "title"),
    );
    if (named) person = named;
  }
  if (person) {
    let code = `${iso3}${role}`;
    let source: string | undefined;
    if (person.value && person.value.type === "person") {
      const pc = codePerson(person.value.spells, input.day);
      if (pc.inOffice && !former) code = pc.code;
      source = pc.source;
    }
    const m: DraftMention = {
      ...span(c, startTok, person.to),
      kind: "person",
      form: "name",
      name: person.name,
      code,
      ...(source ? { source } : {}),
    };
    emit(c, m, startTok);
    rememberSurname(c, person.name, m);
    return person.to;
  }
  // "its Official Development Assistance": a capitalised role word opening a longer name.
  if (isCapitalized(tokens[last.to - 1]!.text) && nameGoesOn(c, end, true)) return null;
  const roleText = span(c, roles[0]!.from, end).text;
  codeApposedPerson(c, startTok, `${iso3}${role}`);
  emit(
    c,
    {
      ...span(c, startTok, end),
      kind: "agent",
      form: last.value.type === "title" ? "title" : "nominal",
      name: `${countryName(c, iso3)} ${roleText.toLowerCase()}`,
      code: `${iso3}${role}`,
      source: (first as { source?: string }).source ?? "",
    },
    startTok,
  );
  return end;
}

// Participles after "<place>-" that say where a body belongs: "Nairobi-based", "Lagos-headquartered".
const BASED = new Set(["based", "headquartered"]);

/** True when tokens j, j+1 are "-based" glued to the name before. */
export function basedAt(c: Composer, j: number): boolean {
  const { tokens, n } = c;
  return (
    j + 1 < n &&
    j > 0 &&
    tokens[j]!.key === "-" &&
    tokens[j]!.start === tokens[j - 1]!.end &&
    tokens[j + 1]!.start === tokens[j]!.end &&
    BASED.has(tokens[j + 1]!.key)
  );
}

/** The country of a base item, or null when it cannot carry roles. */
export function baseCountry(value: LexValue): string | null {
  if (value.type === "state" || value.type === "capital") return value.iso3;
  if (value.type === "metonym") return value.code.slice(0, 3);
  return null;
}

/** Handles a country-like base at item `it`; returns the next token index. */
export function handleBase(c: Composer, it: Item): number {
  const { text, tokens, pos, n, memory, input, itemAt } = c;
  const iso3 = baseCountry(it.value)!;
  let j = it.to;
  if (isPossessive(c, j)) j += 2;
  let former = formerBefore(c, it.from);
  // "a Nairobi-based company": the place a body is based in is its country.
  if (basedAt(c, it.to)) j = it.to + 2;
  for (let mods = 0; mods < MAX_MODIFIERS && j < n && !itemAt.has(j); mods++) {
    const t = tokens[j]!;
    const p = pos[j] ?? "";
    const isParticiple = p === "VERB" && /(?:ed|en)$/.test(t.key);
    if (!isWord(t.text) || isCapitalized(t.text) || !(MODIFIER_POS.has(p) || isParticiple)) break;
    // "Egypt arrested officials", "Sudan quickly deployed troops": without "'s" a verb form after
    // the name is the sentence's verb, not a modifier ("Pakistan's newly appointed army chief").
    if (p !== "ADJ" && !isPossessive(c, it.to)) break;
    if (t.key === "former" || t.key === "ex") former = true;
    j++;
  }
  // "Russia's U.N. ambassador", "Sudan's envoy to the AU": the country's diplomat at the body,
  // so the country's government, not the body.
  const body = itemAt.get(j);
  if (body?.value.type === "organization" && /^IGO/.test(body.value.entry.code)) {
    const first = isRoleItem(c, body.to)?.value as { role?: string } | undefined;
    if (first?.role === "GOV") {
      const composed = composeFromCountry(c, it.from, iso3, body.to, former);
      if (composed !== null) return composed;
    }
  }
  // "Pakistan's Bajwa", "Russia's Sergei Lavrov": a country's person without a title.
  // "Pakistan's Jane Roe", "Australian Jane Roe": a country's person no dictionary knows.
  const found = itemAt.get(j);
  if (
    found?.value.type === "name" &&
    found.value.kind === "person" &&
    ((j === it.to + 2 && isPossessive(c, it.to)) ||
      (j === it.to && it.value.type === "state" && it.value.form === "demonym"))
  ) {
    const m: DraftMention = {
      ...span(c, it.from, found.to),
      kind: "person",
      form: "name",
      name: found.value.name,
      code: iso3,
      source: "names",
      reason: `${found.value.evidence}; country from "${span(c, it.from, it.to).text}"`,
    };
    emit(c, m, it.from);
    rememberSurname(c, found.value.name, m);
    if (found.value.sex) memory.genders.set(found.value.name, found.value.sex);
    return found.to;
  }
  // "U.S. Capitol Police", "Kenya's Talvex Workers Union": a country's body no dictionary knows
  // takes the country with the role its name says.
  if (
    found?.value.type === "name" &&
    found.value.kind === "organization" &&
    !found.value.country &&
    it.value.type !== "metonym" &&
    (j === it.to + 2 ? isPossessive(c, it.to) : j === it.to)
  ) {
    const role = found.value.role;
    emit(
      c,
      {
        ...span(c, it.from, found.to),
        kind: "organization",
        form: "name",
        name: found.value.name,
        code: role === "NGO" ? "NGO" : role ? `${iso3}${role}` : null,
        source: "names",
        reason: `${found.value.evidence}; country from "${span(c, it.from, it.to).text}"`,
      },
      it.from,
    );
    return found.to;
  }
  const person = j > it.to ? itemAt.get(j) : undefined;
  if (person?.value.type === "person" && j === it.to + 2) {
    const pc = codePerson(person.value.spells, input.day);
    const m: DraftMention = {
      ...span(c, it.from, person.to),
      kind: "person",
      form: "name",
      name: person.value.name,
      code: pc.code,
      source: pc.source,
    };
    emit(c, m, it.from);
    rememberSurname(c, person.value.name, m);
    return person.to;
  }
  if (it.value.type !== "metonym") {
    const composed = composeFromCountry(c, it.from, iso3, j, former);
    if (composed !== null) return composed;
    // "Chinese and Pakistani troops": the first country takes the roles of the second.
    const nextTok = it.to;
    if (nextTok + 1 < n && tokens[nextTok]!.key === "and") {
      const other = itemAt.get(nextTok + 1);
      if (other && (other.value.type === "state" || other.value.type === "capital")) {
        const { roles } = collectRoles(c, other.to);
        const firstRole = roles[0]?.value as { role: string; name: string } | undefined;
        if (firstRole && roles[roles.length - 1]!.value.type === "agent") {
          emit(
            c,
            {
              ...span(c, it.from, it.to),
              kind: "agent",
              form: "nominal",
              name: `${countryName(c, iso3)} ${span(c, roles[0]!.from, roles[roles.length - 1]!.to).text.toLowerCase()}`,
              code: `${iso3}${firstRole.role}`,
            },
            it.from,
          );
          return it.to;
        }
      }
    }
  } else {
    const composed = composeFromCountry(c, it.from, iso3, j, former);
    if (composed !== null) return composed;
    emit(
      c,
      {
        ...span(c, it.from, it.to),
        kind: "state",
        form: "name",
        name: it.value.name,
        code: it.value.code,
        source: it.value.source,
      },
      it.from,
    );
    return it.to;
  }
  const v = it.value;
  if (v.type === "state" && v.form === "demonym") {
    // "Indian Ocean", "Chinese New Year": a demonym inside a longer proper name is no actor.
    const next = tokens[it.to];
    if (
      next &&
      isWord(next.text) &&
      isCapitalized(next.text) &&
      !itemAt.has(it.to) &&
      next.start - tokens[it.to - 1]!.end <= 1
    )
      return it.to;
  }
  const locative = isLocative(c, it.from, it.to);
  const place = locative || v.type === "capital" ? placeFor(c, v) : null;
  if (v.type === "capital") {
    if (locative)
      emit(
        c,
        {
          ...span(c, it.from, it.to),
          kind: "place",
          form: "name",
          name: v.name,
          code: v.iso3,
          ...(place ? { place } : {}),
        },
        it.from,
      );
    else
      emit(
        c,
        {
          ...span(c, it.from, it.to),
          kind: "state",
          form: "name",
          name: v.name,
          code: `${v.iso3}GOV`,
          ...(place ? { place } : {}),
        },
        it.from,
      );
    return it.to;
  }
  if (v.type === "state") {
    // Built field by field: the commonest mention, and spreads showed in the bench profile.
    const start = tokens[it.from]!.start;
    const end = tokens[it.to - 1]!.end;
    const m: { -readonly [K in keyof DraftMention]: DraftMention[K] } = {
      start,
      end,
      text: text.slice(start, end),
      kind: "state",
      form: v.form,
      name: countryName(c, v.iso3),
      code: v.iso3,
      source: v.source,
    };
    if (place) m.place = place;
    emit(c, m, it.from);
  }
  return it.to;
}
