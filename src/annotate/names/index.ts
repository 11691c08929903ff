// Name recognition: people and organisations that no dictionary names, found from general
// evidence in the text (name-classify.ts) and made consistent across the document:
//   1. candidate spans: runs of capitalised words (name-spans.ts), on lines whose capitals say
//      something (headline-lines.ts: lists and scorecards do, all-capital lines do not), cut
//      around organisations known by name (known-organisations.ts);
//   2. each span classified from its own words and context (name-classify.ts), or by where it
//      stands (team-context.ts; sport-context.ts for teams named by their town in sports reports);
//   3. acronyms defined in the text take the type and name of their long form ("the Federal
//      Bureau of Investigation (FBI)"), wherever they appear;
//   4. consistency: a span left open takes the type the same string got elsewhere in the document,
//      and a person's surname alone ("Roe", before or after "Jane Roe") is that person; names
//      of the running text are found again in all-capital headlines ("HENKE" after "Nolan Henke").
// Locations are not decided here: the gazetteer and the place recognizer own them.
import type { Context } from "../../types.ts";
import { joinDefinedLongForms } from "./acronym-long-forms.ts";
import { bodyContextEvidence, speaksAfterThe } from "./body-context.ts";
import { datelineTokens } from "./dateline-runs.ts";
import { loadGivenNames } from "./given-names.ts";
import { keyOfTokens, nameLines, recallInCapitals } from "./headline-lines.ts";
import { splitKnownOrganisations } from "./known-organisations.ts";
import { shareKindInLists } from "./list-kinds.ts";
import { type Classified, classifySpan } from "./name-classify.ts";
import {
  coverItems,
  findRuns,
  hasLowerCase,
  isAcronym,
  isParticle,
  isWordToken,
  trimRun,
} from "./name-spans.ts";
import { loadNameTables, type NameTableIssue } from "./name-tables.ts";
import type { FoundName, NameFinder, NameFinderInput, NameItem } from "./name-types.ts";
import { isSportDocument, namesEvent, sportTeamEvidence } from "./sport-context.ts";
import {
  bodyNounEvidence,
  clubTagEnd,
  isScoreAt,
  lineFacts,
  MIN_SCORE_PAIRS,
  pluralBodyEvidence,
  shareClubsOnResultsLines,
  tableRowEvidence,
  teamEvidence,
} from "./team-context.ts";

export type { DocFacts } from "./name-classify.ts";
export { loadNameTables, type NameTableIssue } from "./name-tables.ts";
export type { FoundName, NameFinder, NameFinderInput, NameItem, NameToken } from "./name-types.ts";

export function createNameFinder(ctx: Context): NameFinder {
  const issues: NameTableIssue[] = [];
  const tables = loadNameTables([ctx.config.dataDir, ...ctx.config.dictDirs], issues);
  for (const i of issues) ctx.logger.warn(`${i.file}:${i.line}: ${i.message}`);
  const deps = { tables, givenNames: loadGivenNames() };
  return (input) => findNames(input, deps);
}

