// One left-to-right pass over the text that turns dictionary matches into actor mentions:
//   1. match: the longest dictionary phrase at each token (ties go to TYPE_PRIORITY), and the
//      names the name finder recognises (phrase-matching.ts, name-context.ts);
//   2. compose: country + ['s] + modifiers + titles/agents (+ a name) -> one actor
//      ("Pakistan's newly appointed Army Chief General Qamar Javed Bajwa" -> PAKMIL,
//       "Chinese troops" -> CHNMIL, "the army of Pakistan" -> PAKMIL) (country-actors.ts,
//      role-actors.ts, role-of-body.ts, organisation-members.ts, role-people.ts);
//   3. refer: surnames of people named earlier, "both countries" / "the two sides" -> the pair
//      named before, possessive and personal pronouns when exactly one actor fits (here, with
//      reference-rules.ts). The state the steps share is compose-state.ts.
import { type LexValue, preferredValue } from "./actor-lexicon.ts";
import { resolveBodyPronoun } from "./body-pronouns.ts";
import {
  type ComposeInput,
  type Composer,
  countryName,
  createComposer,
  emit,
  type Item,
  isRoleItem,
  organisationCode,
  rememberSurname,
  span,
} from "./compose-state.ts";
import { ELIDED_COMPASS, MAX_MODIFIERS, MONTHS, NOT_NAME, OWNER_WORDS } from "./compose-words.ts";
import { baseCountry, basedAt, composeFromCountry, handleBase } from "./country-actors.ts";
import { actsInSentence, codeDescribedOrganisations } from "./described-organisations.ts";
import { isCapitalized, isWord } from "./match-tokens.ts";
import type { DraftMention } from "./mention-deps.ts";
import { handleOrganization } from "./organisation-members.ts";
import { codePerson } from "./person-offices.ts";
import { addFoundNames, matchItems } from "./phrase-matching.ts";
import { resolvePronoun } from "./pronoun-references.ts";
import { resolveDefinite, resolvePairPhrase } from "./reference-rules.ts";
import { handleRole } from "./role-actors.ts";

export function composeActorMentions(input: ComposeInput): DraftMention[] {
  const c = createComposer(input);
  matchItems(c);
  if (input.names) addFoundNames(input, c.headline, c.itemAt, c.itemEnds, c.itemByEnd);
  const { tokens, pos, n, memory, itemAt, firstPersonNamed, ownerBefore, idiomWords, out } = c;
  for (let i = 0; i < n; ) {
    if (idiomWords.has(i)) {
      i++;
      continue;
    }
    const elided = itemAt.has(i) ? null : elidedStateAt(c, i);
    if (elided?.type === "state") {
      emit(
        c,
        {
          ...span(c, i, i + 1),
          kind: "state",
          form: "name",
          name: countryName(c, elided.iso3),
          code: elided.iso3,
          source: elided.source,
        },
        i,
      );
      i++;
      continue;
    }
    const it = itemAt.get(i);
    // "Nairobi-based company": a capital glued to "-based" still says whose the body is.
    const based = it !== undefined && baseCountry(it.value) !== null && basedAt(c, it.to);
    if (it && isCompoundModifier(c, it) && it.value.type !== "state" && !based) {
      const v = it.value;
      if ((v.type === "group" || v.type === "organization") && OWNER_WORDS.has(tokens[it.to + 1]!.key)) {
        // The role may come after a modifier or two: "Hamas-run health ministry".
        for (let k = it.to + 2; k < Math.min(n, it.to + 2 + MAX_MODIFIERS); k++) {
          const role = isRoleItem(c, k);
          if (role) {
            ownerBefore.set(k, v.entry.code);
            break;
          }
          if (!isWord(tokens[k]!.text)) break;
        }
      }
      i = it.to;
      continue;
    }
    if (it) {
      const v = it.value;
      switch (v.type) {
        case "null":
          i = it.to;
          continue;
        case "state":
        case "capital":
        case "metonym":
          i = handleBase(c, it);
          continue;
        case "title":
        case "agent":
          i = handleRole(c, it);
          continue;
        case "person": {
          const pc = codePerson(v.spells, input.day);
          // Within one document a person keeps the code the text gave them first.
          const earlier = firstPersonNamed.get(v.name);
          const m: DraftMention = {
            ...span(c, it.from, it.to),
            kind: "person",
            form: "name",
            name: v.name,
            code: earlier ? earlier.code : pc.code,
            source: pc.source,
          };
          emit(c, m, it.from);
          rememberSurname(c, v.name, m);
          i = it.to;
          continue;
        }
        case "organization":
        case "group":
          i = handleOrganization(c, it, v.type, v.entry);
          continue;
        case "name":
          emitFoundName(c, it, v);
          i = it.to;
          continue;
        case "equipment":
          emit(
            c,
            {
              ...span(c, it.from, it.to),
              kind: "equipment",
              form: v.entry.origin.length ? "name" : "nominal",
              name: v.entry.name,
              code: v.entry.type,
              equipmentType: v.entry.type,
              source: v.entry.source,
            },
            it.from,
          );
          i = it.to;
          continue;
      }
    }
    const t = tokens[i]!;
    // Surname of a person named earlier: "Bajwa", "Fang".
    const earlier = isCapitalized(t.text) ? memory.surnames.get(t.key) : undefined;
    if (earlier) {
      emit(
        c,
        {
          ...span(c, i, i + 1),
          kind: "person",
          form: "name",
          name: earlier.name,
          code: earlier.code,
          ...(earlier.source ? { source: earlier.source } : {}),
        },
        i,
      );
      i++;
      continue;
    }
    const pair = resolvePairPhrase(tokens, pos, i, memory, (iso3) => countryName(c, iso3), input.sentenceOf);
    if (pair) {
      emit(c, { ...span(c, i, pair.to), ...pair.mention }, i);
      i = pair.to;
      continue;
    }
    const definite = resolveDefinite(tokens, pos, i, memory, input.sentenceOf);
    if (definite) {
      emit(c, { ...span(c, i, definite.to), ...definite.mention }, i);
      i = definite.to;
      continue;
    }
    const pronoun =
      resolvePronoun(tokens, i, memory, input.sentenceOf, (from, k) => unknownNameSince(c, from, k), pos) ??
      resolveBodyPronoun(tokens, pos, i, memory, input.sentenceOf, (code) =>
        c.lexicon.countries.has(code.slice(0, 3)),
      );
    if (pronoun) {
      // "its army" -> the country's army (CHNMIL), like "China's army".
      // "The Israeli military said its forces" -> ISRMIL: any owner with a country lends it.
      const owner = t.key === "its" ? pronounCountry(c, pronoun) : null;
      if (owner) {
        const composed = composeFromCountry(c, i, owner, i + 1, false);
        if (composed !== null) {
          i = composed;
          continue;
        }
      }
      emit(c, { ...span(c, i, i + 1), ...pronoun }, i);
    }
    i++;
  }
  // "Unilever ... the company": every mention of a name the text described takes its role.
  return codeDescribedOrganisations(out, memory.described, (m) => actsInSentence(m, tokens, pos));
}

