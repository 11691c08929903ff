// The overview: world map, timeline by QuadClass, top dyads, hotspots and the latest events, all
// under the URL's filters. Clicking a country or brushing the timeline narrows every panel.
import { type Dyad, type EventRow, type GeoFeature, get, type Hotspot, type SeriesPoint } from "./api.ts";
import { h, link, message, section } from "./dom.ts";
import { eventRow } from "./event-row.ts";
import {
  currentFilters,
  currentSpan,
  type Filters,
  navigate,
  type Span,
  setFilters,
  urlFor,
} from "./state.ts";
import { quadLegend, timelineChart } from "./timeline-chart.ts";
import { counted } from "./wording.ts";
import { addPoints, type MapMetric, mapLegend, worldMap } from "./world-map.ts";

let metric: MapMetric = "events";

/** The first day of the `days`-day period that ends on `last` (YYYY-MM-DD). */
function periodStart(last: string, days: number): string {
  return new Date(Date.parse(`${last}T00:00:00Z`) - (days - 1) * 86_400_000).toISOString().slice(0, 10);
}

/** The period shown: the URL's from/to, else the last `span` days that have data (the newest
 * event's day, one indexed lookup). Aggregating a whole large store for every visit would be
 * slow (seconds at a million events); a recent window is what an overview is for. */
async function shownPeriod(f: Filters, span: Span, signal: AbortSignal): Promise<Filters> {
  if (f.from || f.to || span === "all") return f;
  const latest = await get<{ events: EventRow[] }>("/events", { ...f, limit: 1 }, signal);
  const last = latest.events[0]?.day;
  return last ? { ...f, from: periodStart(last, Number(span)), to: last } : f;
}

/** A panel's content while its request is out: a polite status, replaced when the data arrives. */
const pending = () => h("p", { class: "muted", role: "status" }, "Loading…");

/**
 * Draws in order of what the overview is for: the map and the timeline first (their requests
 * leave first and are cheap roll-up reads), then the first page of events, and only then the
 * panels that can wait (located places on the map, top dyads, hotspots), whose requests start
 * once the first three are drawn so they never compete with them. `main` stays aria-busy until
 * every panel is drawn.
 */
