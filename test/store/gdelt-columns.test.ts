// The GDELT 2.0 export, column by column against the codebook's 61-column list, and the
// import → export round trip (same GLOBALEVENTIDs, URLs, PLOVER types from CAMEO).
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PROJECT_DATA_DIR } from "../../src/context.ts";
import { simhash64 } from "../../src/dedup/index.ts";
import { createActorCodeReader } from "../../src/store/export/cameo-actor-code.ts";
import { loadCameoToPlover } from "../../src/store/export/cameo-plover.ts";
import { GDELT_EVENT_COLUMNS } from "../../src/store/export/gdelt-events.ts";
import { importGdeltFile } from "../../src/store/export/gdelt-import.ts";
import { exportEvents } from "../../src/store/export/index.ts";
import { type DocumentRecord, openStore, type Store } from "../../src/store/index.ts";
import type { CodedEvent, EventLocation } from "../../src/types.ts";
import { makeEvent } from "../helpers/event-factory.ts";

/** The GDELT 2.0 Event Database codebook's columns, in order (written out here, not imported). */
const CODEBOOK = `GLOBALEVENTID SQLDATE MonthYear Year FractionDate Actor1Code Actor1Name Actor1CountryCode
Actor1KnownGroupCode Actor1EthnicCode Actor1Religion1Code Actor1Religion2Code Actor1Type1Code Actor1Type2Code
Actor1Type3Code Actor2Code Actor2Name Actor2CountryCode Actor2KnownGroupCode Actor2EthnicCode Actor2Religion1Code
Actor2Religion2Code Actor2Type1Code Actor2Type2Code Actor2Type3Code IsRootEvent EventCode EventBaseCode
EventRootCode QuadClass GoldsteinScale NumMentions NumSources NumArticles AvgTone Actor1Geo_Type
Actor1Geo_FullName Actor1Geo_CountryCode Actor1Geo_ADM1Code Actor1Geo_ADM2Code Actor1Geo_Lat Actor1Geo_Long
Actor1Geo_FeatureID Actor2Geo_Type Actor2Geo_FullName Actor2Geo_CountryCode Actor2Geo_ADM1Code Actor2Geo_ADM2Code
Actor2Geo_Lat Actor2Geo_Long Actor2Geo_FeatureID ActionGeo_Type ActionGeo_FullName ActionGeo_CountryCode
ActionGeo_ADM1Code ActionGeo_ADM2Code ActionGeo_Lat ActionGeo_Long ActionGeo_FeatureID DATEADDED SOURCEURL`.split(
  /\s+/,
);

const dir = mkdtempSync(join(tmpdir(), "sitrep-gdelt-"));
let store: Store;
let n = 0;

function doc(events: CodedEvent[], over: Partial<DocumentRecord> = {}): DocumentRecord {
  n++;
  const text = `Document ${n}`;
  return {
    inputId: `d${n}`,
    contentHash: `h${n}`,
    url: null,
    source: "Example Wire",
    title: text,
    publishedAt: "2023-10-27T08:00:00Z",
    lang: "en",
    simhash: simhash64(text),
    clusterKey: null,
    article: { text },
    annotations: {},
    events,
    dictionaryVersion: "t",
    actors: [],
    places: [],
    ...over,
  };
}

const place = (over: Partial<EventLocation> & { name: string; lat: number; lon: number }): EventLocation => ({
  country: null,
  admin1: null,
  ...over,
});

