// Walking a filter's pages through the store's cursor, and the page order to compare a walk
// with: shared by the tests that check merged-branch pages against the whole filter.
import type { EventFilter, Store } from "../../src/store/index.ts";

/** Every page of `filter`, `size` at a time, each cursor the previous page's last event. */
export async function walkPages(
  s: Store,
  filter: EventFilter,
  size: number,
  json: boolean,
): Promise<string[]> {
  const keys: string[] = [];
  let after: { day: string; eventKey: string } | null = null;
  for (;;) {
    const page: readonly { day: string; eventKey: string }[] = json
      ? await s.pageEventJson(filter, size, after)
      : await s.pageEvents(filter, size, after);
    keys.push(...page.map((e) => `${e.day} ${e.eventKey}`));
    if (page.length < size) return keys;
    after = { day: page[page.length - 1]!.day, eventKey: page[page.length - 1]!.eventKey };
  }
}

/** "day key" strings in page order: newest day first, then by key. */
export function pageOrder(keys: readonly string[]): string[] {
  return [...keys].sort((a, b) => {
    const [da, ka] = a.split(" ") as [string, string];
    const [db, kb] = b.split(" ") as [string, string];
    return da === db ? (ka < kb ? -1 : 1) : da < db ? 1 : -1;
  });
}
