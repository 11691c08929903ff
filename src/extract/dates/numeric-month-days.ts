// Days whose month is written as a number: ISO "2021-03-14" (with its clock when one follows),
// Chinese/Japanese/Korean "2021年3月14日", and the day-month-year forms "14.03.2021", "14-03-2021",
// "3/14/2021" (slashes month first unless the page reads day first).
import { type CalendarDay, isValidDay, makeClock } from "./calendar-day.ts";
import { gregorianYearOfEra } from "./japanese-eras.ts";

/** "2021-03-14", "2021/3/14", "2021.03.14" (year first), with a clock written after it ("T14:05", " 14:05:09"). */
export function findIsoDay(text: string): CalendarDay | null {
  const re =
    /(?<![\d.])(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?:(?:T|\s+|,\s*)(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?)?(?![\d])/g;
  for (const m of text.matchAll(re)) {
    const [year, month, day] = [Number(m[1]), Number(m[3]), Number(m[4])];
    if (!isValidDay(year, month, day)) continue;
    const start = m.index;
    const end = start + m[0].length;
    const clock =
      m[5] !== undefined
        ? makeClock(
            Number(m[5]),
            Number(m[6]),
            m[7] !== undefined ? Number(m[7]) : null,
            undefined,
            start,
            end,
          )
        : null;
    return { year, month, day, start, end, ...(clock ? { clock } : {}) };
  }
  return null;
}

const CJK_DAY =
  /(?:(\d{4})|(\p{Script=Han}{2})\s*(\d{1,2}|元))\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]/gu;

/** Chinese/Japanese "2021年3月14日", Korean "2021년 3월 14일", and Japanese era years "令和3年3月14日". */
export function findCjkDay(text: string): CalendarDay | null {
  // Two Han characters before a short year are an era only when the calendar knows them.
  for (const m of text.matchAll(CJK_DAY)) {
    const year = m[1] !== undefined ? Number(m[1]) : gregorianYearOfEra(m[2]!, m[3]!);
    const [month, day] = [Number(m[4]), Number(m[5])];
    if (year !== null && isValidDay(year, month, day))
      return { year, month, day, start: m.index, end: m.index + m[0].length };
  }
  return null;
}

/**
 * "14.03.2021" (dots: day first, the European habit), "14-03-2021" (dashes: day first, common in
 * India and Europe), "3/14/2021" (slashes: month first unless `dayFirst` or the first number > 12).
 */
export function findNumericDay(text: string, dayFirstSlash: boolean): CalendarDay | null {
  const re = /(?<![\d./-])(\d{1,2})([./-])(\d{1,2})\2(\d{4})(?![\d]|[./-]\d)/g;
  for (const m of text.matchAll(re)) {
    const [a, b, year] = [Number(m[1]), Number(m[3]), Number(m[4])];
    const dayFirst = m[2] !== "/" || dayFirstSlash;
    const readings: [number, number][] = dayFirst
      ? [
          [b, a],
          [a, b],
        ]
      : [
          [a, b],
          [b, a],
        ];
    for (const [month, day] of readings) {
      if (isValidDay(year, month, day)) {
        return { year, month, day, start: m.index, end: m.index + m[0].length };
      }
    }
  }
  return null;
}
