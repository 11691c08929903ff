// A dateline is a place: the extractor reads one from its form alone (a capitalised word before a
// dash or a wire credit), and that form also fits editors' labels ("UPDATED—", "BREAKING —",
// "EXCLUSIVE —", "WATCH—"). The gazetteer settles it: the dateline is kept when its place resolves
// to an entry, or, for a town too small to be listed ("CAMP MURRAY, Wash. —"), when the region
// written after it does. A label resolves to nothing, so no list of labels is needed; "Reading"
// or "Mobile" are still places, as they should be in a dateline.
import type { Dateline } from "../types.ts";
import type { Gazetteer } from "./gazetteer/index.ts";

export function placedDateline(dateline: Dateline | null, gazetteer: Gazetteer): Dateline | null {
  if (!dateline) return null;
  if (gazetteer.lookup(dateline.place).length > 0) return dateline;
  // A dateline handed on whole ("NAIROBI, Kenya" from a caller, not split by the extractor into
  // place and region) is a place when its first part is.
  const comma = dateline.place.indexOf(",");
  if (comma > 0 && gazetteer.lookup(dateline.place.slice(0, comma).trim()).length > 0) return dateline;
  const region = dateline.region;
  if (region && (gazetteer.regionsAbbreviated(region).length > 0 || gazetteer.lookup(region).length > 0))
    return dateline;
  return null;
}