function findNames(input: NameFinderInput, deps: Parameters<typeof classifySpan>[3]): FoundName[] {
  const { tokens, text } = input;
  const cover = coverItems(tokens.length, input.items);
  const runningText = new Set<number>();
  for (let k = 0; k < tokens.length; k++) {
    const s = input.sentenceOf[k]!;
    if (!runningText.has(s) && hasLowerCase(tokens[k]!.text)) runningText.add(s);
  }
  const facts = { runningText };
  const lines = lineFacts(input);
  const isPlaceName = input.isPlaceName ?? (() => false);
  let spans: Classified[] = [];
  const capitals = nameLines(input);
  const sport = isSportDocument(input, deps.tables);
  // Results lines in capitals ("WIGAN 42 BRADFORD 36") still name teams by their scores.
  const headline = capitals.headline.map(
    (h, k) =>
      h && (!capitals.allCapitals[k] || (lines.scorePairs.get(input.sentenceOf[k]!) ?? 0) < MIN_SCORE_PAIRS),
  );
  for (const run of findRuns({ ...input, headline }, cover)) {
    const trimmed = trimRun(input, run);
    if (trimmed.to <= trimmed.from) continue;
    for (const piece of splitKnownOrganisations(input, trimmed, deps.tables.organisationNames)) {
      if (piece.known) {
        spans.push({
          from: piece.from,
          to: piece.to,
          kind: "organization",
          role: null,
          country: null,
          sex: null,
          evidence: `known organisation "${piece.known}"`,
        });
        continue;
      }
      const cut = trimRun(input, piece);
      if (cut.to > cut.from) classifyRun(cut);
    }
  }
  function classifyRun(trimmed: { from: number; to: number }): void {
    for (const part of splitPersonOfOrganisation(input, cover, trimmed, deps)) {
      // "Procter & Gamble", "Roe, Okafor & Musa": names joined by "&" are a firm's.
      const ampersand = joinsByAmpersand(input, part);
      if (ampersand) {
        spans.push({
          ...part,
          kind: "organization",
          role: null,
          country: null,
          sex: null,
          evidence: ampersand,
        });
        continue;
      }
      const c = classifySpan(input, cover, part, deps, facts);
      // Weak person evidence (a given name first, a verb of saying after) gives way to a body's:
      // "the Bradford Bulls", "the Hong Kong Standard said", "Le Matin newspaper".
      const weak = c?.kind === "person" && WEAK_PERSON.test(c.evidence);
      const nounAfter = weak && c ? bodyNounEvidence(input, cover, c, deps.tables) : null;
      const plural =
        weak && c
          ? (pluralBodyEvidence(input, c) ??
            speaksAfterThe(input, c) ??
            (nounAfter && !nounAfter.endsWith("of it after") ? nounAfter : null))
          : null;
      if (c && plural) {
        spans.push({ ...c, kind: "organization", sex: null, evidence: plural });
        continue;
      }
      if (c?.kind && c.to > c.from) {
        spans.push(c);
        continue;
      }
      // No evidence in the words: where the name stands may still say it is a team or body.
      const team =
        uncoveredWords(input, cover, part) && !onlyProperAdjectives(input, part, deps.tables)
          ? (teamEvidence(input, part, lines, isPlaceName) ??
            bodyNounEvidence(input, cover, part, deps.tables) ??
            bodyContextEvidence(input, part, deps.tables) ??
            (sport
              ? (sportTeamEvidence(input, cover, part, deps.tables) ?? tableRowEvidence(input, part))
              : null))
          : null;
      if (team)
        spans.push({ ...part, kind: "organization", role: null, country: null, sex: null, evidence: team });
      else if (c && c.to > c.from) spans.push(c);
    }
  }
  const written = (c: { from: number; to: number }) =>
    text.slice(tokens[c.from]!.start, tokens[c.to - 1]!.end);
  // "IRVINE, Calif 1996-08-30": the capitals opening a dateline are a place's, left to places.
  const dateline = datelineTokens(input);
  spans = joinDefinedLongForms(input, cover, spans).filter(
    (c) => !namesEvent(input, c, deps.tables, sport) && !dateline[c.from],
  );
  shareClubsOnResultsLines(input, spans, input.isNationName ?? (() => false));
  // A team read from what its name does ("Hill won the game") is no team when a person of the
  // document bears that name ("Jane Hill"): surnames are places as often as towns are.
  const personNames = new Set<string>();
  for (const c of spans)
    if (c.kind === "person") {
      personNames.add(written(c));
      personNames.add(tokens[c.to - 1]!.text);
    }
  for (const c of spans)
    if (c.kind === "organization" && ACTING_TEAM.test(c.evidence) && personNames.has(written(c))) {
      c.kind = null;
      c.evidence = "";
    }

  // A team the document names so ("the match against Derbyshire") is that team in a list too
  // ("rivals Essex, Derbyshire and Surrey"): in a sports report, teams take their kind before
  // lists share (never a person's surname: "Wang" after "Wang Dan").
  const teams = new Set(sport ? spans.filter((c) => c.kind === "organization").map(written) : []);
  for (const c of spans)
    if (c.kind === "person" && c.to - c.from >= 2) teams.delete(input.tokens[c.to - 1]!.text);
  for (const c of spans)
    if (!c.kind && teams.has(written(c)) && tokens[c.from - 1]?.key !== "in") {
      c.kind = "organization";
      c.evidence = `"${written(c)}" named so elsewhere in the document`;
    }
  shareKindInLists(input, spans, isPlaceName);

  // 3. Acronyms defined in the text: "Long Form Name (LFN)" or "LFN (Long Form Name)".
  const acronyms = new Map<string, Classified>();
  for (let s = 0; s + 1 < spans.length; s++) {
    const a = spans[s]!;
    const b = spans[s + 1]!;
    if (tokens[a.to]?.key !== "(" || b.from !== a.to + 1 || tokens[b.to]?.key !== ")") continue;
    const [long, short] = b.to - b.from === 1 && isAcronym(tokens[b.from]!.text) ? [a, b] : [b, a];
    if (short.to - short.from !== 1 || !isAcronym(tokens[short.from]!.text)) continue;
    if (long.kind === "person" || initials(input, long) !== tokens[short.from]!.text) continue;
    long.kind = "organization";
    long.evidence ||= `defined as "${tokens[short.from]!.text}"`;
    acronyms.set(tokens[short.from]!.text, long);
  }

  // 4. Consistency within the document.
  const typed = new Map<string, Classified>();
  const surnames = new Map<string, Classified | null>();
  // People the document names by one word with person evidence ("Gaddafi's sons").
  const onlyNames = new Map<string, Classified | null>();
  // "Magna International Inc." ... "Magna": the first word of an organisation's name, alone.
  const shortForms = new Map<string, Classified | null>();
  for (const c of spans) {
    if (!c.kind) continue;
    const key = written(c);
    if (!typed.has(key)) typed.set(key, c);
    if (c.kind === "organization") {
      const parts = wordIndexes(input, c);
      const head = parts[0] === undefined ? undefined : tokens[parts[0]]!;
      // ("Scottish National Party" ... "Scottish": an adjective alone names no body.)
      if (
        parts.length >= 2 &&
        head &&
        !cover[parts[0]!] &&
        !deps.tables.organisationWords.has(head.key) &&
        !deps.tables.properAdjectives.has(head.key)
      ) {
        const known = shortForms.get(head.text);
        shortForms.set(head.text, known === undefined || (known && written(known) === key) ? c : null);
      }
      // "Lear Corp." ... "Lear", "Johnson Controls Inc" ... "Johnson Controls": the name without
      // the organisation words that close it.
      let end = c.to;
      while (
        end > c.from + 1 &&
        (deps.tables.organisationWords.has(tokens[end - 1]!.key) || tokens[end - 1]!.key === ".")
      )
        end--;
      if (end < c.to && end > c.from) {
        const bare = written({ from: c.from, to: end });
        const known = shortForms.get(bare);
        if (bare !== head?.text)
          shortForms.set(bare, known === undefined || (known && written(known) === key) ? c : null);
      }
    }
    if (c.kind === "person") {
      const parts = wordIndexes(input, c);
      // "a 27-year-old Gaddafi", "Gaddafi's sons": a person named by one word.
      if (parts.length === 1 && c.to - c.from === 1 && !WEAK_PERSON.test(c.evidence))
        onlyNames.set(key, onlyNames.has(key) ? null : c);
      if (parts.length >= 2) {
        const surname = tokens[parts[parts.length - 1]!]!.text;
        const known = surnames.get(surname);
        surnames.set(surname, known === undefined || (known && written(known) === key) ? c : null);
      }
    }
  }
  const endsWithOnlyName = (c: Classified): boolean => {
    const parts = wordIndexes(input, c);
    if (parts.length < 2 || parts.length > MAX_PERSON_WORDS) return false;
    if (parts.some((k) => cover[k] || deps.tables.organisationWords.has(tokens[k]!.key))) return false;
    return !!onlyNames.get(tokens[parts[parts.length - 1]!]!.text);
  };
  const out: FoundName[] = [];
  for (const c of spans) {
    const key = written(c);
    let kind = c.kind;
    let name = key;
    let evidence = c.evidence;
    let { role, country, sex } = c;
    const defined = acronyms.get(key);
    if (defined && defined !== c) {
      kind = "organization";
      name = written(defined);
      evidence = `acronym of "${name}"`;
      role = defined.role;
      country = defined.country;
    } else if (!kind || (kind === "person" && evidence.startsWith("given name") && shortForms.get(key))) {
      const same = typed.get(key);
      const full = c.to - c.from === 1 ? surnames.get(key) : undefined;
      const body = !full ? shortForms.get(key) : undefined;
      if (body) {
        kind = "organization";
        name = written(body);
        evidence = `short form of "${name}"`;
        role = body.role;
        country = body.country;
      } else if (same && !(same.kind === "organization" && tokens[c.from - 1]?.key === "in")) {
        // ("In Seattle, ..." stays a place though Seattle scored on a results line.)
        kind = same.kind;
        evidence = `"${key}" named so elsewhere in the document`;
        role = same.role;
        country = same.country;
        sex = same.sex;
      } else if (full) {
        kind = "person";
        name = written(full);
        evidence = `surname of "${name}"`;
        sex = full.sex;
        country = full.country;
      } else if (!kind && endsWithOnlyName(c)) {
        // "Muammar Gaddafi" where "Gaddafi's sons" says Gaddafi is a person.
        kind = "person";
        evidence = `surname "${tokens[c.to - 1]!.text}" a person's elsewhere in the document`;
      }
    }
    if (!kind) continue;
    // "Mladost (L) 2", "Rad (B) 4 1 1 2": a table's town letters belong to the club's name.
    const to =
      sport && kind === "organization" && isScoreAt(input, clubTagEnd(input, c.to))
        ? clubTagEnd(input, c.to)
        : c.to;
    if (to !== c.to) name = input.text.slice(tokens[c.from]!.start, tokens[to - 1]!.end);
    out.push({ from: c.from, to, kind, name, role, country, sex, evidence });
  }
  return withNamesInCapitals(input, capitals, out, dateline);
}

