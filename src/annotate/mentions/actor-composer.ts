// One left-to-right pass over the text that turns dictionary matches into actor mentions:
//   1. match: the longest dictionary phrase at each token (ties go to TYPE_PRIORITY);
//   2. compose: country + ['s] + modifiers + titles/agents (+ a name) -> one actor
//      ("Pakistan's newly appointed Army Chief General Qamar Javed Bajwa" -> PAKMIL,
//       "Chinese troops" -> CHNMIL, "the army of Pakistan" -> PAKMIL);
//   3. refer: surnames of people named earlier, "both countries" / "the two sides" -> the pair
//      named before, possessive and personal pronouns when exactly one actor fits.
import type { Place } from "../../types.ts";
import { type ActorLexicon, type LexValue, preferredValue } from "./actor-lexicon.ts";
import type { OrgEntry } from "./dict-tables.ts";
import { isCapitalized, isWord, type MatchToken } from "./match-tokens.ts";
import type { DraftMention, GazetteerLike, NameFinderLike, NameItemLike } from "./mention-deps.ts";
import { codePerson } from "./person-offices.ts";
import {
  type ActorMemory,
  resolveDefinite,
  resolvePairPhrase,
  resolvePronoun,
  resolveRoleReference,
} from "./reference-rules.ts";

interface Item {
  readonly from: number;
  readonly to: number;
  readonly value: LexValue;
}

export interface ComposeInput {
  readonly text: string;
  readonly tokens: readonly MatchToken[];
  /** Universal POS per match token (from the sentence tokenizer), "" when unknown. */
  readonly pos: readonly string[];
  /** Index of the sentence each token is in. */
  readonly sentenceOf: readonly number[];
  readonly day: string | null;
  readonly lexicon: ActorLexicon;
  readonly gazetteer: GazetteerLike | null;
  /** Filled with the spans of every person, organisation and group name matched, emitted or not. */
  readonly claimed?: { start: number; end: number }[];
  /** Finds people and organisations no dictionary names (src/annotate/names/). */
  readonly names?: NameFinderLike | null;
}

// Item types whose spans are names of actors, never of places ("Taliban-led", "Kim said").
const NAME_TYPES = new Set(["person", "organization", "group"]);

// Prepositions after which a capital or country is where something happens, not who acts
// ("talks in Beijing"), as opposed to "Beijing said".
// Nouns that put the name after (or before) them on the map: "the capital Nairobi", "Washington state".
const PLACE_NOUNS = new Set([
  "capital",
  "city",
  "town",
  "village",
  "suburb",
  "suburbs",
  "outskirts",
  "streets",
  "province",
  "region",
  "district",
  "state",
  "county",
  "area",
]);
const LOCATIVE = new Set([
  "of",
  "in",
  "at",
  "near",
  "outside",
  "inside",
  "from",
  "into",
  "within",
  "throughout",
  "across",
  "around",
  "via",
  "toward",
  "towards",
  "between",
]);
// "to" marks a place only after a verb of motion ("flew to Islamabad", not "supplier to Islamabad").
const MOTION_LEMMAS =
  /^(?:go|goes|went|gone|going|travel\w*|fl(?:y|ew|ies|own|ying)|arriv\w*|return\w*|head\w*|mov\w*|sen[dt]\w*|deploy\w*|c[ao]me\w*|coming|trip|visit\w*|journey\w*|rush\w*|dispatch\w*|back)$/;
// "eastern Jakarta", "downtown Kabul": a part of the city, so a place.
const COMPASS =
  /^(?:(?:north|south|east|west)(?:ern|east|west|eastern|western)?|central|downtown|greater|suburban|outer|inner)$/;
const QUOTES = new Set(["'", '"', "“", "”", "‘", "’", "«", "»"]);
const MODIFIER_POS = new Set(["ADJ", "ADV"]);
const NOUN_POS = new Set(["NOUN", "PROPN", "X", ""]);
// Words that are capitalised at a sentence start or in headlines but never begin a person's name.
const NOT_NAME = new Set([
  "former",
  "the",
  "a",
  "an",
  "and",
  "or",
  "but",
  "of",
  "in",
  "on",
  "at",
  "to",
  "for",
  "with",
  "said",
  "says",
  "told",
  "has",
  "had",
  "have",
  "was",
  "is",
  "will",
  "who",
  "which",
  "that",
  "this",
  "monday",
  "tuesday",
  "wednesday",
  "thursday",
  "friday",
  "saturday",
  "sunday",
]);
const MONTHS = new Set([
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
]);
const DATELINE_NEXT = new Set([",", "(", "-", "–", "—", ":"]);
// Roles of the state's own bodies: "Government of India", "Ministry of Defence of Pakistan".
const STATE_ROLES = new Set(["GOV", "MIL", "COP", "JUD", "LEG", "SPY"]);
const MAX_MODIFIERS = 3;
// Countries whose names are written family name first (Kim Jong Un, Xi Jinping, Lee Hsien Loong,
// Pham Minh Chinh): the first part of a person's name from there is the short form used later.
const FAMILY_NAME_FIRST = new Set(["CHN", "PRK", "KOR", "TWN", "HKG", "MAC", "VNM", "SGP"]);
// "<group>-run ministry": the words that make the group the owner (not "-backed", "-linked").
const OWNER_WORDS = new Set(["run", "led", "controlled", "ruled", "administered", "governed"]);
// Compass words that start two country names joined by "and" ("North and South Korea").
const ELIDED_COMPASS = new Set(["north", "south", "east", "west"]);
// "the ball is (now firmly) in X's court": how many tokens back "ball" may stand.
const IDIOM_REACH = 6;
const MAX_NAME_TOKENS = 4;

