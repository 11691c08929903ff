// The dashboard's entry: the page frame (navigation, filters, theme, live controls) and the router
// that maps the URL's path to a page. Every page reads its filters from the URL.

import { actorPage } from "./actor-page.ts";
import { setApiKey } from "./api.ts";
import { documentPage } from "./document-page.ts";
import { h, message } from "./dom.ts";
import { dyadPage } from "./dyad-page.ts";
import { eventsPage } from "./events-page.ts";
import { filterBar } from "./filter-bar.ts";
import { liveFeed } from "./live-feed.ts";
import { overviewPage } from "./overview-page.ts";
import { sourcesPage } from "./sources-page.ts";
import { currentFilters, navigate, onRouteChange, urlFor } from "./state.ts";
import { themeToggle } from "./theme.ts";

const app = document.getElementById("app")!;
const main = h("main", { id: "main", tabindex: "-1" });
const nav = h("nav", { "aria-label": "Views" });
const filters = filterBar();
const live = liveFeed(() => {
  // Lists and charts that show the live data redraw; a document or event page stays put.
  const page = location.pathname.split("/")[1] ?? "";
  if (page === "" || (page === "events" && !location.pathname.split("/")[2])) void render(false);
});

const VIEWS: [string, string][] = [
  ["/", "Overview"],
  ["/events", "Events"],
  ["/sources", "Sources"],
];

function drawNav(): void {
  const page = `/${location.pathname.split("/")[1] ?? ""}`;
  nav.replaceChildren(
    ...VIEWS.map(([path, label]) => {
      const a = h("a", { href: urlFor(path, currentFilters()), "data-nav": "" }, label);
      if (page === path) a.setAttribute("aria-current", "page");
      return a;
    }),
  );
}

app.append(
  h(
    "header",
    { class: "top" },
    h("a", { class: "brand", href: "/", "data-nav": "" }, "Sitrep"),
    nav,
    live.controls,
    themeToggle(),
  ),
  filters.element,
  live.notifications,
  h(
    "div",
    { class: "page" },
    main,
    h("aside", { class: "live-aside", "aria-label": "Live events" }, h("h2", {}, "Live"), live.ticker),
  ),
);

let current: AbortController | null = null;

async function render(focus = true): Promise<void> {
  current?.abort();
  const controller = new AbortController();
  current = controller;
  const parts = location.pathname.split("/").filter(Boolean).map(decodeURIComponent);
  drawNav();
  filters.sync();
  live.restart();
  main.setAttribute("aria-busy", "true");
  try {
    const [page, a, b] = parts;
    if (!page) await overviewPage(main, controller.signal);
    else if (page === "events") await eventsPage(main, controller.signal, a ?? null);
    else if (page === "dyad" && a && b) await dyadPage(main, controller.signal, a, b);
    else if (page === "actor" && a) await actorPage(main, controller.signal, a);
    else if (page === "document" && a) await documentPage(main, a);
    else if (page === "sources") await sourcesPage(main, controller.signal);
    else main.replaceChildren(message("No such page.", "error"));
  } catch (error) {
    if (controller.signal.aborted) return;
    main.replaceChildren(message(`Could not load this view: ${(error as Error).message}`, "error"));
  } finally {
    if (current === controller) main.removeAttribute("aria-busy");
  }
  if (focus && current === controller) main.focus({ preventScroll: true });
}

// In-app links change the URL without a reload; modified clicks (new tab) behave as usual.
document.addEventListener("click", (e) => {
  const a = (e.target as Element).closest?.("a[data-nav]") as HTMLAnchorElement | null;
  if (!a || e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey) return;
  e.preventDefault();
  navigate(a.getAttribute("href")!);
});

// A key can be handed over once in the fragment (#key=...) and is then kept in this browser.
const fragmentKey = /^#key=([\w.-]+)$/.exec(location.hash);
if (fragmentKey) {
  setApiKey(fragmentKey[1]!);
  history.replaceState(null, "", location.pathname + location.search);
}

onRouteChange(() => void render());
void render(false);