const PLACES = {
  pakistan: place({
    name: "Pakistan",
    country: "PAK",
    type: "country",
    lat: 30,
    lon: 70,
    geonameid: 1168579,
  }),
  texas: place({
    name: "Texas",
    country: "USA",
    type: "admin1",
    admin1: "Texas",
    admin1Code: "US.TX",
    lat: 31,
    lon: -100,
  }),
  austin: place({
    name: "Austin",
    country: "USA",
    type: "city",
    admin1Code: "US.TX",
    lat: 30.27,
    lon: -97.74,
    geonameid: 4671654,
  }),
  lahore: place({
    name: "Lahore",
    country: "PAK",
    type: "city",
    admin1: "Punjab",
    admin1Code: "PK.04",
    lat: 31.55,
    lon: 74.34,
    geonameid: 1172451,
  }),
  punjab: place({
    name: "Punjab",
    country: "PAK",
    type: "admin1",
    admin1: "Punjab",
    admin1Code: "PK.04",
    lat: 31,
    lon: 72.5,
  }),
  khanYounis: place({
    name: "Khan Yunis",
    country: "PSE",
    type: "city",
    lat: 31.34,
    lon: 34.31,
    geonameid: 281133,
  }),
  ramallah: place({ name: "Ramallah", country: "PSE", type: "city", lat: 31.9, lon: 35.2 }),
  sea: place({ name: "South China Sea", type: "water", lat: 12, lon: 113 }),
};

type Row = Record<string, string>;
async function gdeltRows(s: Store, filter = {}): Promise<Row[]> {
  let out = "";
  await exportEvents(s, "gdelt", filter, (c) => (out += c), PROJECT_DATA_DIR);
  return out
    .split("\n")
    .filter(Boolean)
    .map((line) => {
      const f = line.split("\t");
      expect(f).toHaveLength(61);
      return Object.fromEntries(CODEBOOK.map((name, i) => [name, f[i]!]));
    });
}
const byCode = (rows: Row[], code: string) => rows.find((r) => r.EventCode === code)!;

beforeAll(async () => {
  store = await openStore({ dbPath: join(dir, "g.db"), databaseUrl: null });
  const ev = (
    id: string,
    code: string,
    src: string,
    tgt: string | null,
    location: EventLocation | null,
    sentenceIndex = 0,
  ) => makeEvent({ eventId: id, code, src, tgt, location, date: "2023-10-27", sentenceIndex });
  // Reported first by a document without a URL, then by one with: SOURCEURL takes the URL.
  await store.saveDocument(
    doc([ev("a", "0311", "IGOUNO", "CHNUIG", PLACES.lahore)], { tone: -2, charCount: 1200 }),
  );
  await store.saveDocument(
    doc(
      [
        ev("a2", "0311", "IGOUNO", "CHNUIG", PLACES.lahore),
        ev("b", "042", "USAGOV", "PAKMIL", PLACES.texas),
        ev("c", "043", "PAKGOV", "USAGOV", PLACES.austin),
        ev("d", "190", "ISRMIL", "REB", PLACES.khanYounis),
        ev("e", "190", "ISRMIL", "PSEREB", PLACES.ramallah),
        ev("f", "020", "GOV", null, PLACES.pakistan),
        ev("g", "173", "CHNMIL", "PHLMIL", PLACES.sea, 4),
        ev("h", "036", "PAKGOV", "INDGOV", PLACES.punjab),
      ],
      { url: "https://news.example.org/story-1", tone: 4, charCount: 5400 },
    ),
  );
});
afterAll(async () => store.close());

describe("CAMEO actor codes read by structure", () => {
  const read = createActorCodeReader(PROJECT_DATA_DIR);
  it("puts an IGO's organisation in KnownGroup and IGO in Type1, not the country", () => {
    expect(read("IGOUNO")).toMatchObject({
      countryCode: "",
      knownGroupCode: "UNO",
      type1Code: "IGO",
      type2Code: "",
    });
  });
  it("puts an ethnic group in EthnicCode", () => {
    expect(read("CHNUIG")).toMatchObject({ countryCode: "CHN", ethnicCode: "UIG", type1Code: "" });
  });
  it("never puts a role in CountryCode", () => {
    for (const role of ["GOV", "MIL", "REB"])
      expect(read(role)).toMatchObject({ countryCode: "", type1Code: role });
    expect(read("ALQ")).toMatchObject({ countryCode: "", knownGroupCode: "ALQ" });
    expect(read("USAGOVMIL")).toMatchObject({ countryCode: "USA", type1Code: "GOV", type2Code: "MIL" });
    expect(read("IRQSHI")).toMatchObject({ countryCode: "IRQ", religion1Code: "SHI" });
    expect(read("AFR")).toMatchObject({ countryCode: "AFR" });
    expect(read("not a code")).toMatchObject({ countryCode: "", type1Code: "" });
  });
});

