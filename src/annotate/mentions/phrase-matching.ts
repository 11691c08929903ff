// Step 1 of the actor composer: the longest usable dictionary phrase at each token (a surname only
// when its bearer is in office or named in full before; a country not inside a longer name), then the
// people and organisations the name finder recognises put in place of the phrases they hold.
import { type LexValue, preferredValue } from "./actor-lexicon.ts";
import type { ComposeInput, Composer, Item } from "./compose-state.ts";
import { NAME_TYPES, TITLE_QUALIFIERS } from "./compose-words.ts";
import { isCapitalized } from "./match-tokens.ts";
import type { NameItemLike } from "./mention-deps.ts";
import { givenNameBefore, nameBefore, nameGoesOn } from "./name-context.ts";
import { codePerson } from "./person-offices.ts";

export function isUsable(c: Composer, value: LexValue, from: number, to: number): boolean {
  const { tokens, input, fullNamesSeen } = c;
  switch (value.type) {
    case "person": {
      // After a person's name even a dictionary word continues the name ("Queen Elizabeth
      // University Hospital"); only a headline's capitals say nothing.
      if (value.ambiguous || nameGoesOn(c, to, true)) return false;
      if (to - from === 1 && value.isAlias) {
        // A bare surname: not when another first name precedes it, and only for someone in
        // office on the document date unless the full name came first.
        if (nameBefore(c, from) || givenNameBefore(c, from)) return false;
        if (!fullNamesSeen.has(value.name) && !codePerson(value.spells, input.day).inOffice) return false;
      } else fullNamesSeen.add(value.name);
      return true;
    }
    case "capital": {
      if (nameGoesOn(c, to) || nameBefore(c, from)) return false;
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
      if (value.form === "name" && nameBefore(c, from)) return false;
      return (
        value.form === "demonym" ||
        !nameGoesOn(c, to) ||
        tokens[to]!.key === "-" ||
        titleAfterQualifiers(c, to)
      );
    default:
      return true;
  }
}

/** "U.S. District Judge": capitalised qualifiers of an office from `to`, then a title. */
function titleAfterQualifiers(c: Composer, to: number): boolean {
  const { tokens, n, lexicon, lineLimit } = c;
  let k = to;
  while (k < n && isCapitalized(tokens[k]!.text) && TITLE_QUALIFIERS.has(tokens[k]!.key)) k++;
  if (k === to || k >= n) return false;
  return lexicon.trie
    .matchAt(tokens, k, lineLimit[k])
    .some((m) => m.entries.some((e) => e.value.type === "title"));
}

/** Step 1: the dictionary phrase taken at each token, longest usable first. */
export function matchItems(c: Composer): void {
  const { tokens, lexicon, n, input, lineLimit, itemAt, itemEnds, itemByEnd } = c;
  for (let i = 0; i < n; ) {
    const matches = lexicon.trie.matchAt(tokens, i, lineLimit[i]);
    let taken: Item | null = null;
    for (const m of matches) {
      const value = preferredValue(m.entries.map((e) => e.value));
      if (!isUsable(c, value, m.from, m.to)) continue;
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
}

// Item types a found name may contain (it is then the longer name: "Bank of Ghana" holds a country).
const INNER_TYPES = new Set(["state", "capital", "title", "agent", "metonym"]);

/**
 * Runs the name finder over the items matched so far and puts each name it finds in their place:
 * the dictionary phrases a found name holds ("Ghana" in "Bank of Ghana") give way to it.
 */
export function addFoundNames(
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
    isNationName: (name) => isNation(input.gazetteer?.lookup?.(name)[0]),
    countryNameAt: (k) => {
      // A country's name the dictionary pass left out because a longer name goes on ("US Capitol Police").
      for (const m of input.lexicon.trie.matchAt(input.tokens, k)) {
        const v = preferredValue(m.entries.map((e) => e.value));
        if (v.type === "state" && v.form === "name") return { iso3: v.iso3, to: m.to };
      }
      return null;
    },
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
    // "White House": a name the dictionaries hold as a whole keeps their meaning.
    if (
      inside.length === 1 &&
      inside[0]!.type === "metonym" &&
      inside[0]!.from === f.from &&
      inside[0]!.to === f.to
    )
      continue;
    for (const it of inside) {
      itemAt.delete(it.from);
      itemEnds.delete(it.to);
      itemByEnd.delete(it.to);
    }
    const item: Item = { from: f.from, to: f.to, value: { type: "name", ...withTitleRole(f, inside) } };
    itemAt.set(f.from, item);
    itemEnds.add(f.to);
    itemByEnd.set(f.to, item);
    input.claimed?.push({ start: input.tokens[f.from]!.start, end: input.tokens[f.to - 1]!.end });
  }
}

/**
 * A person the name finder found with no role, whose span holds an office title ("Press
 * Secretary Stephanie Grisham"): the title's role, as a title before a known name gives it.
 */
function withTitleRole<F extends { kind: string; role: string | null }>(
  f: F,
  inside: readonly NameItemLike[],
): F {
  if (f.kind !== "person" || f.role) return f;
  const title = inside.findLast((it) => it.type === "title" && it.role);
  return title?.role ? { ...f, role: title.role } : f;
}

/** A gazetteer place that is a country or a first-order division (feature codes PCL*, ADM1). */
function isNation(place: unknown): boolean {
  const code = (place as { featureCode?: unknown } | undefined)?.featureCode;
  return typeof code === "string" && (code.startsWith("PCL") || code === "ADM1");
}
