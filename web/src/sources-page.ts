// Sources: each watched feed's health (from `sitrep serve --sources`) and every site documents came from.
import { get } from "./api.ts";
import { h, message, section } from "./dom.ts";

type Row = Record<string, unknown>;

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
  const { watched, sites } = await get<{ watched: Row[]; sites: Row[] }>("/sources", {}, signal);
  main.replaceChildren(
    h("h1", {}, "Sources"),
    section(
      "Watched feeds",
      watched.length
        ? table("Watched feeds", watched)
        : message("No watched feeds: start `sitrep serve --sources FILE`."),
    ),
    section("Sites documents came from", table("Sites", sites)),
  );
}
