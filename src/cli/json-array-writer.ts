// A JSON array written element by element: the text JSON.stringify(all, null, 2) would give, without
// holding every element, or the whole text, in memory at once. `sitrep code` on one 20 MB document
// emits about 230,000 events; collecting them with push(...events) overflowed the call stack, and the
// array with its pretty-printed text took ~2.9 GB.

/** Writes the elements given to `add` as one pretty-printed JSON array, through `write`. */
export function createJsonArrayWriter(write: (text: string) => void): {
  add(value: unknown): void;
  end(): void;
} {
  let count = 0;
  return {
    add(value: unknown): void {
      // Each line of an element sits two spaces in, as in JSON.stringify(array, null, 2); strings
      // inside JSON hold no raw line breaks, so splitting on them is safe.
      const element = JSON.stringify(value, null, 2).replace(/\n/g, "\n  ");
      write(`${count++ === 0 ? "[\n" : ",\n"}  ${element}`);
    },
    end(): void {
      write(count === 0 ? "[]\n" : "\n]\n");
    },
  };
}