/** "Muslim-dominated", "Taliban-controlled": a name fused to a lower-case word describes, not acts. */
export function isCompoundModifier(c: Composer, it: Item) {
  const { tokens, n } = c;
  return (
    it.to + 1 < n &&
    tokens[it.to]!.key === "-" &&
    tokens[it.to]!.start === tokens[it.to - 1]!.end &&
    tokens[it.to + 1]!.start === tokens[it.to]!.end &&
    isWord(tokens[it.to + 1]!.text) &&
    !isCapitalized(tokens[it.to + 1]!.text)
  );
}

export function unknownNameSince(c: Composer, from: number, i: number): boolean {
  const { tokens, pos, memory, input, itemAt } = c;
  let m = memory.mentions.length - 1;
  for (let k = i - 1; k >= 0 && tokens[k]!.start >= from; k--) {
    const t = tokens[k]!;
    // Weekdays and months are capitalised but name no one ("spoke on Tuesday. He ...").
    if (pos[k] !== "PROPN" || !isCapitalized(t.text) || itemAt.has(k) || NOT_NAME.has(t.key)) continue;
    if (MONTHS.has(t.key)) continue;
    // "Jane Roe of Ohio said she": a place names no one.
    if (input.gazetteer?.lookup?.(t.text).length) continue;
    // "his WikiLeaks work", "her New York office": a name owned by someone is no other person.
    if (ownedName(c, k)) continue;
    // "the South China Sea", "smaller Asian nations": a name after "the", or a people's name
    // modifying a noun, is a place, body or people, no one a "he" or "she" may stand for.
    if (definiteName(c, k) || modifyingDemonym(c, k)) continue;
    while (m >= 0 && memory.mentions[m]!.start > t.start) m--;
    const covering = m >= 0 ? memory.mentions[m]! : null;
    if (!covering || covering.end <= t.start) return true;
  }
  return false;
}

const OWNERS = new Set(["his", "her", "its", "their", "our", "my", "your"]);

/** True when the run of capitalised names holding token k comes right after a possessive determiner. */
function ownedName(c: Composer, k: number): boolean {
  const { tokens, pos } = c;
  let j = k;
  while (j > 0 && pos[j - 1] === "PROPN" && isCapitalized(tokens[j - 1]!.text)) j--;
  return j > 0 && OWNERS.has(tokens[j - 1]!.key);
}

/** True when the run of capitalised names holding token k comes right after "the": people's names take no article. */
function definiteName(c: Composer, k: number): boolean {
  const { tokens, pos } = c;
  let j = k;
  while (j > 0 && pos[j - 1] === "PROPN" && isCapitalized(tokens[j - 1]!.text)) j--;
  return j > 0 && tokens[j - 1]!.text === "the";
}

// Endings of the names of peoples and regions' peoples ("Asian", "European", "Congolese", "Kurdish", "Iraqi").
const DEMONYM_ENDING = /(?:an|ese|ish|i)$/;

