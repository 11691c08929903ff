// Prometheus text exposition for GET /metrics: requests and latencies per route, events stored and
// streamed, alert firings, and gauges read at scrape time (store counts, queue depth when a queue is
// attached). Hand-written: a dozen series do not need a client library.
import type { FastifyInstance } from "fastify";

/** Latency buckets in seconds: API reads are expected in the low milliseconds. */
const BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];

export type Gauge = () => Promise<Record<string, number>>;

export class Metrics {
  private readonly counters = new Map<string, number>();
  private readonly histograms = new Map<string, { buckets: number[]; sum: number; count: number }>();
  private readonly gauges: { name: string; help: string; read: Gauge }[] = [];

  inc(name: string, labels: Record<string, string> = {}, by = 1): void {
    const key = seriesKey(name, labels);
    this.counters.set(key, (this.counters.get(key) ?? 0) + by);
  }

  observe(name: string, labels: Record<string, string>, seconds: number): void {
    const key = seriesKey(name, labels);
    let h = this.histograms.get(key);
    if (!h) {
      h = { buckets: BUCKETS.map(() => 0), sum: 0, count: 0 };
      this.histograms.set(key, h);
    }
    BUCKETS.forEach((b, i) => {
      if (seconds <= b) h.buckets[i]!++;
    });
    h.sum += seconds;
    h.count++;
  }

  /** A gauge family read at scrape time: `read` returns value by label value of `label`. */
  gauge(name: string, help: string, read: Gauge): void {
    this.gauges.push({ name, help, read });
  }

  async render(): Promise<string> {
    const out: string[] = [];
    const families = new Map<string, string[]>();
    for (const [key, v] of this.counters) {
      const name = key.split("{")[0]!;
      families.set(name, [...(families.get(name) ?? []), `${key} ${v}`]);
    }
    for (const [name, lines] of [...families].sort()) out.push(`# TYPE ${name} counter`, ...lines);
    const hfam = new Map<string, string[]>();
    for (const [key, h] of this.histograms) {
      const [name, rest] = splitKey(key);
      const lines = hfam.get(name) ?? [];
      BUCKETS.forEach((b, i) => {
        lines.push(`${name}_bucket{${rest}${rest ? "," : ""}le="${b}"} ${h.buckets[i]}`);
      });
      lines.push(`${name}_bucket{${rest}${rest ? "," : ""}le="+Inf"} ${h.count}`);
      lines.push(
        `${name}_sum${rest ? `{${rest}}` : ""} ${h.sum}`,
        `${name}_count${rest ? `{${rest}}` : ""} ${h.count}`,
      );
      hfam.set(name, lines);
    }
    for (const [name, lines] of [...hfam].sort()) out.push(`# TYPE ${name} histogram`, ...lines);
    for (const g of this.gauges) {
      let values: Record<string, number> = {};
      try {
        values = await g.read();
      } catch {
        continue; // a gauge whose source is down is left out rather than failing the scrape
      }
      out.push(`# HELP ${g.name} ${g.help}`, `# TYPE ${g.name} gauge`);
      for (const [label, v] of Object.entries(values))
        out.push(label ? `${g.name}{kind="${escapeLabel(label)}"} ${v}` : `${g.name} ${v}`);
    }
    return `${out.join("\n")}\n`;
  }
}

function escapeLabel(v: string): string {
  return v.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\n/g, "\\n");
}

/** Series keys of label objects used again and again (the request metrics' label sets). */
const keysOfLabels = new WeakMap<Record<string, string>, Map<string, string>>();

function seriesKey(name: string, labels: Record<string, string>): string {
  let byName = keysOfLabels.get(labels);
  if (!byName) {
    byName = new Map();
    keysOfLabels.set(labels, byName);
  }
  let key = byName.get(name);
  if (key === undefined) {
    key = formatSeriesKey(name, labels);
    byName.set(name, key);
  }
  return key;
}

function formatSeriesKey(name: string, labels: Record<string, string>): string {
  const parts = Object.entries(labels)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([k, v]) => `${k}="${escapeLabel(v)}"`);
  return parts.length ? `${name}{${parts.join(",")}}` : name;
}

function splitKey(key: string): [string, string] {
  const i = key.indexOf("{");
  return i < 0 ? [key, ""] : [key.slice(0, i), key.slice(i + 1, -1)];
}

/** Counts every request by route and status, and times it. */
export function registerRequestMetrics(app: FastifyInstance, metrics: Metrics): void {
  // Label sets by method, route and status, built once: formatting them per request cost more
  // than a cached answer's own work.
  const labelSets = new Map<string, { counted: Record<string, string>; timed: Record<string, string> }>();
  app.addHook("onResponse", async (request, reply) => {
    // The route pattern, never the raw URL: ids and filters would make unbounded label values.
    const route = request.routeOptions.url ?? "unmatched";
    const id = `${request.method} ${route} ${reply.statusCode}`;
    let labels = labelSets.get(id);
    if (!labels) {
      labels = {
        counted: { method: request.method, route, status: String(reply.statusCode) },
        timed: { method: request.method, route },
      };
      labelSets.set(id, labels);
    }
    metrics.inc("sitrep_http_requests_total", labels.counted);
    metrics.observe("sitrep_http_request_duration_seconds", labels.timed, reply.elapsedTime / 1000);
  });
}
