// The site's own name when the scrape states it: a copyright footer ("© 2021 Example Times. All
// rights reserved.") or a homepage promo ("Make CT Your Homepage").
import { charIn, trimEndWhere, trimStartWhere } from "../trim-chars.ts";

const NAME_START = charIn(/[\s,.-]/);
const NAME_END = charIn(/[\s,.:;|-]/);

/** A site name is a short proper name; longer matches are sentences. */
const MAX_SITE_NAME_WORDS = 6;

/** A copyright year (or span) written after the name: "© The Example Post 2024", "Example Times 2019-2024". */
const TRAILING_YEARS = /\s*,?\s+(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)?\d{2,4})?$/;

function clean(name: string): string | null {
  const n = trimEndWhere(trimStartWhere(name, NAME_START), NAME_END).replace(TRAILING_YEARS, "").trim();
  if (!n || n.split(/\s+/).length > MAX_SITE_NAME_WORDS || !/^\p{Lu}|^\d/u.test(n)) return null;
  return n;
}

/**
 * Longer than any copyright footer or homepage promo; a longer unit is prose. Bounding the unit
 * (and collapsing its blank runs) keeps the lazy patterns below from backtracking over a long line.
 */
const MAX_FOOTER_CHARS = 1000;

export function readSiteName(unitText: string): string | null {
  if (unitText.length > MAX_FOOTER_CHARS) return null;
  const text = unitText.replace(/\s+/g, " ");
  const copyright =
    /(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?)?\s*,?\s*(\p{Lu}[\p{L}\p{N}&'’ .-]*?)\s*(?:[.,|]\s|\.$|\s+all rights reserved|$)/iu.exec(
      text,
    );
  if (copyright) {
    const name = clean(copyright[1]!);
    if (name && !/^all rights reserved$/i.test(name)) return name;
  }
  const homepage = /^make\s+(.+?)\s+your\s+home\s?page\b/i.exec(text.trim());
  if (homepage) return clean(homepage[1]!);
  return null;
}
