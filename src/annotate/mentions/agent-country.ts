// Bare state agents ("forces", "police", "the ministry") get a country from the text around them,
// only where that cannot be the other party of their own sentence: the sentence names no other
// coded actor, and the sentence with the paragraph before it points at exactly one country (else
// the document is overwhelmingly about one country). In "Egypt arrested officials" the officials
// stay bare: borrowing Egypt would make a false EGY-EGY pair.
import type { Mention } from "../../types.ts";
import { apposedDiplomatHost, diplomaticHost, storyCountryBesides } from "./diplomatic-hosts.ts";
import { ownerCountryBefore } from "./owner-country.ts";
import { datelineHolding, datelinesByLine, inlineDatelines } from "./sentence-datelines.ts";
import { countryOfMention, datelineCountry, storyCountry } from "./story-country.ts";
import { isStoryOrgan } from "./story-organs.ts";

// Roles of a state's own bodies: these belong to the country where they act. Rebels and militants
// often come from across a border ("Israeli jets struck Gaza. Militants fired rockets"). Former
// office holders (ELI, "former Rep. Jane Roe") belong to the state they served.
const STATE_BODY_ROLES = new Set(["GOV", "MIL", "COP", "JUD", "LEG", "SPY", "ELI"]);
// State bodies that act only at home: beside another party of their own country they are still
// that country's ("the prosecutors' decision to charge British journalists").
const DOMESTIC_ROLES = new Set(["COP", "JUD", "LEG"]);
// How many sentences back, within the paragraph, the country may be named.
const CONTEXT_SENTENCES = 3;
// The document's main country: at least this many country mentions so far, and this share of them.
const MAIN_COUNTRY_MIN_MENTIONS = 3;
const MAIN_COUNTRY_MIN_SHARE = 0.75;
// CAMEO role codes: a mention coded with one of these alone names no one in particular.
const BARE_ROLES = new Set(
  "GOV MIL COP JUD OPP REB INS SEP SPY BUS CVL MED EDU HLH REF LAB AGR LEG ELI CRM HRI ENV DEV UAF MOD RAD".split(
    " ",
  ),
);
const ACTOR_KINDS = new Set(["state", "person", "organization", "group", "agent"]);

// Roles of people and bodies that, bare, belong where the story happens: they take the dateline's
// country or the story's main country, never a country named nearby (that may be the other side).
// Protesters, activists and criminals are local too: the text says so when they come from abroad
// ("Palestinian gunmen"), and then they are not bare.
const LOCAL_ROLES = new Set(["CVL", "BUS", "EDU", "HLH", "MED", "LAB", "OPP", "CRM", "ENV", "HRI", "AGR"]);

/** A mention coded with a role alone ("REB", "COP"), whatever the role. */
function isBareRole(m: Mention, isCountry: (code: string) => boolean): boolean {
  return (
    (m.kind === "agent" || m.kind === "person" || m.kind === "organization" || m.kind === "group") &&
    !m.refersTo &&
    m.code !== null &&
    BARE_ROLES.has(m.code) &&
    !isCountry(m.code)
  );
}

// What may stand between a role and the place that says whose it is: "Sen. Jane Roe of Ohio",
// "police in Nairobi", "militants based in Pakistan", "refugees from Syria".
const PLACE_PHRASE = /^\s*,?\s+(?:of|in|from|(?:based|stationed|deployed)\s+in)\s+(?:the\s+)?$/i;

/** The country of the place phrase right after mention k ("police in Nairobi"), with its words. */
function placePhraseAfter(
  mentions: readonly Mention[],
  countries: readonly (string | null)[],
  k: number,
  text: string | undefined,
): { country: string; phrase: string } | null {
  const m = mentions[k]!;
  const next = mentions[k + 1];
  if (!next || text === undefined || !countries[k + 1]) return null;
  if (next.kind !== "place" && next.kind !== "state") return null;
  if (next.sentenceIndex !== m.sentenceIndex || !PLACE_PHRASE.test(text.slice(m.end, next.start)))
    return null;
  return { country: countries[k + 1]!, phrase: text.slice(m.end, next.end).trim() };
}

function isBareStateBody(m: Mention, isCountry: (code: string) => boolean): boolean {
  return (
    (m.kind === "agent" || m.kind === "person" || m.kind === "organization") &&
    !m.refersTo &&
    m.code !== null &&
    (STATE_BODY_ROLES.has(m.code) || LOCAL_ROLES.has(m.code)) &&
    !isCountry(m.code)
  );
}

/**
 * `lineOf[k]` is the paragraph (line) of mention k. Returns the mentions with bare role codes
 * completed to "<country><role>" where the text makes the country plain, each with its reason;
 * a code left bare says why in its reason too (for --explain).
 */
