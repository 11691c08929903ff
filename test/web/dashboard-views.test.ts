// The dashboard's other views in Chromium over a real server: the map zoomed into a country with
// its admin-1 regions (fetched only then), an actor's network graph, the watched sources' health,
// the live view's pause button, a fired alert as a notification, and accessibility: every control
// has a name in Chromium's own accessibility tree, and Tab reaches the filters, the map and the
// events. With SITREP_SCREENSHOTS=DIR it saves screenshots of these views there too.
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiKey } from "../../src/serve/api-keys.ts";
import {
  browserSkipReason,
  collectErrors,
  type Dashboard,
  launchBrowser,
  REPO,
  startDashboard,
} from "./dashboard-harness.ts";
import { focusPath, unnamedControls, waitForAttribute, waitForText } from "./page-checks.ts";

const skip = browserSkipReason();
const SHOTS = process.env.SITREP_SCREENSHOTS ?? null;

// biome-ignore lint/suspicious/noExplicitAny: API replies are read loosely in assertions
type Json = Record<string, any>;

describe.skipIf(skip !== null)("dashboard views in Chromium", () => {
  let dash: Dashboard;
  let browser: Browser;
  let page: Page;
  let errors: string[];
  let write = "";
  // Reads need a key too once one exists; a write key reads.
  const api = async (path: string, init?: RequestInit): Promise<Json> => {
    const res = await fetch(`${dash.url}${path}`, {
      ...init,
      headers: { authorization: `Bearer ${write}`, ...(init?.headers as Record<string, string>) },
    });
    return res.status === 204 ? {} : ((await res.json()) as Json);
  };
  const post = (path: string, body: Json) =>
    api(path, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });
  const shot = async (name: string) => {
    if (!SHOTS) return;
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: join(SHOTS, `${name}.png`) });
  };
  const demo = (file: string) => readFileSync(join(REPO, "data", "demo", file), "utf8");

  beforeAll(async () => {
    dash = await startDashboard();
    write = (await createApiKey(dash.store, "write", "browser test")).key;
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    // The key is handed over once in the fragment and kept in this browser (localStorage).
    await page.goto(`${dash.url}/sources#key=${write}`);
    await page.waitForSelector("main:not([aria-busy]) h1");
    errors = collectErrors(page);
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await dash?.close();
  });

  it("zooms into a chosen country and colours its admin-1 regions, fetched only then", async () => {
    const admin1Requests: string[] = [];
    page.on("request", (r) => {
      if (new URL(r.url()).pathname.startsWith("/admin1/")) admin1Requests.push(r.url());
    });
    await page.goto(`${dash.url}/?span=all`);
    await page.waitForSelector("svg.world-map path.has-events");
    expect(admin1Requests).toEqual([]);
    // The country whose events the store places in the most regions.
    const regions = await api("/api/v1/geo?level=admin1");
    const perCountry = new Map<string, number>();
    for (const f of regions.features)
      if (f.properties.key && f.properties.country)
        perCountry.set(f.properties.country, (perCountry.get(f.properties.country) ?? 0) + 1);
    const [country] = [...perCountry].sort((a, b) => b[1] - a[1])[0]!;

    await page.click(`svg.world-map path[data-iso3="${country}"]`);
    await page.waitForURL((u) => u.searchParams.get("country") === country);
    await page.waitForSelector("svg.world-map.zoomed[data-admin1] path.admin1");
    expect(admin1Requests.map((u) => new URL(u).pathname)).toEqual([`/admin1/${country}.json`]);
    const drawn = await page.$$eval("svg.world-map path.admin1", (ps) =>
      ps.map((p) => ({ name: p.getAttribute("data-region"), events: Number(p.getAttribute("data-events")) })),
    );
    expect(drawn.length).toBeGreaterThan(1);
    // The regions' events add up to the API's for the regions it named: each matched, none twice.
    const named = regions.features.filter((f: Json) => f.properties.country === country && f.properties.key);
    const apiTotal = named.reduce((n: number, f: Json) => n + f.properties.events, 0);
    const shownTotal = drawn.reduce((n, r) => n + r.events, 0);
    expect(shownTotal).toBeGreaterThan(0);
    expect(shownTotal).toBe(apiTotal);
    // Located places are drawn after the map, the timeline and the first events (deferred).
    await page.waitForSelector("main:not([aria-busy]) svg.world-map circle.place-point");
    expect(await page.locator("svg.world-map circle.place-point").count()).toBeGreaterThan(0);
    await shot("overview-zoomed");

    await page.click('button:has-text("Back to the world map")');
    await page.waitForURL((u) => !u.searchParams.has("country"));
    await page.waitForSelector("svg.world-map:not(.zoomed) path.has-events");
    expect(errors).toEqual([]);
  });

  it("draws an actor's network as a graph whose nodes and arrows are the API's dyads", async () => {
    const { dyads } = await api("/api/v1/dyads?limit=50");
    const actor: string = dyads[0].sourceCode;
    const around = await api(`/api/v1/dyads?actor=${actor}&limit=200`);
    const others = new Set<string>();
    for (const d of around.dyads) {
      if (d.sourceCode.startsWith(actor) && d.targetCode !== actor) others.add(d.targetCode);
      else if (d.targetCode.startsWith(actor) && d.sourceCode !== actor) others.add(d.sourceCode);
    }
    await page.goto(`${dash.url}/actor/${actor}`);
    await page.waitForSelector("svg.network-graph a.node");
    const nodes = await page.$$eval("svg.network-graph a.node", (ns) =>
      ns.map((n) => n.getAttribute("data-actor")),
    );
    expect(nodes.length).toBe(Math.min(14, others.size));
    for (const n of nodes) expect(others.has(n!)).toBe(true);
    const arrows = await page.locator("svg.network-graph a.edge").count();
    expect(arrows).toBeGreaterThanOrEqual(nodes.length);
    await shot("actor");
    await page.click(`svg.network-graph a.node[data-actor="${nodes[0]}"]`);
    await page.waitForURL((u) => u.pathname === `/actor/${nodes[0]}`);
    await page.waitForSelector("svg.network-graph .node.centre");
    expect(errors).toEqual([]);
  });

  it("shows each watched source's health", async () => {
    await page.goto(`${dash.url}/sources`);
    await page.waitForSelector("table.source-health");
    expect(await page.getAttribute('tr[data-source="wire-ok"]', "data-health")).toBe("healthy");
    expect(await page.getAttribute('tr[data-source="wire-down"]', "data-health")).toBe("failing");
    const down = (await page.textContent('tr[data-source="wire-down"]')) ?? "";
    expect(down).toContain("3 in a row");
    expect(down).toContain("E_FETCH_TIMEOUT");
    await shot("sources");
    expect(errors).toEqual([]);
  });

  it("holds live events while paused and applies them on resume", async () => {
    await page.goto(`${dash.url}/events`);
    await page.waitForSelector(".live.connected");
    await page.waitForSelector(".virtual-list .event-row");
    const before = {
      count: await page.textContent(".live-count"),
      ticker: await page.$$eval(".ticker a", (as) => as.length),
      rows: await page.$$eval(".virtual-list .event-row", (rs) =>
        rs.map((r) => r.getAttribute("data-event")),
      ),
    };
    await page.click('button:has-text("Pause")');
    expect(await page.getAttribute(".live button[aria-pressed]", "aria-pressed")).toBe("true");
    const reply = await post("/api/v1/documents", {
      id: "paused-1",
      text: demo("04-turkey-russia-grain-deal.txt"),
      date: "2024-12-05",
    });
    const keys: string[] = reply.documents[0].events.map((e: Json) => e.eventKey);
    expect(keys.length).toBeGreaterThan(0);
    // Arrived (counted as waiting) but not shown: counter, ticker and list as they were.
    await waitForText(page, ".live-waiting", /^[1-9]\d* waiting$/);
    expect(await page.textContent(".live-count")).toBe(before.count);
    expect(await page.$$eval(".ticker a", (as) => as.length)).toBe(before.ticker);
    expect(
      await page.$$eval(".virtual-list .event-row", (rs) => rs.map((r) => r.getAttribute("data-event"))),
    ).toEqual(before.rows);
    await shot("live-paused");

    await page.click('button:has-text("Resume")');
    await waitForText(page, ".live-count", /^[1-9]\d* new$/);
    expect(await page.textContent(".live-waiting")).toBe("");
    const ticker = await page.$$eval(".ticker a", (as) => as.map((a) => a.getAttribute("href") ?? ""));
    expect(ticker.some((href) => keys.some((k) => href.includes(k)))).toBe(true);
    // The list refreshes with the new events once the burst is over.
    await waitForAttribute(page, ".virtual-list .event-row", "data-event", keys);
    expect(errors).toEqual([]);
  });

  it("shows a fired alert as a notification", async () => {
    const rule = await post("/api/v1/alerts", { name: "Anything new", condition: { type: "any" } });
    const silent = await post("/api/v1/alerts", {
      name: "Never matches",
      filter: { actor: "ZZZ" },
      condition: { type: "any" },
    });
    expect(rule.id).toBeTruthy();
    await page.goto(`${dash.url}/`);
    await page.waitForSelector(".live.connected");
    await post("/api/v1/documents", {
      id: "alert-1",
      text: demo("07-iran-iaea-inspectors.txt"),
      date: "2024-12-06",
    });
    const note = await page.waitForSelector('.notification:has-text("Alert: Anything new")');
    expect(await note.$("a[href^='/events/']")).not.toBeNull();
    expect(await page.locator('.notification:has-text("Never matches")').count()).toBe(0);
    expect(await page.getAttribute(".notifications", "role")).toBe("alert");
    await shot("alert");
    await page.click('.notification:has-text("Anything new") button[aria-label="Dismiss notification"]');
    expect(await page.locator(".notification").count()).toBe(0);
    await api(`/api/v1/alerts/${rule.id}`, {
      method: "DELETE",
      headers: { authorization: `Bearer ${write}` },
    });
    await api(`/api/v1/alerts/${silent.id}`, {
      method: "DELETE",
      headers: { authorization: `Bearer ${write}` },
    });
    expect(errors).toEqual([]);
  });

  it("names every control for screen readers and reaches filters, map and events by Tab", async () => {
    const { events } = await api("/api/v1/events?limit=50");
    const e = events.find((x: Json) => x.targetCode);
    const views = [
      "/?span=all",
      "/events",
      `/events/${e.eventKey}`,
      `/dyad/${e.sourceCode}/${e.targetCode}`,
      `/actor/${e.sourceCode}`,
      "/sources",
    ];
    for (const view of views) {
      await page.goto(`${dash.url}${view}`);
      await page.waitForSelector("main:not([aria-busy]) h1");
      expect({ view, unnamed: await unnamedControls(page) }).toEqual({ view, unnamed: [] });
    }
    await page.goto(`${dash.url}/?span=all`);
    await page.waitForSelector("main:not([aria-busy]) svg.world-map path.has-events");
    const path = await focusPath(page, 400);
    const reached = (test: (stop: string) => boolean) => path.findIndex(test);
    const filter = reached((s) => s.startsWith("input#filter-"));
    const country = reached((s) => s.startsWith("path.country"));
    const event = reached((s) => s.startsWith("a") && s.includes("/events/"));
    expect({ filter, country, event }).toEqual({
      filter: expect.any(Number),
      country: expect.any(Number),
      event: expect.any(Number),
    });
    expect(Math.min(filter, country, event)).toBeGreaterThanOrEqual(0);
    // In reading order: the filters, then the map, then the events.
    expect(filter).toBeLessThan(country);
    expect(country).toBeLessThan(event);
    // Enter on a focused country applies it as a filter (the map is operable without a pointer).
    await page.goto(`${dash.url}/?span=all`);
    await page.waitForSelector("main:not([aria-busy]) svg.world-map path.has-events");
    await page.focus("svg.world-map path.has-events");
    const iso3 = await page.getAttribute("svg.world-map path.has-events", "data-iso3");
    await page.keyboard.press("Enter");
    await page.waitForURL((u) => u.searchParams.get("country") === iso3);
    expect(errors).toEqual([]);
  });

  it("stays readable at a phone's width", async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    for (const view of ["/", "/events", "/sources"]) {
      await page.goto(`${dash.url}${view}`);
      await page.waitForSelector("main:not([aria-busy]) h1");
      expect(Number(await page.evaluate("document.documentElement.scrollWidth"))).toBeLessThanOrEqual(390);
      // No text smaller than 11 px (chart axis labels scale with their SVG and are left out).
      const tiny = await page.evaluate(`[...document.querySelectorAll("body *:not(svg *)")]
        .filter((el) => el.childNodes.length && [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim()))
        .filter((el) => el.getClientRects().length && parseFloat(getComputedStyle(el).fontSize) < 11)
        .map((el) => el.tagName + "." + el.className)`);
      expect({ view, tiny }).toEqual({ view, tiny: [] });
    }
    await page.goto(`${dash.url}/`);
    await page.waitForSelector("main:not([aria-busy]) svg.world-map");
    await shot("phone");
    await page.setViewportSize({ width: 1280, height: 800 });
    expect(errors).toEqual([]);
  });
});
