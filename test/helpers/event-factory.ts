import type { CodedEvent } from "../../src/types.ts";

/** A coded event with sensible defaults; tests override what they check. */
export function makeEvent(
  over: Partial<CodedEvent> & { code?: string; src?: string; tgt?: string | null } = {},
): CodedEvent {
  const code = over.code ?? "040";
  const root = code.slice(0, 2);
  const quad = (
    ["01", "02", "03", "04", "05"].includes(root)
      ? 1
      : ["06", "07", "08"].includes(root)
        ? 2
        : ["09", "10", "11", "12", "13", "14", "15", "16"].includes(root)
          ? 3
          : 4
  ) as 1 | 2 | 3 | 4;
  const { code: _c, src, tgt, ...rest } = over;
  return {
    docId: "doc",
    eventId: "e1",
    date: "2020-06-16",
    sentenceIndex: 0,
    source: { code: src ?? "PAKMIL", name: "Pakistan army", start: 0, end: 8 },
    target: tgt === null ? null : { code: tgt ?? "CHNMIL", name: "Chinese army", start: 20, end: 27 },
    cameo: { code, root, quadClass: quad, goldstein: quad <= 2 ? 1 : -5 },
    plover: { type: quad <= 2 ? "CONSULT" : "ASSAULT", mode: null, contexts: ["military"] },
    modality: "asserted",
    negated: false,
    attribution: null,
    location: { name: "Beijing", country: "CHN", lat: 39.9075, lon: 116.39723 },
    trigger: { start: 10, end: 14, text: "met" },
    evidence: "The Pakistani army chief met Chinese generals in Beijing.",
    confidence: 0.9,
    dictionaryVersion: "test-1",
    ...rest,
  };
}
