// A dyad (/dyad/SRC/TGT): event counts and mean Goldstein by day in both directions; choosing a
// point lists the events behind it.
import { type EventRow, get, type SeriesPoint } from "./api.ts";
import { h, link, message, section } from "./dom.ts";
import { eventRow } from "./event-row.ts";
import { type Line, lineChart } from "./line-chart.ts";
import { currentFilters } from "./state.ts";

export async function dyadPage(main: HTMLElement, signal: AbortSignal, a: string, b: string): Promise<void> {
  const f = currentFilters();
  const [ab, ba] = await Promise.all([
    get<{ series: SeriesPoint[] }>("/series", { ...f, source: a, target: b, interval: "day" }, signal),
    get<{ series: SeriesPoint[] }>("/series", { ...f, source: b, target: a, interval: "day" }, signal),
  ]);
  const behind = h(
    "div",
    { class: "behind", "aria-live": "polite" },
    message("Choose a point to see its events."),
  );
  const show = async (day: string, line: Line) => {
    const [src, tgt] = line.className === "ab" ? [a, b] : [b, a];
    const { events } = await get<{ events: EventRow[] }>("/events", {
      ...f,
      actor: src,
      from: day,
      to: day,
      limit: 200,
    });
    const rows = events.filter((e) => e.sourceCode.startsWith(src) && (e.targetCode ?? "").startsWith(tgt));
    behind.replaceChildren(
      h("h3", {}, `${src} → ${tgt} on ${day}`),
      rows.length
        ? h("div", { class: "event-list short" }, ...rows.map((e) => eventRow(e)))
        : message("No events."),
    );
  };
  const lines = (field: "events" | "meanGoldstein"): Line[] => [
    { label: `${a} → ${b}`, className: "ab", points: ab.series.map((p) => ({ x: p.period, y: p[field] })) },
    { label: `${b} → ${a}`, className: "ba", points: ba.series.map((p) => ({ x: p.period, y: p[field] })) },
  ];
  main.replaceChildren(
    h("h1", {}, `${a} ⇄ ${b}`),
    h(
      "p",
      { class: "legend" },
      h("span", { class: "key ab" }, `${a} → ${b}`),
      " ",
      h("span", { class: "key ba" }, `${b} → ${a}`),
      " · ",
      link(`/actor/${encodeURIComponent(a)}`, `${a} network`),
      " · ",
      link(`/actor/${encodeURIComponent(b)}`, `${b} network`),
    ),
    h(
      "div",
      { class: "dyad-grid" },
      section("Events per day", lineChart("Events per day in both directions", lines("events"), show)),
      section(
        "Mean Goldstein",
        lineChart("Mean Goldstein per day in both directions", lines("meanGoldstein"), show),
      ),
      section("Events behind the point", behind),
    ),
  );
}
