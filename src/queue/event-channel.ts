// The one announcement channel of every process: workers and `watch` announce what they stored,
// `serve` announces fired alerts, and live streams listen. In process by default; Redis pub/sub
// when a Redis URL is configured, where every listener in every process hears every announcer;
// PostgreSQL's LISTEN/NOTIFY when the store is on PostgreSQL and there is no Redis.
// Stored documents are announced from the event log (the outbox, see outbox-relay.ts), so a
// message carries the log seq it announces and a listener never hears the same seq twice.
import { EventEmitter } from "node:events";
import { SitrepError } from "../errors.ts";
import type { LoggedDocument } from "../store/index.ts";

export type Announcement =
  | {
      readonly type: "stored";
      readonly docKeys: readonly string[];
      /** How many events the documents reported. */
      readonly events: number;
      /** The event log seq announced (from the outbox relay); absent on a bare wake-up. */
      readonly seq?: number;
      /** The document with its logged events (from the outbox relay). */
      readonly document?: LoggedDocument;
    }
  | { readonly type: "alert"; readonly alert: unknown };

export type AnnouncementListener = (message: Announcement) => void;

export interface EventChannel {
  readonly backend: "memory" | "redis" | "postgres";
  /** Names the channel across processes ("memory" for the in-process one). */
  readonly topic: string;
  announce(message: Announcement): Promise<void>;
  /** Announces several messages in order, in one round trip on Redis (a relay's batch). */
  announceAll(messages: readonly Announcement[]): Promise<void>;
  /** Calls `listener` for every announcement, from any process; returns the unsubscribe. A
   * listener's error is its own: the others still hear the message. */
  listen(listener: AnnouncementListener): () => void;
  close(): Promise<void>;
}

/** A stored document as announced: what the live side's listeners (benchmarks, tests, the demo) follow. */
export type EventAnnouncement = LoggedDocument;

/** Listens to stored documents only. */
export function onDocument(channel: EventChannel, handler: (doc: EventAnnouncement) => void): () => void {
  return channel.listen((m) => {
    if (m.type === "stored" && m.document) handler(m.document);
  });
}

/** The Redis channel's suffix after the key prefix. */
export const ANNOUNCEMENTS_CHANNEL = "announcements";

/** Delivers to local listeners, dropping a stored announcement whose seq was delivered already
 * (two relays racing, or a relay repeating a batch it could not mark done). */
export function createLocalDelivery() {
  const emitter = new EventEmitter();
  emitter.setMaxListeners(0);
  let lastSeq = 0;
  return {
    deliver(m: Announcement) {
      if (m.type === "stored" && typeof m.seq === "number") {
        if (m.seq <= lastSeq) return;
        lastSeq = m.seq;
      }
      emitter.emit("m", m);
    },
    listen(listener: AnnouncementListener) {
      const safe = (m: Announcement) => {
        try {
          listener(m);
        } catch {
          // A listener's failure is its own; the pipeline goes on.
        }
      };
      emitter.on("m", safe);
      return () => {
        emitter.off("m", safe);
      };
    },
    close() {
      emitter.removeAllListeners();
    },
  };
}

export function createMemoryChannel(): EventChannel {
  const local = createLocalDelivery();
  return {
    backend: "memory",
    topic: "memory",
    async announce(m) {
      local.deliver(m);
    },
    async announceAll(messages) {
      for (const m of messages) local.deliver(m);
    },
    listen: local.listen,
    async close() {
      local.close();
    },
  };
}

/**
 * `subscribe: "lazily"` (a process that announces and does not listen, as `sitrep worker`) opens
 * no subscription until the first listener: otherwise every worker would receive and parse every
 * announcement of the deployment, work that grows with the number of workers (measured: the
 * largest part of what a second worker added per document). A lazily subscribed listener hears
 * what is announced once its subscription is in place.
 */
export async function createRedisChannel(
  url: string,
  prefix = "sitrep",
  subscribe: "now" | "lazily" = "now",
): Promise<EventChannel> {
  const { Redis } = await import("ioredis");
  const topic = `${prefix}:${ANNOUNCEMENTS_CHANNEL}`;
  const publisher = new Redis(url, { maxRetriesPerRequest: 3, lazyConnect: true });
  let subscriber: InstanceType<typeof Redis> | null = null;
  const local = createLocalDelivery();
  const openSubscriber = async () => {
    const s = new Redis(url, { maxRetriesPerRequest: null, lazyConnect: true });
    subscriber = s;
    s.on("message", (_c: string, message: string) => {
      let m: Announcement;
      try {
        m = JSON.parse(message) as Announcement;
      } catch {
        return; // Not an announcement: not ours.
      }
      local.deliver(m);
    });
    s.on("error", () => {
      // ioredis reconnects and resubscribes.
    });
    await s.connect();
    await s.subscribe(topic);
  };
  try {
    await publisher.connect();
    // Subscribed before the channel is handed out, so nothing announced after is missed.
    if (subscribe === "now") await openSubscriber();
  } catch (error) {
    publisher.disconnect();
    (subscriber as InstanceType<typeof Redis> | null)?.disconnect();
    throw new SitrepError("E_QUEUE_UNAVAILABLE", `Redis at ${redactUrl(url)}: ${(error as Error).message}`);
  }
  return {
    backend: "redis",
    topic,
    async announce(m) {
      await publisher.publish(topic, JSON.stringify(m));
    },
    async announceAll(messages) {
      if (messages.length <= 1) {
        if (messages[0]) await publisher.publish(topic, JSON.stringify(messages[0]));
        return;
      }
      // One pipeline: the publishes go out in order in one write, and the relay holding the
      // shared cursor waits one round trip instead of one per document.
      const pipeline = publisher.pipeline();
      for (const m of messages) pipeline.publish(topic, JSON.stringify(m));
      const results = (await pipeline.exec()) ?? [];
      const failed = results.find(([error]) => error);
      if (failed) throw failed[0];
    },
    listen(listener) {
      if (!subscriber) void openSubscriber().catch(() => {});
      return local.listen(listener);
    },
    async close() {
      local.close();
      (subscriber as InstanceType<typeof Redis> | null)?.disconnect();
      await publisher.quit().catch(() => publisher.disconnect());
    },
  };
}

/** A connection URL without its password, for messages. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = "***";
    return u.toString();
  } catch {
    return "(invalid URL)";
  }
}

export interface EventChannelConfig {
  /** redis://… to announce across processes; null or absent for in-process. */
  readonly redisUrl?: string | null;
  /** The store's postgres://… URL: without Redis, processes sharing it announce through
   * LISTEN/NOTIFY (postgres-channel.ts). */
  readonly databaseUrl?: string | null;
  /** Key prefix shared with the BullMQ queues. */
  readonly prefix?: string;
  /** Redis: subscribe at once (default), or only when something listens (announce-only processes). */
  readonly subscribe?: "now" | "lazily";
}

/** The channel for this configuration: Redis pub/sub when a Redis URL is set, else PostgreSQL's
 * LISTEN/NOTIFY when the store is on PostgreSQL, else in-process. */
export async function createEventChannel(config: EventChannelConfig = {}): Promise<EventChannel> {
  if (config.redisUrl)
    return createRedisChannel(config.redisUrl, config.prefix ?? "sitrep", config.subscribe ?? "now");
  if (config.databaseUrl?.startsWith("postgres")) {
    // Loaded here, not at the top: postgres-channel.ts builds on this module.
    const { createPostgresChannel } = await import("./postgres-channel.ts");
    return createPostgresChannel(config.databaseUrl, config.prefix ?? "sitrep");
  }
  return createMemoryChannel();
}
