// Points and populations of admin divisions, gathered from their towns, and the checks that
// decide whether a package's "centre" of a division can be trusted.
import type { CityRecord } from "./cities-source.ts";

/**
 * Share of an admin region's towns ignored at each edge when taking the middle of their extent
 * as the region's point: 5% drops outlying islands and exclaves (e.g. Hawaii-like outliers).
 */
const ADMIN_POINT_TRIM = 0.05;

/** Towns of one admin division, gathered to give it a point and a population. */
export interface TownGroup {
  lats: number[];
  lons: number[];
  population: number;
  /** The largest town: a "centre" that sits on it is a city's point mislabelled as the region's. */
  largest: { lat: number; lon: number; population: number };
}

export function gather(groups: Map<string, TownGroup>, code: string, city: CityRecord): void {
  let group = groups.get(code);
  if (!group) {
    group = { lats: [], lons: [], population: 0, largest: { lat: city.lat, lon: city.lon, population: -1 } };
    groups.set(code, group);
  }
  // A copy: forEachCity reuses its record object for the next line.
  if (city.population > group.largest.population) {
    group.largest = { lat: city.lat, lon: city.lon, population: city.population };
  }
  group.lats.push(city.lat);
  group.lons.push(city.lon);
  group.population += city.population;
}

/** The middle of the trimmed extent of a region's towns: close to its centre for most shapes. */
export function midTrimmed(values: number[]): number {
  // A typed array sorts numerically without a comparator call per step: these sorts cover every
  // town twice (admin-1 and admin-2) and were a fifth of the admin step's load time.
  const sorted = Float64Array.from(values).sort();
  const low = Math.floor(sorted.length * ADMIN_POINT_TRIM);
  const high = Math.max(low, Math.ceil(sorted.length * (1 - ADMIN_POINT_TRIM)) - 1);
  return Math.round(((sorted[low]! + sorted[high]!) / 2) * 1e4) / 1e4;
}

/** Degrees of latitude of ~300 km: a region wider than this has a centre well apart from its towns. */
const LARGE_REGION_SPAN_DEG = 2.7;
/** ~20 km: a region's centre this close to its largest town is that town's point. */
const SAME_POINT_DEG = 0.2;

/** True for a package "centre" that is really the main city's point of a large region (New York). */
export function isCityPointOfLargeRegion(centre: { lat: number; lon: number }, group: TownGroup): boolean {
  const onLargest =
    Math.abs(centre.lat - group.largest.lat) < SAME_POINT_DEG &&
    Math.abs(centre.lon - group.largest.lon) < SAME_POINT_DEG;
  if (!onLargest) return false;
  const span = (values: number[]) => {
    let min = Number.POSITIVE_INFINITY;
    let max = Number.NEGATIVE_INFINITY;
    for (const v of values) {
      if (v < min) min = v;
      if (v > max) max = v;
    }
    return max - min;
  };
  return span(group.lats) > LARGE_REGION_SPAN_DEG || span(group.lons) > LARGE_REGION_SPAN_DEG;
}

/** Suffix words lowercased with their leading space, made once: " oblast", " province". */
export function toSuffixEndings(suffixes: readonly string[]): string[] {
  return suffixes.map((suffix) => ` ${suffix.toLowerCase()}`);
}

/** "Zhytomyr Oblast" -> "Zhytomyr"; null when no suffix ends the name. `endings` from toSuffixEndings. */
export function stripAdminSuffix(name: string, endings: readonly string[]): string | null {
  const lower = name.toLowerCase();
  for (const s of endings) {
    if (lower.endsWith(s) && name.length > s.length + 2) return name.slice(0, -s.length);
  }
  return null;
}
