// Live updates: the SSE stream (/api/v1/stream, under the URL's filters) counts new events, shows
// the latest in a ticker and asks the page to refresh; Pause stops applying them (they are still
// counted and applied on resume). Fired alerts become notifications read out by screen readers.
import { apiKey, type EventRow, query } from "./api.ts";
import { h, link } from "./dom.ts";
import { currentFilters, urlFor } from "./state.ts";

export interface LiveFeed {
  readonly controls: HTMLElement;
  readonly ticker: HTMLElement;
  readonly notifications: HTMLElement;
  /** Reconnects with the current filters (after a navigation changed them). */
  restart(): void;
}

/** New events arriving in a burst (a document with many events) refresh the page once. */
const REFRESH_DELAY_MS = 1500;
const TICKER_SIZE = 5;

export function liveFeed(onNewEvents: () => void): LiveFeed {
  let source: EventSource | null = null;
  let received = 0;
  let pending = 0;
  let paused = false;
  let timer: number | undefined;
  let filterKey = "";

  const counter = h("span", { class: "live-count", role: "status", "aria-live": "polite" }, "0 new");
  const dot = h("span", { class: "live-dot", "aria-hidden": "true" });
  const pause = h("button", { type: "button", "aria-pressed": "false", class: "small" }, "Pause");
  const controls = h("div", { class: "live", "aria-label": "Live updates" }, dot, counter, pause);
  const ticker = h("ol", { class: "ticker", "aria-label": "Latest live events" });
  const notifications = h("div", { class: "notifications", role: "alert", "aria-live": "assertive" });

  const showCount = () => {
    counter.textContent = paused && pending ? `${received} new (${pending} waiting)` : `${received} new`;
  };
  const apply = () => {
    pending = 0;
    showCount();
    window.clearTimeout(timer);
    timer = window.setTimeout(onNewEvents, REFRESH_DELAY_MS);
  };
  pause.addEventListener("click", () => {
    paused = !paused;
    pause.setAttribute("aria-pressed", String(paused));
    pause.textContent = paused ? "Resume" : "Pause";
    controls.classList.toggle("paused", paused);
    if (!paused && pending) apply();
    showCount();
  });

  const onEvent = (e: MessageEvent<string>) => {
    const ev = JSON.parse(e.data) as EventRow;
    received++;
    const item = h(
      "li",
      { class: "live-event" },
      link(
        urlFor(`/events/${encodeURIComponent(ev.eventKey)}`, currentFilters()),
        `${ev.day} ${ev.sourceCode} → ${ev.targetCode ?? "—"} ${ev.cameoCode}`,
      ),
    );
    if (paused) pending++;
    else {
      ticker.prepend(item);
      while (ticker.children.length > TICKER_SIZE) ticker.lastElementChild?.remove();
      apply();
    }
    showCount();
  };
  const onAlert = (e: MessageEvent<string>) => {
    const alert = JSON.parse(e.data) as {
      ruleName?: string;
      firedAt?: string;
      condition?: { type?: string };
    };
    const name = alert.ruleName ?? "alert";
    const close = h("button", { type: "button", class: "small", "aria-label": "Dismiss notification" }, "×");
    const note = h(
      "div",
      { class: "notification" },
      h("strong", {}, `Alert: ${name}`),
      ` fired ${alert.firedAt?.slice(11, 19) ?? ""} UTC `,
      close,
    );
    close.addEventListener("click", () => note.remove());
    notifications.append(note);
  };

  const restart = () => {
    const f = currentFilters();
    // The stream takes the period from the events themselves; other filters narrow what arrives.
    const params = {
      actor: f.actor,
      country: f.country,
      root: f.root,
      quad: f.quad,
      plover: f.plover,
      text: f.text,
    };
    const key = JSON.stringify(params);
    if (source && key === filterKey) return;
    filterKey = key;
    source?.close();
    const token = apiKey();
    source = new EventSource(`/api/v1/stream${query({ ...params, access_token: token ?? undefined })}`);
    source.addEventListener("event", onEvent as EventListener);
    source.addEventListener("alert", onAlert as EventListener);
    source.addEventListener("open", () => controls.classList.add("connected"));
    source.addEventListener("error", () => controls.classList.remove("connected"));
  };
  return { controls, ticker, notifications, restart };
}
