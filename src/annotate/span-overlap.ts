// Overlap tests against a set of text spans in O(log n) each, for the steps that keep a match only
// where nothing else was found (places outside actor names, dates outside actors). A scan over every
// span per match made those steps quadratic: 75 s to code a 2 MB text (issue 11).

export interface Span {
  readonly start: number;
  readonly end: number;
}

/**
 * A fixed set of spans, sorted by start, with the largest end of every prefix: the spans that start
 * before a query's end are a prefix (binary search), and one of them reaches past the query's start
 * exactly when the prefix's largest end does.
 */
export class SpanOverlapIndex {
  private readonly starts: number[];
  private readonly maxEnds: number[];

  constructor(spans: Iterable<Span>) {
    const sorted = [...spans].sort((a, b) => a.start - b.start);
    this.starts = sorted.map((s) => s.start);
    this.maxEnds = new Array<number>(sorted.length);
    let max = Number.NEGATIVE_INFINITY;
    for (let i = 0; i < sorted.length; i++) {
      max = Math.max(max, sorted[i]!.end);
      this.maxEnds[i] = max;
    }
  }

  /** Does any span overlap [start, end)? (Touching ends do not overlap.) */
  overlaps(start: number, end: number): boolean {
    // The number of spans whose start is < end.
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid]! < end) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && this.maxEnds[lo - 1]! > start;
  }
}
