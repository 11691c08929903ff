// Month names of more languages, as CLDR writes them (Node's Intl, full ICU), for the locales
// listed in data/dates/month-locales.tsv: one list maintained by the Unicode consortium instead
// of names typed by hand. `npm run generate:cldr-months` writes them to data/dates/months-cldr.tsv
// (building 180 Intl formatters costs ~150 ms, too much for every process that reads a date);
// the date tables read that file.

/** A month name of several words ("تشرين الأول"), found by its first word. */
export interface PhraseMonth {
  /** The words after the first, as written (single spaces). */
  readonly rest: string;
  readonly month: number;
}

/** Letters that Arabic and Persian typing writes either way (Arabic yeh and kaf, alef maksura): a
 * Persian page may write "تير" with the Arabic yeh where CLDR has "تیر". Month names are looked
 * up folded to one form. */
export function foldLetters(word: string): string {
  return /[\u0600-\u06ff]/.test(word) ? word.replace(/[يى]/g, "ی").replace(/ك/g, "ک") : word;
}

const LATIN = /^[\p{Script=Latin}.\s'-]+$/u;

/** The month names (lower case, without a trailing ".") Intl writes for `locale` in the Gregorian
 * calendar: long names standalone and in a date, and short forms outside the Latin script. */
export function cldrMonthNames(locale: string): Array<{ name: string; month: number }> {
  const styles = [
    { month: "long" },
    { day: "numeric", month: "long", year: "numeric" },
    { month: "short" },
    { day: "numeric", month: "short", year: "numeric" },
  ] as const;
  const out: Array<{ name: string; month: number }> = [];
  const seen = new Set<string>();
  for (const [i, style] of styles.entries()) {
    const format = new Intl.DateTimeFormat(locale, { ...style, calendar: "gregory", timeZone: "UTC" });
    for (let month = 1; month <= 12; month++) {
      const part = format.formatToParts(new Date(Date.UTC(2020, month - 1, 2)));
      const raw = part.find((p) => p.type === "month")?.value ?? "";
      const name = raw.toLowerCase().replace(/\.$/, "").trim();
      // Digits ("4月", "Tháng 4") are the numeric readers' business; one letter is too little.
      if ([...name].length < 2 || /\d/.test(name) || /[.]/.test(name)) continue;
      if (i >= 2 && LATIN.test(name)) continue; // short Latin forms can be English words
      if (seen.has(name)) continue;
      seen.add(name);
      out.push({ name, month });
    }
  }
  return out;
}

/** Adds month names (from months-cldr.tsv) to `months` (single words) and `phrases` (several
 * words); a name already present keeps its month. */
export function addMonthNames(
  rows: ReadonlyArray<{ name: string; month: number }>,
  months: Map<string, number>,
  phrases: Map<string, PhraseMonth[]>,
): void {
  for (const { name, month } of rows) {
    const words = name.toLowerCase().split(/\s+/);
    if (words.length === 1) {
      const key = foldLetters(words[0]!);
      if (!months.has(words[0]!) && !months.has(key)) months.set(key, month);
      continue;
    }
    const first = foldLetters(words[0]!);
    const rest = words.slice(1).map(foldLetters).join(" ");
    const list = phrases.get(first) ?? [];
    if (!list.some((p) => p.rest === rest)) list.push({ rest, month });
    phrases.set(first, list);
  }
}