// The most words a person's name runs to ("Aravinda de Silva", "Rami al-Saadani" count their parts).
const MAX_PERSON_WORDS = 4;

// Person evidence a body's context outweighs: a given name first, or a verb of saying after.
const WEAK_PERSON = /^(?:given name|"\w+" after$)/;

// Evidence that reads a team from what its name does, which a person's surname does too.
const ACTING_TEAM = /^(?:subject of|player )/;

/**
 * "HENKE TAKES LEAD" after "Nolan Henke" in the text: names of the running text, and the surnames
 * of its people, found again in all-capital lines, with the kind they have there.
 */
function withNamesInCapitals(
  input: NameFinderInput,
  capitals: ReturnType<typeof nameLines>,
  found: FoundName[],
  dateline: readonly boolean[],
): FoundName[] {
  const { tokens } = input;
  const known = new Map<string, FoundName | null>();
  const remember = (key: string, f: FoundName) => {
    const had = known.get(key);
    known.set(key, had === undefined || (had && had.kind === f.kind && had.name === f.name) ? f : null);
  };
  for (const f of found) {
    if (capitals.allCapitals[f.from]) continue;
    // A team named by its town is the team again in a headline ("WIGAN BEAT BRADFORD"); the town
    // in a dateline is left out below.
    remember(keyOfTokens(tokens, f.from, f.to), f);
    const last = f.to - 1;
    // A surname that is also a place ("Jackson") names the place in a dateline's capitals.
    if (
      f.kind === "person" &&
      f.to - f.from >= 2 &&
      isWordToken(tokens[last]!.text) &&
      !input.isPlaceName?.(tokens[last]!.text)
    )
      remember(tokens[last]!.key, f);
  }
  const taken = new Set<number>();
  for (const f of found) for (let k = f.from; k < f.to; k++) taken.add(k);
  const sure = new Map([...known].filter((e): e is [string, FoundName] => e[1] !== null));
  const out = [...found];
  for (const r of recallInCapitals(input, capitals, sure)) {
    let free = !dateline[r.from];
    for (let k = r.from; k < r.to; k++) if (taken.has(k)) free = false;
    if (!free) continue;
    const f = r.value;
    out.push({ ...f, from: r.from, to: r.to, evidence: `"${f.name}" named so in the text` });
  }
  return out.sort((a, b) => a.from - b.from);
}

