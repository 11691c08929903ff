// Which way round a locale writes a numeric date whose year comes last: "02/10/2020" is 2 October in
// de, fr, en-GB or hi-IN and February 10 in en-US or fil-PH. The answer comes from CLDR through
// Node's Intl (the order of the day and month fields in the locale's short date), so every locale
// CLDR knows is covered and no list of countries or sites is kept here.

export type DayOrder = "day-first" | "month-first";

/** A day whose day and month cannot be confused (25 February), formatted to read the field order. */
const PROBE = new Date(Date.UTC(2020, 1, 25));

const orderOfTag = new Map<string, DayOrder | null>();

/**
 * "en_GB", "EN-gb" -> "en-GB"; a bare language ("de") or region ("und-CH") is completed with CLDR's
 * likely subtags (de -> de-DE, und-CH -> de-CH, und -> en-US). Null when Intl cannot read the tag.
 */
export function likelyLocale(tag: string): Intl.Locale | null {
  try {
    return new Intl.Locale(tag.trim().replace(/_/g, "-")).maximize();
  } catch {
    return null;
  }
}

/**
 * The order a locale writes day and month in its year-last numeric dates; null when the locale
 * writes the year first (zh, ja, ko, hu, sv, en-CA: "2020/02/25" says nothing of "02/10/2020"), the
 * tag is unreadable or CLDR holds no dates for it. Memoised: a page asks once, a crawl asks for a handful of locales.
 */
export function dayOrderOfLocale(tag: string): DayOrder | null {
  const known = orderOfTag.get(tag);
  if (known !== undefined) return known;
  const order = readDayOrder(tag);
  orderOfTag.set(tag, order);
  return order;
}

function readDayOrder(tag: string): DayOrder | null {
  const locale = likelyLocale(tag);
  if (!locale) return null;
  // Language and region only: Intl resolves "en-Latn-GB" to plain "en" (US order), "en-GB" to en-GB.
  const base = locale.region ? `${locale.language}-${locale.region}` : locale.language;
  // A locale CLDR has no dates for would be formatted in the default locale's order: unknown instead.
  if (Intl.DateTimeFormat.supportedLocalesOf([base]).length === 0) return null;
  let types: string[];
  try {
    types = new Intl.DateTimeFormat(base, {
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      timeZone: "UTC",
      calendar: "gregory",
      numberingSystem: "latn",
    })
      .formatToParts(PROBE)
      .map((part) => part.type);
  } catch {
    return null;
  }
  const [year, month, day] = ["year", "month", "day"].map((type) => types.indexOf(type));
  if (year! < 0 || month! < 0 || day! < 0 || year! < Math.min(month!, day!)) return null;
  return day! < month! ? "day-first" : "month-first";
}
