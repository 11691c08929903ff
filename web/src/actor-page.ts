// An actor (/actor/CODE): who it acts on and who acts on it, drawn as a graph (network-graph.ts)
// and listed with links to each dyad, and its latest events.
import { type Dyad, type EventRow, get } from "./api.ts";
import { h, link, message, section } from "./dom.ts";
import { eventRow } from "./event-row.ts";
import { networkGraph } from "./network-graph.ts";
import { currentFilters } from "./state.ts";
import { counted } from "./wording.ts";

export async function actorPage(main: HTMLElement, signal: AbortSignal, code: string): Promise<void> {
  const f = currentFilters();
  const [{ dyads }, { events }] = await Promise.all([
    get<{ dyads: Dyad[] }>("/dyads", { ...f, actor: code, limit: 200 }, signal),
    get<{ events: EventRow[] }>("/events", { ...f, actor: code, limit: 20 }, signal),
  ]);
  const outgoing = dyads.filter((d) => d.sourceCode.startsWith(code));
  const incoming = dyads.filter((d) => d.targetCode.startsWith(code) && !d.sourceCode.startsWith(code));
  const edgeList = (list: Dyad[], other: (d: Dyad) => string) =>
    list.length
      ? h(
          "ul",
          { class: "edges" },
          ...list
            .slice(0, 30)
            .map((d) =>
              h(
                "li",
                {},
                link(
                  `/dyad/${encodeURIComponent(d.sourceCode)}/${encodeURIComponent(d.targetCode)}`,
                  other(d),
                ),
                h(
                  "span",
                  { class: "num" },
                  ` ${counted(d.events, "event")}, Goldstein ${d.meanGoldstein.toFixed(1)}`,
                ),
              ),
            ),
        )
      : message("None.");
  main.replaceChildren(
    h("h1", {}, `Actor ${code}`),
    h(
      "div",
      { class: "dyad-grid" },
      section(
        "Network",
        outgoing.length || incoming.length
          ? networkGraph(code, outgoing, incoming)
          : message("No dyads with this actor under these filters."),
        h(
          "p",
          { class: "legend" },
          "Arrows: who acts on whom, as thick as the events, coloured by mean Goldstein (red = conflict, blue = cooperation). Choose an actor to open its network, an arrow to open the dyad.",
        ),
      ),
      section(
        `${code} acts on`,
        edgeList(outgoing, (d) => `${d.sourceCode} → ${d.targetCode}`),
      ),
      section(
        `Acting on ${code}`,
        edgeList(incoming, (d) => `${d.sourceCode} → ${d.targetCode}`),
      ),
      section(
        "Latest events",
        events.length
          ? h("div", { class: "event-list short" }, ...events.map((e) => eventRow(e)))
          : message("No events."),
      ),
    ),
  );
}
