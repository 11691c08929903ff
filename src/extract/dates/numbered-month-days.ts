// Dates whose month is a number but which none of the separator-consistent readers of
// numeric-month-days.ts take: year first with a dot and a space after each part, as Korean and
// Hungarian pages print them ("2020. 4. 2.", "2020. 04. 02 16:11"), day first the same way, as
// CLDR writes Czech, Slovak and Slovenian short dates ("2. 4. 2020"), and Vietnamese dates, whose
// month CLDR writes as the word "tháng" and its number ("2 tháng 4 năm 2020", "ngày 02 tháng 04,
// 2020"), so that no month name list holds it (cldr-months.ts leaves names with digits to the
// numeric readers).
import { isValidDay } from "./calendar-day.ts";
import type { FoundDay } from "./named-month-lookup.ts";

/** "2020. 4. 2." / "2020. 04. 02": a dot and a space after the year and after the month. A trailing
 * dot or the end of the number closes the day, so "2020. 4. 25%" or a list "2020. 4. 2.5" is not read. */
const SPACED_YEAR_FIRST = /(?<![\d.])(\d{4})\. (\d{1,2})\. (\d{1,2})(?:\.(?!\d)|(?![\d.,%]))/g;

/** "2. 4. 2020" / "02. 04. 2020, 16:11": a dot and a space after the day and after the month. */
const SPACED_DAY_FIRST = /(?<![\d.])(\d{1,2})\. (\d{1,2})\. (\d{4})(?![\d%]|[.,]\d)/g;

/** "2 tháng 4 năm 2020", "02 tháng 04, 2020", "2 thg 4, 2020" (the short form CLDR gives). */
const VIETNAMESE_MONTH =
  /(?<!\d)(\d{1,2})\s+(?:tháng|thg)\s+(\d{1,2})(?:\s+năm\s+|\s*[,/]\s*)(\d{4})(?!\d)/giu;

/** The first such date in `text`, or null. */
export function findNumberedMonthDay(text: string): FoundDay | null {
  const found: FoundDay[] = [];
  for (const m of text.matchAll(SPACED_YEAR_FIRST)) {
    const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (isValidDay(year, month, day)) {
      found.push({ year, month, day, start: m.index, end: m.index + m[0].length });
      break;
    }
  }
  for (const m of text.matchAll(SPACED_DAY_FIRST)) {
    const [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (isValidDay(year, month, day)) {
      found.push({ year, month, day, start: m.index, end: m.index + m[0].length });
      break;
    }
  }
  // The caller has normalised to NFC, so "tháng" is precomposed; most texts hold neither word.
  if (/\bth(?:áng|g)\s/iu.test(text)) {
    for (const m of text.matchAll(VIETNAMESE_MONTH)) {
      const [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
      if (isValidDay(year, month, day)) {
        found.push({ year, month, day, start: m.index, end: m.index + m[0].length });
        break;
      }
    }
  }
  return found.sort((a, b) => a.start - b.start)[0] ?? null;
}