/** "smaller Asian nations", "European leaders": one capitalised people's name before a lower-case noun. */
function modifyingDemonym(c: Composer, k: number): boolean {
  const { tokens, pos } = c;
  const next = tokens[k + 1];
  if (!next || pos[k + 1] !== "NOUN" || next.text !== next.key) return false;
  if (k > 0 && pos[k - 1] === "PROPN" && isCapitalized(tokens[k - 1]!.text)) return false;
  return DEMONYM_ENDING.test(tokens[k]!.key);
}

/** The country a resolved "its" stands for: a state, or a body coded with a country prefix. */
export function pronounCountry(c: Composer, ref: { kind: string; code: string | null }): string | null {
  const { lexicon } = c;
  const code = ref.code;
  if (!code || !/^[A-Z]{3}/.test(code) || /^(?:IGO|NGO|IMG|MNC|INT|UIS|NGM)/.test(code)) return null;
  if (ref.kind === "state" && code.length === 3) return code;
  const iso3 = code.slice(0, 3);
  return lexicon.countries.has(iso3) && code.length === 6 ? iso3 : null;
}

/** "North and South Korea": the first compass word borrows the rest of the second name. */
export function elidedStateAt(c: Composer, i: number): LexValue | null {
  const { tokens, lexicon, itemAt } = c;
  const t = tokens[i]!;
  if (!ELIDED_COMPASS.has(t.key) || !isCapitalized(t.text) || tokens[i + 1]?.key !== "and") return null;
  const second = itemAt.get(i + 2);
  if (second?.value.type !== "state" || second.value.form !== "name") return null;
  if (!ELIDED_COMPASS.has(tokens[i + 2]!.key) || second.to - second.from < 2) return null;
  const spelled = [t, ...tokens.slice(second.from + 1, second.to)];
  const found = lexicon.trie.matchAt(spelled, 0)[0];
  if (!found || found.to !== spelled.length) return null;
  const value = preferredValue(found.entries.map((e) => e.value));
  return value.type === "state" ? value : null;
}

/** A person or organisation the name finder found: coded from what its name and context say. */
export function emitFoundName(c: Composer, it: Item, v: Extract<LexValue, { type: "name" }>) {
  const { tokens, memory } = c;
  const at = span(c, it.from, it.to);
  if (v.kind === "person") {
    // "Roe" after "Jane Roe, a senator": the person named before, with the code they got.
    const earlier = it.to - it.from === 1 ? memory.surnames.get(tokens[it.from]!.key) : undefined;
    const m: DraftMention = earlier
      ? {
          ...at,
          kind: "person",
          form: "name",
          name: earlier.name,
          code: earlier.code,
          source: "names",
          reason: `surname of ${earlier.name}`,
        }
      : {
          ...at,
          kind: "person",
          form: "name",
          name: v.name,
          code: organisationCode(v.role, v.country),
          source: "names",
          reason: v.evidence,
        };
    emit(c, m, it.from);
    if (!earlier) rememberSurname(c, v.name, m);
    if (v.sex && !memory.genders.has(m.name)) memory.genders.set(m.name, v.sex);
    return;
  }
  const placed = v.country ? null : countryInName(c, it.from, it.to, v.role);
  emit(
    c,
    {
      ...at,
      kind: "organization",
      form: "name",
      name: v.name,
      code: placed ? placed.code : organisationCode(v.role, v.country),
      source: "names",
      reason: placed ? `${v.evidence}; ${placed.why}` : v.evidence,
    },
    it.from,
  );
}

// State bodies whose name says their country ("United States Court of Appeals", "Bank of Ghana").
const NAMED_BODY_ROLES = new Set(["GOV", "MIL", "COP", "JUD", "LEG", "SPY", "BUS", "EDU", "MED", "HLH"]);

/**
 * An organisation the name finder found without a country, whose own name holds a country's
 * name or demonym and a role word ("Kenyan Ports Authority" has none; "Nigerian Police Force",
 * "Supreme Court of Ghana" have both). Without a role the name says nothing about what the body
 * is ("Australian Open"), so it stays uncoded.
 */
function countryInName(
  c: Composer,
  from: number,
  to: number,
  role: string | null,
): { code: string; why: string } | null {
  const { tokens, lexicon } = c;
  let country: { iso3: string; text: string } | null = null;
  let found: string | null = role;
  for (let k = from; k < to; k++) {
    for (const m of lexicon.trie.matchAt(tokens, k)) {
      if (m.to > to) continue;
      const value = preferredValue(m.entries.map((e) => e.value));
      if (value.type === "state" && !country) country = { iso3: value.iso3, text: span(c, k, m.to).text };
      else if (
        (value.type === "agent" || value.type === "title") &&
        !found &&
        NAMED_BODY_ROLES.has(value.role)
      )
        found = value.role;
    }
  }
  if (!country || !found || !NAMED_BODY_ROLES.has(found)) return null;
  return { code: `${country.iso3}${found}`, why: `country from "${country.text}" in its name` };
}
