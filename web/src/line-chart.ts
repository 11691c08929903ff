// A small SVG line chart for dyad series (event counts or mean Goldstein by day), one line per
// direction; each point is a button that shows the events behind it.
import { s } from "./dom.ts";

export interface Line {
  label: string;
  className: string;
  points: { x: string; y: number }[];
}

const W = 640;
const H = 200;
const PAD = 34;

export function lineChart(
  title: string,
  lines: Line[],
  onPoint: (x: string, line: Line) => void,
): SVGSVGElement {
  const xs = [...new Set(lines.flatMap((l) => l.points.map((p) => p.x)))].sort();
  const ys = lines.flatMap((l) => l.points.map((p) => p.y));
  const lo = Math.min(0, ...ys);
  const hi = Math.max(1, ...ys);
  const x = (v: string) => PAD + (xs.length < 2 ? 0.5 : xs.indexOf(v) / (xs.length - 1)) * (W - 2 * PAD);
  const y = (v: number) => H - PAD - ((v - lo) / (hi - lo || 1)) * (H - 2 * PAD);
  const svg = s("svg", { viewBox: `0 0 ${W} ${H}`, class: "line-chart", role: "group", "aria-label": title });
  svg.append(
    s("line", { x1: PAD, x2: W - PAD, y1: y(0), y2: y(0), class: "zero" }),
    s("text", { x: PAD - 4, y: y(hi) + 4, class: "axis", "text-anchor": "end" }, hi.toFixed(hi % 1 ? 1 : 0)),
    s("text", { x: PAD - 4, y: y(lo) + 4, class: "axis", "text-anchor": "end" }, lo.toFixed(lo % 1 ? 1 : 0)),
  );
  if (xs.length) {
    svg.append(s("text", { x: PAD, y: H - 8, class: "axis" }, xs[0]!));
    svg.append(s("text", { x: W - PAD, y: H - 8, class: "axis", "text-anchor": "end" }, xs.at(-1)!));
  }
  for (const line of lines) {
    const d = line.points.map((p, i) => `${i ? "L" : "M"}${x(p.x).toFixed(1)},${y(p.y).toFixed(1)}`).join("");
    svg.append(s("path", { d, class: `series ${line.className}` }));
    for (const p of line.points) {
      const dot = s(
        "circle",
        {
          cx: x(p.x).toFixed(1),
          cy: y(p.y).toFixed(1),
          r: 4,
          class: `dot ${line.className}`,
          tabindex: 0,
          role: "button",
          "aria-label": `${line.label} ${p.x}: ${p.y}`,
        },
        s("title", {}, `${line.label} ${p.x}: ${p.y}`),
      );
      dot.addEventListener("click", () => onPoint(p.x, line));
      dot.addEventListener("keydown", (e) => {
        if (e.key === "Enter" || e.key === " ") {
          e.preventDefault();
          onPoint(p.x, line);
        }
      });
      svg.append(dot);
    }
  }
  return svg;
}