export function composeActorMentions(input: ComposeInput): DraftMention[] {
  const { text, tokens, pos, lexicon } = input;
  const n = tokens.length;
  const out: DraftMention[] = [];
  const memory: ActorMemory = {
    mentions: [],
    mentionSentence: [],
    surnames: new Map(),
    pairs: [],
    genders: new Map(),
  };

  // 1. match: items by start token, longest phrase first, never across a line break.
  const lineLimit = new Array<number>(n);
  const headline = new Array<boolean>(n);
  for (let i = n - 1, limit = n; i >= 0; i--) {
    lineLimit[i] = limit;
    if (i > 0 && hasNewline(text, tokens[i - 1]!.end, tokens[i]!.start)) {
      markHeadline(tokens, i, limit, headline);
      limit = i;
    }
  }
  if (n) markHeadline(tokens, 0, lineLimit[0]!, headline);

  const startsPhrase = (k: number) => k < n && lexicon.trie.matchAt(tokens, k, lineLimit[k]).length > 0;
  /** A capitalised word right after `to` on a running-text line: the name goes on ("Queen Elizabeth University Hospital"). */
  const nameGoesOn = (to: number, evenBeforePhrase = false): boolean => {
    if (to >= n || headline[to]) return false;
    const next = tokens[to]!;
    const gap = next.start - tokens[to - 1]!.end;
    if (next.key === "-" && gap === 0 && to + 1 < n && tokens[to + 1]!.start === next.end) {
      const after = tokens[to + 1]!;
      return isWord(after.text) && isCapitalized(after.text) && (evenBeforePhrase || !startsPhrase(to + 1));
    }
    return (
      gap === 1 &&
      isWord(next.text) &&
      isCapitalized(next.text) &&
      !NOT_NAME.has(next.key) &&
      (evenBeforePhrase || !startsPhrase(to))
    );
  };
  /** A capitalised word right before `from` on the same line, not a sentence start: a first name. */
  const nameBefore = (from: number): boolean => {
    if (from === 0 || headline[from] || itemEnds.has(from)) return false;
    const prev = tokens[from - 1]!;
    if (!isWord(prev.text) || !isCapitalized(prev.text) || NOT_NAME.has(prev.key)) return false;
    if (tokens[from]!.start - prev.end !== 1 || input.sentenceOf[from - 1] !== input.sentenceOf[from])
      return false;
    const before = from >= 2 ? tokens[from - 2]! : null;
    // "Secretary Francisco Duque": a first name after a title still makes a different person.
    return !!before && (isWord(before.text) || before.key === ",") && !/[.!?:]/.test(before.text);
  };
  /** "Tim Morrison said" at a sentence start: a proper noun right before a surname is another first name. */
  const givenNameBefore = (from: number): boolean => {
    if (from === 0 || headline[from] || itemEnds.has(from)) return false;
    const prev = tokens[from - 1]!;
    return (
      pos[from - 1] === "PROPN" &&
      tokens[from]!.start - prev.end === 1 &&
      isWord(prev.text) &&
      isCapitalized(prev.text) &&
      !NOT_NAME.has(prev.key)
    );
  };
  /** "Peanut Corporation of America": a capitalised word right before, even at a sentence start. */
  const followsCapitalizedWord = (from: number): boolean => {
    if (from === 0 || headline[from] || itemEnds.has(from)) return false;
    const prev = tokens[from - 1]!;
    return (
      tokens[from]!.start - prev.end === 1 &&
      isWord(prev.text) &&
      isCapitalized(prev.text) &&
      !NOT_NAME.has(prev.key)
    );
  };
  /** A capitalised name (not ours, not a sentence start) right before a lower-case title. */
  const organisationBefore = (from: number): boolean => {
    if (from < 2 || headline[from] || itemEnds.has(from) || isCapitalized(tokens[from]!.text)) return false;
    const prev = tokens[from - 1]!;
    if (
      !isWord(prev.text) ||
      !isCapitalized(prev.text) ||
      NOT_NAME.has(prev.key) ||
      pos[from - 1] !== "PROPN"
    )
      return false;
    return (
      input.sentenceOf[from - 2] === input.sentenceOf[from - 1] && !/[.!?:"“]/.test(tokens[from - 2]!.text)
    );
  };
  /** The role of the first title in a list ending at `from`: "chairman, CEO and president". */
  const coordinatedRoleBefore = (from: number): string | null => {
    let role: string | null = null;
    let k = from;
    while (k >= 2 && (tokens[k - 1]!.key === "and" || tokens[k - 1]!.key === ",")) {
      const prev = itemByEnd.get(k - 1);
      const value = prev?.value;
      if (!prev || value?.type !== "title") break;
      role = value.role;
      k = prev.from;
    }
    return role;
  };
  /** "former President", "ex-minister", "Former Nigerian President": an office no longer held. */
  const formerBefore = (from: number): boolean => {
    let k = from - 1;
    if (k >= 0 && tokens[k]!.key === "-" && tokens[k]!.end === tokens[from]!.start) k--;
    return k >= 0 && (tokens[k]!.key === "former" || tokens[k]!.key === "ex");
  };
  const isSentenceStart = (k: number): boolean => k === 0 || input.sentenceOf[k - 1] !== input.sentenceOf[k];
  const fullNamesSeen = new Set<string>();
  const isUsable = (value: LexValue, from: number, to: number): boolean => {
    switch (value.type) {
      case "person": {
        // After a person's name even a dictionary word continues the name ("Queen Elizabeth
        // University Hospital"); only a headline's capitals say nothing.
        if (value.ambiguous || nameGoesOn(to, true)) return false;
        if (to - from === 1 && value.isAlias) {
          // A bare surname: not when another first name precedes it, and only for someone in
          // office on the document date unless the full name came first.
          if (nameBefore(from) || givenNameBefore(from)) return false;
          if (!fullNamesSeen.has(value.name) && !codePerson(value.spells, input.day).inOffice) return false;
        } else fullNamesSeen.add(value.name);
        return true;
      }
      case "capital": {
        if (nameGoesOn(to) || nameBefore(from)) return false;
        // The gazetteer knows which names really are seats of government ("Hamilton" is not).
        const capitalOf = input.gazetteer?.capitalOf;
        return !capitalOf || capitalOf.call(input.gazetteer, value.name)?.iso3 === value.iso3;
      }
      case "state":
        // "pro-Russian separatists", "anti-American protests": the country is what they are for or against.
        if (
          from >= 2 &&
          tokens[from - 1]!.key === "-" &&
          (tokens[from - 2]!.key === "pro" || tokens[from - 2]!.key === "anti")
        )
          return false;
        // "Prince Edward Island", "New Mexico": a country name closing a longer name is no country.
        if (value.form === "name" && nameBefore(from)) return false;
        return value.form === "demonym" || !nameGoesOn(to) || tokens[to]!.key === "-";
      default:
        return true;
    }
  };
  const itemAt = new Map<number, Item>();
  const itemEnds = new Set<number>();
  const itemByEnd = new Map<number, Item>();
  for (let i = 0; i < n; ) {
    const matches = lexicon.trie.matchAt(tokens, i, lineLimit[i]);
    let taken: Item | null = null;
    for (const m of matches) {
      const value = preferredValue(m.entries.map((e) => e.value));
      if (!isUsable(value, m.from, m.to)) continue;
      taken = { from: m.from, to: m.to, value };
      break;
    }
    // "the UN Security Council": a phrase that only adds "the" must not cut a longer one short.
    if (taken && tokens[i]!.key === "the" && i + 1 < n) {
      const inner = lexicon.trie.matchAt(tokens, i + 1, lineLimit[i + 1]);
      if (inner.length && inner[0]!.to > taken.to) taken = null;
    }
    if (taken) {
      if (input.claimed && NAME_TYPES.has(taken.value.type))
        input.claimed.push({ start: tokens[taken.from]!.start, end: tokens[taken.to - 1]!.end });
      itemAt.set(i, taken);
      itemEnds.add(taken.to);
      itemByEnd.set(taken.to, taken);
      i = taken.to;
    } else i++;
  }

  if (input.names) addFoundNames(input, headline, itemAt, itemEnds, itemByEnd);

  const span = (from: number, to: number) => ({
    start: tokens[from]!.start,
    end: tokens[to - 1]!.end,
    text: text.slice(tokens[from]!.start, tokens[to - 1]!.end),
  });
  /** The first person mention of each name, kept as memory.mentions changes (a lookup, not a scan). */
  const firstPersonNamed = new Map<string, DraftMention>();
  const emit = (m: DraftMention, from: number) => {
    // Coordination: "China and Pakistan", "Beijing and Islamabad" are remembered as a pair.
    const prev = memory.mentions[memory.mentions.length - 1];
    if (
      prev &&
      from >= 2 &&
      tokens[from - 1]!.key === "and" &&
      prev.end === tokens[from - 2]!.end &&
      (prev.name !== m.name || prev.code !== m.code)
    )
      memory.pairs.push({ first: prev, second: m, end: m.end, sentence: input.sentenceOf[from] ?? 0 });
    out.push(m);
    if (m.kind === "person" && !m.refersTo && !firstPersonNamed.has(m.name)) firstPersonNamed.set(m.name, m);
    memory.mentions.push(m);
    memory.mentionSentence.push(input.sentenceOf[from] ?? 0);
  };
  const isPossessive = (j: number) =>
    j + 1 < n &&
    tokens[j]!.key === "'" &&
    tokens[j + 1]!.key === "s" &&
    tokens[j]!.start === tokens[j - 1]!.end;
  const skipQuote = (j: number) => (j < n && QUOTES.has(tokens[j]!.text) && !isPossessive(j) ? j + 1 : j);
  const isRoleItem = (j: number) => {
    const it = itemAt.get(j);
    return it && (it.value.type === "title" || it.value.type === "agent") ? it : null;
  };
  const countryName = (iso3: string) => lexicon.countries.get(iso3)?.name ?? iso3;

  /** Titles and agents from token j on: "Army Chief General", "foreign ministry spokesperson". */
  const collectRoles = (j: number) => {
    const roles: Item[] = [];
    let k = j;
    for (let it = isRoleItem(k); it; it = isRoleItem(k)) {
      roles.push(it);
      k = it.to;
      // "Army Chief 'General Qamar Javed Bajwa'": a quote may open before the rank or the name.
      if (roles.length && isRoleItem(skipQuote(k))) k = skipQuote(k);
    }
    return { roles, end: k };
  };

  /** A capitalised name right after a title: "President Joko Widodo" -> [from, to). */
  const unknownNameAt = (j: number): number => {
    let k = j;
    for (let words = 0; k < n && words < MAX_NAME_TOKENS; words++) {
      const t = tokens[k]!;
      const item = itemAt.get(k);
      // Later name parts may look like places or other people's surnames ("Kerry-Ann Hamilton").
      const nameLike = !item || (k > j && (item.value.type === "capital" || item.value.type === "person"));
      if (!nameLike || !isWord(t.text) || !isCapitalized(t.text) || NOT_NAME.has(t.key)) break;
      if (k > j && (t.start - tokens[k - 1]!.end > 1 || text.charCodeAt(t.start - 1) === 10)) break;
      let next = item ? item.to : k + 1;
      // "Kerry-Ann": a hyphen inside a name joins two capitalised parts.
      if (next + 1 < n && tokens[next]!.key === "-" && tokens[next]!.start === tokens[next - 1]!.end) {
        const after = tokens[next + 1]!;
        if (after.start === tokens[next]!.end && isWord(after.text) && isCapitalized(after.text)) next += 2;
      }
      k = next;
    }
    return k;
  };

  /**
   * After roles ending at `j`: a person (dictionary or a new capitalised name). Returns the person
   * mention parts or null.
   */
  const personAfter = (j: number, roleIsTitle: boolean, roleFrom = j) => {
    const k = skipQuote(j);
    const it = itemAt.get(k);
    if (it?.value.type === "person") return { to: it.to, value: it.value, name: it.value.name };
    if (it?.value.type === "name" && it.value.kind === "person")
      return { to: it.to, value: null, name: it.value.name, evidence: it.value.evidence };
    // "Foreign Minister Sheikh Mohammed Al Thani": a form of address between title and name.
    if (!it && k < n && isWord(tokens[k]!.text) && isCapitalized(tokens[k]!.text)) {
      const g = tokens[k + 1]?.key === "." ? k + 2 : k + 1;
      const later = itemAt.get(g);
      if (later?.value.type === "name" && later.value.kind === "person")
        return { to: later.to, value: null, name: later.value.name, evidence: later.value.evidence };
    }
    if (!roleIsTitle) return null;
    let end = unknownNameAt(k);
    // "the General Plan": a determiner before title and one-word name makes it a thing.
    const det = roleFrom > 0 ? tokens[roleFrom - 1]!.key : "";
    if (end - k === 1 && (det === "the" || det === "a" || det === "an")) end = k;
    // "speaker Audio": after a title written in lower case one capitalised word is too weak a name.
    const titleWord = roleFrom < j ? tokens[j - 1]! : null;
    if (end - k === 1 && titleWord && !isCapitalized(titleWord.text)) end = k;
    // "Queen Elizabeth University Hospital": a name that runs on into more capitals is a building.
    if (end === k || nameGoesOn(end, true)) return null;
    // "Queen Anne's County": a possessive name before another capital names a place.
    if (isPossessive(end) && end + 2 < n && isCapitalized(tokens[end + 2]!.text) && !itemAt.has(end + 2))
      return null;
    const name = span(k, end).text;
    return { to: end, value: null, name };
  };

  const rememberSurname = (name: string, mention: DraftMention) => {
    const parts = name.split(/\s+/);
    if (parts.length < 2) return;
    const remember = (key: string) => {
      const known = memory.surnames.get(key);
      // Two people with one surname ("Oren Bask", "Lin Bask"): "Bask" alone is then ambiguous.
      memory.surnames.set(key, known === undefined || known?.name === mention.name ? mention : null);
    };
    remember(parts[parts.length - 1]!.toLowerCase());
    // "Kim Jong Un ... Kim said": where the family name comes first, it is the short form.
    if (mention.code && FAMILY_NAME_FIRST.has(mention.code.slice(0, 3))) remember(parts[0]!.toLowerCase());
  };

  /**
   * "Getachew Reda, a senior official of the TPLF": the role in an apposition says whom the person
   * just named acts for. Only fills a code that has no role yet (a bare country or nothing).
   */
  const codeApposedPerson = (roleFrom: number, code: string) => {
    let k = roleFrom - 1;
    while (k >= 0 && (MODIFIER_POS.has(pos[k] ?? "") || pos[k] === "NOUN") && !isCapitalized(tokens[k]!.text))
      k--;
    if (k < 1 || !/^(?:a|an|the)$/.test(tokens[k]!.key) || tokens[k - 1]!.key !== ",") return;
    const at = memory.mentions.length - 1;
    const person = memory.mentions[at];
    if (person?.kind !== "person" || person.refersTo || person.end !== tokens[k - 1]!.start) return;
    if (person.code && person.code.length > 3) return;
    const coded: DraftMention = { ...person, code };
    memory.mentions[at] = coded;
    if (firstPersonNamed.get(person.name) === person) firstPersonNamed.set(person.name, coded);
    const inOut = out.lastIndexOf(person);
    if (inOut >= 0) out[inOut] = coded;
    for (const [surname, m] of memory.surnames) if (m === person) memory.surnames.set(surname, coded);
  };

  /** The country of an actor mention ending right before a comma at `from - 1`. */
  const countryBeforeComma = (from: number): string | null => {
    if (from < 2 || tokens[from - 1]!.key !== ",") return null;
    const prev = memory.mentions[memory.mentions.length - 1];
    if (!prev || prev.refersTo || prev.end !== tokens[from - 1]!.start || !prev.code) return null;
    if (prev.kind !== "agent" && prev.kind !== "person" && prev.kind !== "state") return null;
    const iso3 = prev.code.slice(0, 3);
    return lexicon.countries.has(iso3) ? iso3 : null;
  };
  /** "Hamas-run", "Taliban-controlled": the owner code for the role word that follows. */
  const ownerBefore = new Map<number, string>();

  /** Role words an idiom used up ("court" in "the ball is in Turkey's court"). */
  const idiomWords = new Set<number>();

  /** Emits an actor built from a country (or metonym) and the roles after it. */
  const composeFromCountry = (startTok: number, iso3: string, j: number, former: boolean): number | null => {
    const { roles, end } = collectRoles(j);
    if (!roles.length) return null;
    const last = roles[roles.length - 1]!;
    // "China's military cooperation": an agent word used as an adjective is no actor. Titles are
    // exempt: the tagger often reads "chief" in "army chief" as an adjective.
    if (last.value.type === "agent" && !NOUN_POS.has(pos[last.to - 1] ?? "")) return null;
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
      end,
      roles.some((r) => r.value.type === "title"),
    );
    // "Qatar's Prime Minister and Foreign Minister Sheikh Mohammed": one person, both offices.
    if (!person && tokens[end]?.key === "and" && isRoleItem(end + 1)) {
      const more = collectRoles(end + 1);
      const named = personAfter(
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
        ...span(startTok, person.to),
        kind: "person",
        form: "name",
        name: person.name,
        code,
        ...(source ? { source } : {}),
      };
      emit(m, startTok);
      rememberSurname(person.name, m);
      return person.to;
    }
    // "its Official Development Assistance": a capitalised role word opening a longer name.
    if (isCapitalized(tokens[last.to - 1]!.text) && nameGoesOn(end, true)) return null;
    const roleText = span(roles[0]!.from, end).text;
    codeApposedPerson(startTok, `${iso3}${role}`);
    emit(
      {
        ...span(startTok, end),
        kind: "agent",
        form: last.value.type === "title" ? "title" : "nominal",
        name: `${countryName(iso3)} ${roleText.toLowerCase()}`,
        code: `${iso3}${role}`,
        source: (first as { source?: string }).source ?? "",
      },
      startTok,
    );
    return end;
  };

  const placeFor = (value: LexValue): Place | null => {
    if (!input.gazetteer) return null;
    let p: Place | null | undefined = null;
    if (value.type === "capital") p = input.gazetteer.capitalOf?.(value.name)?.place;
    else if (value.type === "state") p = input.gazetteer.countryCentroid?.(value.iso3);
    if (!p) return null;
    // Only the contract's fields: a gazetteer may carry bookkeeping of its own.
    const { name, country, admin1, lat, lon, geonameid, featureClass, population } = p;
    const type = (p as { kind?: string }).kind ?? p.type;
    return {
      name,
      country,
      admin1,
      lat,
      lon,
      geonameid,
      featureClass,
      population,
      ...(type ? { type } : {}),
      // The division code feeds GDELT's ADM1Code (store/export).
      ...(p.admin1Code ? { admin1Code: p.admin1Code } : {}),
    };
  };
  /** Whether a country or capital at [from, to) names where, not who. */
  const isLocative = (from: number, to: number) => {
    let p = from - 1;
    if (p >= 0 && tokens[p]!.key === "the") p--;
    const key = p >= 0 ? tokens[p]!.key : "";
    if (LOCATIVE.has(key) || COMPASS.test(key) || PLACE_NOUNS.has(key)) return true;
    // "the capital, Port-au-Prince", "Kenya's capital Nairobi"
    if (key === "," && p > 0 && PLACE_NOUNS.has(tokens[p - 1]!.key)) return true;
    // "Washington state", "Beijing city"
    if (to < n && PLACE_NOUNS.has(tokens[to]!.key) && !isCapitalized(tokens[to]!.text)) return true;
    if (key === "to" && p > 0 && MOTION_LEMMAS.test(tokens[p - 1]!.key)) return true;
    // A list of places: "in Egypt - namely Cairo, Giza and Al-Minya".
    if (key === "," || key === "-" || key === "namely" || key === "including") {
      const prev = memory.mentions[memory.mentions.length - 1];
      if (prev?.kind === "place") return true;
      // "Utah, Washington and Wisconsin": a list of names our dictionaries leave to the gazetteer.
      const before = p > 0 ? tokens[p - 1]! : null;
      if (
        key === "," &&
        before &&
        pos[p - 1] === "PROPN" &&
        isCapitalized(before.text) &&
        !itemEnds.has(p) &&
        input.sentenceOf[p - 2] === input.sentenceOf[p - 1]
      )
        return true;
    }
    const next = tokens[to];
    // A dateline: "NEW DELHI, June 3 (Reuters) -", "MADRID —": capitals at a line start.
    const written = text.slice(tokens[from]!.start, tokens[to - 1]!.end);
    if (
      (from === 0 || hasNewline(text, tokens[from - 1]!.end, tokens[from]!.start)) &&
      written === written.toUpperCase() &&
      next &&
      DATELINE_NEXT.has(next.text)
    )
      return true;
    // "Luanda, Angola's capital", "Kabul, Afghanistan": a capital followed by its own country.
    const then = next?.key === "," ? itemAt.get(to + 1) : undefined;
    const iso3 = itemAt.get(from)?.value;
    if (then?.value.type === "state" && iso3?.type === "capital" && then.value.iso3 === iso3.iso3)
      return true;
    return (
      next?.key === "," &&
      to + 1 < n &&
      isCapitalized(tokens[to + 1]!.text) &&
      !itemAt.has(to + 1) &&
      !NOT_NAME.has(tokens[to + 1]!.key) &&
      input.sentenceOf[to + 1] === input.sentenceOf[to]
    );
  };

  /** The country of a base item, or null when it cannot carry roles. */
  const baseCountry = (value: LexValue): string | null => {
    if (value.type === "state" || value.type === "capital") return value.iso3;
    if (value.type === "metonym") return value.code.slice(0, 3);
    return null;
  };

  /** Handles a country-like base at item `it`; returns the next token index. */
  const handleBase = (it: Item): number => {
    const iso3 = baseCountry(it.value)!;
    let j = it.to;
    if (isPossessive(j)) j += 2;
    let former = formerBefore(it.from);
    for (let mods = 0; mods < MAX_MODIFIERS && j < n && !itemAt.has(j); mods++) {
      const t = tokens[j]!;
      const p = pos[j] ?? "";
      const isParticiple = p === "VERB" && /(?:ed|en)$/.test(t.key);
      if (!isWord(t.text) || isCapitalized(t.text) || !(MODIFIER_POS.has(p) || isParticiple)) break;
      // "Egypt arrested officials", "Sudan quickly deployed troops": without "'s" a verb form after
      // the name is the sentence's verb, not a modifier ("Pakistan's newly appointed army chief").
      if (p !== "ADJ" && !isPossessive(it.to)) break;
      if (t.key === "former" || t.key === "ex") former = true;
      j++;
    }
    // "Russia's U.N. ambassador", "Sudan's envoy to the AU": the country's diplomat at the body,
    // so the country's government, not the body.
    const body = itemAt.get(j);
    if (body?.value.type === "organization" && /^IGO/.test(body.value.entry.code)) {
      const first = isRoleItem(body.to)?.value as { role?: string } | undefined;
      if (first?.role === "GOV") {
        const composed = composeFromCountry(it.from, iso3, body.to, former);
        if (composed !== null) return composed;
      }
    }
    // "Pakistan's Bajwa", "Russia's Sergei Lavrov": a country's person without a title.
    // "Pakistan's Jane Roe", "Australian Jane Roe": a country's person no dictionary knows.
    const found = itemAt.get(j);
    if (
      found?.value.type === "name" &&
      found.value.kind === "person" &&
      ((j === it.to + 2 && isPossessive(it.to)) ||
        (j === it.to && it.value.type === "state" && it.value.form === "demonym"))
    ) {
      const m: DraftMention = {
        ...span(it.from, found.to),
        kind: "person",
        form: "name",
        name: found.value.name,
        code: iso3,
        source: "names",
        reason: `${found.value.evidence}; country from "${span(it.from, it.to).text}"`,
      };
      emit(m, it.from);
      rememberSurname(found.value.name, m);
      if (found.value.sex) memory.genders.set(found.value.name, found.value.sex);
      return found.to;
    }
    const person = j > it.to ? itemAt.get(j) : undefined;
    if (person?.value.type === "person" && j === it.to + 2) {
      const pc = codePerson(person.value.spells, input.day);
      const m: DraftMention = {
        ...span(it.from, person.to),
        kind: "person",
        form: "name",
        name: person.value.name,
        code: pc.code,
        source: pc.source,
      };
      emit(m, it.from);
      rememberSurname(person.value.name, m);
      return person.to;
    }
    if (it.value.type !== "metonym") {
      const composed = composeFromCountry(it.from, iso3, j, former);
      if (composed !== null) return composed;
      // "Chinese and Pakistani troops": the first country takes the roles of the second.
      const nextTok = it.to;
      if (nextTok + 1 < n && tokens[nextTok]!.key === "and") {
        const other = itemAt.get(nextTok + 1);
        if (other && (other.value.type === "state" || other.value.type === "capital")) {
          const { roles } = collectRoles(other.to);
          const firstRole = roles[0]?.value as { role: string; name: string } | undefined;
          if (firstRole && roles[roles.length - 1]!.value.type === "agent") {
            emit(
              {
                ...span(it.from, it.to),
                kind: "agent",
                form: "nominal",
                name: `${countryName(iso3)} ${span(roles[0]!.from, roles[roles.length - 1]!.to).text.toLowerCase()}`,
                code: `${iso3}${firstRole.role}`,
              },
              it.from,
            );
            return it.to;
          }
        }
      }
    } else {
      const composed = composeFromCountry(it.from, iso3, j, former);
      if (composed !== null) return composed;
      emit(
        {
          ...span(it.from, it.to),
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
    const locative = isLocative(it.from, it.to);
    const place = locative || v.type === "capital" ? placeFor(v) : null;
    if (v.type === "capital") {
      if (locative)
        emit(
          {
            ...span(it.from, it.to),
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
          {
            ...span(it.from, it.to),
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
        name: countryName(v.iso3),
        code: v.iso3,
        source: v.source,
      };
      if (place) m.place = place;
      emit(m, it.from);
    }
    return it.to;
  };

  /**
   * An organisation or group, with the members or office holders named after it: "Taliban
   * fighters" and "Hamas militants" are the group; "WHO Director-General Amara Welde" is a person
   * coded as the organisation.
   */
  const handleOrganization = (it: Item, kind: "organization" | "group", entry: OrgEntry): number => {
    let j = it.to;
    if (isPossessive(j)) j += 2;
    const { roles, end } = collectRoles(j);
    const last = roles[roles.length - 1];
    const base: DraftMention = {
      ...span(it.from, it.to),
      kind,
      form: "name",
      name: entry.name,
      code: entry.code,
      source: entry.source,
    };
    if (last && !(last.value.type === "agent" && !NOUN_POS.has(pos[last.to - 1] ?? ""))) {
      const person = personAfter(
        end,
        roles.some((r) => r.value.type === "title"),
        it.from,
      );
      if (person) {
        const code =
          person.value?.type === "person" ? codePerson(person.value.spells, input.day).code : entry.code;
        const m: DraftMention = {
          ...span(it.from, person.to),
          kind: "person",
          form: "name",
          name: person.name,
          code,
        };
        emit(m, it.from);
        rememberSurname(person.name, m);
        return person.to;
      }
      // Members named by a plural agent: the mention is the organisation itself.
      if (last.value.type === "agent" && last.value.plural) {
        emit({ ...base, ...span(it.from, end) }, it.from);
        return end;
      }
    }
    emit(base, it.from);
    return it.to;
  };

  /** Unattached titles and agents: "General Fang Fenghui", "the army of Pakistan", "the police". */
  const handleRole = (it: Item): number => {
    const { roles, end } = collectRoles(it.from);
    // "the Queen Elizabeth University Hospital", "Peanut Corporation of America": capitalised role
    // words inside a longer proper name.
    if (isCapitalized(tokens[it.from]!.text) && followsCapitalizedWord(it.from)) {
      // ... and its "of America" belongs to the name too.
      const country = tokens[end]?.key === "of" ? itemAt.get(end + 1) : undefined;
      return country?.value.type === "state" ? country.to : end;
    }
    const last = roles[roles.length - 1]!;
    const firstValue = roles[0]!.value as { role: string; source: string };
    // "former President Obasanjo": an elite, no longer the government (CAMEO ELI).
    const first = formerBefore(it.from) ? { ...firstValue, role: "ELI" } : firstValue;
    // "University of Washington", "Bank of America": a capitalised institution word with "of" and
    // a name is a proper name; only state bodies compose ("Government of India").
    const capitalisedRole =
      isCapitalized(tokens[it.from]!.text) && !isSentenceStart(it.from) && !headline[it.from];
    if (capitalisedRole && tokens[end]?.key === "of" && end + 1 < n && isCapitalized(tokens[end + 1]!.text)) {
      const named = itemAt.get(end + 1);
      if (!named || !STATE_ROLES.has(first.role)) return named ? named.to : end + 2;
    }
    // "... of Pakistan", "... of the United States"
    let k = end;
    if (k < n && tokens[k]!.key === "of") {
      k++;
      if (k < n && tokens[k]!.key === "the") k++;
      const st = itemAt.get(k);
      if (
        st &&
        (st.value.type === "state" || st.value.type === "capital") &&
        !(st.value.type === "state" && st.value.form === "demonym")
      ) {
        const iso3 = st.value.iso3;
        const person = personAfter(st.to, true);
        if (person && person.value?.type === "person") {
          const pc = codePerson(person.value.spells, input.day);
          const m: DraftMention = {
            ...span(it.from, person.to),
            kind: "person",
            form: "name",
            name: person.name,
            code: pc.inOffice ? pc.code : `${iso3}${first.role}`,
            source: pc.source,
          };
          emit(m, it.from);
          rememberSurname(person.name, m);
          return person.to;
        }
        codeApposedPerson(it.from, `${iso3}${first.role}`);
        emit(
          {
            ...span(it.from, st.to),
            kind: "agent",
            form: last.value.type === "title" ? "title" : "nominal",
            name: `${countryName(iso3)} ${span(it.from, end).text.toLowerCase()}`,
            code: `${iso3}${first.role}`,
            source: first.source,
          },
          it.from,
        );
        return st.to;
      }
      // "a senior official of the TPLF", "spokesman of the African Union": the body's own people.
      if (st && (st.value.type === "organization" || st.value.type === "group") && first.role !== "ELI") {
        const entry = st.value.entry;
        codeApposedPerson(it.from, entry.code);
        emit(
          {
            ...span(it.from, st.to),
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
    const hasTitle = roles.some((r) => r.value.type === "title");
    const person = personAfter(end, hasTitle, it.from);
    if (person) {
      // "Home Depot president Craig Menear": the office of an organisation we do not know says
      // nothing about the role; "COO and president Mike Siever": the list's first title does.
      let code: string | null = organisationBefore(it.from)
        ? null
        : (coordinatedRoleBefore(it.from) ?? first.role);
      let source: string | undefined = first.source;
      if (person.value?.type === "person") {
        const pc = codePerson(person.value.spells, input.day);
        code = pc.code;
        source = pc.source;
        // The text names the office ("Chief of the Joint Staff Department General Fang Fenghui"):
        // it says what he was when written, even if our office dates disagree with the page date.
        // One-word ranks and honorifics ("General", "President") outlive the office, so they don't.
        const statesOffice = roles.some((r) => r.value.type === "title" && r.to - r.from > 1);
        if (
          !pc.inOffice &&
          statesOffice &&
          /^[A-Z]{3}/.test(pc.code) &&
          !/^(?:IGO|NGO|IMG|MNC)/.test(pc.code)
        )
          code = `${pc.code.slice(0, 3)}${first.role}`;
        // The text says the office is over, whatever our dates say.
        if (first.role === "ELI" && /^[A-Z]{3}/.test(pc.code) && !/^(?:IGO|NGO|IMG|MNC)/.test(pc.code))
          code = `${pc.code.slice(0, 3)}ELI`;
      }
      // "Niger's new leader, Gen. Abdourahamane Tiani": the apposition's country is his.
      if (code && /^[A-Z]{3}$/.test(code) && !lexicon.countries.has(code)) {
        const country = countryBeforeComma(it.from);
        if (country) code = `${country}${code}`;
      }
      const m: DraftMention = {
        ...span(it.from, person.to),
        kind: "person",
        form: "name",
        name: person.name,
        code,
        ...(source ? { source } : {}),
      };
      emit(m, it.from);
      rememberSurname(person.name, m);
      return person.to;
    }
    if (last.value.type === "agent" && !NOUN_POS.has(pos[last.to - 1] ?? "")) return end;
    const owner = ownerBefore.get(it.from);
    if (owner) {
      // "the Hamas-run health ministry": the body belongs to the group that runs it.
      emit(
        {
          ...span(it.from, end),
          kind: "agent",
          form: last.value.type === "title" ? "title" : "nominal",
          name: span(it.from, end).text.toLowerCase(),
          code: owner,
          source: first.source,
        },
        it.from,
      );
      return end;
    }
    if (nameGoesOn(end, true)) return end;
    // "Deepen Military Cooperation": in a headline a role word before another capital modifies it.
    if (headline[end] && end < n && isWord(tokens[end]!.text) && isCapitalized(tokens[end]!.text)) return end;
    // A lone rank or office word that is also an adjective or common noun ("general", "king")
    // is only an actor when it heads a noun phrase: require "the" or a plural.
    const isPlural = last.value.type === "agent" && last.value.plural;
    const prevKey = it.from > 0 ? tokens[it.from - 1]!.key : "";
    if (
      !isPlural &&
      last.value.type === "title" &&
      (prevKey !== "the" || !NOUN_POS.has(pos[last.to - 1] ?? ""))
    )
      return end;
    // Built field by field (no spreads): bare agents are common, see the state mention above.
    const start = tokens[it.from]!.start;
    const stop = tokens[end - 1]!.end;
    const written = text.slice(start, stop);
    // "the ministry", "the rebels", "the president": the actor of that kind named just before.
    if (prevKey === "the") {
      const ref = resolveRoleReference(
        memory,
        first.role,
        tokens[last.to - 1]!.key,
        input.sentenceOf[it.from] ?? 0,
        isPlural,
      );
      if (ref) {
        emit(
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
  };

  /** "Muslim-dominated", "Taliban-controlled": a name fused to a lower-case word describes, not acts. */
  const isCompoundModifier = (it: Item) =>
    it.to + 1 < n &&
    tokens[it.to]!.key === "-" &&
    tokens[it.to]!.start === tokens[it.to - 1]!.end &&
    tokens[it.to + 1]!.start === tokens[it.to]!.end &&
    isWord(tokens[it.to + 1]!.text) &&
    !isCapitalized(tokens[it.to + 1]!.text);

  const unknownNameSince = (from: number, i: number): boolean => {
    let m = memory.mentions.length - 1;
    for (let k = i - 1; k >= 0 && tokens[k]!.start >= from; k--) {
      const t = tokens[k]!;
      // Weekdays and months are capitalised but name no one ("spoke on Tuesday. He ...").
      if (pos[k] !== "PROPN" || !isCapitalized(t.text) || itemAt.has(k) || NOT_NAME.has(t.key)) continue;
      if (MONTHS.has(t.key)) continue;
      // "Jane Roe of Ohio said she": a place names no one.
      if (input.gazetteer?.lookup?.(t.text).length) continue;
      while (m >= 0 && memory.mentions[m]!.start > t.start) m--;
      const covering = m >= 0 ? memory.mentions[m]! : null;
      if (!covering || covering.end <= t.start) return true;
    }
    return false;
  };

  /** The country a resolved "its" stands for: a state, or a body coded with a country prefix. */
  const pronounCountry = (ref: { kind: string; code: string | null }): string | null => {
    const code = ref.code;
    if (!code || !/^[A-Z]{3}/.test(code) || /^(?:IGO|NGO|IMG|MNC|INT|UIS|NGM)/.test(code)) return null;
    if (ref.kind === "state" && code.length === 3) return code;
    const iso3 = code.slice(0, 3);
    return lexicon.countries.has(iso3) && code.length === 6 ? iso3 : null;
  };

  /** "North and South Korea": the first compass word borrows the rest of the second name. */
  const elidedStateAt = (i: number): LexValue | null => {
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
  };

  /** A person or organisation the name finder found: coded from what its name and context say. */
  const emitFoundName = (it: Item, v: Extract<LexValue, { type: "name" }>) => {
    const at = span(it.from, it.to);
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
      emit(m, it.from);
      if (!earlier) rememberSurname(v.name, m);
      if (v.sex && !memory.genders.has(m.name)) memory.genders.set(m.name, v.sex);
      return;
    }
    emit(
      {
        ...at,
        kind: "organization",
        form: "name",
        name: v.name,
        code: organisationCode(v.role, v.country),
        source: "names",
        reason: v.evidence,
      },
      it.from,
    );
  };

  for (let i = 0; i < n; ) {
    if (idiomWords.has(i)) {
      i++;
      continue;
    }
    const elided = itemAt.has(i) ? null : elidedStateAt(i);
    if (elided?.type === "state") {
      emit(
        {
          ...span(i, i + 1),
          kind: "state",
          form: "name",
          name: countryName(elided.iso3),
          code: elided.iso3,
          source: elided.source,
        },
        i,
      );
      i++;
      continue;
    }
    const it = itemAt.get(i);
    if (it && isCompoundModifier(it) && it.value.type !== "state") {
      const v = it.value;
      if ((v.type === "group" || v.type === "organization") && OWNER_WORDS.has(tokens[it.to + 1]!.key)) {
        // The role may come after a modifier or two: "Hamas-run health ministry".
        for (let k = it.to + 2; k < Math.min(n, it.to + 2 + MAX_MODIFIERS); k++) {
          const role = isRoleItem(k);
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
          i = handleBase(it);
          continue;
        case "title":
        case "agent":
          i = handleRole(it);
          continue;
        case "person": {
          const pc = codePerson(v.spells, input.day);
          // Within one document a person keeps the code the text gave them first.
          const earlier = firstPersonNamed.get(v.name);
          const m: DraftMention = {
            ...span(it.from, it.to),
            kind: "person",
            form: "name",
            name: v.name,
            code: earlier ? earlier.code : pc.code,
            source: pc.source,
          };
          emit(m, it.from);
          rememberSurname(v.name, m);
          i = it.to;
          continue;
        }
        case "organization":
        case "group":
          i = handleOrganization(it, v.type, v.entry);
          continue;
        case "name":
          emitFoundName(it, v);
          i = it.to;
          continue;
        case "equipment":
          emit(
            {
              ...span(it.from, it.to),
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
        {
          ...span(i, i + 1),
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
    const pair = resolvePairPhrase(tokens, pos, i, memory, countryName, input.sentenceOf);
    if (pair) {
      emit({ ...span(i, pair.to), ...pair.mention }, i);
      i = pair.to;
      continue;
    }
    const definite = resolveDefinite(tokens, pos, i, memory, input.sentenceOf);
    if (definite) {
      emit({ ...span(i, definite.to), ...definite.mention }, i);
      i = definite.to;
      continue;
    }
    const pronoun = resolvePronoun(tokens, i, memory, input.sentenceOf, unknownNameSince);
    if (pronoun) {
      // "its army" -> the country's army (CHNMIL), like "China's army".
      // "The Israeli military said its forces" -> ISRMIL: any owner with a country lends it.
      const owner = t.key === "its" ? pronounCountry(pronoun) : null;
      if (owner) {
        const composed = composeFromCountry(i, owner, i + 1, false);
        if (composed !== null) {
          i = composed;
          continue;
        }
      }
      emit({ ...span(i, i + 1), ...pronoun }, i);
    }
    i++;
  }
  return out;
}

/** CAMEO code of an organisation from its role word and country: "GHA" + "GOV"; NGOs have no country. */
function organisationCode(role: string | null, country: string | null): string | null {
  if (role === "NGO") return "NGO";
  if (!role) return country;
  return country ? `${country}${role}` : role;
}

// Item types a found name may contain (it is then the longer name: "Bank of Ghana" holds a country).
const INNER_TYPES = new Set(["state", "capital", "title", "agent", "metonym"]);

/**
 * Runs the name finder over the items matched so far and puts each name it finds in their place:
 * the dictionary phrases a found name holds ("Ghana" in "Bank of Ghana") give way to it.
 */
function addFoundNames(
  input: ComposeInput,
  headline: readonly boolean[],
  itemAt: Map<number, Item>,
  itemEnds: Set<number>,
  itemByEnd: Map<number, Item>,
): void {
  const items: NameItemLike[] = [];
  for (const [from, it] of [...itemAt].sort((a, b) => a[0] - b[0])) {
    const v = it.value;
    items.push({
      from,
      to: it.to,
      type: v.type,
      ...(v.type === "state"
        ? { iso3: v.iso3, form: v.form }
        : v.type === "capital"
          ? { iso3: v.iso3 }
          : v.type === "title" || v.type === "agent"
            ? { role: v.role }
            : {}),
    });
  }
  const found = input.names!({
    text: input.text,
    tokens: input.tokens,
    pos: input.pos,
    sentenceOf: input.sentenceOf,
    headline,
    items,
    isPlaceName: (name) => (input.gazetteer?.lookup?.(name).length ?? 0) > 0,
  });
  let next = 0;
  for (const f of found) {
    while (next < items.length && items[next]!.to <= f.from) next++;
    let ok = true;
    const inside: NameItemLike[] = [];
    for (let k = next; k < items.length && items[k]!.from < f.to; k++) {
      const it = items[k]!;
      if (it.from < f.from || it.to > f.to || !INNER_TYPES.has(it.type)) ok = false;
      else inside.push(it);
    }
    if (!ok) continue;
    for (const it of inside) {
      itemAt.delete(it.from);
      itemEnds.delete(it.to);
      itemByEnd.delete(it.to);
    }
    const item: Item = { from: f.from, to: f.to, value: { type: "name", ...f } };
    itemAt.set(f.from, item);
    itemEnds.add(f.to);
    itemByEnd.set(f.to, item);
    input.claimed?.push({ start: input.tokens[f.from]!.start, end: input.tokens[f.to - 1]!.end });
  }
}

function hasNewline(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === 10) return true;
  return false;
}

// A line is a headline when nearly all its longer words are capitalised ("China And Pakistan
// Eye Joint Production"): there a capital letter says nothing about names.
const HEADLINE_MIN_WORDS = 3;
const HEADLINE_CAPITALISED_SHARE = 0.8;
function markHeadline(tokens: readonly MatchToken[], from: number, to: number, out: boolean[]): void {
  let words = 0;
  let capitalised = 0;
  for (let k = from; k < to; k++) {
    const t = tokens[k]!.text;
    if (t.length < 4 || !isWord(t)) continue;
    words++;
    if (isCapitalized(t)) capitalised++;
  }
  // A sentence-final stop says running text, however many names the sentence holds.
  const last = to > from ? tokens[to - 1]!.key : "";
  const isHeadline =
    words >= HEADLINE_MIN_WORDS &&
    capitalised / words >= HEADLINE_CAPITALISED_SHARE &&
    last !== "." &&
    last !== "!" &&
    last !== "?";
  for (let k = from; k < to; k++) out[k] = isHeadline;
}
