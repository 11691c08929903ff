// The name index of the gazetteer: entries by normalized name key, acronyms apart, and the
// longest name (in words) that starts with each first word, for the recognizer's span search.
import type { GazetteerEntry, PlaceKind } from "./gazetteer-types.ts";
import { firstWordOf, isAcronymText, toNameKey, wordCountOf } from "./name-key.ts";

const POSSESSIVE_FIRST_WORD = /^\S+['’]s\s/;

/** Entry ids filed under one key: a bare id for the usual single entry, an array when shared. */
type IdSlot = number | number[];

/** Shared answer for the usual miss: lookups run for every capitalized word of every text. */
const NO_IDS: readonly number[] = Object.freeze([]);

const slotIds = (slot: IdSlot | undefined): readonly number[] =>
  slot === undefined ? NO_IDS : typeof slot === "number" ? [slot] : slot;

/** Builds the entry of an id added with `addLazy`, on its first lookup. */
export type EntryMaker = (id: number) => GazetteerEntry;

export class EntryIndex {
  /**
   * Entries by id; a hole for an id added with `addLazy` until it is first asked for. Most of the
   * ~140k towns are never looked up in a run, and building their objects up front cost a sixth
   * of the load time (bench/geo/measure-load.ts).
   */
  private readonly stored: (GazetteerEntry | undefined)[] = [];
  /** Population and kind of every id, lazy or not: what the build and the sort ask for. */
  private readonly populations: number[] = [];
  private readonly kinds: PlaceKind[] = [];
  private maker: EntryMaker | null = null;
  private readonly byKey = new Map<string, IdSlot>();
  private readonly byAcronymKey = new Map<string, IdSlot>();
  /** Multi-word names only: the longest (in words) starting with each first word. */
  private readonly maxWordsByFirst = new Map<string, number>();
  private readonly alternateKeys = new Set<string>();

  add(entry: GazetteerEntry): number {
    this.stored.push(entry);
    this.populations.push(entry.population ?? 0);
    this.kinds.push(entry.kind);
    return this.stored.length - 1;
  }

  /** An id whose entry `maker` (see `setMaker`) builds when it is first asked for. */
  addLazy(population: number, kind: PlaceKind): number {
    this.stored.push(undefined);
    this.populations.push(population);
    this.kinds.push(kind);
    return this.stored.length - 1;
  }

  setMaker(maker: EntryMaker): void {
    this.maker = maker;
  }

  get size(): number {
    return this.stored.length;
  }

  entry(id: number): GazetteerEntry {
    let entry = this.stored[id];
    if (entry === undefined) {
      if (!this.maker) throw new Error(`gazetteer entry ${id} was added lazily but no maker is set`);
      entry = this.maker(id);
      this.stored[id] = entry;
    }
    return entry;
  }

  /** Changes an entry (a "rename" alias); population and kind stay. */
  replace(id: number, entry: GazetteerEntry): void {
    this.stored[id] = entry;
  }

  kindOf(id: number): PlaceKind {
    return this.kinds[id]!;
  }

  populationOf(id: number): number {
    return this.populations[id]!;
  }

  addName(id: number, name: string, isAlternate = false): void {
    const key = toNameKey(name);
    if (!key) return;
    if (isAlternate) this.alternateKeys.add(key);
    const map = isAcronymText(name) ? this.byAcronymKey : this.byKey;
    const slot = map.get(key);
    if (slot === undefined) map.set(key, id);
    else if (typeof slot === "number") {
      if (slot !== id) map.set(key, [slot, id]);
    } else if (slot[slot.length - 1] !== id && !slot.includes(id)) slot.push(id);
    // One-word names need no entry here (maxWords asks byKey): that skips ~250k Map writes at load.
    if (!key.includes(" ")) return;
    const words = wordCountOf(key);
    const first = firstWordOf(key);
    if ((this.maxWordsByFirst.get(first) ?? 0) < words) this.maxWordsByFirst.set(first, words);
    // "People's Republic of China": the tokenizer splits "People" from "'s", so file "people" too.
    // (The cheap includes() first: this runs for every one of ~300k names at load.)
    if ((name.includes("'") || name.includes("’")) && POSSESSIVE_FIRST_WORD.test(name)) {
      const bare = first.slice(0, -1);
      if ((this.maxWordsByFirst.get(bare) ?? 0) < words) this.maxWordsByFirst.set(bare, words);
    }
  }

  hasKey(key: string): boolean {
    return this.byKey.has(key) || this.byAcronymKey.has(key);
  }

  /** True when only alternate names (never a place's own name) were filed under the key. */
  isAlternateKey(key: string): boolean {
    return this.alternateKeys.has(key);
  }

  ids(key: string, spanIsAcronym: boolean): readonly number[] {
    const plain = slotIds(this.byKey.get(key));
    if (!spanIsAcronym) return plain;
    const acronyms = slotIds(this.byAcronymKey.get(key));
    return acronyms.length ? [...new Set([...plain, ...acronyms])] : plain;
  }

  maxWords(firstWordKey: string): number {
    const multi = this.maxWordsByFirst.get(firstWordKey);
    if (multi !== undefined) return multi;
    return this.byKey.has(firstWordKey) || this.byAcronymKey.has(firstWordKey) ? 1 : 0;
  }

  /** Most populous first, so `lookup()[0]` is the population baseline's answer. */
  sortByPopulation(): void {
    const pop = (id: number) => this.populations[id]!;
    for (const map of [this.byKey, this.byAcronymKey]) {
      for (const slot of map.values()) if (typeof slot !== "number") slot.sort((a, b) => pop(b) - pop(a));
    }
  }
}