export function giveBareAgentsCountry(
  mentions: readonly Mention[],
  lineOf: readonly number[],
  isCountry: (code: string) => boolean,
  doc: { readonly datelinePlace?: string | null; readonly text?: string } = {},
): Mention[] {
  const datelinePlace = doc.datelinePlace ?? null;
  const countries = mentions.map((m) => countryOfMention(m, isCountry));
  const dateline = datelineCountry(mentions, countries, datelinePlace);
  const story = storyCountry(mentions, countries);
  // Datelines that open later stories of a page listing several ("... Cong NEW DELHI: The Congress ...").
  const inline = datelinesByLine(inlineDatelines(mentions, countries, lineOf, doc.text));
  // Sentences with a coded actor other than a bare role ("Hamas", "Israel"): a possible other party.
  const sentenceHasActor = new Set<number>();
  // ... and the countries of those parties, per sentence.
  const partyCountries = new Map<number, Set<string>>();
  // The dateline's own names ("KABUL, Afghanistan (AP) -") are where, not who: they open the
  // first sentence without being a party to it.
  const datelineEnd = dateline ? dateline.place.length + 2 : -1;
  for (const m of mentions)
    if (m.code && ACTOR_KINDS.has(m.kind) && !m.refersTo && !BARE_ROLES.has(m.code) && m.end > datelineEnd) {
      sentenceHasActor.add(m.sentenceIndex);
      const c = countryOfMention(m, isCountry);
      if (c) partyCountries.set(m.sentenceIndex, (partyCountries.get(m.sentenceIndex) ?? new Set()).add(c));
    }
  const counts = new Map<string, number>();
  let total = 0;
  // The most mentioned country so far (the first counted among equals), kept as counts grow: a
  // long document has tens of thousands of bare bodies, and going over every count for each
  // (an array of pairs each time) was most of this pass's time.
  const firstCounted = new Map<string, number>();
  let top: string | null = null;
  let topCount = 0;
  const out: Mention[] = [];
  const settled = new Map<string, Mention>();
  // People the text posts to a host country as diplomats, by name: never of that country.
  const hosts = new Map<string, string>();
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k]!;
    const own = countries[k];
    if (own && m.kind !== "place") {
      const count = (counts.get(own) ?? 0) + 1;
      counts.set(own, count);
      if (!firstCounted.has(own)) firstCounted.set(own, firstCounted.size);
      if (
        top === null ||
        count > topCount ||
        (count === topCount && firstCounted.get(own)! < firstCounted.get(top)!)
      ) {
        top = own;
        topCount = count;
      } else if (own === top) topCount = count;
      total++;
    }
    // "rebels in Congo", "militants based in Pakistan", "refugees from Syria": a place phrase
    // right after a bare role says whose it is, for every role (rebels and protesters too, whom
    // nothing else here places: the text says where they are).
    // "the embassy in Belize", "the ambassador to Kenya": the place is the host, not whose.
    const host =
      (isBareRole(m, isCountry) ? diplomaticHost(mentions, countries, k, doc.text) : null) ??
      (m.kind === "person"
        ? (hosts.get(m.name) ?? apposedDiplomatHost(mentions, countries, k, doc.text))
        : null);
    if (host && m.kind === "person") hosts.set(m.name, host);
    const placedBy = host ? null : placePhraseAfter(mentions, countries, k, doc.text);
    if (placedBy && isBareRole(m, isCountry)) {
      const done = withCountry(m, placedBy.country, `"${placedBy.phrase}"`);
      out.push(done);
      if (m.kind !== "agent") settled.set(`${m.name}\u0000${m.code}`, done);
      continue;
    }
    // "the Trump administration", "Putin's government": the name that modifies the role owns it.
    const owner = isBareRole(m, isCountry) ? ownerCountryBefore(mentions, countries, k, doc.text) : null;
    if (owner) {
      const done = withCountry(m, owner.country, `"${owner.phrase}": the name before it says whose`);
      out.push(done);
      if (m.kind !== "agent") settled.set(`${m.name}\u0000${m.code}`, done);
      continue;
    }
    if (!isBareStateBody(m, isCountry)) {
      out.push(m);
      continue;
    }
    // A person or organisation keeps, all through the document, the country found for it first.
    const key = `${m.kind === "agent" ? "" : m.name}\u0000${m.code}`;
    const earlier = m.kind === "agent" ? undefined : settled.get(key);
    if (earlier) {
      out.push({
        ...m,
        code: earlier.code,
        reason: earlier.reason ? `as before: ${earlier.reason}` : "as before",
      });
      continue;
    }
    const push = (done: Mention) => {
      out.push(done);
      if (m.kind !== "agent" && done.code !== m.code) settled.set(key, done);
    };
    // Another coded actor in the sentence may be the other side: nothing named near it is
    // borrowed, only what the document as a whole says (its dateline, its main country).
    const otherParty = sentenceHasActor.has(m.sentenceIndex);
    // "Mali expelled the envoy": the document's country is the other party's, so not the body's.
    const parties = partyCountries.get(m.sentenceIndex);
    // Police, courts and parliaments act at home: "British prosecutors charged British editors".
    const local = LOCAL_ROLES.has(m.code!);
    // People and businesses are where the story happens whoever else acts there: "Kenyan police
    // arrested a man" (the man is most likely Kenyan too; a man from elsewhere is said to be).
    const documentMay = (country: string) =>
      country !== host && (DOMESTIC_ROLES.has(m.code!) || local || !parties?.has(country));
    // Local people and bodies are where their sentence happens: "people were killed in Tucson".
    // So are police, courts and parliaments: "a judge rejected Assange's appeal at a court in
    // London" is a British judge, whatever the country of the party it acts on.
    const placedHere = local || DOMESTIC_ROLES.has(m.code!);
    const here = new Set<string>();
    for (let b = k - 1; b >= 0 && mentions[b]!.sentenceIndex === m.sentenceIndex; b--)
      if (countries[b] && (!placedHere || mentions[b]!.kind === "place") && mentions[b]!.end > datelineEnd)
        here.add(countries[b]!);
    for (let b = k + 1; b < mentions.length && mentions[b]!.sentenceIndex === m.sentenceIndex; b++)
      if (countries[b] && (!placedHere || mentions[b]!.kind === "place")) here.add(countries[b]!);
    if (genericPeople(m, doc.text)) here.clear();
    if (host) here.delete(host);
    // ("A New York man threatened a senator": the place a local person is from or in is theirs
    // even beside another party.)
    if ((!otherParty || placedHere) && here.size === 1) {
      push(withCountry(m, [...here][0]!, "the one country named in its sentence"));
      continue;
    }
    // The paragraph's sentences just before it.
    const nearby = new Set<string>(here);
    if (!local && !otherParty && !here.size)
      for (let b = k - 1; b >= 0; b--) {
        const other = mentions[b]!;
        if (other.sentenceIndex < m.sentenceIndex - CONTEXT_SENTENCES) break;
        if (other.sentenceIndex !== m.sentenceIndex && lineOf[b] !== lineOf[k]) break;
        if (countries[b] && countries[b] !== host) nearby.add(countries[b]!);
      }
    if (!otherParty && nearby.size === 1) {
      push(withCountry(m, [...nearby][0]!, "the one country named in its sentence or just before"));
      continue;
    }
    if (!otherParty && nearby.size > 1) {
      push(bare(m, `several countries named nearby (${[...nearby].join(", ")})`));
      continue;
    }
    // A dateline of its own story, earlier in its sentence or line, says where it happens.
    const storyDateline = inline.size ? datelineHolding(inline, m.sentenceIndex, lineOf[k]!) : null;
    if (storyDateline && documentMay(storyDateline.country)) {
      push(withCountry(m, storyDateline.country, `dateline ${storyDateline.place} of its story`));
      continue;
    }
    if (!local && top !== null && total >= MAIN_COUNTRY_MIN_MENTIONS) {
      if (topCount / total >= MAIN_COUNTRY_MIN_SHARE && documentMay(top)) {
        push(withCountry(m, top, `the country of ${topCount} of the ${total} country mentions before it`));
        continue;
      }
    }
    if (dateline && documentMay(dateline.country)) {
      push(withCountry(m, dateline.country, `dateline ${dateline.place}`));
      continue;
    }
    // "people", "residents" with no number or determiner are often anyone ("people evaluating
    // shots"): the story's country would make them someone. A named person or body ("Judge
    // Howell", "Baylor University"), particular people ("twelve people") and the story's local
    // institutions ("the hospital") are someone, most likely of the country the story is about.
    // "the envoy to Ukraine" in a story about Ukraine: the country the story names next.
    const besides = host && story?.country === host ? storyCountryBesides(countries, host) : null;
    if (besides && documentMay(besides.country)) {
      push(
        withCountry(
          m,
          besides.country,
          `the country the story names most besides ${host}, the host of a diplomat (${besides.count} of ${besides.total} other country mentions)`,
        ),
      );
      continue;
    }
    if (story && !genericPeople(m, doc.text) && documentMay(story.country)) {
      const placed = withCountry(
        m,
        story.country,
        `the country the story is about (${story.count} of ${story.total} country mentions)`,
      );
      // Local people and institutions ("the hospital", "twelve people"): the story places them,
      // their sentence does not.
      push(local && m.kind === "agent" ? { ...placed, countryFromStory: true } : placed);
      continue;
    }
    // "The opposition criticised the government": a state's unique organ named without a country
    // is the story's own, even beside another party of the story's country (story-organs.ts).
    const storyOwn =
      storyDateline?.country ?? dateline?.country ?? mainCountry(top, topCount, total) ?? story?.country;
    if (
      otherParty &&
      storyOwn &&
      storyOwn !== host &&
      isStoryOrgan(m, doc.text) &&
      onlyCountry(storyOwn, parties, here)
    ) {
      push(withCountry(m, storyOwn, "the story's country: the organ of a state named without a country"));
      continue;
    }
    if (otherParty) {
      // Say which country the document offered and why it was not taken (--explain).
      const offered = new Set<string>();
      for (const c of [storyDateline?.country, dateline?.country, story?.country])
        if (c && parties?.has(c)) offered.add(c);
      if (!local && top !== null && topCount / total >= MAIN_COUNTRY_MIN_SHARE && parties?.has(top))
        offered.add(top);
      const left = bare(
        m,
        offered.size
          ? `another actor in its sentence is of ${[...offered].join(", ")}, the document's country: borrowing it could make the other side its own`
          : "another actor in its sentence may be the other side, and the document has no dateline or main country",
      );
      // The coder gives it the story's country when its event's other side is of another one.
      // Only a dateline or a main country counted before it: a whole-story guess may be made of
      // the very party beside it ("Officials who met Chinese diplomats in Beijing criticized Japan").
      const known = storyDateline?.country ?? dateline?.country ?? mainCountry(top, topCount, total);
      push(known && known !== host && !genericPeople(m, doc.text) ? { ...left, storyCountry: known } : left);
      continue;
    }
    push(
      bare(
        m,
        story && genericPeople(m, doc.text)
          ? "people in general: no country named nearby and no dateline"
          : "no country named nearby, no dateline and no main country in the document",
      ),
    );
  }
  return settleEarlierMentions(mentions, out, settled, isCountry);
}

