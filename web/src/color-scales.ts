// Colour scales for the map: a sequential ramp for event counts (log, because a few countries
// dominate) and a diverging ramp for mean Goldstein (-10 conflict … +10 cooperation).
type Rgb = [number, number, number];

function mix(a: Rgb, b: Rgb, t: number): string {
  const c = a.map((v, i) => Math.round(v + (b[i]! - v) * Math.min(1, Math.max(0, t))));
  return `rgb(${c[0]},${c[1]},${c[2]})`;
}

const LOW: Rgb = [254, 224, 178];
const HIGH: Rgb = [179, 0, 0];
const CONFLICT: Rgb = [202, 0, 32];
const NEUTRAL: Rgb = [230, 230, 230];
const COOPERATION: Rgb = [5, 113, 176];

export function countColor(events: number, max: number): string {
  return mix(LOW, HIGH, Math.log1p(events) / Math.log1p(Math.max(1, max)));
}

export function goldsteinColor(g: number): string {
  return g < 0 ? mix(NEUTRAL, CONFLICT, -g / 10) : mix(NEUTRAL, COOPERATION, g / 10);
}

/** QuadClass colours, shared by the timeline, the legend and the list badges (styles.css has the same). */
export const QUAD_COLORS = ["", "#4e9ad1", "#1b6ca8", "#f2a541", "#c62828"];
export const QUAD_NAMES = [
  "",
  "Verbal cooperation",
  "Material cooperation",
  "Verbal conflict",
  "Material conflict",
];