/**
 * "Jane Roe of Acme Corp.", "Economist Sam Okafor of First Union": a person's name, "of", and the
 * body they work for are two names. The left part must start (after any title) with a given name.
 */
function splitPersonOfOrganisation(
  input: NameFinderInput,
  cover: readonly (NameItem | null)[],
  span: { from: number; to: number },
  deps: Parameters<typeof classifySpan>[3],
): { from: number; to: number }[] {
  const { tokens } = input;
  let of = -1;
  for (let k = span.from + 1; k < span.to - 1; k++)
    if (tokens[k]!.text === "of") {
      of = k;
      break;
    }
  if (of < 0) return [span];
  let k = span.from;
  while (
    k < of &&
    (deps.tables.honorifics.has(tokens[k]!.key) ||
      deps.tables.personNouns.has(tokens[k]!.key) ||
      cover[k]?.type === "title" ||
      !isWordToken(tokens[k]!.text))
  )
    k++;
  const left = wordIndexes(input, { from: k, to: of });
  const isPerson =
    left.length >= 2 &&
    !cover[left[0]!] &&
    deps.givenNames.has(tokens[left[0]!]!.key) &&
    left.every((w) => !deps.tables.organisationWords.has(tokens[w]!.key));
  return isPerson
    ? [
        { from: span.from, to: of },
        { from: of + 1, to: span.to },
      ]
    : [span];
}