describe("GDELT 2.0 event export", () => {
  it("writes the codebook's 61 columns in its order", () => {
    expect(CODEBOOK).toHaveLength(61);
    expect([...GDELT_EVENT_COLUMNS]).toEqual(CODEBOOK);
  });

  it("fills the date, actor, event and count columns", async () => {
    const r = byCode(await gdeltRows(store), "0311");
    expect(r.GLOBALEVENTID).toMatch(/^\d+$/);
    expect([r.SQLDATE, r.MonthYear, r.Year, r.FractionDate]).toEqual([
      "20231027",
      "202310",
      "2023",
      "2023.8192",
    ]);
    expect(r).toMatchObject({
      Actor1Code: "IGOUNO",
      Actor1CountryCode: "",
      Actor1KnownGroupCode: "UNO",
      Actor1Type1Code: "IGO",
      Actor1Type2Code: "",
      Actor2Code: "CHNUIG",
      Actor2CountryCode: "CHN",
      Actor2EthnicCode: "UIG",
      Actor2Type1Code: "",
      EventCode: "0311",
      EventBaseCode: "031",
      EventRootCode: "03",
      QuadClass: "1",
      NumMentions: "2",
      NumArticles: "2",
      NumSources: "1",
    });
    expect(r.DATEADDED).toMatch(/^\d{14}$/);
  });

  it("AvgTone is the mean tone of the event's documents; SOURCEURL the first report with a URL", async () => {
    const rows = await gdeltRows(store);
    expect(byCode(rows, "0311").AvgTone).toBe("1");
    expect(byCode(rows, "042").AvgTone).toBe("4");
    for (const r of rows) expect(r.SOURCEURL).toBe("https://news.example.org/story-1");
  });

  it("IsRootEvent is 1 for an event some report has in its lead sentence", async () => {
    const rows = await gdeltRows(store);
    expect(byCode(rows, "173").IsRootEvent).toBe("0");
    expect(byCode(rows, "042").IsRootEvent).toBe("1");
  });

  it("never puts a role in CountryCode", async () => {
    const rows = await gdeltRows(store);
    for (const r of rows) {
      for (const c of [r.Actor1CountryCode, r.Actor2CountryCode])
        expect(["GOV", "MIL", "REB", "IGO"]).not.toContain(c);
    }
    expect(byCode(rows, "020")).toMatchObject({
      Actor1Code: "GOV",
      Actor1CountryCode: "",
      Actor1Type1Code: "GOV",
    });
  });

  it("sets Geo_Type by the kind of place: 1 country, 2 US state, 3 US city, 4 world city, 5 world ADM1", async () => {
    const rows = await gdeltRows(store);
    const geo = (code: string, src?: string) => {
      const r = rows.find((x) => x.EventCode === code && (!src || x.Actor2Code === src))!;
      return [r.ActionGeo_Type, r.ActionGeo_CountryCode, r.ActionGeo_ADM1Code, r.ActionGeo_FeatureID];
    };
    expect(geo("020")).toEqual(["1", "PK", "PK", "PK"]);
    expect(geo("042")).toEqual(["2", "US", "USTX", "USTX"]);
    expect(geo("043")).toEqual(["3", "US", "USTX", "4671654"]);
    expect(geo("0311")).toEqual(["4", "PK", "PK04", "1172451"]);
    expect(geo("036")).toEqual(["5", "PK", "PK04", "PK04"]);
    // A sea is a located feature, not a country: type 4 with no country.
    expect(geo("173")).toEqual(["4", "", "", ""]);
  });

  it("exports Gaza as GZ and the West Bank as WE", async () => {
    const rows = await gdeltRows(store);
    expect(rows.find((r) => r.Actor2Code === "REB")!.ActionGeo_CountryCode).toBe("GZ");
    expect(rows.find((r) => r.Actor2Code === "PSEREB")!.ActionGeo_CountryCode).toBe("WE");
  });

  it("leaves Actor2's geography empty when there is no Actor2", async () => {
    const r = byCode(await gdeltRows(store), "020");
    expect(r.Actor2Code).toBe("");
    for (const name of CODEBOOK.filter((c) => c.startsWith("Actor2"))) expect(r[name]).toBe("");
    expect(r.Actor1Geo_Type).toBe("1");
  });

  it("writes MentionDocLen and MentionDocTone in the mentions export", async () => {
    let out = "";
    await exportEvents(store, "gdelt-mentions", {}, (c) => (out += c), PROJECT_DATA_DIR);
    const rows = out
      .split("\n")
      .filter(Boolean)
      .map((l) => l.split("\t"));
    for (const r of rows) expect(r).toHaveLength(16);
    const lengths = new Set(rows.map((r) => r[12]));
    expect(lengths).toEqual(new Set(["1200", "5400"]));
    expect(rows.find((r) => r[12] === "1200")![13]).toBe("-2");
    expect(rows.find((r) => r[12] === "5400")![5]).toBe("https://news.example.org/story-1");
  });
});

