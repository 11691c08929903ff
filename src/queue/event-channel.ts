// The announcement channel: every coded document announces the events it stored, so a live stream
// (the HTTP API) can follow from any process. In process on the embedded default; Redis pub/sub
// when a Redis URL is configured, where every subscriber in every process hears every publisher.
import { EventEmitter } from "node:events";
import { SitrepError } from "../errors.ts";
import type { StoredEvent } from "../store/index.ts";

export interface EventAnnouncement {
  readonly docKey: string;
  readonly source: string | null;
  readonly url: string | null;
  readonly title: string | null;
  readonly publishedAt: string | null;
  /** When the document was stored (ISO 8601). */
  readonly storedAt: string;
  /** The document's events as stored, rolled-up counts included. */
  readonly events: readonly StoredEvent[];
}

export type AnnouncementHandler = (announcement: EventAnnouncement) => void;

export interface EventChannel {
  readonly backend: "memory" | "redis";
  publish(announcement: EventAnnouncement): Promise<void>;
  /** Returns a function that unsubscribes. Handlers run after the publish; their errors are ignored. */
  subscribe(handler: AnnouncementHandler): () => void;
  close(): Promise<void>;
}

/** The Redis channel name; one per deployment (the key prefix tells deployments apart). */
export const EVENTS_CHANNEL = "events";

function createMemoryChannel(): EventChannel {
  const emitter = new EventEmitter();
  emitter.setMaxListeners(0);
  return {
    backend: "memory",
    async publish(a) {
      emitter.emit("event", a);
    },
    subscribe(handler) {
      const safe = (a: EventAnnouncement) => {
        try {
          handler(a);
        } catch {
          // A subscriber's failure is its own; the pipeline goes on.
        }
      };
      emitter.on("event", safe);
      return () => emitter.off("event", safe);
    },
    async close() {
      emitter.removeAllListeners();
    },
  };
}

async function createRedisChannel(url: string, prefix: string): Promise<EventChannel> {
  const { Redis } = await import("ioredis");
  const channel = `${prefix}:${EVENTS_CHANNEL}`;
  const publisher = new Redis(url, { maxRetriesPerRequest: 3, lazyConnect: true });
  const subscriber = new Redis(url, { maxRetriesPerRequest: null, lazyConnect: true });
  const local = createMemoryChannel();
  try {
    await publisher.connect();
    await subscriber.connect();
    // Subscribed before the channel is handed out, so no announcement published after is missed.
    await subscriber.subscribe(channel);
  } catch (error) {
    publisher.disconnect();
    subscriber.disconnect();
    throw new SitrepError("E_QUEUE_UNAVAILABLE", `Redis at ${redactUrl(url)}: ${(error as Error).message}`);
  }
  subscriber.on("message", (_c: string, message: string) => {
    try {
      void local.publish(JSON.parse(message) as EventAnnouncement);
    } catch {
      // A message that is not an announcement is not ours.
    }
  });
  return {
    backend: "redis",
    async publish(a) {
      await publisher.publish(channel, JSON.stringify(a));
    },
    subscribe: (handler) => local.subscribe(handler),
    async close() {
      await local.close();
      subscriber.disconnect();
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
  /** Key prefix shared with the BullMQ queues. */
  readonly prefix?: string;
}

/** The channel for this configuration: Redis pub/sub when a Redis URL is set, else in-process. */
export async function createEventChannel(config: EventChannelConfig = {}): Promise<EventChannel> {
  return config.redisUrl
    ? createRedisChannel(config.redisUrl, config.prefix ?? "sitrep")
    : createMemoryChannel();
}
