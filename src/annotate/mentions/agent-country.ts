// Bare state agents ("forces", "police", "the ministry") get a country from the text around them,
// only where that cannot be the other party of their own sentence: the sentence names no other
// coded actor, and the sentence with the paragraph before it points at exactly one country (else
// the document is overwhelmingly about one country). In "Egypt arrested officials" the officials
// stay bare: borrowing Egypt would make a false EGY-EGY pair.
import type { Mention } from "../../types.ts";

// Roles of a state's own bodies: these belong to the country where they act. Rebels, militants and
// protesters often come from across a border ("Israeli jets struck Gaza. Militants fired rockets").
const STATE_BODY_ROLES = new Set(["GOV", "MIL", "COP", "JUD", "LEG", "SPY"]);
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
const NON_COUNTRY_PREFIX = /^(?:IGO|NGO|IMG|MNC|INT|UIS|NGM)/;

/** The country a mention stands for or lies in: a state, a place, or a code with a country prefix. */
function countryOfMention(m: Mention, isCountry: (code: string) => boolean): string | null {
  if (m.kind === "place") return m.place?.country ?? (m.code && isCountry(m.code) ? m.code : null);
  const code = m.code;
  if (!code || m.refersTo || m.kind === "equipment" || m.kind === "date") return null;
  if (!/^[A-Z]{3}/.test(code) || NON_COUNTRY_PREFIX.test(code)) return null;
  const iso3 = code.slice(0, 3);
  return isCountry(iso3) ? iso3 : null;
}

function isBareStateBody(m: Mention, isCountry: (code: string) => boolean): boolean {
  return (
    (m.kind === "agent" || m.kind === "person") &&
    !m.refersTo &&
    m.code !== null &&
    STATE_BODY_ROLES.has(m.code) &&
    !isCountry(m.code)
  );
}

/**
 * `lineOf[k]` is the paragraph (line) of mention k. Returns the mentions with bare state-body codes
 * completed to "<country><role>" where the context gives one country.
 */
export function giveBareAgentsCountry(
  mentions: readonly Mention[],
  lineOf: readonly number[],
  isCountry: (code: string) => boolean,
): Mention[] {
  const countries = mentions.map((m) => countryOfMention(m, isCountry));
  // Sentences with a coded actor other than a bare role ("Hamas", "Israel"): a possible other party.
  const sentenceHasActor = new Set<number>();
  for (const m of mentions)
    if (m.code && ACTOR_KINDS.has(m.kind) && !m.refersTo && !BARE_ROLES.has(m.code))
      sentenceHasActor.add(m.sentenceIndex);
  const counts = new Map<string, number>();
  let total = 0;
  const out: Mention[] = [];
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k]!;
    const own = countries[k];
    if (own && m.kind !== "place") {
      counts.set(own, (counts.get(own) ?? 0) + 1);
      total++;
    }
    if (!isBareStateBody(m, isCountry) || sentenceHasActor.has(m.sentenceIndex)) {
      out.push(m);
      continue;
    }
    // This sentence, and the paragraph's sentences just before it.
    const nearby = new Set<string>();
    for (let b = k + 1; b < mentions.length && mentions[b]!.sentenceIndex === m.sentenceIndex; b++)
      if (countries[b]) nearby.add(countries[b]!);
    for (let b = k - 1; b >= 0; b--) {
      const other = mentions[b]!;
      if (other.sentenceIndex < m.sentenceIndex - CONTEXT_SENTENCES) break;
      if (other.sentenceIndex !== m.sentenceIndex && lineOf[b] !== lineOf[k]) break;
      if (countries[b]) nearby.add(countries[b]!);
    }
    let country: string | null = nearby.size === 1 ? [...nearby][0]! : null;
    if (!country && nearby.size === 0 && total >= MAIN_COUNTRY_MIN_MENTIONS) {
      const [top, count] = [...counts].reduce((a, b) => (b[1] > a[1] ? b : a));
      if (count / total >= MAIN_COUNTRY_MIN_SHARE) country = top;
    }
    out.push(country ? { ...m, code: `${country}${m.code}` } : m);
  }
  return out;
}