describe("GDELT import → export round trip", () => {
  it("keeps GLOBALEVENTIDs and URLs, takes PLOVER types from CAMEO, and says why rows were rejected", async () => {
    const exported = await gdeltRows(store);
    const lines = exported.map((r) => CODEBOOK.map((c) => r[c]).join("\t"));
    const bad = [
      "too\tfew\tcolumns",
      lines[0]!.replace(/^\d+/, "x12"),
      lines[0]!.replace(/\t20231027\t/, "\t20231327\t"),
    ];
    const file = join(dir, "in.export.CSV");
    writeFileSync(file, `${[...lines, ...bad].join("\n")}\n`);
    const other = await openStore({ dbPath: join(dir, "imported.db"), databaseUrl: null });
    const report = await importGdeltFile(file, PROJECT_DATA_DIR, (b) => other.insertEvents(b));
    expect(report).toMatchObject({ imported: lines.length, rejected: 3 });
    expect(report.rejections.map((r) => r.line)).toEqual([
      lines.length + 1,
      lines.length + 2,
      lines.length + 3,
    ]);
    expect(report.rejections[0]!.reason).toMatch(/3 columns/);
    expect(report.rejections[1]!.reason).toMatch(/GLOBALEVENTID/);
    expect(report.rejections[2]!.reason).toMatch(/SQLDATE/);

    const again = await gdeltRows(other);
    const ids = (rows: Row[]) => rows.map((r) => r.GLOBALEVENTID).sort();
    expect(ids(again)).toEqual(ids(exported));
    const urlOf = (rows: Row[]) => Object.fromEntries(rows.map((r) => [r.GLOBALEVENTID, r.SOURCEURL]));
    expect(urlOf(again)).toEqual(urlOf(exported));
    // Every column but DATEADDED-independent ones round-trips too: the row is the same.
    const rowOf = (rows: Row[]) => Object.fromEntries(rows.map((r) => [r.GLOBALEVENTID, r]));
    expect(rowOf(again)).toEqual(rowOf(exported));

    const toPlover = loadCameoToPlover(PROJECT_DATA_DIR);
    const page = await other.queryEventPage({}, { limit: 100 });
    expect(page.events.length).toBe(lines.length);
    for (const e of page.events) {
      expect(e.origin).toBe("gdelt");
      expect(e.ploverType).toBe(toPlover(e.cameoCode).type);
    }
    expect(page.events.find((e) => e.cameoCode === "190")!.ploverType).toBe("ASSAULT");
    expect(page.events.find((e) => e.cameoCode === "042")!.url).toBe("https://news.example.org/story-1");
    await other.close();
  });
});
