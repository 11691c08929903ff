// The world map: Natural Earth countries (world-atlas, bundled, so it works offline) drawn with
// d3-geo, coloured by event count or mean Goldstein of the events located there, with a point per
// located place. Countries with events are buttons: clicking (or Enter) filters by that country,
// and the map then zooms into it and draws its admin-1 regions (admin1-layer.ts, loaded then).
import { geoCentroid, geoEqualEarth, geoPath } from "d3-geo";
import countries from "i18n-iso-countries";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import atlas from "world-atlas/countries-110m.json";
import { admin1Regions, drawAdmin1 } from "./admin1-layer.ts";
import type { GeoFeature } from "./api.ts";
import { countColor, goldsteinColor } from "./color-scales.ts";
import { h, s } from "./dom.ts";
import { counted } from "./wording.ts";

export type MapMetric = "events" | "goldstein";

interface CountryShape {
  id?: string | number;
  properties: { name?: string };
  type: "Feature";
  geometry: GeoJSON.Geometry;
}

const WIDTH = 960;
const HEIGHT = 470;
let shapes: CountryShape[] | null = null;

function countryShapes(): CountryShape[] {
  if (!shapes) {
    const topo = atlas as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
    shapes = (feature(topo, topo.objects.countries) as unknown as { features: CountryShape[] }).features;
  }
  return shapes;
}

export interface MapOptions {
  byCountry: GeoFeature[];
  points: GeoFeature[];
  /** Events by admin-1 region of the selected country (drawn when the map is zoomed into it). */
  byAdmin1: GeoFeature[];
  metric: MapMetric;
  selected: string | undefined;
  onCountry: (iso3: string) => void;
}

function iso3Of(shape: CountryShape): string | undefined {
  return countries.numericToAlpha3(String(shape.id ?? "").padStart(3, "0"));
}

export function worldMap(o: MapOptions): SVGSVGElement {
  const extent: [[number, number], [number, number]] = [
    [4, 4],
    [WIDTH - 4, HEIGHT - 4],
  ];
  // Zoomed into the selected country: centred on it (so a country across the antimeridian stays whole).
  const focus = o.selected ? countryShapes().find((c) => iso3Of(c) === o.selected) : undefined;
  const projection = focus
    ? geoEqualEarth()
        .rotate([-geoCentroid(focus as GeoJSON.Feature)[0], 0])
        .fitExtent(extent, focus as GeoJSON.Feature)
    : geoEqualEarth().fitExtent(extent, { type: "Sphere" });
  const path = geoPath(projection);
  const stats = new Map<string, GeoFeature["properties"]>();
  for (const f of o.byCountry) if (f.properties.country) stats.set(f.properties.country, f.properties);
  const max = Math.max(1, ...o.byCountry.map((f) => f.properties.events));

  const svg = s("svg", {
    viewBox: `0 0 ${WIDTH} ${HEIGHT}`,
    class: `world-map${focus ? " zoomed" : ""}`,
    role: "group",
    "aria-label": focus
      ? `Map zoomed into ${focus.properties.name ?? o.selected}, with its regions`
      : `World map: ${stats.size} countries with events`,
  });
  svg.append(s("path", { d: path({ type: "Sphere" }) ?? "", class: "sphere" }));
  for (const shape of countryShapes()) {
    const iso3 = iso3Of(shape);
    const name = shape.properties.name ?? iso3 ?? String(shape.id);
    const st = iso3 ? stats.get(iso3) : undefined;
    const d = path(shape as GeoJSON.Feature) ?? "";
    if (!st || !iso3) {
      svg.append(s("path", { d, class: "country", "data-iso3": iso3 }));
      continue;
    }
    const fill = o.metric === "events" ? countColor(st.events, max) : goldsteinColor(st.meanGoldstein);
    const label = `${name}: ${counted(st.events, "event")}, mean Goldstein ${st.meanGoldstein.toFixed(1)}`;
    const el = s(
      "path",
      {
        d,
        fill,
        class: `country has-events${o.selected === iso3 ? " selected" : ""}`,
        "data-iso3": iso3,
        tabindex: 0,
        role: "button",
        "aria-label": label,
        "aria-pressed": String(o.selected === iso3),
      },
      s("title", {}, label),
    );
    el.addEventListener("click", () => o.onCountry(iso3));
    el.addEventListener("keydown", (e) => {
      if (e.key === "Enter" || e.key === " ") {
        e.preventDefault();
        o.onCountry(iso3);
      }
    });
    svg.append(el);
  }
  if (focus && o.selected) {
    // Regions above the countries, below the points; drawn once the country's shapes arrive.
    const layer = s("g", { class: "admin1-layer", role: "group" });
    svg.append(layer);
    void admin1Regions(o.selected).then((regions) => {
      drawAdmin1(layer, regions, o.byAdmin1, path, o.metric);
      svg.setAttribute("data-admin1", String(regions.length));
    });
  }
  projections.set(svg, projection);
  addPoints(svg, o.points);
  return svg;
}

/** Each drawn map's projection, so points that arrive later land where the map put the countries. */
const projections = new WeakMap<SVGSVGElement, (xy: [number, number]) => [number, number] | null>();

/** Draws located places on a map worldMap drew (the overview fetches them after the countries). */
export function addPoints(svg: SVGSVGElement, points: readonly GeoFeature[]): void {
  const projection = projections.get(svg);
  if (!projection) return;
  const maxPoint = Math.max(1, ...points.map((p) => p.properties.events));
  for (const p of points) {
    const xy = projection(p.geometry.coordinates);
    if (!xy) continue;
    const r = 2 + 8 * Math.sqrt(p.properties.events / maxPoint);
    svg.append(
      s(
        "circle",
        { cx: xy[0].toFixed(1), cy: xy[1].toFixed(1), r: r.toFixed(1), class: "place-point" },
        s("title", {}, `${p.properties.key}: ${counted(p.properties.events, "event")}`),
      ),
    );
  }
}

export function mapLegend(metric: MapMetric): HTMLElement {
  return h(
    "p",
    { class: "legend" },
    metric === "events"
      ? "Colour: number of events located in the country or region (darker = more). Dots: located places. Choose a country to zoom into its regions."
      : "Colour: mean Goldstein of the events located there (red = conflict, blue = cooperation).",
  );
}
