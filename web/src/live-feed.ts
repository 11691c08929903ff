// Live updates: the SSE stream (/api/v1/stream, under the URL's filters) counts new events, shows
// the latest in a ticker and asks the page to refresh. Pause freezes the counter, the ticker and
// the page (arrivals are kept and shown as waiting, then applied on resume). Fired alerts become
// notifications read out by screen readers; repeated firings of one rule update its notification.
import { apiKey, type EventRow, query } from "./api.ts";
import { h, link } from "./dom.ts";
import { currentFilters, urlFor } from "./state.ts";
import { counted } from "./wording.ts";

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
/** Notifications kept on screen; older ones make way (the alert list is in the API). */
const MAX_NOTIFICATIONS = 4;

export function liveFeed(onNewEvents: () => void): LiveFeed {
  let source: EventSource | null = null;
  let received = 0;
  let waiting: HTMLElement[] = [];
  let paused = false;
  let timer: number | undefined;
  let filterKey = "";

  const counter = h("span", { class: "live-count", role: "status", "aria-live": "polite" }, "0 new");
  const held = h("span", { class: "live-waiting", "aria-live": "polite" });
  const dot = h("span", { class: "live-dot", "aria-hidden": "true" });
  const pause = h(
    "button",
    { type: "button", "aria-pressed": "false", class: "small", "aria-label": "Pause live updates" },
    "Pause",
  );
  const controls = h(
    "div",
    { class: "live", role: "group", "aria-label": "Live updates" },
    dot,
    counter,
    held,
    pause,
  );
  const ticker = h("ol", { class: "ticker", "aria-label": "Latest live events" });
  const notifications = h("div", { class: "notifications", role: "alert", "aria-live": "assertive" });

  const showCount = () => {
    counter.textContent = `${received} new`;
    held.textContent = waiting.length ? `${waiting.length} waiting` : "";
  };
  /** Shows arrivals: counted, added to the ticker, and the page refreshed once the burst ends. */
  const apply = (items: HTMLElement[]) => {
    received += items.length;
    for (const item of items) ticker.prepend(item);
    while (ticker.children.length > TICKER_SIZE) ticker.lastElementChild?.remove();
    showCount();
    window.clearTimeout(timer);
    timer = window.setTimeout(onNewEvents, REFRESH_DELAY_MS);
  };
  pause.addEventListener("click", () => {
    paused = !paused;
    pause.setAttribute("aria-pressed", String(paused));
    pause.setAttribute("aria-label", paused ? "Resume live updates" : "Pause live updates");
    pause.textContent = paused ? "Resume" : "Pause";
    controls.classList.toggle("paused", paused);
    if (!paused && waiting.length) {
      const items = waiting;
      waiting = [];
      apply(items);
    }
    showCount();
  });

  const onEvent = (e: MessageEvent<string>) => {
    const ev = JSON.parse(e.data) as EventRow;
    const item = h(
      "li",
      { class: "live-event" },
      link(
        urlFor(`/events/${encodeURIComponent(ev.eventKey)}`, currentFilters()),
        `${ev.day} ${ev.sourceCode} → ${ev.targetCode ?? "—"} ${ev.cameoCode}`,
      ),
    );
    if (paused) {
      waiting.push(item);
      showCount();
    } else apply([item]);
  };
  const shownAlerts = new Map<string, { note: HTMLElement; count: HTMLElement; firings: number }>();
  const onAlert = (e: MessageEvent<string>) => {
    const alert = JSON.parse(e.data) as {
      ruleId?: string;
      ruleName?: string;
      firedAt?: string;
      detail?: { event?: EventRow; count?: number; hotspot?: { key?: string } };
    };
    const rule = alert.ruleId ?? alert.ruleName ?? "alert";
    const open = shownAlerts.get(rule);
    if (open?.note.isConnected) {
      open.firings++;
      open.count.textContent = ` (${counted(open.firings, "firing")})`;
      return;
    }
    const ev = alert.detail?.event;
    const what = ev
      ? link(
          urlFor(`/events/${encodeURIComponent(ev.eventKey)}`, currentFilters()),
          `${ev.sourceCode} → ${ev.targetCode ?? "—"} ${ev.cameoCode}`,
        )
      : alert.detail?.hotspot?.key
        ? `hotspot ${alert.detail.hotspot.key}`
        : alert.detail?.count !== undefined
          ? counted(alert.detail.count, "event")
          : "";
    const count = h("span", { class: "firings" });
    const close = h("button", { type: "button", class: "small", "aria-label": "Dismiss notification" }, "×");
    const note = h(
      "div",
      { class: "notification", "data-rule": rule },
      h("strong", {}, `Alert: ${alert.ruleName ?? "alert"}`),
      ` fired ${alert.firedAt?.slice(11, 19) ?? ""} UTC `,
      what,
      count,
      close,
    );
    close.addEventListener("click", () => {
      note.remove();
      shownAlerts.delete(rule);
    });
    shownAlerts.set(rule, { note, count, firings: 1 });
    notifications.append(note);
    while (notifications.children.length > MAX_NOTIFICATIONS) notifications.firstElementChild?.remove();
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
