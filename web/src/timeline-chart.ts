// The timeline: events per period stacked by QuadClass, as SVG bars. Dragging across it (a brush)
// selects a period and calls onBrush(from, to); clicking one bar selects that period alone.
import type { SeriesPoint } from "./api.ts";
import { QUAD_COLORS, QUAD_NAMES } from "./color-scales.ts";
import { s } from "./dom.ts";
import { counted } from "./wording.ts";

const WIDTH = 960;
const HEIGHT = 130;
const PAD = { left: 36, right: 8, top: 8, bottom: 22 };
const QUAD_FIELDS = [
  "verbalCooperation",
  "materialCooperation",
  "verbalConflict",
  "materialConflict",
] as const;

export function timelineChart(
  series: SeriesPoint[],
  onBrush: (from: string, to: string) => void,
): SVGSVGElement {
  const svg = s("svg", {
    viewBox: `0 0 ${WIDTH} ${HEIGHT}`,
    class: "timeline",
    role: "img",
    "aria-label": `Events per day by QuadClass, ${series.length} days; drag to select a period`,
  });
  if (!series.length) return svg;
  const innerW = WIDTH - PAD.left - PAD.right;
  const innerH = HEIGHT - PAD.top - PAD.bottom;
  const max = Math.max(1, ...series.map((p) => p.events));
  const step = innerW / series.length;
  const barW = Math.max(1, step * 0.85);
  const y = (v: number) => PAD.top + innerH - (v / max) * innerH;

  svg.append(s("text", { x: PAD.left - 4, y: PAD.top + 8, class: "axis", "text-anchor": "end" }, max));
  svg.append(s("text", { x: PAD.left - 4, y: PAD.top + innerH, class: "axis", "text-anchor": "end" }, 0));
  series.forEach((p, i) => {
    let base = 0;
    const x = PAD.left + i * step;
    const g = s("g", { class: "bar", "data-period": p.period });
    QUAD_FIELDS.forEach((field, q) => {
      const v = p[field];
      if (!v) return;
      g.append(
        s("rect", {
          x: x.toFixed(1),
          width: barW.toFixed(1),
          y: y(base + v).toFixed(1),
          height: Math.max(0.5, y(base) - y(base + v)).toFixed(1),
          fill: QUAD_COLORS[q + 1],
        }),
      );
      base += v;
    });
    g.append(s("title", {}, `${p.period}: ${counted(p.events, "event")}`));
    svg.append(g);
  });
  const labels = Math.min(series.length, 6);
  for (let k = 0; k < labels; k++) {
    const i = Math.round((k * (series.length - 1)) / Math.max(1, labels - 1));
    svg.append(
      s("text", { x: PAD.left + i * step, y: HEIGHT - 6, class: "axis" }, series[i]!.period.slice(0, 10)),
    );
  }

  // The brush: a transparent overlay that records the drag and shows the selected band.
  const band = s("rect", { class: "brush", y: PAD.top, height: innerH, x: 0, width: 0 });
  const overlay = s("rect", { class: "brush-overlay", x: PAD.left, y: 0, width: innerW, height: HEIGHT });
  svg.append(band, overlay);
  const index = (clientX: number) => {
    const box = svg.getBoundingClientRect();
    const vx = ((clientX - box.left) / box.width) * WIDTH;
    return Math.min(series.length - 1, Math.max(0, Math.floor((vx - PAD.left) / step)));
  };
  let start: number | null = null;
  const show = (a: number, b: number) => {
    const [lo, hi] = a < b ? [a, b] : [b, a];
    band.setAttribute("x", String(PAD.left + lo * step));
    band.setAttribute("width", String((hi - lo + 1) * step));
  };
  overlay.addEventListener("pointerdown", (e) => {
    start = index(e.clientX);
    overlay.setPointerCapture(e.pointerId);
    show(start, start);
  });
  overlay.addEventListener("pointermove", (e) => {
    if (start !== null) show(start, index(e.clientX));
  });
  overlay.addEventListener("pointerup", (e) => {
    if (start === null) return;
    const end = index(e.clientX);
    const [lo, hi] = start < end ? [start, end] : [end, start];
    start = null;
    onBrush(series[lo]!.period.slice(0, 10), series[hi]!.period.slice(0, 10));
  });
  return svg;
}

export function quadLegend(): HTMLElement {
  const ul = document.createElement("ul");
  ul.className = "quad-legend";
  for (let q = 1; q <= 4; q++) {
    const li = document.createElement("li");
    li.className = `quad-${q}`;
    li.textContent = QUAD_NAMES[q]!;
    ul.append(li);
  }
  return ul;
}
