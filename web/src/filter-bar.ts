// The filter bar: period, actor, country, CAMEO root, QuadClass, PLOVER type and words. Applying
// writes them into the URL (the single source of truth); sync() shows what the URL holds.

import { QUAD_NAMES } from "./color-scales.ts";
import { h } from "./dom.ts";
import { CAMEO_ROOTS, PLOVER_TYPES } from "./ontology.ts";
import { currentFilters, FILTER_KEYS, type Filters, setFilters } from "./state.ts";

export function filterBar(): { element: HTMLElement; sync(): void } {
  const inputs: Partial<Record<keyof Filters, HTMLInputElement | HTMLSelectElement>> = {};
  const field = (key: keyof Filters, label: string, control: HTMLInputElement | HTMLSelectElement) => {
    control.id = `filter-${key}`;
    control.name = key;
    inputs[key] = control;
    return h("div", { class: "field" }, h("label", { for: control.id }, label), control);
  };
  const select = (options: [string, string][]) =>
    h(
      "select",
      {},
      h("option", { value: "" }, "Any"),
      ...options.map(([v, l]) => h("option", { value: v }, l)),
    );
  const form = h(
    "form",
    { class: "filters", role: "search", "aria-label": "Filters" },
    field("from", "From", h("input", { type: "date" })),
    field("to", "To", h("input", { type: "date" })),
    field(
      "actor",
      "Actor",
      h("input", { type: "text", placeholder: "PAK, USAGOV", size: "8", pattern: "[A-Za-z0-9]*" }),
    ),
    field(
      "country",
      "Country",
      h("input", { type: "text", placeholder: "ISO3", size: "5", pattern: "[A-Za-z]{3}" }),
    ),
    field("root", "CAMEO root", select(Object.entries(CAMEO_ROOTS).map(([c, n]) => [c, `${c} ${n}`]))),
    field("quad", "QuadClass", select([1, 2, 3, 4].map((q) => [String(q), `${q} ${QUAD_NAMES[q]}`]))),
    field("plover", "PLOVER", select(PLOVER_TYPES.map((p) => [p, p]))),
    field("text", "Words", h("input", { type: "search", placeholder: "in the evidence", size: "12" })),
    h(
      "div",
      { class: "field buttons" },
      h("button", { type: "submit" }, "Apply"),
      h("button", { type: "reset" }, "Clear"),
    ),
  );
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    const next: Filters = {};
    for (const k of FILTER_KEYS) {
      const v = inputs[k]?.value.trim();
      next[k] = k === "actor" || k === "country" ? v?.toUpperCase() : v;
    }
    setFilters(next);
  });
  form.addEventListener("reset", (e) => {
    e.preventDefault();
    setFilters(Object.fromEntries(FILTER_KEYS.map((k) => [k, undefined])) as Filters);
  });
  return {
    element: form,
    sync() {
      const f = currentFilters();
      for (const k of FILTER_KEYS) if (inputs[k]) inputs[k]!.value = f[k] ?? "";
    },
  };
}
