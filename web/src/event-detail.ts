// One event in full: its codes, actors and place, the evidence sentence of every report with the
// spans highlighted, and links to the documents (their page here and the original URL).
import { type EventRow, get, type Mention } from "./api.ts";
import { QUAD_NAMES } from "./color-scales.ts";
import { externalLink, h, link, section } from "./dom.ts";
import { evidenceSentence, highlightLegend } from "./evidence-view.ts";
import { CAMEO_NAMES, CAMEO_ROOTS } from "./ontology.ts";

export async function eventDetail(id: string, signal: AbortSignal): Promise<HTMLElement> {
  const { event: e, mentions } = await get<{ event: EventRow; mentions: Mention[] }>(
    `/events/${encodeURIComponent(id)}`,
    {},
    signal,
  );
  const facts = h(
    "dl",
    { class: "facts" },
    h("dt", {}, "Date"),
    h("dd", {}, e.day),
    h("dt", {}, "Source"),
    h("dd", {}, link(`/actor/${encodeURIComponent(e.sourceCode)}`, `${e.sourceCode}`), ` (${e.sourceName})`),
    h("dt", {}, "Target"),
    h(
      "dd",
      {},
      e.targetCode ? link(`/actor/${encodeURIComponent(e.targetCode)}`, e.targetCode) : "—",
      e.targetName ? ` (${e.targetName})` : "",
    ),
    h("dt", {}, "CAMEO"),
    h(
      "dd",
      {},
      `${e.cameoCode} ${CAMEO_NAMES[e.cameoCode] ?? ""} — root ${e.cameoRoot} ${CAMEO_ROOTS[e.cameoRoot] ?? ""} (${QUAD_NAMES[e.quadClass]})`,
    ),
    h("dt", {}, "PLOVER"),
    h("dd", {}, e.ploverType),
    h("dt", {}, "Goldstein"),
    h("dd", {}, String(e.goldstein)),
    h("dt", {}, "Place"),
    h("dd", {}, [e.placeName, e.country].filter(Boolean).join(", ") || "—"),
    h("dt", {}, "Reports"),
    h("dd", {}, `${e.numMentions} mentions from ${e.numSources} sources`),
  );
  const reports = await Promise.all(
    mentions.map(async (m) =>
      h(
        "li",
        { class: "mention" },
        await evidenceSentence(m),
        h(
          "p",
          { class: "muted" },
          link(`/document/${encodeURIComponent(m.docKey)}`, m.document.title ?? "Untitled document"),
          m.document.source ? ` — ${m.document.source}` : "",
          m.document.publishedAt ? `, ${m.document.publishedAt.slice(0, 10)}` : "",
          " ",
          externalLink(m.document.url, "original ↗"),
        ),
      ),
    ),
  );
  const dyad =
    e.targetCode &&
    link(`/dyad/${encodeURIComponent(e.sourceCode)}/${encodeURIComponent(e.targetCode)}`, "Dyad over time →");
  return section(
    `Event ${e.sourceCode} → ${e.targetCode ?? "—"}`,
    facts,
    dyad || "",
    h("h3", {}, mentions.length > 1 ? `Evidence (${mentions.length} reports)` : "Evidence"),
    highlightLegend(),
    h("ol", { class: "mentions" }, ...reports),
  );
}
