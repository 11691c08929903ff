// Which way round a page writes slashed dates. "02/10/2020" is 2 October in most of the world and
// 10 February in the US; the page itself often settles it: any other date on it whose first number
// is above 12 ("25/10/2020") can only be day-first, one whose second number is above 12
// ("10/25/2020") only month-first. That evidence outranks the guess from language and domain.
import type { PageFacts } from "./meta-collect.ts";

const SLASHED_RE = /(?<![\d/])(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})(?![\d/])/g;

export type DayOrder = "day-first" | "month-first";

/** The order the page's unambiguous slashed dates show, or null when they show none (or both). */
export function dayOrderOnPage(
  facts: Pick<PageFacts, "datedTexts" | "datedElements" | "times">,
): DayOrder | null {
  let dayFirst = 0;
  let monthFirst = 0;
  const read = (text: string) => {
    for (const m of text.matchAll(SLASHED_RE)) {
      const a = Number(m[1]);
      const b = Number(m[2]);
      if (a > 12 && a <= 31 && b >= 1 && b <= 12) dayFirst++;
      else if (b > 12 && b <= 31 && a >= 1 && a <= 12) monthFirst++;
    }
  };
  for (const t of facts.datedTexts) read(t.text);
  for (const e of facts.datedElements) read(e.text);
  for (const t of facts.times) read(t.text);
  if (dayFirst > monthFirst) return "day-first";
  if (monthFirst > dayFirst) return "month-first";
  return null;
}
