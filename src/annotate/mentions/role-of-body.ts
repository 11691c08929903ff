// Step 2b of the actor composer: a title or agent with the country or body it belongs to after
// "of" (or "from", for plural agents): "the army of Pakistan", "a senior official of the TPLF",
// "officials from the Nigerian Ports Authority". The office holder named next takes the code.
import {
  type Composer,
  countryName,
  emit,
  type Item,
  organisationCode,
  rememberSurname,
  span,
} from "./compose-state.ts";
import type { DraftMention } from "./mention-deps.ts";
import { codePerson } from "./person-offices.ts";
import { codeApposedPerson, personAfter } from "./role-people.ts";

/** The role's first value, as the composer reads it ("ELI" when "former" stands before). */
export interface RoleValue {
  readonly role: string;
  readonly source: string;
}

/**
 * The end of the mention composed from the role at it.from..end and the country or body after
 * "of"/"from", or null when none follows.
 */
export function roleOfBody(c: Composer, it: Item, end: number, first: RoleValue, last: Item): number | null {
  const { tokens, n, itemAt, input } = c;
  let k = end;
  // "officials from the Nigerian Ports Authority", "troops from Kenya": a plural agent from a body
  // or country is its people, as with "of".
  const fromBody = tokens[k]?.key === "from" && last.value.type === "agent" && last.value.plural;
  if (k < n && (tokens[k]!.key === "of" || fromBody)) {
    k++;
    if (k < n && tokens[k]!.key === "the") k++;
    const st = itemAt.get(k);
    if (
      st &&
      (st.value.type === "state" || st.value.type === "capital") &&
      !(st.value.type === "state" && st.value.form === "demonym")
    ) {
      const iso3 = st.value.iso3;
      const person = personAfter(c, st.to, true);
      if (person && person.value?.type === "person") {
        const pc = codePerson(person.value.spells, input.day);
        const m: DraftMention = {
          ...span(c, it.from, person.to),
          kind: "person",
          form: "name",
          name: person.name,
          code: pc.inOffice ? pc.code : `${iso3}${first.role}`,
          source: pc.source,
        };
        emit(c, m, it.from);
        rememberSurname(c, person.name, m);
        return person.to;
      }
      codeApposedPerson(c, it.from, `${iso3}${first.role}`);
      emit(
        c,
        {
          ...span(c, it.from, st.to),
          kind: "agent",
          form: last.value.type === "title" ? "title" : "nominal",
          name: `${countryName(c, iso3)} ${span(c, it.from, end).text.toLowerCase()}`,
          code: `${iso3}${first.role}`,
          source: first.source,
        },
        it.from,
      );
      return st.to;
    }
    // "a senior official of the TPLF", "spokesman of the African Union": the body's own people.
    // "an official of Brondell Holdings": a body the name finder found and placed, likewise.
    const foundBody = st?.value.type === "name" && st.value.kind === "organization" ? st.value : null;
    const foundCode = foundBody ? organisationCode(foundBody.role, foundBody.country) : null;
    if (st && foundBody && foundCode && foundCode.length === 6 && first.role !== "ELI") {
      codeApposedPerson(c, it.from, foundCode);
      emit(
        c,
        {
          ...span(c, it.from, st.to),
          kind: "organization",
          form: "nominal",
          name: foundBody.name,
          code: foundCode,
          source: "names",
          reason: `${span(c, it.from, st.from).text.trim()} ${foundBody.name}: ${foundBody.evidence}`,
        },
        it.from,
      );
      return st.to;
    }
    if (st && (st.value.type === "organization" || st.value.type === "group") && first.role !== "ELI") {
      const entry = st.value.entry;
      codeApposedPerson(c, it.from, entry.code);
      emit(
        c,
        {
          ...span(c, it.from, st.to),
          kind: st.value.type,
          form: "nominal",
          name: entry.name,
          code: entry.code,
          source: entry.source,
        },
        it.from,
      );
      return st.to;
    }
  }
  return null;
}
