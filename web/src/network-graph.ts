// An actor's network as a graph: the actor in the middle, the actors it deals with around it, an
// arrow for each direction (outgoing: it acts on them; incoming: they act on it), as thick as the
// events and coloured by their mean Goldstein. Each counterpart links to its own page and each
// arrow to its dyad, so the graph is navigable by keyboard as well as by pointer.
import type { Dyad } from "./api.ts";
import { goldsteinColor } from "./color-scales.ts";
import { s } from "./dom.ts";
import { counted } from "./wording.ts";

const W = 640;
const H = 420;
const RADIUS = 160;
const NODE_R = 30;
/** More counterparts than this crowd the circle; the table beside the graph lists them all. */
export const MAX_COUNTERPARTS = 14;

interface Counterpart {
  code: string;
  out: Dyad | null;
  in: Dyad | null;
  events: number;
}

/** The counterparts of `code`, busiest first: one entry per other actor, both directions merged. */
export function counterparts(code: string, outgoing: Dyad[], incoming: Dyad[]): Counterpart[] {
  const byCode = new Map<string, Counterpart>();
  const entry = (c: string) => {
    let e = byCode.get(c);
    if (!e) {
      e = { code: c, out: null, in: null, events: 0 };
      byCode.set(c, e);
    }
    return e;
  };
  for (const d of outgoing) {
    const e = entry(d.targetCode);
    e.out = merge(e.out, d);
    e.events += d.events;
  }
  for (const d of incoming) {
    const e = entry(d.sourceCode);
    e.in = merge(e.in, d);
    e.events += d.events;
  }
  byCode.delete(code);
  return [...byCode.values()].sort((a, b) => b.events - a.events || a.code.localeCompare(b.code));
}

/** Two dyads to the same counterpart (PAKGOV → IND, PAKMIL → IND) drawn as one arrow. */
function merge(a: Dyad | null, b: Dyad): Dyad {
  if (!a) return b;
  const events = a.events + b.events;
  return {
    ...a,
    events,
    meanGoldstein: (a.meanGoldstein * a.events + b.meanGoldstein * b.events) / events,
  };
}

const dyadHref = (d: Dyad) => `/dyad/${encodeURIComponent(d.sourceCode)}/${encodeURIComponent(d.targetCode)}`;

export function networkGraph(code: string, outgoing: Dyad[], incoming: Dyad[]): SVGSVGElement {
  const all = counterparts(code, outgoing, incoming);
  const shown = all.slice(0, MAX_COUNTERPARTS);
  const svg = s("svg", {
    viewBox: `0 0 ${W} ${H}`,
    class: "network-graph",
    role: "group",
    "aria-label": `Network of ${code}: ${shown.length} of ${all.length} actors it acts on or that act on it`,
  });
  const defs = s("defs");
  svg.append(defs);
  const maxEvents = Math.max(1, ...shown.flatMap((c) => [c.out?.events ?? 0, c.in?.events ?? 0]));
  const width = (events: number) => 1.5 + 7 * Math.sqrt(events / maxEvents);
  const cx = W / 2;
  const cy = H / 2;
  const edges = s("g", { class: "edges-layer" });
  const nodes = s("g", { class: "nodes-layer" });
  svg.append(edges, nodes);

  shown.forEach((c, i) => {
    // Busiest at the top, then clockwise.
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / Math.max(1, shown.length);
    const x = cx + RADIUS * Math.cos(angle);
    const y = cy + RADIUS * Math.sin(angle);
    const arrow = (d: Dyad, outward: boolean, kind: string) => {
      const color = goldsteinColor(d.meanGoldstein);
      const id = `arrow-${kind}-${i}`;
      defs.append(
        s(
          "marker",
          {
            id,
            viewBox: "0 0 10 10",
            refX: 9,
            refY: 5,
            markerWidth: 3,
            markerHeight: 3,
            orient: "auto-start-reverse",
          },
          s("path", { d: "M0,0L10,5L0,10z", fill: color }),
        ),
      );
      // The two directions bend to opposite sides so both stay visible.
      const [x1, y1, x2, y2] = outward ? [cx, cy, x, y] : [x, y, cx, cy];
      const len = Math.hypot(x2 - x1, y2 - y1);
      const ux = (x2 - x1) / len;
      const uy = (y2 - y1) / len;
      const sx = x1 + ux * NODE_R;
      const sy = y1 + uy * NODE_R;
      const ex = x2 - ux * (NODE_R + 2);
      const ey = y2 - uy * (NODE_R + 2);
      const bend = 18;
      const mx = (sx + ex) / 2 - uy * bend;
      const my = (sy + ey) / 2 + ux * bend;
      const label = `${d.sourceCode} → ${d.targetCode}: ${counted(d.events, "event")}, mean Goldstein ${d.meanGoldstein.toFixed(1)}`;
      edges.append(
        s(
          "a",
          { href: dyadHref(d), "data-nav": "", class: `edge ${kind}`, "aria-label": label },
          s("path", {
            d: `M${sx.toFixed(1)},${sy.toFixed(1)}Q${mx.toFixed(1)},${my.toFixed(1)} ${ex.toFixed(1)},${ey.toFixed(1)}`,
            stroke: color,
            "stroke-width": width(d.events).toFixed(1),
            "marker-end": `url(#${id})`,
          }),
          s("title", {}, label),
        ),
      );
    };
    if (c.out) arrow(c.out, true, "out");
    if (c.in) arrow(c.in, false, "in");
    nodes.append(
      s(
        "a",
        {
          href: `/actor/${encodeURIComponent(c.code)}`,
          "data-nav": "",
          class: "node",
          "data-actor": c.code,
          "aria-label": `${c.code}: ${counted(c.events, "event")} with ${code}`,
        },
        s("circle", { cx: x.toFixed(1), cy: y.toFixed(1), r: NODE_R }),
        s("text", { x: x.toFixed(1), y: (y + 4).toFixed(1), "text-anchor": "middle" }, c.code),
      ),
    );
  });
  nodes.append(
    s(
      "g",
      { class: "node centre" },
      s("circle", { cx, cy, r: NODE_R + 6 }),
      s("text", { x: cx, y: cy + 4, "text-anchor": "middle" }, code),
    ),
  );
  return svg;
}
