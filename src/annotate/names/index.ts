// Name recognition: people and organisations that no dictionary names, found from general
// evidence in the text (name-classify.ts) and made consistent across the document:
//   1. candidate spans: runs of capitalised words (name-spans.ts), on lines whose capitals say
//      something (headline-lines.ts: lists and scorecards do, all-capital lines do not), cut
//      around organisations known by name (known-organisations.ts);
//   2. each span classified from its own words and context (name-classify.ts), or by where it
//      stands (team-context.ts, also rows of tables in capitals; sport-context.ts for teams named
//      by their town in sports reports; fixture-lines.ts for lists of fixtures);
//   3. acronyms defined in the text take the type and name of their long form ("the Federal
//      Bureau of Investigation (FBI)"), wherever they appear;
//   4. consistency: a span left open takes the type the same string got elsewhere in the document,
//      and a person's surname alone ("Roe", before or after "Jane Roe") is that person; names
//      of the running text are found again in all-capital headlines ("HENKE" after "Nolan Henke").
// Locations are not decided here: the gazetteer and the place recognizer own them.
import type { Context } from "../../types.ts";
import { definedAcronyms, joinDefinedLongForms } from "./acronym-long-forms.ts";
import { describedBodyEvidence, innerCapitalEvidence, itsAfterEvidence } from "./acting-bodies.ts";
import { bodyContextEvidence, speaksAfterThe } from "./body-context.ts";
import { datelineTokens } from "./dateline-runs.ts";
import { withFixtureSides } from "./fixture-lines.ts";
import { loadGivenNames } from "./given-names.ts";
import { nameLines } from "./headline-lines.ts";
import { splitKnownOrganisations } from "./known-organisations.ts";
import { shareKindInLists } from "./list-kinds.ts";
import { type Classified, classifySpan, speechNextTo } from "./name-classify.ts";
import { coverItems, findRuns, hasLowerCase, trimRun } from "./name-spans.ts";
import { loadNameTables, type NameTableIssue } from "./name-tables.ts";
import type { FoundName, NameFinder, NameFinderInput } from "./name-types.ts";
import { withNamesInCapitals } from "./names-in-capitals.ts";
import { partyWordsOf, withoutPartyWord } from "./party-words.ts";
import { isDidNotBat, playerNameStart, scorecardEvidence } from "./scorecard-rows.ts";
import {
  joinsByAmpersand,
  onlyProperAdjectives,
  splitPersonOfOrganisation,
  uncoveredWords,
  wordIndexes,
} from "./span-words.ts";
import { isSportDocument, namesEvent, sportTeamEvidence, unTeamPeopleNamesakes } from "./sport-context.ts";
import {
  bodyNounEvidence,
  clubTagEnd,
  isScoreAt,
  lineFacts,
  MIN_SCORE_PAIRS,
  pluralBodyEvidence,
  shareClubsOnResultsLines,
  tableRowEvidence,
  tableRowLines,
  teamEvidence,
} from "./team-context.ts";

export type { DocFacts } from "./name-classify.ts";
export { loadNameTables, type NameTableIssue } from "./name-tables.ts";
export type { FoundName, NameFinder, NameFinderInput, NameItem, NameToken } from "./name-types.ts";

export function createNameFinder(ctx: Context): NameFinder {
  const issues: NameTableIssue[] = [];
  const tables = loadNameTables([ctx.config.dataDir, ...ctx.config.dictDirs], issues);
  for (const i of issues) ctx.logger.warn(`${i.file}:${i.line}: ${i.message}`);
  // Built once: spreading a fresh deps object per run of capitals was ~4% of annotation (profile).
  const deps = {
    tables,
    givenNames: loadGivenNames(),
    partyWords: partyWordsOf(tables.organisationNames),
    honorifics: tables.honorifics,
  };
  return (input) => findNames(input, deps);
}