/**
 * "Judge Howell ... Howell, of the DC court": a person or organisation left bare where it was
 * first read takes the country the text gave it later (one actor, one country per document).
 */
function settleEarlierMentions(
  mentions: readonly Mention[],
  out: Mention[],
  settled: ReadonlyMap<string, Mention>,
  isCountry: (code: string) => boolean,
): Mention[] {
  if (!settled.size) return out;
  for (let k = 0; k < out.length; k++) {
    const m = mentions[k]!;
    if (m.kind === "agent" || !isBareStateBody(m, isCountry) || out[k]!.code !== m.code) continue;
    const later = settled.get(`${m.name}\u0000${m.code}`);
    if (!later) continue;
    out[k] = {
      ...m,
      code: later.code,
      reason: `as later in the text: ${later.reason ?? later.code}`,
    };
  }
  return out;
}

// Words before "people" that make them particular people: a number, a determiner, "of"; a
// singular indefinite may have up to two modifiers between ("a Denver man", "an elderly woman").
const PARTICULAR_BEFORE =
  /(?:\d|\b(?:the|these|those|some|many|several|dozens|hundreds|thousands|millions|of|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty))\s*$|\b(?:a|an|one|each|every)(?:\s+[\p{L}\d][\p{L}\d.'’-]*){0,2}$/iu;

/** "got people to recognise it": a bare plural of civilians is anyone, not a party of an event. */
function genericPeople(m: Mention, text: string | undefined): boolean {
  if (m.kind !== "agent" || m.code !== "CVL" || text === undefined) return false;
  return !PARTICULAR_BEFORE.test(text.slice(Math.max(0, m.start - 30), m.start).trimEnd());
}

/** The most mentioned country so far when it holds the share that makes it the document's. */
function mainCountry(top: string | null, topCount: number, total: number): string | null {
  return top !== null && total >= MAIN_COUNTRY_MIN_MENTIONS && topCount / total >= MAIN_COUNTRY_MIN_SHARE
    ? top
    : null;
}

/** True when every country the sentence names (its parties and places) is `country`. */
function onlyCountry(
  country: string,
  parties: ReadonlySet<string> | undefined,
  here: ReadonlySet<string>,
): boolean {
  for (const c of [...(parties ?? []), ...here]) if (c !== country) return false;
  return true;
}

function withCountry(m: Mention, country: string, why: string): Mention {
  const reason = m.reason ? `${m.reason}; ${country} from ${why}` : `${country} from ${why}`;
  return { ...m, code: `${country}${m.code}`, reason };
}

function bare(m: Mention, why: string): Mention {
  return { ...m, reason: m.reason ? `${m.reason}; bare: ${why}` : `bare: ${why}` };
}
