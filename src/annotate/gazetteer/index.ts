// The gazetteer: countries, cities, admin regions, world regions and our own additions, found by
// normalized name. Built once per run from the npm data packages and data/gazetteer/.
import type { Context } from "../../types.ts";
import { buildGazetteer } from "./gazetteer-build.ts";
import { gazetteerTableDirs } from "./gazetteer-tables.ts";
import type { Gazetteer } from "./gazetteer-types.ts";

export type { CountryInfo, Gazetteer, GazetteerEntry, PlaceKind } from "./gazetteer-types.ts";
export { POSTAL_TOWN_SOURCE } from "./local-places.ts";
export { firstWordOf, isAcronymText, toNameKey } from "./name-key.ts";

/** Loads everything (under a second of CPU: bench/geo/measure-load.ts) and returns the lookup object. */
export function createGazetteer(ctx: Context): Gazetteer {
  const started = Date.now();
  const dirs = gazetteerTableDirs(ctx.config.dataDir, ctx.config.dictDirs);
  const gazetteer = buildGazetteer(dirs, ctx.logger);
  ctx.logger.debug(`gazetteer: ${gazetteer.size} entries in ${Date.now() - started} ms`);
  return gazetteer;
}
