// Sources: each watched feed's health (from `sitrep serve --sources`: last poll, its answer, errors
// in a row, what it brought) and every site documents came from.
import { get } from "./api.ts";
import { h, message, section } from "./dom.ts";

type Row = Record<string, unknown>;

interface SourceStatus {
  lastPollAt: string | null;
  nextPollAt: number;
  lastStatus: number | null;
  lastError: { code: string; message: string } | null;
  consecutiveFailures: number;
  polls: number;
  itemsLast: number;
  itemsNewLast: number;
  itemsNewTotal: number;
  documentsStored: number;
  documentsFailed: number;
}

interface WatchedSource {
  name: string;
  type: string;
  address: string;
  enabled: boolean;
  intervalMs: number | null;
  status: SourceStatus | null;
}

export type Health = "healthy" | "failing" | "late" | "waiting" | "disabled";

/** A source's health: failing after an error, late when a poll is well overdue, waiting before its first. */
export function healthOf(s: WatchedSource, now = Date.now()): Health {
  if (!s.enabled) return "disabled";
  if (!s.status || s.status.polls === 0) return "waiting";
  if (s.status.consecutiveFailures > 0) return "failing";
  const grace = Math.max(60_000, s.intervalMs ?? 0);
  return s.status.nextPollAt + grace < now ? "late" : "healthy";
}

function ago(iso: string | null, now = Date.now()): string {
  if (!iso) return "never";
  const s = Math.max(0, Math.round((now - Date.parse(iso)) / 1000));
  if (s < 90) return `${s} s ago`;
  if (s < 5400) return `${Math.round(s / 60)} min ago`;
  if (s < 129_600) return `${Math.round(s / 3600)} h ago`;
  return `${Math.round(s / 86_400)} days ago`;
}

function healthTable(sources: WatchedSource[]): HTMLElement {
  const head = [
    "Health",
    "Source",
    "Type",
    "Last poll",
    "Answer",
    "New items (last / all)",
    "Documents stored / failed",
  ];
  return h(
    "div",
    { class: "table-wrap" },
    h(
      "table",
      { class: "source-health" },
      h("caption", { class: "visually-hidden" }, "Health of each watched source"),
      h("thead", {}, h("tr", {}, ...head.map((c) => h("th", { scope: "col" }, c)))),
      h(
        "tbody",
        {},
        ...sources.map((src) => {
          const st = src.status;
          const health = healthOf(src);
          const failing = st?.consecutiveFailures
            ? ` (${st.consecutiveFailures} in a row${st.lastError ? `: ${st.lastError.code} ${st.lastError.message}` : ""})`
            : "";
          return h(
            "tr",
            { "data-source": src.name, "data-health": health },
            h("td", {}, h("span", { class: `health ${health}` }, health), failing),
            h("th", { scope: "row" }, src.name, h("div", { class: "muted address" }, src.address)),
            h("td", {}, src.type),
            h("td", {}, ago(st?.lastPollAt ?? null)),
            h("td", {}, st?.lastStatus ? String(st.lastStatus) : st?.lastError ? "error" : "—"),
            h("td", { class: "num" }, st ? `${st.itemsNewLast} / ${st.itemsNewTotal}` : "—"),
            h("td", { class: "num" }, st ? `${st.documentsStored} / ${st.documentsFailed}` : "—"),
          );
        }),
      ),
    ),
  );
}

function table(caption: string, rows: Row[]): HTMLElement {
  if (!rows.length) return message(`No ${caption.toLowerCase()}.`);
  const cols = Object.keys(rows[0]!);
  return h(
    "div",
    { class: "table-wrap" },
    h(
      "table",
      {},
      h("caption", { class: "visually-hidden" }, caption),
      h("thead", {}, h("tr", {}, ...cols.map((c) => h("th", { scope: "col" }, c)))),
      h(
        "tbody",
        {},
        ...rows.map((r) =>
          h(
            "tr",
            {},
            ...cols.map((c) =>
              h("td", {}, typeof r[c] === "object" ? JSON.stringify(r[c]) : String(r[c] ?? "")),
            ),
          ),
        ),
      ),
    ),
  );
}

export async function sourcesPage(main: HTMLElement, signal: AbortSignal): Promise<void> {
  const { watched, sites } = await get<{ watched: WatchedSource[]; sites: Row[] }>("/sources", {}, signal);
  const counts = new Map<Health, number>();
  for (const w of watched) counts.set(healthOf(w), (counts.get(healthOf(w)) ?? 0) + 1);
  const summary = [...counts].map(([k, n]) => `${n} ${k}`).join(", ");
  main.replaceChildren(
    h("h1", {}, "Sources"),
    section(
      "Watched sources",
      watched.length
        ? h(
            "div",
            {},
            h("p", { class: "muted" }, `${watched.length} watched: ${summary}.`),
            healthTable(watched),
          )
        : message("No watched sources: start `sitrep serve --sources FILE`."),
    ),
    section("Sites documents came from", table("Sites", sites)),
  );
}
