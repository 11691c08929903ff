// The three documents that roll-up tests write after their random events: one story with two
// events, a second report of its first event from another source (a recount), and the first
// document's next version, which supersedes its second event. Every roll-up must count the recount
// once more and drop the superseded event, whatever path (row triggers, bulk, rebuild) wrote them.
import type { Store } from "../../src/store/index.ts";
import type { CodedEvent } from "../../src/types.ts";
import { makeEvent } from "./event-factory.ts";
import { ownSourceRecords } from "./random-events.ts";

export async function writeRecountStory(
  store: Store,
  options: { secondTarget: string | null; location?: CodedEvent["location"] },
): Promise<void> {
  const record = ownSourceRecords();
  const location = options.location ? { location: options.location } : {};
  const shared = makeEvent({
    eventId: "a",
    date: "2024-02-10",
    code: "190",
    src: "PAKMIL",
    tgt: "INDMIL",
    ...location,
  });
  const superseded = makeEvent({
    eventId: "b",
    date: "2024-03-31",
    code: "036",
    src: "USAGOV",
    tgt: options.secondTarget,
    ...location,
  });
  await store.saveDocument(record([shared, superseded], "https://example.org/a", "one"));
  await store.saveDocument(record([shared], "https://example.org/b", "two"));
  await store.saveDocument(
    record(
      [makeEvent({ eventId: "c", date: "2024-04-01", code: "173", src: "INDGOV", tgt: "PAK" })],
      "https://example.org/a",
      "one, updated",
    ),
  );
}
