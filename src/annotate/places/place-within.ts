// Containment between gazetteer entries: a town is within its admin-1 region and its country.
// Shared by recognition ("Dayton, Ohio" is a place) and resolution ("Paris, Texas" picks the Paris in Texas).
import type { GazetteerEntry } from "../gazetteer/index.ts";

/** True when `container` (an admin-1 region or a country) holds `place`. */
export function isWithin(place: GazetteerEntry, container: GazetteerEntry): boolean {
  if (container === place || !place.country) return false;
  if (container.kind === "country") return container.country === place.country;
  if (container.kind === "admin1")
    return container.country === place.country && container.admin1 === place.admin1;
  return false;
}
