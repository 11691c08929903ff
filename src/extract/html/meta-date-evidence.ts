// Which evidence of the publication day ranks above which, and what settles a conflict between the
// two strongest kinds. Ranks are set where each source is read; lower wins (meta-date-candidates.ts):
//   1. the URL's full day (rank 5): fixed when the story is first filed, never rewritten;
//   2. structured metadata (10-20): JSON-LD, meta tags, microdata, stated on purpose but rewritten
//      on updates and often in UTC;
//   3. a visible byline near the headline (22-36): <time pubdate>, a "Published:" label, an element
//      classed as the article's date;
//   4. text (42-66): the first date after the headline, the start of the body, the title;
//   5. last resorts (70 and up): a six-digit URL segment, a year-less stamp, the modified date.
// Conflicts between tiers 1 and 2 follow one fact: a publication can be moved later (updates, print
// editions, republication), never earlier. So the URL outranks metadata that is later than it, but a
// URL day later than the metadata's (beyond what any zone explains) is the day a print edition or a
// scheduled slot filed the story under, and the metadata's earlier day is the publication.
import { type CandidateList, type DateCandidate, STATED_RANK } from "./meta-date-candidates.ts";
import type { DateValue } from "./meta-date-value.ts";

export const EVIDENCE_RANKS = {
  url: 5,
  structured: { first: 10, last: STATED_RANK },
  byline: { first: 22, last: 36 },
  text: { first: 42, last: 66 },
  lastResort: 70,
} as const;

/** Real zone offsets lie within ±14 hours. */
const MAX_OFFSET_MS = 14 * 3_600_000;

/** The latest calendar day a value can be in any zone: a UTC time may be the next day east of it;
 * a value with its own offset, or none, is the day it wrote. */
export function latestLocalDay(value: DateValue): string {
  if (value.zone !== "utc" || value.precision === "day") return value.day;
  const ms = Date.parse(value.iso);
  return Number.isNaN(ms) ? value.day : new Date(ms + MAX_OFFSET_MS).toISOString().slice(0, 10);
}

function bestOf(list: readonly DateCandidate[]): DateCandidate | null {
  let winner: DateCandidate | null = null;
  for (const c of list) if (!winner || c.rank < winner.rank) winner = c;
  return winner;
}

/**
 * A URL day later than the best structured publication date of the page (in every zone) loses its
 * rank: it goes just below the stated dates, so the metadata's day wins. Nothing changes when the
 * metadata agrees with the URL or is later than it (an update).
 */
export function demoteLaterUrlDay(c: CandidateList, urlSource: string): void {
  const at = c.published.findIndex((x) => x.source === urlSource && x.rank === EVIDENCE_RANKS.url);
  if (at < 0) return;
  const url = c.published[at]!;
  const structured = bestOf(c.published.filter((x) => x !== url && x.rank <= STATED_RANK));
  if (!structured || latestLocalDay(structured.value) >= url.value.day) return;
  c.published[at] = { ...url, source: `${urlSource}:later-than-stated`, rank: STATED_RANK + 1 };
}

/**
 * The reading of an ambiguous year-last URL day ("/06/12/2020/": 6 December or June 12) that the
 * page's own dates name, when they name exactly one; else the reading of the site's day order.
 */
export function pickUrlReading(
  readings: readonly DateValue[],
  c: CandidateList,
  dayFirst: boolean,
): DateValue | null {
  if (readings.length < 2) return readings[0] ?? null;
  const named = new Set([...c.published, ...c.modified].map((x) => x.value.day));
  const matching = readings.filter((r) => named.has(r.day));
  if (matching.length === 1) return matching[0]!;
  return dayFirst ? readings[0]! : readings[1]!;
}

/** A newspaper's print issue carries the next day's date, a weekend issue up to two days on. */
const MAX_PRINT_ISSUE_LEAD_DAYS = 2;

/**
 * The timed stamp the article's header prints (a clock time, rank up to `headerRank`) when the
 * winning date is a bare day from the metadata, with no time, one or two days later than that stamp:
 * the metadata names the print issue the story went into ("date" = 2020-04-30) while the byline
 * shows when it went online ("29.04.2020, 12:01 Uhr"). A publication is moved later, never earlier,
 * so the earlier online stamp is the publication. Null when the winner has a time of its own, comes
 * from the URL, or no header stamp is one or two days before it.
 */
export function onlineStampBeforeIssueDay(
  winner: DateCandidate,
  visible: readonly DateCandidate[],
  headerRank: number,
): DateCandidate | null {
  if (winner.value.precision !== "day" || winner.rank > STATED_RANK || winner.source.startsWith("url"))
    return null;
  const issue = Date.parse(`${winner.value.day}T00:00:00Z`);
  const daysBefore = (x: DateCandidate) => (issue - Date.parse(`${x.value.day}T00:00:00Z`)) / 86_400_000;
  const stamps = visible
    .filter((x) => x.rank <= headerRank && x.value.precision !== "day")
    .sort((a, b) => a.rank - b.rank);
  const first = stamps[0];
  if (!first) return null;
  const lead = daysBefore(first);
  if (lead < 1 || lead > MAX_PRINT_ISSUE_LEAD_DAYS) return null;
  return { ...first, source: `${first.source}(before-issue-day)` };
}
