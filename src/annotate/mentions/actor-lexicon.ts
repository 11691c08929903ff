// Builds one phrase trie from every dictionary table and the country data: what each phrase means.
import { type CountryNames, demonymPlural } from "./country-names.ts";
import type { Dictionaries } from "./dict-loader.ts";
import type { EquipmentEntry, OrgEntry, PersonEntry } from "./dict-tables.ts";
import { NULL_CODE } from "./dict-tables.ts";
import type { FoundNameLike } from "./mention-deps.ts";
import { PhraseTrie } from "./phrase-trie.ts";

export type LexValue =
  | {
      readonly type: "state";
      readonly iso3: string;
      readonly form: "name" | "demonym";
      readonly source: string;
    }
  | { readonly type: "capital"; readonly iso3: string; readonly name: string }
  | { readonly type: "metonym"; readonly code: string; readonly name: string; readonly source: string }
  | {
      readonly type: "person";
      readonly name: string;
      readonly spells: readonly PersonEntry[];
      /** A one-word alias (a surname) shared with another person: needs the full name first. */
      readonly ambiguous: boolean;
      readonly isAlias: boolean;
    }
  | { readonly type: "organization" | "group"; readonly entry: OrgEntry }
  | {
      readonly type: "agent";
      readonly role: string;
      readonly name: string;
      readonly plural: boolean;
      readonly source: string;
    }
  | { readonly type: "title"; readonly role: string; readonly name: string; readonly source: string }
  | { readonly type: "equipment"; readonly entry: EquipmentEntry }
  /** A phrase the dictionaries mark with the null code: known, and not an actor. */
  | { readonly type: "null"; readonly source: string }
  /** A person or organisation no dictionary holds, found from evidence by src/annotate/names/. */
  | ({ readonly type: "name" } & FoundNameLike);

// Ranks written before any office (lower case: titles match in any case).
const RANKS = ["assistant", "deputy", "acting", "deputy assistant", "principal deputy"];

/** When two meanings share a phrase, the earlier type in this list wins. */
export const TYPE_PRIORITY: readonly LexValue["type"][] = [
  "null",
  "person",
  "organization",
  "group",
  "metonym",
  "equipment",
  "state",
  "capital",
  "title",
  "agent",
];

export interface ActorLexicon {
  readonly trie: PhraseTrie<LexValue>;
  readonly countries: ReadonlyMap<string, CountryNames>;
}

export function buildActorLexicon(dicts: Dictionaries, countries: readonly CountryNames[]): ActorLexicon {
  const trie = new PhraseTrie<LexValue>();
  const byIso3 = new Map(countries.map((c) => [c.iso3, c]));
  const phraseSeen = new Set<string>();
  const addOnce = (phrase: string, value: LexValue, kind: string) => {
    const key = `${kind}:${phrase.toLowerCase()}`;
    if (phraseSeen.has(key)) return;
    phraseSeen.add(key);
    trie.add(phrase, value);
  };

  // Countries: our additions first (they correct the packages), then the packages. A name or
  // demonym shared by several countries goes to a UN member before a territory ("French" is
  // France, not the French Southern Lands), then to the larger country.
  for (const e of dicts.countriesExtra)
    addOnce(e.phrase, { type: "state", iso3: e.iso3, form: e.form, source: e.source }, "s");
  const ranked = [...countries].sort((a, b) => Number(b.unMember) - Number(a.unMember) || b.area - a.area);
  for (const c of ranked) {
    const source = "world-countries";
    for (const n of c.names) addOnce(n, { type: "state", iso3: c.iso3, form: "name", source }, "s");
    for (const d of c.demonyms) {
      addOnce(d, { type: "state", iso3: c.iso3, form: "demonym", source }, "s");
      const plural = demonymPlural(d);
      if (plural) addOnce(plural, { type: "state", iso3: c.iso3, form: "demonym", source }, "s");
    }
    for (const cap of c.capitals) addOnce(cap, { type: "capital", iso3: c.iso3, name: cap }, "c");
  }
  for (const m of dicts.metonyms) {
    const name = m.phrase.replace(/^the\s+/i, "");
    trie.add(
      m.phrase,
      m.code === NULL_CODE
        ? { type: "null", source: m.source }
        : { type: "metonym", code: m.code, name, source: m.source },
    );
  }

  // People: every phrase collects the spells of the person it names.
  const personPhrases = new Map<
    string,
    { name: string; phrase: string; spells: PersonEntry[]; isAlias: boolean }
  >();
  const aliasOwners = new Map<string, Set<string>>();
  for (const p of dicts.people) {
    for (const phrase of [p.name, ...p.aliases]) {
      const key = `${p.name}\u0000${phrase}`;
      let slot = personPhrases.get(key);
      if (!slot) {
        slot = { name: p.name, phrase, spells: [], isAlias: phrase !== p.name };
        personPhrases.set(key, slot);
      }
      slot.spells.push(p);
      const owners = aliasOwners.get(phrase.toLowerCase()) ?? new Set();
      owners.add(p.name);
      aliasOwners.set(phrase.toLowerCase(), owners);
    }
  }
  for (const slot of personPhrases.values()) {
    const nullSpell = slot.spells.find((s) => s.code === NULL_CODE);
    if (nullSpell) {
      trie.add(slot.phrase, { type: "null", source: nullSpell.source });
      continue;
    }
    const ambiguous = (aliasOwners.get(slot.phrase.toLowerCase())?.size ?? 0) > 1;
    trie.add(slot.phrase, {
      type: "person",
      name: slot.name,
      spells: slot.spells,
      ambiguous,
      isAlias: slot.isAlias,
    });
  }

  for (const [type, list] of [
    ["organization", dicts.organizations],
    ["group", dicts.groups],
  ] as const) {
    for (const e of list)
      for (const phrase of [e.name, ...e.aliases])
        trie.add(phrase, e.code === NULL_CODE ? { type: "null", source: e.source } : { type, entry: e });
  }
  for (const a of dicts.agents) {
    trie.add(a.term, { type: "agent", role: a.role, name: a.term, plural: false, source: a.source });
    for (const p of a.plurals)
      trie.add(p, { type: "agent", role: a.role, name: a.term, plural: true, source: a.source });
  }
  const listed = new Set(dicts.titles.map((t) => t.title.toLowerCase()));
  for (const t of dicts.titles) {
    trie.add(t.title, { type: "title", role: t.role, name: t.title, source: t.source });
    // "Assistant Secretary of State", "Deputy Sheriff", "Acting President": a rank before an
    // office holds the office's role; the lines the table lists itself keep theirs.
    for (const rank of RANKS) {
      const ranked = `${rank} ${t.title}`;
      if (!listed.has(ranked.toLowerCase()))
        trie.add(ranked, { type: "title", role: t.role, name: ranked, source: t.source });
    }
  }
  for (const e of dicts.equipment)
    for (const phrase of [e.name, ...e.aliases]) trie.add(phrase, { type: "equipment", entry: e });
  return { trie, countries: byIso3 };
}

/** The preferred meaning among those sharing a phrase. */
export function preferredValue(values: readonly LexValue[]): LexValue {
  let best = values[0]!;
  for (const v of values) if (TYPE_PRIORITY.indexOf(v.type) < TYPE_PRIORITY.indexOf(best.type)) best = v;
  return best;
}
