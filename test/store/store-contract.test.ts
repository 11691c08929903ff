// The store contract, run against every backend: SQLite (a temp file) and PostgreSQL (a fresh
// database on 127.0.0.1:5432; skipped with a reason outside CI when unreachable, required in CI).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chooseCluster, simhash64 } from "../../src/dedup/index.ts";
import type { DocumentRecord, Store } from "../../src/store/index.ts";
import type { CodedEvent } from "../../src/types.ts";
import { makeEvent } from "../helpers/event-factory.ts";
import { storeBackends } from "../helpers/store-backends.ts";

let counter = 0;
function record(events: CodedEvent[], over: Partial<DocumentRecord> = {}): DocumentRecord {
  counter++;
  const text = over.title ?? `Story number ${counter} about talks between Pakistan and China in Beijing.`;
  return {
    inputId: `doc-${counter}`,
    contentHash: `hash-${counter}-${Math.random()}`,
    url: null,
    source: "Example Times",
    title: text,
    publishedAt: "2020-06-16T15:29:00Z",
    lang: "en",
    simhash: simhash64(text),
    clusterKey: null,
    article: { text },
    annotations: { sentences: [] },
    events,
    dictionaryVersion: "test-1",
    actors: [{ code: "PAKMIL", name: "Pakistan army" }],
    places: [{ name: "Beijing", country: "CHN", lat: 39.9075, lon: 116.39723 }],
    ...over,
  };
}

const INJECTIONS = [
  "'; DROP TABLE events; --",
  "%",
  "_",
  "\\",
  "PAK' OR '1'='1",
  "Robert'); DELETE FROM documents;--",
];

const BACKENDS = storeBackends("sitrep-store-");

