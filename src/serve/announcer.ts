// The API's announcer is the live side's one channel (src/queue/event-channel.ts): in process by
// default, Redis pub/sub when SITREP_REDIS_URL is set, PostgreSQL's LISTEN/NOTIFY when the store is
// on PostgreSQL without Redis. Stored documents are announced from the
// store's event log by the outbox relay, so the stream hears of them whichever process stored them;
// messages only wake listeners, and what changed is read from the log by seq.
import {
  type Announcement,
  createEventChannel,
  createMemoryChannel,
  createRedisChannel,
  type EventChannel,
} from "../queue/event-channel.ts";

export type { Announcement };
export type Announcer = EventChannel;

export function createLocalAnnouncer(): Announcer {
  return createMemoryChannel();
}

export function createRedisAnnouncer(url: string, prefix?: string): Promise<Announcer> {
  return createRedisChannel(url, prefix);
}

/** Redis when SITREP_REDIS_URL is set, else PostgreSQL's LISTEN/NOTIFY when the store is on
 * PostgreSQL (`databaseUrl`), else in process. */
export function createAnnouncer(
  redisUrl: string | null | undefined,
  prefix?: string,
  databaseUrl?: string | null,
): Promise<Announcer> {
  return createEventChannel({
    redisUrl: redisUrl ?? null,
    databaseUrl: databaseUrl ?? null,
    ...(prefix ? { prefix } : {}),
  });
}
