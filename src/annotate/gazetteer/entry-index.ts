// The name index of the gazetteer: entries by normalized name key, acronyms apart, and the
// longest name (in words) that starts with each first word, for the recognizer's span search.
import type { GazetteerEntry } from "./gazetteer-types.ts";
import { firstWordOf, isAcronymText, toNameKey, wordCountOf } from "./name-key.ts";

const POSSESSIVE_FIRST_WORD = /^\S+['’]s\s/;

/** Entry ids filed under one key: a bare id for the usual single entry, an array when shared. */
type IdSlot = number | number[];

const slotIds = (slot: IdSlot | undefined): number[] =>
  slot === undefined ? [] : typeof slot === "number" ? [slot] : slot;

export class EntryIndex {
  readonly entries: GazetteerEntry[] = [];
  private readonly byKey = new Map<string, IdSlot>();
  private readonly byAcronymKey = new Map<string, IdSlot>();
  private readonly maxWordsByFirst = new Map<string, number>();
  private readonly alternateKeys = new Set<string>();

  add(entry: GazetteerEntry): number {
    this.entries.push(entry);
    return this.entries.length - 1;
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
    const words = key.includes(" ") ? wordCountOf(key) : 1;
    const first = words === 1 ? key : firstWordOf(key);
    if ((this.maxWordsByFirst.get(first) ?? 0) < words) this.maxWordsByFirst.set(first, words);
    // "People's Republic of China": the tokenizer splits "People" from "'s", so file "people" too.
    if (POSSESSIVE_FIRST_WORD.test(name)) {
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

  ids(key: string, spanIsAcronym: boolean): number[] {
    const plain = slotIds(this.byKey.get(key));
    if (!spanIsAcronym) return plain;
    const acronyms = slotIds(this.byAcronymKey.get(key));
    return acronyms.length ? [...new Set([...plain, ...acronyms])] : plain;
  }

  maxWords(firstWordKey: string): number {
    return this.maxWordsByFirst.get(firstWordKey) ?? 0;
  }

  /** Most populous first, so `lookup()[0]` is the population baseline's answer. */
  sortByPopulation(): void {
    const pop = (id: number) => this.entries[id]!.population ?? 0;
    for (const map of [this.byKey, this.byAcronymKey]) {
      for (const slot of map.values()) if (typeof slot !== "number") slot.sort((a, b) => pop(b) - pop(a));
    }
  }
}
