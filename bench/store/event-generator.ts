// Generated events for the store and API benchmarks: ten years of news-like events with a skewed
// choice of actors (a few states dominate, as in real event data), seeded so every run is the same.
// Events arrive in day order, with reports up to a few days late; randomDays draws each day
// uniformly instead (the worst case for every index that starts with a day or an actor).
import type { StoredEvent } from "../../src/store/index.ts";
import { createRandom } from "../seeded-random.ts";

/** Reports arrive up to this many days after the event (late wire copies, weekly round-ups). */
const MAX_LATE_DAYS = 3;
/** Events per insertEvents call, as an import would hand over one GDELT daily file's worth. */
export const BATCH = 50_000;
const COUNTRIES = [
  "USA",
  "CHN",
  "RUS",
  "UKR",
  "PAK",
  "IND",
  "ISR",
  "PSE",
  "IRN",
  "TUR",
  "DEU",
  "FRA",
  "GBR",
  "JPN",
  "KOR",
  "PRK",
  "SAU",
  "EGY",
  "ETH",
  "SDN",
  "NGA",
  "BRA",
  "VEN",
  "COL",
  "MEX",
  "AFG",
  "SYR",
  "IRQ",
  "POL",
  "BLR",
];
const ROLES = ["GOV", "MIL", "COP", "OPP", "REB", "MED", "BUS", "CVL"];
const CODES = [
  "010",
  "020",
  "036",
  "040",
  "042",
  "043",
  "051",
  "057",
  "061",
  "071",
  "0311",
  "0312",
  "111",
  "112",
  "120",
  "130",
  "138",
  "141",
  "163",
  "172",
  "173",
  "180",
  "190",
  "193",
  "195",
  "200",
];
const START = Date.UTC(2015, 0, 1);
const DAYS = 365 * 10;

export function* generateEvents(total: number, randomDays = false): Generator<StoredEvent[]> {
  const r = createRandom(42);
  // Skewed actor choice: a few states dominate news, as in real event data.
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() ** 2 * xs.length)]!;
  for (let i = 0; i < total; i += BATCH) {
    const batch: StoredEvent[] = [];
    for (let j = i; j < Math.min(total, i + BATCH); j++) {
      const arrival = Math.floor((j / total) * DAYS);
      const dayIndex = randomDays
        ? Math.floor(r() * DAYS)
        : Math.max(0, arrival - Math.floor(r() * (MAX_LATE_DAYS + 1)));
      const day = new Date(START + dayIndex * 86_400_000).toISOString().slice(0, 10);
      const code = CODES[Math.floor(r() * CODES.length)]!;
      const root = code.slice(0, 2);
      const quad = Number(root) <= 5 ? 1 : Number(root) <= 8 ? 2 : Number(root) <= 16 ? 3 : 4;
      const src = pick(COUNTRIES) + pick(ROLES);
      const tgt = pick(COUNTRIES) + pick(ROLES);
      batch.push({
        eventKey: `b${j.toString(36).padStart(8, "0")}`,
        day,
        sourceCode: src,
        sourceName: src,
        targetCode: tgt,
        targetName: tgt,
        cameoCode: code,
        cameoRoot: root,
        quadClass: quad,
        goldstein: quad <= 2 ? 3 : -5,
        ploverType: quad <= 2 ? "CONSULT" : "ASSAULT",
        ploverMode: null,
        ploverContexts: [],
        modality: "asserted",
        negated: false,
        placeName: "Somewhere",
        country: pick(COUNTRIES),
        admin1: null,
        lat: r() * 140 - 60,
        lon: r() * 360 - 180,
        numMentions: 1 + Math.floor(r() * 5),
        numSources: 1,
        numArticles: 1,
        firstSeen: `${day}T00:00:00Z`,
        evidence: `Generated event ${j} between ${src} and ${tgt}.`,
        origin: "bench",
      });
    }
    yield batch;
  }
}
