// The channel on which a process that stored events (or fired an alert) tells every API process:
// in process by default, Redis pub/sub when SITREP_REDIS_URL is set, so a stream client hears of an
// event whichever worker coded it. Messages only wake listeners; what changed is read from the
// store's event log, so a lost message delays nothing longer than the stream's poll interval.
import { EventEmitter } from "node:events";
import { Redis } from "ioredis";

export type Announcement =
  | { readonly type: "stored"; readonly docKeys: readonly string[]; readonly events: number }
  | { readonly type: "alert"; readonly alert: unknown };

export interface Announcer {
  announce(message: Announcement): Promise<void>;
  /** Calls `listener` for every announcement, from any process; returns the unsubscribe. */
  listen(listener: (message: Announcement) => void): () => void;
  close(): Promise<void>;
}

const CHANNEL = "sitrep:announcements";

export function createLocalAnnouncer(): Announcer {
  const emitter = new EventEmitter();
  emitter.setMaxListeners(0);
  return {
    announce: async (m) => {
      emitter.emit("m", m);
    },
    listen: (listener) => {
      emitter.on("m", listener);
      return () => emitter.off("m", listener);
    },
    close: async () => {
      emitter.removeAllListeners();
    },
  };
}

export async function createRedisAnnouncer(url: string): Promise<Announcer> {
  const pub = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 2 });
  const sub = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 2 });
  await Promise.all([pub.connect(), sub.connect()]);
  const local = createLocalAnnouncer();
  await sub.subscribe(CHANNEL);
  sub.on("message", (_channel: string, raw: string) => {
    try {
      void local.announce(JSON.parse(raw) as Announcement);
    } catch {
      // a malformed message from another process is dropped; the log still has the events
    }
  });
  return {
    announce: async (m) => {
      await pub.publish(CHANNEL, JSON.stringify(m));
    },
    listen: local.listen,
    close: async () => {
      await local.close();
      sub.disconnect();
      pub.disconnect();
    },
  };
}

/** Redis when SITREP_REDIS_URL is set, else in process. */
export function createAnnouncer(redisUrl: string | null | undefined): Promise<Announcer> {
  return redisUrl ? createRedisAnnouncer(redisUrl) : Promise.resolve(createLocalAnnouncer());
}
