// Japanese era years ("令和2年4月2日" = 2 April 2020, "平成24年" = 2012, "令和元年" = 2019): each
// era's first Gregorian year is read from CLDR's Japanese calendar (Node's Intl), not typed in.

/** The years Sitrep dates pages in (calendar-day.ts): eras starting in them are found. */
const FIRST_YEAR = 1900;
const LAST_YEAR = 2100;

let eraStarts: ReadonlyMap<string, number> | null = null;

/** Era name ("令和") -> the Gregorian year of its first year ("元年"). */
export function japaneseEraStarts(): ReadonlyMap<string, number> {
  if (eraStarts) return eraStarts;
  const starts = new Map<string, number>();
  const format = new Intl.DateTimeFormat("ja-JP-u-ca-japanese", {
    era: "long",
    year: "numeric",
    timeZone: "UTC",
  });
  for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
    // An era may begin on any day: the last day of the year shows the era that began in it.
    for (const month of [0, 11]) {
      const parts = format.formatToParts(new Date(Date.UTC(year, month, month === 0 ? 1 : 31)));
      const era = parts.find((p) => p.type === "era")?.value;
      const eraYear = parts.find((p) => p.type === "year")?.value;
      if (era && (eraYear === "元" || eraYear === "1") && !starts.has(era)) starts.set(era, year);
    }
  }
  eraStarts = starts;
  return starts;
}

/** The Gregorian year of era year `written` ("2", "元") of `era`; null for an unknown era. */
export function gregorianYearOfEra(era: string, written: string): number | null {
  const start = japaneseEraStarts().get(era);
  if (start === undefined) return null;
  const n = written === "元" ? 1 : Number(written);
  return Number.isInteger(n) && n >= 1 ? start + n - 1 : null;
}
