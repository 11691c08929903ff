// A stored document: title, metadata, the extracted text (as text: article text is untrusted and
// never parsed as HTML) and the events coded from it.
import { externalLink, h, link, message, section } from "./dom.ts";
import { eventRow } from "./event-row.ts";
import { fetchDocument } from "./evidence-view.ts";

export async function documentPage(main: HTMLElement, docKey: string): Promise<void> {
  const doc = await fetchDocument(docKey);
  if (!doc) {
    main.replaceChildren(message(`No document ${docKey}.`, "error"));
    return;
  }
  const text = doc.article?.text ?? "";
  main.replaceChildren(
    h("h1", { class: "doc-title" }, doc.title ?? "Untitled document"),
    h(
      "p",
      { class: "muted" },
      [doc.source, doc.publishedAt?.slice(0, 10)].filter(Boolean).join(", "),
      " ",
      externalLink(doc.url, "original ↗"),
    ),
    h(
      "div",
      { class: "doc-layout" },
      section(
        "Text",
        ...text
          .split(/\n{2,}/)
          .filter((p) => p.trim())
          .map((p) => h("p", { class: "doc-text" }, p)),
      ),
      section(
        "Events in this document",
        doc.events.length
          ? h("div", { class: "event-list short" }, ...doc.events.map((e) => eventRow(e)))
          : message("No events were coded from this document."),
        link("/events", "All events →"),
      ),
    ),
  );
}
