// The fields of the ~140k GeoNames towns kept as columns (one array per field) instead of one
// object per town: the gazetteer builds a town's entry only when a lookup first returns it.
import type { CityRecord } from "./cities-source.ts";

export class TownColumns {
  /** Gazetteer id of the first town: towns are added in one run of consecutive ids. */
  private firstId = -1;
  readonly names: string[] = [];
  /** Admin-1 codes ("CN.13") stored once each; towns keep the code's number (fewer live strings
   * at load means less for the garbage collector to copy). */
  private readonly admin1CodeIds = new Map<string, number>();
  private readonly admin1CodeList: string[] = [];
  private readonly admin1Ids: number[] = [];
  readonly featureCodes: string[] = [];
  readonly lats: number[] = [];
  readonly lons: number[] = [];
  readonly geonameids: number[] = [];

  add(id: number, city: CityRecord, admin1Code: string): void {
    if (this.firstId < 0) this.firstId = id;
    if (id !== this.firstId + this.names.length) {
      throw new Error(
        `town ids must be consecutive: got ${id} after ${this.firstId + this.names.length - 1}`,
      );
    }
    this.names.push(city.name);
    let codeId = this.admin1CodeIds.get(admin1Code);
    if (codeId === undefined) {
      codeId = this.admin1CodeList.push(admin1Code) - 1;
      this.admin1CodeIds.set(admin1Code, codeId);
    }
    this.admin1Ids.push(codeId);
    this.featureCodes.push(city.featureCode);
    this.lats.push(city.lat);
    this.lons.push(city.lon);
    this.geonameids.push(city.geonameid);
  }

  admin1CodeOf(row: number): string {
    return this.admin1CodeList[this.admin1Ids[row]!]!;
  }

  /** A town's point without building its entry; null when the id is no town. */
  pointOf(id: number): { lat: number; lon: number } | null {
    const row = id - this.firstId;
    if (this.firstId < 0 || row < 0 || row >= this.names.length) return null;
    return { lat: this.lats[row]!, lon: this.lons[row]! };
  }

  /** The row of a town's gazetteer id. */
  rowOf(id: number): number {
    const row = id - this.firstId;
    if (this.firstId < 0 || row < 0 || row >= this.names.length)
      throw new Error(`gazetteer id ${id} is no town`);
    return row;
  }
}
