// When the alert engine reads the log: a commit is announced twice (a wake-up, then the relay's
// message with its seq), and a commit may land while a check is running. The engine must read the
// log once for the first and must not leave the second to the timer.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pino from "pino";
import { afterEach, describe, expect, it } from "vitest";
import { startAlertEngine } from "../../src/serve/alert-engine.ts";
import { createLocalAnnouncer } from "../../src/serve/announcer.ts";
import { openStore, type Store } from "../../src/store/index.ts";
import { makeEvent } from "../helpers/event-factory.ts";
import { docWith } from "./serve-fixture.ts";

const log = pino({ level: "silent" });
const delivery = { allowPrivate: true, attempts: 1, backoffMs: 10, timeoutMs: 1000 };
/** The timer never fires within a test: only announcements drive the checks here. */
const NO_TIMER = 3_600_000;

async function openTempStore(): Promise<Store> {
  return openStore({
    dbPath: join(mkdtempSync(join(tmpdir(), "sitrep-alerts-")), "t.db"),
    databaseUrl: null,
  });
}

function irnEvent(i: number) {
  return makeEvent({
    date: `2024-05-0${i}`,
    src: "IRNGOV",
    tgt: "ISR",
    code: "112",
    eventId: `a${i}-${Math.random()}`,
  });
}

async function addAnyRule(store: Store) {
  await store.saveAlertRule({
    id: "rule-1",
    name: "any Iranian event",
    filter: { actor: "IRN" },
    condition: { type: "any" },
    webhookUrl: null,
    webhookSecret: null,
    createdAt: new Date().toISOString(),
  });
}

/** Counts the engine's reads of the event log. */
function countLogReads(store: Store): { reads: number } {
  const counter = { reads: 0 };
  const read = store.eventLogAfter.bind(store);
  store.eventLogAfter = (...args) => {
    counter.reads++;
    return read(...args);
  };
  return counter;
}

describe("alert engine checks", () => {
  let store: Store | null = null;
  afterEach(async () => {
    await store?.close();
    store = null;
  });

  it("does not read the log again for a relay message whose seq every rule has read", async () => {
    store = await openTempStore();
    await addAnyRule(store);
    const announcer = createLocalAnnouncer();
    const engine = await startAlertEngine(store, announcer, log, { pollMs: NO_TIMER, delivery });
    await store.saveDocument(docWith([irnEvent(1)]));
    const seq = await store.lastLogSeq();
    const counter = countLogReads(store);

    await announcer.announce({ type: "stored", docKeys: [], events: 1 });
    await engine.idle();
    const afterWakeUp = counter.reads;
    expect(afterWakeUp).toBeGreaterThan(0);
    expect((await store.listAlertFirings("rule-1", 10)).length).toBe(1);

    await announcer.announce({ type: "stored", docKeys: [], events: 1, seq });
    await new Promise((r) => setTimeout(r, 20));
    await engine.idle();
    expect(counter.reads).toBe(afterWakeUp);
    engine.stop();
  });

  it("still checks on a relay message for a seq past what was read", async () => {
    store = await openTempStore();
    await addAnyRule(store);
    const announcer = createLocalAnnouncer();
    const engine = await startAlertEngine(store, announcer, log, { pollMs: NO_TIMER, delivery });
    await store.saveDocument(docWith([irnEvent(2)]));
    const seq = await store.lastLogSeq();
    await announcer.announce({ type: "stored", docKeys: [], events: 1, seq });
    await engine.idle();
    expect((await store.listAlertFirings("rule-1", 10)).length).toBe(1);
    engine.stop();
  });

  it("runs one more pass when a commit is announced while a check is running", async () => {
    store = await openTempStore();
    await addAnyRule(store);
    const announcer = createLocalAnnouncer();
    const engine = await startAlertEngine(store, announcer, log, { pollMs: NO_TIMER, delivery });
    const s = store;
    // Another document is stored just after the pass's last log read (the one that found nothing
    // more), as a commit racing the check would: only a second pass can see it.
    let raced = false;
    const read = s.eventLogAfter.bind(s);
    s.eventLogAfter = async (...args) => {
      const result = await read(...args);
      if (!raced && result.lastSeq === args[0]) {
        raced = true;
        await s.saveDocument(docWith([irnEvent(4)]));
        await announcer.announce({ type: "stored", docKeys: [], events: 1 });
      }
      return result;
    };
    await s.saveDocument(docWith([irnEvent(3)]));
    await engine.check();
    expect((await s.listAlertFirings("rule-1", 10)).length).toBe(2);
    engine.stop();
  });
});
