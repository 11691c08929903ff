// Filters and the route live in the URL (path + query string), so any view can be shared and
// reloaded; this module reads and writes them and tells the app when they change.
export const FILTER_KEYS = ["from", "to", "actor", "country", "root", "quad", "plover", "text"] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export type Filters = Partial<Record<FilterKey, string>>;

export function currentFilters(): Filters {
  const q = new URLSearchParams(location.search);
  const f: Filters = {};
  for (const k of FILTER_KEYS) {
    const v = q.get(k);
    if (v) f[k] = v;
  }
  return f;
}

/** The overview's default period when the URL sets none: the last N days of data, or "all". */
export type Span = "7" | "30" | "365" | "all";
export const DEFAULT_SPAN: Span = "30";

export function currentSpan(): Span {
  const v = new URLSearchParams(location.search).get("span");
  return v === "7" || v === "30" || v === "365" || v === "all" ? v : DEFAULT_SPAN;
}

/** A view's URL: the filters, and the overview's span (a view setting, never sent to the API). */
export function urlFor(path: string, filters: Filters, span: Span = currentSpan()): string {
  const q = new URLSearchParams();
  for (const k of FILTER_KEYS) if (filters[k]) q.set(k, filters[k]!);
  if (span !== DEFAULT_SPAN) q.set("span", span);
  const text = q.toString();
  return text ? `${path}?${text}` : path;
}

type Listener = () => void;
const listeners = new Set<Listener>();

export function onRouteChange(fn: Listener): void {
  listeners.add(fn);
}

export function navigate(url: string, replace = false): void {
  if (replace) history.replaceState(null, "", url);
  else history.pushState(null, "", url);
  for (const fn of listeners) fn();
}

/** Changes some filters and stays on the current page. */
export function setFilters(change: Filters): void {
  const next = { ...currentFilters(), ...change };
  for (const k of FILTER_KEYS) if (!next[k]) delete next[k];
  navigate(urlFor(location.pathname, next));
}

window.addEventListener("popstate", () => {
  for (const fn of listeners) fn();
});
