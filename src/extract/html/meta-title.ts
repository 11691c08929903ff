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

/**
 * The host's first label on a host of three or more labels: a hosted blog's own name
 * ("10qdetective" of 10qdetective.blogspot.com). Matched whole only: as a sub-domain it is as
 * often a section ("news", "sport") that headlines contain.
 */
function hostedName(url: string | null): string | null {
  if (!url) return null;
  try {
    const labels = new URL(url).hostname.replace(/^www\d*\./, "").split(".");
    return labels.length >= 3 && labels[0]!.length > 3 ? labels[0]! : null;
  } catch {
    return null;
  }
}

function namesSite(segment: string, names: readonly string[], hosted: string | null = null): boolean {
  const n = normalize(segment);
  const compact = n.replace(/ /g, "");
  // Several words written together as the host label ("Harbour Notes", harbournotes.): a name, not a section.
  if (hosted !== null && compact === hosted && n.includes(" ")) return true;
  return names.some((s) => n === s || compact === s.replace(/ /g, "") || (s.length > 3 && n.includes(s)));
}

/** "Site: Headline", the colon form blog platforms write, when the part before it names the site. */
const SITE_COLON_RE = /^(.{3,60}?):\s+(\S.*)$/;

/** "Headline | Site" -> "Headline". Keeps the title whole when no segment is clearly the site. */
export function stripSiteName(rawTitle: string, siteName: string | null, url: string | null): string {
  return stripNamedSite(rawTitle, siteNames(siteName, url), hostedName(url));
}

/** stripSiteName with the site's names already worked out (chooseTitle strips several titles). */
function stripNamedSite(rawTitle: string, names: readonly string[], hosted: string | null): string {
  // A trailing timestamp ("Heavy rain : 31.10.2023, 10.19 Uhr") is not part of the headline.
  const title = rawTitle.replace(TRAILING_TIMESTAMP, "").trim() || rawTitle;
  const parts = title
    .split(SEPARATOR)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length < 2) {
    const colon = SITE_COLON_RE.exec(title.trim());
    if (colon && namesSite(colon[1]!, names, hosted)) return colon[2]!.trim();
    return title.trim();
  }
  let start = 0;
  let end = parts.length;
  while (end - start > 1 && namesSite(parts[end - 1]!, names, hosted)) end--;
  while (end - start > 1 && namesSite(parts[start]!, names, hosted)) start++;
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

/**
 * The masthead h1s: an h1 that is the site's own name (matched against og:site_name and the host),
 * or the "Site" of a meta title written "Site: Headline" (the form blog platforms use, where the
 * page's h1 is the blog's name and the post's title sits in a lower heading).
 */
function mastheads(
  h1s: readonly string[],
  rawTitles: readonly string[],
  names: readonly string[],
  hosted: string | null,
) {
  const found = new Set<string>();
  for (const h1 of h1s) {
    if (namesSite(h1, names, hosted)) found.add(h1);
    const prefix = `${h1.toLowerCase()}:`;
    for (const t of rawTitles) {
      if (t.toLowerCase().startsWith(prefix) && words(t.slice(prefix.length)) >= 2) found.add(h1);
    }
  }
  return found;
}

/** Picks the headline by agreement between sources; null when the page states none. */
export function chooseTitle(src: TitleSources, siteName: string | null, url: string | null): string | null {
  const squeeze = (t: string | null) => (t ? t.replace(/\s+/g, " ").trim() : "");
  const rawTitles = [src.jsonLd, src.og, src.twitter, src.titleTag].map(squeeze).filter(Boolean);
  const allH1s = src.h1s.map(squeeze).filter(Boolean);
  // The site's names are worked out once: every title and h1 is compared with them.
  const names = siteNames(siteName, url);
  const hosted = hostedName(url);
  const masthead = mastheads(allH1s, rawTitles, names, hosted);
  const metaTitles = rawTitles.map((t) => {
    // "Site: Headline" under a masthead h1 "Site": the headline.
    for (const h1 of masthead) {
      if (t.toLowerCase().startsWith(`${h1.toLowerCase()}:`)) return t.slice(h1.length + 1).trim();
    }
    return stripNamedSite(t, names, hosted);
  });
  const h1s = allH1s.filter((h) => !masthead.has(h));
  const normalizedTitles = metaTitles.map(normalize);
  for (const h1 of h1s) {
    const nh = normalize(h1);
    if (nh.length < 3) continue;
    // The h1 agrees with a meta title: the h1 is what readers see, the meta title may be abridged.
    for (const [i, t] of metaTitles.entries()) {
      const nt = normalizedTitles[i]!;
      if (nt === nh || (nt.length > 10 && nh.includes(nt)) || (nh.length > 10 && nt.includes(nh))) {
        return nt.length <= nh.length ? t : h1;
      }
    }
  }
  return metaTitles[0] ?? h1s[0] ?? null;
}
