// A gazetteer entry as the pipeline's Place: the contract's fields only, without the
// gazetteer's own bookkeeping (feature code, source). The admin-1 code is kept: GDELT exports need it.
import type { Place } from "../../types.ts";
import type { GazetteerEntry } from "../gazetteer/index.ts";

export function toPlace(entry: GazetteerEntry): Place {
  const { name, country, admin1, admin1Code, lat, lon, geonameid, featureClass, population, kind } = entry;
  return { name, country, admin1, admin1Code, lat, lon, geonameid, featureClass, population, type: kind };
}
