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
import { type MapMetric, mapLegend, worldMap } from "./world-map.ts";

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

export async function overviewPage(main: HTMLElement, signal: AbortSignal): Promise<void> {
  const chosen = currentFilters();
  const span = currentSpan();
  const f = await shownPeriod(chosen, span, signal);
  // Hotspots of the period shown: the window ends on its last day and the baseline precedes it,
  // so the period's from/to are not passed as filters (they would empty the baseline).
  const hotspotsUpTo = (at: string | undefined) =>
    get<{ hotspots: Hotspot[] }>(
      "/hotspots",
      { ...f, from: undefined, to: undefined, window: "7d", baseline: "30d", minEvents: 1, limit: 8, at },
      signal,
    ).catch(() => ({ hotspots: [] as Hotspot[] }));
  const early = f.to ? hotspotsUpTo(f.to) : null;
  const noFeatures = Promise.resolve({ features: [] as GeoFeature[] });
  const [byCountry, byAdmin1, points, series, dyads, latest] = await Promise.all([
    get<{ features: GeoFeature[] }>("/geo", { ...f, level: "country" }, signal),
    // Regions only when zoomed into a country (the country filter).
    f.country ? get<{ features: GeoFeature[] }>("/geo", { ...f, level: "admin1" }, signal) : noFeatures,
    get<{ features: GeoFeature[] }>("/geo", { ...f, level: "point" }, signal),
    get<{ series: SeriesPoint[] }>("/timeline", { ...f, interval: "day" }, signal),
    get<{ dyads: Dyad[] }>("/dyads", { ...f, limit: 10 }, signal),
    get<{ events: EventRow[] }>("/events", { ...f, limit: 12 }, signal),
  ]);
  const hotspots = await (early ?? hotspotsUpTo(series.series.at(-1)?.period.slice(0, 10)));

  const mapBox = h("div", { class: "map-box" });
  const drawMap = () => {
    mapBox.replaceChildren(
      worldMap({
        byCountry: byCountry.features,
        points: points.features,
        byAdmin1: byAdmin1.features,
        metric,
        selected: f.country,
        onCountry: (iso3) => setFilters({ country: chosen.country === iso3 ? undefined : iso3 }),
      }),
      mapLegend(metric),
    );
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
  drawMap();

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
      section("Top dyads", dyadList(dyads.dyads)),
      section("Hotspots", hotspotList(hotspots.hotspots)),
      section(
        "Timeline",
        h(
          "p",
          { class: "muted" },
          `Events per day, ${periodNote}. Drag across the bars to select a period. `,
          spanControl,
        ),
        timelineChart(series.series, (from, to) => setFilters({ from, to })),
        quadLegend(),
      ),
      section(
        "Latest events",
        latest.events.length
          ? h("div", { class: "event-list short" }, ...latest.events.map((e) => eventRow(e)))
          : message("No events match these filters."),
        link(urlFor("/events", chosen), "All events →"),
      ),
    ),
  );
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
        h("span", { class: "num" }, `${d.events} events, Goldstein ${d.meanGoldstein.toFixed(1)}`),
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
        ` score ${s.score.toFixed(1)}: ${s.window.events} events (expected ${s.baseline.expectedEvents.toFixed(1)}), Goldstein ${s.window.meanGoldstein.toFixed(1)}`,
      ),
    ),
  );
}