function findNames(
  input: NameFinderInput,
  deps: Parameters<typeof classifySpan>[3] & Parameters<typeof withoutPartyWord>[2],
): FoundName[] {
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
  // Results lines in capitals ("WIGAN 42 BRADFORD 36") still name teams by their scores, and so
  // do rows of a league table in capitals ("NEWCASTLE 4 3 1 0 9 2 10") in a sports report.
  const tableRows = sport ? tableRowLines(input) : new Set<number>();
  const headline = capitals.headline.map((h, k) => {
    const s = input.sentenceOf[k]!;
    return (
      h &&
      (!capitals.allCapitals[k] || ((lines.scorePairs.get(s) ?? 0) < MIN_SCORE_PAIRS && !tableRows.has(s)))
    );
  });
  for (const run of findRuns({ ...input, headline }, cover)) {
    // "Republican Mitt Romney": the party word is no part of the name (party-words.ts).
    const trimmed = withoutPartyWord(input, trimRun(input, run), deps);
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
            innerCapitalEvidence(input, part) ??
            (sport
              ? (sportTeamEvidence(input, cover, part, deps.tables) ??
                tableRowEvidence(input, part, tableRows))
              : null))
          : null;
      if (team)
        spans.push({ ...part, kind: "organization", role: null, country: null, sex: null, evidence: team });
      else if (c && c.to > c.from) spans.push(c);
    }
  }
  // "CHICAGO AT BOSTON" on a list of fixtures: the sides are teams (fixture-lines.ts).
  if (sport) spans = withFixtureSides(input, spans);
  // Cricket scorecards name players by their notation ("Roe c Musa b Okafor 56"): people.
  if (sport)
    for (const c of spans) {
      if (isDidNotBat(input, c)) Object.assign(c, { kind: null, evidence: "" });
      if (c.kind === "person" || c.evidence.startsWith("known organisation")) continue;
      const row = scorecardEvidence(input, c);
      if (row)
        Object.assign(c, {
          from: playerNameStart(input, c.from),
          kind: "person",
          role: null,
          country: null,
          evidence: row,
        });
    }
  const written = (c: { from: number; to: number }) =>
    text.slice(tokens[c.from]!.start, tokens[c.to - 1]!.end);
  // "IRVINE, Calif 1996-08-30": the capitals opening a dateline are a place's, left to places.
  const dateline = datelineTokens(input);
  spans = joinDefinedLongForms(input, cover, spans).filter(
    (c) => !namesEvent(input, c, deps.tables, sport) && !dateline[c.from],
  );
  shareClubsOnResultsLines(input, spans, input.isNationName ?? (() => false));
  unTeamPeopleNamesakes(input, spans);

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
  shareKindInLists(input, spans, isPlaceName, deps.tables.bodyNouns);

  // 3. Acronyms defined in the text: "Long Form Name (LFN)" or "LFN (Long Form Name)".
  const acronyms = definedAcronyms(input, spans);

  // 4. Consistency within the document.
  const typed = new Map<string, Classified>();
  const surnames = new Map<string, Classified | null>();
  // "Xiao Qiang" ... "Xiao said": Chinese, Korean and Hungarian names put the family name first,
  // and reports name a person by their given name too ("Jansher" after "Jansher Khan").
  const leadingNames = new Map<string, Classified | null>();
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
        const lead = tokens[parts[0]!]!.text;
        const first = leadingNames.get(lead);
        if (!cover[parts[0]!] && parts[0] === c.from)
          leadingNames.set(lead, first === undefined || (first && written(first) === key) ? c : null);
      }
    }
  }
  // "Muammar Gaddafi" after "Gaddafi's sons"; "Jansher Khan" after "Jansher said that he".
  const holdsOnlyName = (c: Classified): string | null => {
    const parts = wordIndexes(input, c);
    if (parts.length < 2 || parts.length > MAX_PERSON_WORDS) return null;
    if (parts.some((k) => cover[k] || deps.tables.organisationWords.has(tokens[k]!.key))) return null;
    const last = tokens[parts[parts.length - 1]!]!.text;
    if (onlyNames.get(last)) return `surname "${last}" a person's elsewhere in the document`;
    const first = tokens[parts[0]!]!.text;
    // (Never over a place: "Lebed Chechnya peace plan" in a headline.)
    if (
      parts[0] === c.from &&
      onlyNames.get(first) &&
      !parts.some((k) => k !== parts[0] && isPlaceName(tokens[k]!.text))
    )
      return `"${first}" a person's elsewhere in the document`;
    return null;
  };
  const resolved: (Classified & { name: string })[] = [];
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
      const full =
        c.to - c.from === 1
          ? (surnames.get(key) ??
            (surnames.has(key) || cover[c.from] || (isPlaceName(key) && !speechNextTo(input, c.from, c.to))
              ? undefined
              : leadingNames.get(key)))
          : undefined;
      // ("in Seattle" is the town though the document names the "Seattle Mariners".)
      const inPlace = tokens[c.from - 1]?.key === "in" && isPlaceName(key);
      const body = !full && !inPlace ? shortForms.get(key) : undefined;
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
        evidence = `${surnames.get(key) ? "surname" : "first name"} of "${name}"`;
        sex = full.sex;
        country = full.country;
      } else if (!kind) {
        const only = holdsOnlyName(c);
        if (only) {
          kind = "person";
          evidence = only;
        }
      }
    }
    resolved.push({ from: c.from, to: c.to, kind, name, role, country, sex, evidence });
  }
  // Open names that act and that the text then calls "the company", or that say "its" of
  // themselves (acting-bodies.ts), are bodies,
  // wherever the document names them so ("Apple sued ... The company said ... against Apple").
  const describedBodies = new Map<string, string>();
  for (const r of resolved) {
    if (r.kind || r.to - r.from > MAX_DESCRIBED_WORDS || isPlaceName(r.name)) continue;
    const why = describedBodies.has(r.name)
      ? null
      : (describedBodyEvidence(input, r, deps.tables.bodyKinds) ?? itsAfterEvidence(input, r));
    if (why) describedBodies.set(r.name, why);
  }
  for (const r of resolved) {
    const why = r.kind ? undefined : describedBodies.get(r.name);
    if (why) Object.assign(r, { kind: "organization", evidence: why });
  }
  // Lists again, now that surnames have found their people ("Given, Breen, Staunton" after "Gary
  // Breen"): the names a list holds share the kind its resolved members agree on.
  shareKindInLists(input, resolved, isPlaceName, deps.tables.bodyNouns);
  const out: FoundName[] = [];
  for (const r of resolved) {
    const { kind } = r;
    if (!kind) continue;
    // "Mladost (L) 2", "Rad (B) 4 1 1 2": a table's town letters belong to the club's name.
    const to =
      sport && kind === "organization" && isScoreAt(input, clubTagEnd(input, r.to))
        ? clubTagEnd(input, r.to)
        : r.to;
    const name = to !== r.to ? input.text.slice(tokens[r.from]!.start, tokens[to - 1]!.end) : r.name;
    out.push({
      from: r.from,
      to,
      kind,
      name,
      role: r.role,
      country: r.country,
      sex: r.sex,
      evidence: r.evidence,
    });
  }
  return withNamesInCapitals(input, capitals, out, dateline);
}

// The most words of an open name read as a body by what the text calls it ("Velmont Energy").
const MAX_DESCRIBED_WORDS = 3;

// The most words a person's name runs to ("Aravinda de Silva", "Rami al-Saadani" count their parts).
const MAX_PERSON_WORDS = 4;

// Person evidence a body's context outweighs: a given name first, or a verb of saying after.
const WEAK_PERSON = /^(?:given name|"\w+" after$)/;
