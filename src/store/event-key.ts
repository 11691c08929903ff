// Keys that make one event of many reports and one document of its copies, and the ISO week of a day.
import { createHash } from "node:crypto";
import type { CodedEvent } from "../types.ts";

/**
 * Repeated reports of one event share a key: same day, same dyad, same CAMEO code, same place
 * (coordinates rounded to 0.1°, about 11 km, so two gazetteer points for one town still match).
 * This is GDELT's notion of one event reported by many articles.
 */
export function eventKey(day: string, e: CodedEvent): string {
  const place = e.location ? `${e.location.lat.toFixed(1)},${e.location.lon.toFixed(1)}` : "";
  const parts = [day, e.source.code, e.target?.code ?? "", e.cameo.code, place, e.negated ? "neg" : ""];
  return createHash("sha1").update(parts.join("|")).digest("hex").slice(0, 24);
}

/** The document's key: its canonical URL when known (updated versions replace nothing), else its content. */
export function documentKey(url: string | null, contentHash: string): string {
  if (!url) return contentHash.slice(0, 32);
  return createHash("sha256").update(normalizeUrl(url)).digest("hex").slice(0, 32);
}

/** Drops the fragment, tracking parameters and a trailing slash so one story has one URL. */
export function normalizeUrl(url: string): string {
  try {
    const u = new URL(url);
    u.hash = "";
    for (const p of [...u.searchParams.keys()]) {
      if (/^(utm_|fbclid$|gclid$|ocid$|cmpid$|mc_)/i.test(p)) u.searchParams.delete(p);
    }
    u.hostname = u.hostname.replace(/^www\./, "");
    return u.toString().replace(/\/$/, "");
  } catch {
    return url.trim();
  }
}

/** Monday of the ISO week containing `day` (YYYY-MM-DD). */
export function weekOf(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  const weekday = (d.getUTCDay() + 6) % 7;
  d.setUTCDate(d.getUTCDate() - weekday);
  return d.toISOString().slice(0, 10);
}
