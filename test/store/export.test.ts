import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PROJECT_DATA_DIR } from "../../src/context.ts";
import { simhash64 } from "../../src/dedup/index.ts";
import { importGdeltFile, parseGdeltRow } from "../../src/store/export/gdelt-import.ts";
import { exportEvents } from "../../src/store/export/index.ts";
import { openStore, type Store } from "../../src/store/index.ts";
import { makeEvent } from "../helpers/event-factory.ts";

const dir = mkdtempSync(join(tmpdir(), "sitrep-export-"));
let store: Store;

async function exported(format: string, filter = {}): Promise<string[]> {
  let out = "";
  await exportEvents(store, format, filter, (c) => (out += c), PROJECT_DATA_DIR);
  return out.split("\n").filter(Boolean);
}

beforeAll(async () => {
  store = await openStore({ dbPath: join(dir, "x.db"), databaseUrl: null });
  const text = "China and Pakistan agreed to deepen military cooperation.";
  await store.saveDocument({
    inputId: "seedlike",
    contentHash: "h1",
    url: "https://news.example.org/china-pakistan",
    source: "Example News",
    title: "t",
    publishedAt: "2020-06-16T15:29:00Z",
    lang: "en",
    simhash: simhash64(text),
    clusterKey: null,
    article: { text },
    annotations: {},
    events: [
      makeEvent({
        eventId: "a",
        code: "0311",
        src: "CHNMIL",
        tgt: "PAKMIL",
        evidence: '=HYPERLINK("x"), said "both"',
      }),
      makeEvent({ eventId: "b", code: "040", src: "PAKMIL", tgt: "CHNMIL" }),
      makeEvent({ eventId: "c", code: "190", src: "INDMIL", tgt: "PAKMIL", negated: true }),
      makeEvent({ eventId: "d", code: "172", src: "USAGOV", tgt: "IRNGOV", modality: "hypothetical" }),
    ],
    dictionaryVersion: "t",
    actors: [],
    places: [],
  });
});
afterAll(async () => store.close());

describe("exports", () => {
  it("writes GDELT 2.0 events: 61 tab-separated columns, codes as text, FIPS geography", async () => {
    const rows = (await exported("gdelt")).map((l) => l.split("\t"));
    // The denied and the hypothetical event are not GDELT rows; PLOVER and CSV keep them, flagged.
    expect(rows).toHaveLength(2);
    for (const r of rows) expect(r).toHaveLength(61);
    const coop = rows.find((r) => r[26] === "0311")!;
    expect(coop.slice(1, 4)).toEqual(["20200616", "202006", "2020"]);
    expect([coop[5], coop[7]]).toEqual(["CHNMIL", "CHN"]);
    expect(coop[12]).toBe("MIL");
    expect(coop.slice(26, 29)).toEqual(["0311", "031", "03"]);
    expect(coop[52]).toBe("Beijing");
    expect(coop[53]).toBe("CH");
    expect(coop[60]).toBe("https://news.example.org/china-pakistan");
    expect(coop[0]).toMatch(/^\d+$/);
  });

  it("writes GDELT mentions: 16 columns, one per report", async () => {
    const rows = (await exported("gdelt-mentions")).map((l) => l.split("\t"));
    expect(rows).toHaveLength(4);
    for (const r of rows) expect(r).toHaveLength(16);
    expect(rows[0]![4]).toBe("Example News");
  });

  it("writes PLOVER JSON Lines and CSV safe for spreadsheets", async () => {
    const plover = (await exported("plover")).map((l) => JSON.parse(l));
    expect(plover[0]).toHaveProperty("event");
    expect(plover.map((p) => p.cameo).sort()).toEqual(["0311", "040", "172", "190"]);
    expect(plover.find((p) => p.cameo === "190")).toMatchObject({ negated: true });
    const csv = await exported("csv");
    expect(csv[0]!.split(",")[0]).toBe("eventKey");
    expect(csv.join("\n")).toContain('"\'=HYPERLINK(""x""), said ""both"""');
  });

  it("refuses an unknown format with a coded error", async () => {
    await expect(exported("xml")).rejects.toMatchObject({ code: "E_OPTION_VALUE" });
  });

  it("imports GDELT exports back, so the same analytics run on GDELT data", async () => {
    const file = join(dir, "export.gdelt.tsv");
    writeFileSync(file, `${(await exported("gdelt")).join("\n")}\nnot a gdelt row\n`);
    const other = await openStore({ dbPath: join(dir, "imported.db"), databaseUrl: null });
    const r = await importGdeltFile(file, PROJECT_DATA_DIR, (b) => other.insertEvents(b));
    expect(r).toMatchObject({ imported: 2, rejected: 1, rejections: [{ line: 3 }] });
    expect(r.rejections[0]!.reason).toMatch(/1 columns; a GDELT 2.0 event row has 61/);
    const events = await other.queryEvents({ code: "0311" });
    expect(events[0]).toMatchObject({
      origin: "gdelt",
      sourceCode: "CHNMIL",
      country: "CHN",
      day: "2020-06-16",
    });
    expect((await other.topDyads({}, 5)).length).toBe(2);
    await other.close();
    expect(parseGdeltRow("a\tb", () => null)).toBeNull();
  });
});