/** '"&" between names' when a capitalised word stands on each side of an "&" inside the span. */
function joinsByAmpersand(input: NameFinderInput, span: { from: number; to: number }): string | null {
  const { tokens } = input;
  for (let k = span.from + 1; k < span.to - 1; k++)
    if (tokens[k]!.key === "&" && isWordToken(tokens[k - 1]!.text) && isWordToken(tokens[k + 1]!.text))
      return '"&" between names';
  return null;
}

/** "European", "Olympic": a span of adjectives written with a capital names no body by its place. */
function onlyProperAdjectives(
  input: NameFinderInput,
  span: { from: number; to: number },
  tables: { properAdjectives: ReadonlySet<string> },
): boolean {
  return wordIndexes(input, span).every((k) => tables.properAdjectives.has(input.tokens[k]!.key));
}

/** Whether [from, to) holds a word no dictionary phrase covers ("Kenya 2" holds none). */
function uncoveredWords(
  input: NameFinderInput,
  cover: readonly (NameItem | null)[],
  span: { from: number; to: number },
): boolean {
  return wordIndexes(input, span).some((k) => !cover[k]);
}

function wordIndexes(input: NameFinderInput, span: { from: number; to: number }): number[] {
  const out: number[] = [];
  for (let k = span.from; k < span.to; k++) {
    const t = input.tokens[k]!;
    if (isWordToken(t.text) && !isParticle(t.text)) out.push(k);
  }
  return out;
}

/** "Federal Bureau of Investigation" -> "FBI": first letters of the capitalised words. */
function initials(input: NameFinderInput, span: { from: number; to: number }): string {
  let out = "";
  for (const k of wordIndexes(input, span)) {
    const t = input.tokens[k]!.text;
    if (t[0] === t[0]!.toUpperCase()) out += t[0];
  }
  return out;
}
