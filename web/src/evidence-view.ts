// An event's evidence: the sentence with its trigger, source and target highlighted. The API's
// spans are offsets in the document text, so the sentence is cut from the stored document at the
// sentence's own offsets and the spans are shifted into it. Everything is text nodes (<mark>s).
import { type DocumentReply, get, type Mention, type Span } from "./api.ts";
import { h } from "./dom.ts";

const documents = new Map<string, Promise<DocumentReply | null>>();

export function fetchDocument(docKey: string): Promise<DocumentReply | null> {
  let p = documents.get(docKey);
  if (!p) {
    p = get<DocumentReply>(`/documents/${encodeURIComponent(docKey)}`).catch(() => null);
    documents.set(docKey, p);
  }
  return p;
}

interface Mark {
  start: number;
  end: number;
  roles: ("trigger" | "source" | "target")[];
}

/** The sentence as text with marks; falls back to the plain evidence when offsets do not fit. */
export async function evidenceSentence(m: Mention): Promise<HTMLElement> {
  const doc = await fetchDocument(m.docKey);
  const text = doc?.article?.text;
  const sentence = doc?.annotations?.sentences?.[m.sentenceIndex];
  const p = h("p", { class: "evidence" });
  if (!text || !sentence) {
    p.textContent = m.evidence;
    return p;
  }
  const marks: Mark[] = [];
  const add = (span: Span | null, role: Mark["roles"][number]) => {
    if (!span || span.start < sentence.start || span.end > sentence.end || span.end <= span.start) return;
    const start = span.start - sentence.start;
    const end = span.end - sentence.start;
    // One phrase can play two roles ("Both sides agreed to ...": each side acts on the other).
    const same = marks.find((k) => k.start === start && k.end === end);
    if (same) same.roles.push(role);
    else marks.push({ start, end, roles: [role] });
  };
  add(m.source, "source");
  add(m.trigger, "trigger");
  add(m.target, "target");
  marks.sort((a, b) => a.start - b.start);
  const body = text.slice(sentence.start, sentence.end);
  let at = 0;
  for (const mark of marks) {
    if (mark.start < at) continue; // overlapping spans: the first one wins
    p.append(body.slice(at, mark.start));
    const classes = mark.roles.map((role) => `hl-${role}`).join(" ");
    p.append(
      h("mark", { class: classes, title: mark.roles.join(" and ") }, body.slice(mark.start, mark.end)),
    );
    at = mark.end;
  }
  p.append(body.slice(at));
  return p;
}

export function highlightLegend(): HTMLElement {
  return h(
    "p",
    { class: "legend" },
    "Highlighted: ",
    h("mark", { class: "hl-source" }, "source"),
    " ",
    h("mark", { class: "hl-trigger" }, "trigger (the event's verb)"),
    " ",
    h("mark", { class: "hl-target" }, "target"),
  );
}
