// The zoomed map's admin-1 layer: a country's states or provinces (Natural Earth, one file per
// country built by scripts/admin1-shapes.ts and fetched only when the map zooms in), coloured by
// the events the API places in each. The API names a region as the gazetteer does (GeoNames);
// the shapes carry Natural Earth's names and alternates, so regions are matched by normalised
// name, and a region whose name matches none gets the events whose mean position it contains.
import { type GeoPath, geoContains } from "d3-geo";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import type { GeoFeature } from "./api.ts";
import { countColor, goldsteinColor } from "./color-scales.ts";
import { s } from "./dom.ts";
import { counted } from "./wording.ts";
import type { MapMetric } from "./world-map.ts";

interface RegionProperties {
  name: string;
  names: string[];
  gn: string | null;
  iso: string | null;
}
type Region = GeoJSON.Feature<GeoJSON.Geometry, RegionProperties>;

const cache = new Map<string, Promise<Region[]>>();

/** A country's admin-1 regions ([] when the atlas has none for it). */
export function admin1Regions(iso3: string): Promise<Region[]> {
  let regions = cache.get(iso3);
  if (!regions) {
    regions = fetch(`/admin1/${encodeURIComponent(iso3)}.json`)
      .then((r) =>
        r.ok ? (r.json() as Promise<Topology<{ regions: GeometryCollection<RegionProperties> }>>) : null,
      )
      .then((topo) =>
        topo
          ? (
              feature(topo, topo.objects.regions) as unknown as GeoJSON.FeatureCollection<
                GeoJSON.Geometry,
                RegionProperties
              >
            ).features
          : [],
      )
      .catch(() => []);
    cache.set(iso3, regions);
  }
  return regions;
}

/** Words that say what kind of region it is, not which: "Kyiv City" and "Kyiv" are one region. */
const KIND_WORDS =
  /\b(province|provincia|state|estado|region|oblast|krai|kray|governorate|muhafazat|district|department|departamento|county|prefecture|city|municipality|territory|division|autonomous|republic|of|the)\b/g;

/** A name without accents, case or punctuation; `loose` also drops the kind words. */
export function normaliseRegionName(name: string, loose = false): string {
  const plain = name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/['’`]/g, "")
    .replace(/[^a-z0-9]+/g, " ");
  return (loose ? plain.replace(KIND_WORDS, " ") : plain).replace(/\s+/g, " ").trim();
}

/** Each API admin-1 aggregate matched to the region it describes (by name, else by position). */
export function matchRegions(regions: Region[], stats: GeoFeature[]): Map<Region, GeoFeature["properties"]> {
  // Exact names first: "Mexico City" and the state of "México" differ only by a kind word.
  const exact = new Map<string, Region>();
  const loose = new Map<string, Region>();
  for (const r of regions)
    for (const n of [r.properties.name, ...r.properties.names]) {
      for (const [map, key] of [
        [exact, normaliseRegionName(n)],
        [loose, normaliseRegionName(n, true)],
      ] as const)
        if (key && !map.has(key)) map.set(key, r);
    }
  const matched = new Map<Region, GeoFeature["properties"]>();
  const add = (r: Region, p: GeoFeature["properties"]) => {
    const had = matched.get(r);
    if (!had) matched.set(r, { ...p });
    else {
      const events = had.events + p.events;
      matched.set(r, {
        ...had,
        events,
        meanGoldstein: (had.meanGoldstein * had.events + p.meanGoldstein * p.events) / events,
      });
    }
  };
  for (const st of stats) {
    if (!st.properties.key) continue;
    const region =
      exact.get(normaliseRegionName(st.properties.key)) ??
      loose.get(normaliseRegionName(st.properties.key, true)) ??
      regions.find((r) => geoContains(r, st.geometry.coordinates));
    if (region) add(region, st.properties);
  }
  return matched;
}

/** Draws the regions into `layer` (an SVG group) with the projection's path. */
export function drawAdmin1(
  layer: SVGGElement,
  regions: Region[],
  stats: GeoFeature[],
  path: GeoPath,
  metric: MapMetric,
): void {
  const matched = matchRegions(regions, stats);
  const max = Math.max(1, ...[...matched.values()].map((p) => p.events));
  layer.replaceChildren(
    ...regions.map((r) => {
      const st = matched.get(r);
      const label = st
        ? `${r.properties.name}: ${counted(st.events, "event")}, mean Goldstein ${st.meanGoldstein.toFixed(1)}`
        : `${r.properties.name}: no located events`;
      const fill = st
        ? metric === "events"
          ? countColor(st.events, max)
          : goldsteinColor(st.meanGoldstein)
        : undefined;
      return s(
        "path",
        {
          d: path(r) ?? "",
          fill,
          class: `admin1${st ? " has-events" : ""}`,
          "data-region": r.properties.name,
          "data-events": st?.events ?? 0,
        },
        s("title", {}, label),
      );
    }),
  );
  layer.setAttribute("aria-label", `${regions.length} regions, ${matched.size} with events`);
}
