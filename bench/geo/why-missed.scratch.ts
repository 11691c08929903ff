import { halfOf, loadGeoSet } from "/work/wt/geo/bench/geo/geo-score.ts";
import { createGazetteer } from "/work/wt/geo/src/annotate/gazetteer/index.ts";
import { createPlaceRecognizer } from "/work/wt/geo/src/annotate/places/index.ts";
import { createTokenizer } from "/work/wt/geo/src/annotate/sentences-tokens.ts";
import { createContext } from "/work/wt/geo/src/context.ts";

const set = (process.argv[2] ?? "geowebnews") as "geowebnews";
const ctx = createContext();
const gaz = createGazetteer(ctx);
const tok = createTokenizer();
let rej: { start: number; text: string; reason: string }[] = [];
const rec = createPlaceRecognizer(ctx, gaz, {
  includeCountries: true,
  onReject: (text, start, reason) => rej.push({ text, start, reason }),
});
const counts = new Map<string, number>();
for (const doc of loadGeoSet(set)) {
  if (halfOf(set, doc.id) !== "tuned") continue;
  rej = [];
  const pred = rec({ text: doc.text, sentences: tok(doc.text), countryHints: [], exclude: [] });
  for (const g of doc.toponyms) {
    if (pred.some((p) => p.start < g.end && g.start < p.end)) continue;
    const r = rej.find((x) => x.start < g.end && g.start < x.start + x.text.length);
    const why = r ? r.reason : gaz.lookup(g.name).length ? "in gazetteer, not matched" : "not in gazetteer";
    counts.set(why, (counts.get(why) ?? 0) + 1);
    if (process.argv[3] === "-v" && (!process.argv[4] || why.includes(process.argv[4])))
      console.log(
        `${why} | ${g.name} | ${g.modifierType ?? ""} | ${JSON.stringify(doc.text.slice(Math.max(0, g.start - 50), g.end + 40).replace(/\s+/g, " "))}`,
      );
  }
}
console.log([...counts].sort((a, b) => b[1] - a[1]));