for (const backend of BACKENDS) {
  describe(`store contract: ${backend.name}`, () => {
    let store: Store | null = null;
    beforeAll(async () => {
      store = await backend.open();
    });
    afterAll(async () => {
      await store?.close();
      await backend.cleanup();
    });
    const s = () => store!;
    const itStore = (name: string, fn: () => Promise<void>) =>
      it(name, async (ctx) => {
        if (!store) ctx.skip();
        await fn();
      });

    itStore("migrates idempotently", async () => {
      await s().migrate();
      await s().migrate();
      expect(s().backend).toBe(backend.name);
    });

    itStore("stores a document once: same content or same canonical URL is not stored twice", async () => {
      const rec = record([makeEvent({ eventId: "a" })], {
        url: "https://www.example.org/story?utm_source=x#top",
      });
      const first = await s().saveDocument(rec);
      expect(first.inserted).toBe(true);
      const again = await s().saveDocument(rec);
      expect(again).toMatchObject({ inserted: false, docKey: first.docKey });
      const sameUrl = await s().saveDocument({ ...record([]), url: "https://example.org/story" });
      expect(sameUrl.inserted).toBe(false);
      const before = await s().counts();
      await s().saveDocument(rec);
      expect(await s().counts()).toEqual(before);
    });

    itStore("rolls repeated reports of one event up with mention, article and source counts", async () => {
      const ev = (id: string) =>
        makeEvent({ eventId: id, code: "0311", src: "IDNGOV", tgt: "MYSGOV", date: "2021-02-01" });
      await s().saveDocument(record([ev("x1"), ev("x2")], { source: "Site A" }));
      await s().saveDocument(record([ev("y1")], { source: "Site B" }));
      await s().saveDocument(record([ev("z1")], { source: "Site B" }));
      const [e] = await s().queryEvents({ actor: "IDN", code: "0311" });
      expect(e).toMatchObject({
        numMentions: 4,
        numArticles: 3,
        numSources: 2,
        cameoCode: "0311",
        cameoRoot: "03",
      });
      expect(await s().eventMentions(e!.eventKey)).toHaveLength(4);
    });

    itStore("filters events by every field, with codes as strings", async () => {
      await s().saveDocument(
        record([
          makeEvent({
            eventId: "f1",
            code: "190",
            src: "RUSMIL",
            tgt: "UKRMIL",
            date: "2022-03-01",
            evidence: "Russian forces shelled Kharkiv.",
          }),
          makeEvent({ eventId: "f2", code: "042", src: "TURGOV", tgt: "UKRGOV", date: "2022-03-10" }),
        ]),
      );
      const byRoot = await s().queryEvents({ root: "19" });
      expect(byRoot.map((e) => e.cameoCode)).toEqual(["190"]);
      expect((await s().queryEvents({ quad: 4, actor: "UKR" })).map((e) => e.sourceCode)).toEqual(["RUSMIL"]);
      expect(await s().queryEvents({ from: "2022-03-05", to: "2022-03-31", actor: "UKR" })).toHaveLength(1);
      expect(await s().queryEvents({ text: "shelled kharkiv" })).toHaveLength(1);
      expect(await s().queryEvents({ place: "beijing", actor: "TUR" })).toHaveLength(1);
      expect(await s().queryEvents({ plover: "assault", actor: "RUS" })).toHaveLength(1);
      expect(await s().queryEvents({ country: "CHN", code: "042" })).toHaveLength(1);
    });

    itStore("treats injection attempts in every filter as plain values", async () => {
      const before = await s().counts();
      for (const bad of INJECTIONS) {
        for (const f of ["actor", "country", "plover", "place", "text"] as const) {
          const rows = await s().queryEvents({ [f]: bad });
          expect(rows.every((r) => r.origin === "sitrep")).toBe(true);
          if (f !== "text") expect(rows).toHaveLength(0);
        }
        for (const f of ["code", "root", "from", "to"] as const) {
          await expect(s().queryEvents({ [f]: bad })).rejects.toMatchObject({ code: "E_QUERY_PARAM" });
        }
        expect(await s().dyadSeries(bad, bad, "month")).toEqual([]);
      }
      for (const f of ["actor", "country", "plover", "place", "text"] as const) {
        await expect(s().queryEvents({ [f]: "PAK\u0000" })).rejects.toMatchObject({ code: "E_QUERY_PARAM" });
      }
      expect(await s().counts()).toEqual(before);
    });

    itStore("gives dyad series, top dyads, top actors and geographic aggregates", async () => {
      const mk = (id: string, code: string, date: string) =>
        makeEvent({ eventId: id, code, src: "INDGOV", tgt: "PAKGOV", date });
      await s().saveDocument(
        record([mk("s1", "036", "2019-02-10"), mk("s2", "190", "2019-02-26"), mk("s3", "111", "2019-03-02")]),
      );
      const months = await s().dyadSeries("IND", "PAK", "month");
      expect(months.map((p) => [p.period, p.events])).toEqual([
        ["2019-02", 2],
        ["2019-03", 1],
      ]);
      expect(months[0]).toMatchObject({ verbalCooperation: 1, materialConflict: 1, cooperationIndex: 0 });
      const weeks = await s().dyadSeries("IND", "PAK", "week");
      expect(weeks.map((p) => p.period)).toEqual(["2019-02-04", "2019-02-25"]);
      const top = await s().topDyads({ from: "2019-01-01", to: "2019-12-31" }, 5);
      expect(top[0]).toMatchObject({ sourceCode: "INDGOV", targetCode: "PAKGOV", events: 3 });
      // One month (the month index path) counts only that month's days.
      const feb = await s().topDyads({ from: "2019-02-01", to: "2019-02-28" }, 5);
      expect(feb.find((d) => d.sourceCode === "INDGOV")).toMatchObject({ targetCode: "PAKGOV", events: 2 });
      const late = await s().topDyads({ from: "2019-02-20", to: "2019-02-28" }, 5);
      expect(late.find((d) => d.sourceCode === "INDGOV")).toMatchObject({ events: 1 });
      expect((await s().topActors({ from: "2019-01-01", to: "2019-12-31" }, 5))[0]).toMatchObject({
        code: "INDGOV",
      });
      const geo = await s().geoAggregates("country", { actor: "IND" });
      expect(geo[0]).toMatchObject({ key: "CHN", events: 3 });
      const points = await s().geoAggregates("point", { actor: "IND" });
      expect(points[0]).toMatchObject({ key: "Beijing", lat: 39.908 });
    });

    itStore("aggregates events by first-level division", async () => {
      const loc = { name: "Lahore", country: "PAK", admin1: "Punjab", lat: 31.55, lon: 74.34 };
      await s().saveDocument(
        record([
          makeEvent({
            eventId: "a1",
            code: "141",
            src: "PAKOPP",
            tgt: "PAKGOV",
            date: "2022-05-01",
            location: loc,
          }),
        ]),
      );
      const rows = await s().geoAggregates("admin1", { actor: "PAKOPP" });
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ key: "Punjab", country: "PAK", events: 1 });
    });

    itStore("recodes a document: replaced events keep roll-up counts right", async () => {
      const res = await s().saveDocument(
        record([makeEvent({ eventId: "r1", code: "051", src: "KENGOV", tgt: "SOMGOV", date: "2023-01-01" })]),
      );
      await s().replaceEvents(
        res.docKey,
        [makeEvent({ eventId: "r2", code: "057", src: "KENGOV", tgt: "SOMGOV", date: "2023-01-01" })],
        "test-2",
      );
      expect(await s().queryEvents({ actor: "KEN", code: "051" })).toHaveLength(0);
      expect(await s().queryEvents({ actor: "KEN", code: "057" })).toHaveLength(1);
    });

    itStore("lists stored documents with their article and annotations", async () => {
      let n = 0;
      for await (const d of s().listDocuments()) {
        expect(d.article).toHaveProperty("text");
        n++;
      }
      expect(n).toBe((await s().counts()).documents);
    });

    itStore("finds near-duplicate candidates so wire copies share a cluster", async () => {
      const text =
        "Ethiopia and Sudan agreed on Tuesday to reopen their shared border crossing at Metemma after talks in Addis Ababa between the two foreign ministers, officials said. The crossing has been closed since fighting broke out in the region, stranding traders and refugees on both sides. Under the deal, customs posts will reopen within two weeks and a joint committee will oversee security along the frontier. The ministers also discussed the disputed farmland, where clashes between farmers and militias have killed dozens in recent years. Sudan's foreign minister said the talks were frank and constructive, while his Ethiopian counterpart called the agreement a first step toward lasting calm.";
      const a = await s().saveDocument(record([], { title: text, simhash: simhash64(text) }));
      const copy = `${text.replace("officials said", "officials told reporters")} Reporting by a staff correspondent.`;
      const hash = simhash64(copy);
      const cluster = chooseCluster(hash, await s().nearDuplicateCandidates(hash));
      expect(cluster).toBe(a.clusterKey);
      const b = await s().saveDocument(record([], { title: copy, simhash: hash, clusterKey: cluster }));
      expect(b.clusterKey).toBe(a.clusterKey);
      const other =
        "Kenya and Somalia agreed to restore flights between Nairobi and Mogadishu after talks, officials said.";
      expect(chooseCluster(simhash64(other), await s().nearDuplicateCandidates(simhash64(other)))).toBeNull();
    });

    itStore("leaves the cluster to the save: candidates read with its known-document check", async () => {
      const text =
        "Chile and Peru agreed on Monday to open a new lane at the Chacalluta crossing after talks in Santiago between their interior ministers, officials said. Trucks have waited for days at the frontier since new checks began, and both governments promised joint inspections to cut the queues. The ministers also agreed to share data on migrants crossing the desert on foot and to meet again in Lima next month.";
      const url = "https://example.com/chile-peru-crossing";
      const chose: number[] = [];
      const clusterBy =
        (hash: string) => (candidates: readonly { simhash: string; clusterKey: string }[]) => {
          chose.push(candidates.length);
          return chooseCluster(hash, candidates);
        };
      const a = await s().saveDocument(
        record([], { title: text, simhash: simhash64(text), url, bodyHash: "b1" }),
      );
      const copy = `${text.replace("officials said", "officials told reporters")} Reporting by a staff writer.`;
      const clusterOf = clusterBy(simhash64(copy));
      const b = await s().saveDocument(record([], { title: copy, simhash: simhash64(copy), clusterOf }));
      expect(b).toMatchObject({ inserted: true, clusterKey: a.clusterKey });
      expect(chose[0]).toBeGreaterThan(0);
      // Known documents are skipped whatever the choice: the same bytes, the URL's same body.
      const other = clusterBy(simhash64("An unrelated story."));
      const bytes = `same-bytes-${Math.random()}`;
      const again = await s().saveDocument(record([], { contentHash: bytes, clusterOf: other }));
      const sameBytes = await s().saveDocument(record([], { contentHash: bytes, clusterOf: other }));
      expect(sameBytes).toMatchObject({ inserted: false, docKey: again.docKey });
      const sameBody = await s().saveDocument(record([], { title: text, url, bodyHash: "b1", clusterOf }));
      expect(sameBody).toMatchObject({ inserted: false, docKey: a.docKey });
      // A changed body at the URL is its next version, clustered by the same choice.
      const next = await s().saveDocument(
        record([], { title: copy, simhash: simhash64(copy), url, bodyHash: "b2", clusterOf }),
      );
      expect(next).toMatchObject({
        inserted: true,
        version: 2,
        supersedes: a.docKey,
        clusterKey: a.clusterKey,
      });
    });

    itStore(
      "keeps country dyad series right through saves, repeated reports, recodes and bulk inserts",
      async () => {
        // A dyad no other test uses, so the expectation can be recomputed from the events alone.
        const mk = (id: string, code: string, date: string, src = "NORGOV", tgt = "SWEMIL") =>
          makeEvent({ eventId: id, code, src, tgt, date });
        const a = await s().saveDocument(
          record([
            mk("n1", "036", "2018-01-03"),
            mk("n2", "190", "2018-01-03"),
            mk("n3", "042", "2018-02-20"),
          ]),
        );
        // A repeated report raises mentions (an update of the event), a new one adds an event.
        await s().saveDocument(
          record([mk("n4", "036", "2018-01-03"), mk("n5", "111", "2018-03-05", "NORMIL")]),
        );
        // Recoding drops one event (delete) and moves another to a new day.
        await s().replaceEvents(
          a.docKey,
          [mk("n1", "036", "2018-01-03"), mk("n6", "190", "2018-01-09")],
          "test-2",
        );
        const [sample] = await s().queryEvents({ actor: "NORGOV" }, { limit: 1, offset: 0 });
        await s().insertEvents([
          { ...sample!, eventKey: "nor-bulk-1", day: "2018-02-21", numMentions: 7, origin: "gdelt" },
          {
            ...sample!,
            eventKey: "nor-bulk-2",
            day: "2018-02-21",
            quadClass: 4,
            goldstein: -10,
            origin: "gdelt",
          },
        ]);
        const events = await s().queryEvents({ actor: "NOR" }, { limit: 1000, offset: 0 });
        const expected = (period: (day: string) => string, keep = (_: (typeof events)[0]) => true) => {
          const by = new Map<string, typeof events>();
          for (const e of events.filter((x) => x.targetCode?.startsWith("SWE") && keep(x))) {
            by.set(period(e.day), [...(by.get(period(e.day)) ?? []), e]);
          }
          return [...by.entries()]
            .sort(([x], [y]) => (x < y ? -1 : 1))
            .map(([p, es]) => {
              const mentions = es.reduce((n, e) => n + e.numMentions, 0);
              const signed = es.reduce((n, e) => n + (e.quadClass <= 2 ? e.numMentions : -e.numMentions), 0);
              return {
                period: p,
                events: es.length,
                verbalCooperation: es.filter((e) => e.quadClass === 1).length,
                materialCooperation: es.filter((e) => e.quadClass === 2).length,
                verbalConflict: es.filter((e) => e.quadClass === 3).length,
                materialConflict: es.filter((e) => e.quadClass === 4).length,
                meanGoldstein:
                  Math.round((es.reduce((n, e) => n + e.goldstein, 0) / es.length) * 1000) / 1000,
                cooperationIndex: Math.round((signed / mentions) * 1000) / 1000,
              };
            });
        };
        expect(events.length).toBe(5);
        expect(await s().dyadSeries("NOR", "SWE", "day")).toEqual(expected((d) => d));
        expect(await s().dyadSeries("NOR", "SWE", "month")).toEqual(expected((d) => d.slice(0, 7)));
        const weeks = await s().dyadSeries("NOR", "SWE", "week");
        expect(weeks.map((w) => w.period)).toEqual(["2018-01-01", "2018-01-08", "2018-02-19", "2018-03-05"]);
        expect(weeks.reduce((n, w) => n + w.events, 0)).toBe(5);
        const filtered = await s().dyadSeries("NOR", "SWE", "day", {
          from: "2018-01-04",
          to: "2018-02-28",
          quad: 4,
        });
        expect(filtered).toEqual(
          expected(
            (d) => d,
            (e) => e.quadClass === 4 && e.day >= "2018-01-04" && e.day <= "2018-02-28",
          ),
        );
        // Finer questions are answered from the events and must agree.
        expect(await s().dyadSeries("NORGOV", "SWE", "month")).toEqual(
          expected(
            (d) => d.slice(0, 7),
            (e) => e.sourceCode === "NORGOV",
          ),
        );
        expect(await s().dyadSeries("NOR", "SWE", "month", { root: "19" })).toEqual(
          expected(
            (d) => d.slice(0, 7),
            (e) => e.cameoRoot === "19",
          ),
        );
      },
    );

    itStore("inserts rolled-up events in bulk (imports)", async () => {
      const [sample] = await s().queryEvents({ actor: "IND" }, { limit: 1, offset: 0 });
      const copies = Array.from({ length: 1200 }, (_, i) => ({
        ...sample!,
        eventKey: `bulk-${i}`,
        origin: "gdelt",
      }));
      expect(await s().insertEvents(copies)).toBe(1200);
      expect(
        (await s().queryEvents({ actor: "IND" }, { limit: 2000, offset: 0 })).length,
      ).toBeGreaterThanOrEqual(1200);
    });
  });
}