export async function overviewPage(main: HTMLElement, signal: AbortSignal): Promise<void> {
  const chosen = currentFilters();
  const span = currentSpan();
  const f = await shownPeriod(chosen, span, signal);
  const noFeatures = Promise.resolve({ features: [] as GeoFeature[] });
  const byCountryReply = get<{ features: GeoFeature[] }>("/geo", { ...f, level: "country" }, signal);
  // Regions only when zoomed into a country (the country filter).
  const byAdmin1Reply = f.country
    ? get<{ features: GeoFeature[] }>("/geo", { ...f, level: "admin1" }, signal)
    : noFeatures;
  const seriesReply = get<{ series: SeriesPoint[] }>("/timeline", { ...f, interval: "day" }, signal);
  const latestReply = get<{ events: EventRow[] }>("/events", { ...f, limit: 12 }, signal);

  let byCountry: GeoFeature[] = [];
  let byAdmin1: GeoFeature[] = [];
  let points: GeoFeature[] | null = null;
  const mapBox = h("div", { class: "map-box" }, pending());
  const drawMap = () => {
    const svg = worldMap({
      byCountry,
      points: points ?? [],
      byAdmin1,
      metric,
      selected: f.country,
      onCountry: (iso3) => setFilters({ country: chosen.country === iso3 ? undefined : iso3 }),
    });
    mapBox.replaceChildren(svg, mapLegend(metric));
    return svg;
  };
  const select = h(
    "select",
    { id: "map-metric" },
    h("option", { value: "events" }, "Event count"),
    h("option", { value: "goldstein" }, "Mean Goldstein"),
  );
  select.value = metric;
  const worldButton = h("button", { type: "button", class: "small" }, "Back to the world map");
  worldButton.addEventListener("click", () => setFilters({ country: undefined }));
  select.addEventListener("change", () => {
    metric = select.value as MapMetric;
    drawMap();
  });

  const periodNote = f.from || f.to ? `${f.from ?? "…"} to ${f.to ?? "…"}` : "all dates";
  const clearPeriod = h("button", { type: "button", class: "small" }, "Clear period");
  clearPeriod.addEventListener("click", () => setFilters({ from: undefined, to: undefined }));
  const spanSelect = h(
    "select",
    { id: "overview-span" },
    h("option", { value: "7" }, "last 7 days of data"),
    h("option", { value: "30" }, "last 30 days of data"),
    h("option", { value: "365" }, "last year of data"),
    h("option", { value: "all" }, "all dates (slow on large stores)"),
  );
  spanSelect.value = span;
  spanSelect.addEventListener("change", () =>
    navigate(urlFor("/", { ...chosen, from: undefined, to: undefined }, spanSelect.value as Span)),
  );
  const spanControl =
    chosen.from || chosen.to
      ? clearPeriod
      : h("span", {}, h("label", { for: "overview-span" }, "Without a period, show "), spanSelect);
  const timelineBox = h("div", { class: "timeline-box" }, pending());
  const dyadsBox = h("div", {}, pending());
  const hotspotsBox = h("div", {}, pending());
  const latestBox = h("div", {}, pending());

  main.replaceChildren(
    h("h1", { class: "visually-hidden" }, "Overview"),
    h(
      "div",
      { class: "overview-grid" },
      section(
        "Map",
        h(
          "div",
          { class: "panel-tools" },
          h("label", { for: "map-metric" }, "Colour by "),
          select,
          chosen.country ? worldButton : null,
        ),
        mapBox,
      ),
      section("Top dyads", dyadsBox),
      section("Hotspots", hotspotsBox),
      section(
        "Timeline",
        h(
          "p",
          { class: "muted" },
          `Events per day, ${periodNote}. Drag across the bars to select a period. `,
          spanControl,
        ),
        timelineBox,
        quadLegend(),
      ),
      section("Latest events", latestBox, link(urlFor("/events", chosen), "All events →")),
    ),
  );

  // 1. The map and the timeline, each drawn as soon as its answer is in.
  const [series] = await Promise.all([
    seriesReply.then((r) => {
      timelineBox.replaceChildren(timelineChart(r.series, (from, to) => setFilters({ from, to })));
      return r.series;
    }),
    Promise.all([byCountryReply, byAdmin1Reply]).then(([countries, regions]) => {
      byCountry = countries.features;
      byAdmin1 = regions.features;
      drawMap();
    }),
  ]);
  // 2. The first page of events.
  const latest = await latestReply;
  latestBox.replaceChildren(
    latest.events.length
      ? h("div", { class: "event-list short" }, ...latest.events.map((e) => eventRow(e)))
      : message("No events match these filters."),
  );
  if (signal.aborted) return;
  // 3. What can wait. Hotspots of the period shown: the window ends on its last day and the
  // baseline precedes it, so the period's from/to are not passed as filters (they would empty the
  // baseline).
  const at = f.to ?? series.at(-1)?.period.slice(0, 10);
  await Promise.all([
    get<{ features: GeoFeature[] }>("/geo", { ...f, level: "point" }, signal).then((r) => {
      points = r.features;
      const svg = mapBox.querySelector<SVGSVGElement>("svg.world-map");
      if (svg) addPoints(svg, points);
    }),
    get<{ dyads: Dyad[] }>("/dyads", { ...f, limit: 10 }, signal).then((r) =>
      dyadsBox.replaceChildren(dyadList(r.dyads)),
    ),
    get<{ hotspots: Hotspot[] }>(
      "/hotspots",
      { ...f, from: undefined, to: undefined, window: "7d", baseline: "30d", minEvents: 1, limit: 8, at },
      signal,
    )
      .catch(() => ({ hotspots: [] as Hotspot[] }))
      .then((r) => hotspotsBox.replaceChildren(hotspotList(r.hotspots))),
  ]);
}

function dyadList(dyads: Dyad[]): HTMLElement {
  if (!dyads.length) return message("No dyads.");
  const max = Math.max(...dyads.map((d) => d.events));
  return h(
    "ol",
    { class: "bars" },
    ...dyads.map((d) => {
      const bar = h("span", { class: "bar-fill" });
      bar.style.width = `${(100 * d.events) / max}%`;
      return h(
        "li",
        {},
        link(
          `/dyad/${encodeURIComponent(d.sourceCode)}/${encodeURIComponent(d.targetCode)}`,
          `${d.sourceCode} → ${d.targetCode}`,
        ),
        h("span", { class: "num" }, `${counted(d.events, "event")}, Goldstein ${d.meanGoldstein.toFixed(1)}`),
        bar,
      );
    }),
  );
}

function hotspotList(hotspots: Hotspot[]): HTMLElement {
  if (!hotspots.length) return message("Nothing departs from its baseline in this period.");
  return h(
    "ol",
    { class: "hotspots" },
    ...hotspots.map((s) =>
      h(
        "li",
        {},
        h("strong", {}, s.key),
        ` score ${s.score.toFixed(1)}: ${counted(s.window.events, "event")} (expected ${s.baseline.expectedEvents.toFixed(1)}), Goldstein ${s.window.meanGoldstein.toFixed(1)}`,
      ),
    ),
  );
}
