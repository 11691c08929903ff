// The dashboard in a real browser (Chromium via playwright-core) over a real server: no console
// errors, the map draws the countries with events, a country click filters the list, evidence
// highlights its spans, a document posted through the API appears live, filters survive a reload,
// and article text with <script> and <img onerror> renders as text and runs nothing.
// With SITREP_SCREENSHOTS=DIR it also saves a screenshot of each view there (docs/screenshots).
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
import { waitForText } from "./page-checks.ts";

const skip = browserSkipReason();
if (skip) console.warn(`[test/web] ${skip}`);
const SHOTS = process.env.SITREP_SCREENSHOTS ?? null;

// biome-ignore lint/suspicious/noExplicitAny: API replies are read loosely in assertions
type Json = Record<string, any>;

describe.skipIf(skip !== null)("dashboard in Chromium", () => {
  let dash: Dashboard;
  let browser: Browser;
  let page: Page;
  let errors: string[];
  const api = async (path: string, init?: RequestInit): Promise<Json> => {
    const res = await fetch(`${dash.url}${path}`, init);
    return (await res.json()) as Json;
  };
  const shot = async (name: string) => {
    if (!SHOTS) return;
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: join(SHOTS, `${name}.png`) });
  };

  beforeAll(async () => {
    dash = await startDashboard();
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    errors = collectErrors(page);
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await dash?.close();
  });

  it("draws every country with events on the map, without console errors", async () => {
    // All dates, so the map and the API's whole-store aggregates cover the same events.
    await page.goto(`${dash.url}/?span=all`);
    await page.waitForSelector("svg.world-map path.has-events");
    const geo = await api("/api/v1/geo?level=country");
    // Features without a country (places the gazetteer could not place in one) have no shape to colour.
    const withEvents: string[] = geo.features.map((f: Json) => f.properties.country).filter(Boolean);
    const onAtlas = await page.$$eval("svg.world-map path.country", (ps) =>
      ps.map((p) => p.getAttribute("data-iso3")),
    );
    const drawn = await page.$$eval("svg.world-map path.has-events", (ps) =>
      ps.map((p) => p.getAttribute("data-iso3")),
    );
    expect(withEvents.length).toBeGreaterThan(2);
    // Every country with events that the atlas has a shape for is drawn as one with events.
    expect(drawn.sort()).toEqual(withEvents.filter((c) => onAtlas.includes(c)).sort());
    expect(await page.locator("svg.timeline .bar").count()).toBeGreaterThan(0);
    await shot("overview");
    expect(errors).toEqual([]);
  });

  it("filters the event list by the clicked country, and the filter survives a reload", async () => {
    const geo = await api("/api/v1/geo?level=country");
    const country: string = geo.features[0].properties.country;
    const all = await api("/api/v1/events?limit=1000");
    const inCountry = await api(`/api/v1/events?limit=1000&country=${country}`);
    const keys = new Set(inCountry.events.map((e: Json) => e.eventKey));
    expect(all.events.length).toBeGreaterThan(inCountry.events.length);

    await page.click(`svg.world-map path[data-iso3="${country}"]`);
    await page.waitForURL((u) => u.searchParams.get("country") === country);
    await page.click('nav a:has-text("Events")');
    await page.waitForSelector(".virtual-list .event-row");
    const shown = await page.$$eval(".virtual-list .event-row", (rs) =>
      rs.map((r) => r.getAttribute("data-event")),
    );
    expect(shown.length).toBe(Math.min(keys.size, shown.length));
    expect(shown.length).toBeGreaterThan(0);
    for (const k of shown) expect(keys.has(k)).toBe(true);
    await shot("events");

    await page.reload();
    await page.waitForSelector(".virtual-list .event-row");
    expect(new URL(page.url()).searchParams.get("country")).toBe(country);
    expect(await page.inputValue("#filter-country")).toBe(country);
    const again = await page.$$eval(".virtual-list .event-row", (rs) =>
      rs.map((r) => r.getAttribute("data-event")),
    );
    expect(again.sort()).toEqual(shown.sort());
    expect(errors).toEqual([]);
  });

  it("highlights an event's trigger, source and target in its evidence sentence", async () => {
    const { events } = await api("/api/v1/events?limit=200");
    const withTarget = events.find((e: Json) => e.targetCode);
    const detail = await api(`/api/v1/events/${withTarget.eventKey}`);
    const m = detail.mentions[0];
    const doc = await api(`/api/v1/documents/${m.docKey}`);
    const text: string = doc.article.text;
    await page.goto(`${dash.url}/events/${withTarget.eventKey}`);
    await page.waitForSelector(".evidence mark.hl-trigger");
    expect(await page.textContent(".mention .evidence mark.hl-trigger")).toBe(
      text.slice(m.trigger.start, m.trigger.end),
    );
    expect(await page.textContent(".mention .evidence mark.hl-source")).toBe(
      text.slice(m.source.start, m.source.end),
    );
    if (m.target)
      expect(await page.textContent(".mention .evidence mark.hl-target")).toBe(
        text.slice(m.target.start, m.target.end),
      );
    await shot("event-detail");
    const dyad = `${withTarget.sourceCode}/${withTarget.targetCode}`;
    await page.goto(`${dash.url}/dyad/${dyad}`);
    await page.waitForSelector("svg.line-chart .dot");
    // Keyboard: the points are buttons (the two directions' points can overlap for a mouse).
    await page.focus("svg.line-chart .dot.ab");
    await page.keyboard.press("Enter");
    await page.waitForSelector(".behind .event-row");
    await shot("dyad");
    await page.goto(`${dash.url}/actor/${withTarget.sourceCode}`);
    await page.waitForSelector(".edges li");
    await page.goto(`${dash.url}/sources`);
    await page.waitForSelector("table");
    expect(errors).toEqual([]);
  });

  it("filters every panel to the period brushed on the timeline", async () => {
    await page.goto(`${dash.url}/?span=all`);
    const overlay = await page.waitForSelector("svg.timeline .brush-overlay");
    await overlay.scrollIntoViewIfNeeded();
    const box = (await overlay.boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.05, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.6, box.y + box.height / 2, { steps: 5 });
    await page.mouse.up();
    await page.waitForURL((u) => u.searchParams.has("from") && u.searchParams.has("to"));
    const q = new URL(page.url()).searchParams;
    const [from, to] = [q.get("from")!, q.get("to")!];
    expect(from <= to).toBe(true);
    await page.waitForSelector("main:not([aria-busy]) .event-list .event-row");
    const days = await page.$$eval(".event-list .event-row .day", (ds) => ds.map((d) => d.textContent ?? ""));
    expect(days.length).toBeGreaterThan(0);
    for (const d of days) expect(d >= from && d <= to).toBe(true);
    const bars = await page.$$eval("svg.timeline .bar", (bs) =>
      bs.map((b) => b.getAttribute("data-period") ?? ""),
    );
    for (const b of bars) expect(b >= from && b <= to).toBe(true);
    expect(errors).toEqual([]);
  });

  it("fits a phone's width in the dark theme", async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.emulateMedia({ colorScheme: "dark" });
    await page.goto(dash.url);
    await page.waitForSelector("svg.world-map path.has-events");
    expect(await page.getAttribute("html", "data-theme")).toBe("dark");
    // Nothing wider than the screen: no sideways scrolling.
    expect(Number(await page.evaluate("document.documentElement.scrollWidth"))).toBeLessThanOrEqual(390);
    await shot("phone-dark");
    await page.emulateMedia({ colorScheme: "light" });
    await page.setViewportSize({ width: 1280, height: 800 });
    expect(errors).toEqual([]);
  });

  describe("with API keys (writes need one)", () => {
    let write = "";
    const post = (body: Json) =>
      api("/api/v1/documents", {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${write}` },
        body: JSON.stringify(body),
      });

    beforeAll(async () => {
      write = (await createApiKey(dash.store, "write", "browser test")).key;
    });

    it("shows a document posted through the API live, without a reload", async () => {
      // A fresh page load (not a same-page hash change) hands the key over in the fragment.
      await page.goto(`${dash.url}/sources#key=${write}`);
      await page.waitForSelector(".live.connected");
      await page.waitForSelector("table");
      expect(await page.textContent(".live-count")).toBe("0 new");
      // A demo document the harness did not ingest, posted as raw text.
      const text = readFileSync(join(REPO, "data", "demo", "04-turkey-russia-grain-deal.txt"), "utf8");
      const reply = await post({ id: "live-1", text, date: "2024-12-05" });
      const events = reply.documents[0].events;
      expect(events.length).toBeGreaterThan(0);
      // Evaluated in the page (a string: the test's types have no DOM).
      await waitForText(page, ".live-count", /^[1-9]\d* new/);
      const live = await page.$$eval(".ticker a", (as) => as.map((a) => a.getAttribute("href")));
      expect(live.some((href) => events.some((e: Json) => href?.includes(e.eventKey)))).toBe(true);
      await shot("live");
      expect(errors).toEqual([]);
    });

    it("renders an article containing <script> and <img onerror> as text and runs nothing", async () => {
      const attack =
        'Hostile page <script>window.__pwned = "script"</script> and <img src="x" onerror="window.__pwned = \'img\'"> inside. ' +
        "Russian forces shelled Kharkiv on Monday, Ukrainian officials said.";
      const reply = await post({ id: "xss-1", text: attack, date: "2024-12-05" });
      const docKey = reply.documents[0].docKey;
      expect(docKey).toBeTruthy();
      await page.goto(`${dash.url}/document/${docKey}`);
      await page.waitForSelector(".doc-text");
      const shown = (await page.$$eval(".doc-text", (ps) => ps.map((p) => p.textContent).join("\n"))) ?? "";
      expect(shown).toContain('<script>window.__pwned = "script"</script>');
      expect(shown).toContain("onerror=");
      expect(await page.$$eval("main script, main img", (els) => els.length)).toBe(0);
      expect(await page.evaluate("typeof window.__pwned")).toBe("undefined");
      expect(errors).toEqual([]);
    });
  });
});
