// Step 2b of the actor composer, for a dictionary organisation or group: the members or office
// holders named after it ("Taliban fighters", "WHO Director-General Amara Welde").
import { type Composer, emit, type Item, isPossessive, rememberSurname, span } from "./compose-state.ts";
import { NOUN_POS } from "./compose-words.ts";
import type { OrgEntry } from "./dict-tables.ts";
import type { DraftMention } from "./mention-deps.ts";
import { codePerson } from "./person-offices.ts";
import { collectRoles, personAfter } from "./role-people.ts";

// Words for the head of a body that say nothing of its kind, so titles.tsv does not list them alone.
export const HEAD_NOUNS: ReadonlySet<string> = new Set(["chief", "head", "boss"]);

/**
 * An organisation or group, with the members or office holders named after it: "Taliban
 * fighters" and "Hamas militants" are the group; "WHO Director-General Amara Welde" is a person
 * coded as the organisation.
 */
export function handleOrganization(
  c: Composer,
  it: Item,
  kind: "organization" | "group",
  entry: OrgEntry,
): number {
  const { pos } = c;
  let j = it.to;
  if (isPossessive(c, j)) j += 2;
  const { roles, end } = collectRoles(c, j);
  const last = roles[roles.length - 1];
  // "Pakistani army chief Tariq Malvern", "Talvex boss Jane Roe": a head noun that is no title
  // of its own (a "chief" of what?) is the office of the body just named.
  // The tagger often reads "chief" as an adjective here, so only a verb reading is kept out.
  // "army chief Gen. Tariq Malvern": a rank may stand between the head noun and the name.
  if (!last && HEAD_NOUNS.has(c.tokens[j]?.key ?? "") && pos[j] !== "VERB") {
    const person = personAfter(c, collectRoles(c, j + 1).end, true, it.from);
    if (person) return emitOfficeHolder(c, it, entry, person);
  }
  const base: DraftMention = {
    ...span(c, it.from, it.to),
    kind,
    form: "name",
    name: entry.name,
    code: entry.code,
    source: entry.source,
  };
  if (last && !(last.value.type === "agent" && !NOUN_POS.has(pos[last.to - 1] ?? ""))) {
    const person = personAfter(
      c,
      end,
      roles.some((r) => r.value.type === "title"),
      it.from,
    );
    if (person) return emitOfficeHolder(c, it, entry, person);
    // Members named by a plural agent: the mention is the organisation itself.
    if (last.value.type === "agent" && last.value.plural) {
      emit(c, { ...base, ...span(c, it.from, end) }, it.from);
      return end;
    }
  }
  emit(c, base, it.from);
  return it.to;
}

/**
 * The person named after the body ("WHO Director-General Amara Welde", "army chief Gen. X"): coded
 * by their own office when the name is a known office holder, else as the body they head.
 */
function emitOfficeHolder(
  c: Composer,
  it: Item,
  entry: OrgEntry,
  person: NonNullable<ReturnType<typeof personAfter>>,
): number {
  const code =
    person.value?.type === "person" ? codePerson(person.value.spells, c.input.day).code : entry.code;
  const named = span(c, it.from, it.to);
  const m: DraftMention = {
    ...span(c, it.from, person.to),
    kind: "person",
    form: "name",
    name: person.name,
    code,
    body: { start: named.start, end: named.end, name: entry.name },
  };
  emit(c, m, it.from);
  rememberSurname(c, person.name, m);
  return person.to;
}
