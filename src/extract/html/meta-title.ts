// The headline: several sources usually agree (og:title, JSON-LD headline, twitter:title, the h1,
// <title>), but most carry the site's name as a suffix or prefix ("Headline | Site", "Site -
// Headline"). We strip a segment that names the site, then prefer a candidate the visible h1
// agrees with, so a stale or SEO-rewritten meta title does not win over the page's own headline.

/** Separators sites put between headline and site name; they need spaces around them so a
 * hyphenated word or "Brexit: what next" is not split. */
const SEPARATOR = /\s+(?:[|\-–—·•»«~/]|::)\s+/;

/** A separator followed by nothing but a date and time ("- 14.03.2021 10:32", ": 31.10.2023, 10.19 Uhr"). */
const TRAILING_TIMESTAMP = /\s+[:|\-–—]\s+[\d\s.,:/-]*\d(?:\s*(?:uhr|h|am|pm))?\s*$/i;

function normalize(s: string): string {
  return s
    .toLowerCase()
    .normalize("NFKC")
    .replace(/[\s\p{P}\p{S}]+/gu, " ")
    .trim();
}

/** Names the site could go by: og:site_name, publisher, and the host's main label ("nytimes"). */
function siteNames(siteName: string | null, url: string | null): string[] {
  const names: string[] = [];
  if (siteName) names.push(normalize(siteName));
  if (url) {
    try {
      const host = new URL(url).hostname.replace(/^www\d*\./, "");
      const label = host.split(".").slice(0, -1).join(" ");
      if (label) names.push(normalize(label), normalize(host));
    } catch {
      // not a URL: no host to compare with
    }
  }
  return names.filter(Boolean);
}

function namesSite(segment: string, names: readonly string[]): boolean {
  const n = normalize(segment);
  const compact = n.replace(/ /g, "");
  return names.some((s) => n === s || compact === s.replace(/ /g, "") || (s.length > 3 && n.includes(s)));
}

/** "Headline | Site" -> "Headline". Keeps the title whole when no segment is clearly the site. */
export function stripSiteName(rawTitle: string, siteName: string | null, url: string | null): string {
  // A trailing timestamp ("Heavy rain : 31.10.2023, 10.19 Uhr") is not part of the headline.
  const title = rawTitle.replace(TRAILING_TIMESTAMP, "").trim() || rawTitle;
  const parts = title
    .split(SEPARATOR)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length < 2) return title.trim();
  const names = siteNames(siteName, url);
  let start = 0;
  let end = parts.length;
  while (end - start > 1 && namesSite(parts[end - 1]!, names)) end--;
  while (end - start > 1 && namesSite(parts[start]!, names)) start++;
  if (end - start < parts.length) return joinBack(title, parts, start, end);
  // No segment names the site: a short last segment after a long headline is still usually the
  // site (or a section name), e.g. "Ceasefire agreed in the north | World News".
  const last = parts[parts.length - 1]!;
  const head = parts.slice(0, -1).join(" ");
  if (words(last) <= 4 && words(head) >= 2 * words(last) + 2)
    return joinBack(title, parts, 0, parts.length - 1);
  return title.trim();
}

function words(s: string): number {
  return s.split(/\s+/).filter(Boolean).length;
}

/** Rejoins kept segments with the separators they had in the original title. */
function joinBack(title: string, parts: readonly string[], start: number, end: number): string {
  const first = title.indexOf(parts[start]!);
  const lastPart = parts[end - 1]!;
  const lastAt = title.indexOf(lastPart, first);
  return first >= 0 && lastAt >= 0
    ? title.slice(first, lastAt + lastPart.length).trim()
    : parts.slice(start, end).join(" - ");
}

export interface TitleSources {
  readonly og: string | null;
  readonly jsonLd: string | null;
  readonly twitter: string | null;
  readonly h1s: readonly string[];
  readonly titleTag: string | null;
}

/** Picks the headline by agreement between sources; null when the page states none. */
export function chooseTitle(src: TitleSources, siteName: string | null, url: string | null): string | null {
  const clean = (t: string | null) =>
    t ? stripSiteName(t.replace(/\s+/g, " ").trim(), siteName, url) : null;
  const metaTitles = [src.jsonLd, src.og, src.twitter, src.titleTag]
    .map(clean)
    .filter((t): t is string => !!t);
  const h1s = src.h1s.map((h) => h.replace(/\s+/g, " ").trim()).filter((h) => h.length > 0);
  for (const h1 of h1s) {
    const nh = normalize(h1);
    if (nh.length < 3) continue;
    // The h1 agrees with a meta title: the h1 is what readers see, the meta title may be abridged.
    for (const t of metaTitles) {
      const nt = normalize(t);
      if (nt === nh || (nt.length > 10 && nh.includes(nt)) || (nh.length > 10 && nt.includes(nh))) {
        return nt.length <= nh.length ? t : h1;
      }
    }
  }
  return metaTitles[0] ?? h1s[0] ?? null;
}
