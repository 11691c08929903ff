// One event as a list row: date, source → target, CAMEO code and name, PLOVER type, place and the
// number of sources. Shared by the events list, the overview and the dyad page.
import type { EventRow } from "./api.ts";
import { h, link } from "./dom.ts";
import { CAMEO_NAMES, CAMEO_ROOTS } from "./ontology.ts";
import { currentFilters, urlFor } from "./state.ts";

export function eventRow(e: EventRow, selected = false): HTMLElement {
  const dyad = `${e.sourceCode} → ${e.targetCode ?? "—"}`;
  const a = link(
    urlFor(`/events/${encodeURIComponent(e.eventKey)}`, currentFilters()),
    h("span", { class: "day" }, e.day),
    h("span", { class: "dyad" }, dyad),
    h(
      "span",
      { class: `code quad-${e.quadClass}` },
      `${e.cameoCode} ${CAMEO_NAMES[e.cameoCode] ?? CAMEO_ROOTS[e.cameoRoot] ?? ""}`,
    ),
    h("span", { class: "plover" }, e.ploverType),
    h("span", { class: "place" }, e.placeName ?? e.country ?? ""),
    h("span", { class: "sources", title: "number of sources" }, `${e.numSources} src`),
  );
  a.className = `event-row${selected ? " selected" : ""}`;
  a.setAttribute("data-event", e.eventKey);
  a.setAttribute(
    "aria-label",
    `${e.day}, ${e.sourceName || e.sourceCode} to ${e.targetName ?? e.targetCode ?? "no target"}, ${CAMEO_NAMES[e.cameoCode] ?? e.cameoCode}, ${e.placeName ?? ""}`,
  );
  if (selected) a.setAttribute("aria-current", "true");
  return a;
}
