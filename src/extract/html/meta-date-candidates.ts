// Date candidates: every date a page offers is added with a rank (lower is more trusted); dates
// later than "now" or before the Web are dropped as they are added, and the best-ranked candidate
// wins, a day-only one taking the time of a stated value of the same day. The ranks themselves are
// set where each source is read (meta-dates.ts, meta-dates-visible.ts).
import { type ElapsedStamp, readElapsedTime } from "../dates/elapsed-time.ts";
import { type DateValue, parseDateValue } from "./meta-date-value.ts";

export interface DateCandidate {
  readonly value: DateValue;
  /** Where it came from, e.g. `jsonld:datePublished`, `meta:article:published_time`, `url`. */
  readonly source: string;
  /** Lower is more trusted. */
  readonly rank: number;
  /** The value's instant in the page's own offset (meta-local-day.ts), set on the chosen dates. */
  readonly localIso?: string;
}

/** The first news sites appeared in the mid-1990s; an earlier "publication" date on a web page is
 * a birth date, a founding year or a historical date in the text (htmldate uses 1995 for the same
 * reason). */
export const MIN_PLAUSIBLE_DATE = "1995-01-01";

/** Ranks of dates the page states on purpose (URL, JSON-LD, rank-1 and rank-2 meta tags, microdata). */
export const STATED_RANK = 20;
function isFuture(value: DateValue, now: Date): boolean {
  // A day-only value is midnight UTC: compare days, or today's date would count as the future.
  if (value.precision === "day") return value.day > now.toISOString().slice(0, 10);
  return Date.parse(value.iso) > now.getTime();
}

export class CandidateList {
  readonly published: DateCandidate[] = [];
  readonly modified: DateCandidate[] = [];
  rejectedFuture = 0;
  /** Elapsed-time stamps seen on a page whose fetch time is unknown, so nothing could anchor them. */
  unanchoredElapsed = 0;
  constructor(
    private readonly now: Date,
    readonly dayFirst: boolean,
    /** When the page was fetched: what "2 hours ago" counts back from (null: not known). */
    private readonly fetchedAt: Date | null = null,
    /**
     * Candidates ranked above this are never kept, and their text is never parsed: a list read only
     * for the article's header dates (ranks up to 48) spares parsing every later date on the page.
     */
    private readonly maxRank = Number.POSITIVE_INFINITY,
  ) {}

  add(role: "published" | "modified", raw: string | null | undefined, source: string, rank: number): void {
    if (raw && rank <= this.maxRank)
      this.addValue(role, parseDateValue(raw, { dayFirst: this.dayFirst }), source, rank);
  }

  /** Adds the date unless its day is one of `excludedDays` (dates that belong to something else). */
  addUnless(
    role: "published" | "modified",
    raw: string | null | undefined,
    excludedDays: ReadonlySet<string>,
    source: string,
    rank: number,
  ): void {
    const value = raw && rank <= this.maxRank ? parseDateValue(raw, { dayFirst: this.dayFirst }) : null;
    if (value && !excludedDays.has(value.day)) this.addValue(role, value, source, rank);
  }

  /**
   * Adds an elapsed-time stamp ("2 hours ago", "Yesterday at 10:15") read against the fetch time.
   * A saved page read days later would be dated by the reading, so without a fetch time it is only
   * counted (the caller warns).
   */
  addElapsed(raw: string, source: string, rank: number): void {
    if (rank > this.maxRank) return;
    const stamp = readElapsedTime(raw, this.fetchedAt ?? this.now);
    if (!stamp) return;
    if (this.fetchedAt) this.addValue("published", elapsedValue(stamp), source, rank);
    else this.unanchoredElapsed++;
  }

  /** Adds the date only when its day falls in `month` ("2015-06"). */
  addInMonth(role: "published" | "modified", raw: string, month: string, source: string, rank: number): void {
    if (rank > this.maxRank) return;
    const value = parseDateValue(raw, { dayFirst: this.dayFirst });
    if (value?.day.startsWith(`${month}-`)) this.addValue(role, value, source, rank);
  }

  addValue(role: "published" | "modified", value: DateValue | null, source: string, rank: number): void {
    if (!value || value.day < MIN_PLAUSIBLE_DATE || rank > this.maxRank) return;
    if (isFuture(value, this.now)) {
      this.rejectedFuture++;
      return;
    }
    this[role].push({ value, source, rank });
  }
}

/** Below every stated or written date: an elapsed-time stamp is only as good as the reading time. */
export const ELAPSED_RANK = 50;

/** An elapsed-time stamp as a date value: a computed instant is UTC; a named day's clock time has no zone. */
function elapsedValue(stamp: ElapsedStamp): DateValue {
  const iso = new Date(stamp.ms).toISOString().replace(/\.\d{3}Z$/, "Z");
  return {
    iso,
    precision: stamp.precision,
    day: iso.slice(0, 10),
    zone: stamp.precision === "day" || stamp.wallClock ? "none" : "utc",
    offsetMinutes: null,
  };
}

export function best(list: readonly DateCandidate[]): DateCandidate | null {
  let winner: DateCandidate | null = null;
  for (const c of list) {
    if (!winner || c.rank < winner.rank) winner = c;
    // Same rank: prefer the more precise statement of the same day.
    else if (c.rank === winner.rank && c.value.day === winner.value.day && finer(c, winner)) winner = c;
  }
  // A day-only winner (a URL date) takes the time of a stated value of the same day: the URL fixes
  // the day, the metadata says when in it.
  if (winner && winner.value.precision === "day") {
    let timed: DateCandidate | null = null;
    for (const c of list) {
      if (c.rank > STATED_RANK || c.value.day !== winner.value.day || !finer(c, winner)) continue;
      if (!timed || c.rank < timed.rank) timed = c;
    }
    if (timed) winner = timed;
  }
  return winner;
}

function finer(a: DateCandidate, b: DateCandidate): boolean {
  const order = { day: 0, minute: 1, second: 2 };
  return order[a.value.precision] > order[b.value.precision];
}
