// The announcement channel over PostgreSQL's LISTEN/NOTIFY, for a deployment whose processes share
// a PostgreSQL store and no Redis (`sitrep watch` in one process, `sitrep serve` in another): the
// API's streams and alert engine hear another process's commits within milliseconds instead of at
// their next poll of the log. Each channel holds one connection that LISTENs and one that NOTIFYs.
//
// A NOTIFY payload holds at most 8,000 bytes, and a relay's message carries the whole stored
// document with its events, so a longer message goes out as numbered parts in one transaction
// (NOTIFYs of one transaction arrive together, in order) and the listener joins them. Delivery is
// as on Redis: at most once per connection, none while the listening connection is down; the
// event log stays the durable path (the relay's sweep and the streams' poll make up what was lost).
import { randomBytes } from "node:crypto";
import pg from "pg";
import { SitrepError } from "../errors.ts";
import {
  ANNOUNCEMENTS_CHANNEL,
  type Announcement,
  createLocalDelivery,
  type EventChannel,
  redactUrl,
} from "./event-channel.ts";

/** PostgreSQL refuses a payload of 8,000 bytes or more; parts stay below with room to spare. */
const PAYLOAD_BYTES = 7_800;
/** UTF-8 needs at most 3 bytes per UTF-16 code unit (a surrogate pair is 4 bytes for 2 units). */
const PART_UNITS = Math.floor((PAYLOAD_BYTES - 200) / 3);
/** Parted messages waiting for the rest of their parts; older ones are dropped (a lost part). */
const MAX_PENDING = 256;
/** A lost listening connection is opened again after this long, doubling up to RECONNECT_MAX_MS. */
const RECONNECT_MS = 250;
const RECONNECT_MAX_MS = 10_000;

/** One part of a message too long for one NOTIFY. */
interface Part {
  readonly part: { readonly id: string; readonly i: number; readonly n: number };
  readonly text: string;
}

/** The channel's name in PostgreSQL: the key prefix's topic, an identifier quoted for LISTEN. */
export function notifyChannelName(prefix: string): string {
  if (!/^[A-Za-z0-9_.:-]{1,40}$/.test(prefix))
    throw new SitrepError("E_OPTION_VALUE", `channel prefix "${prefix}": letters, digits and _ . : - only`);
  return `${prefix}:${ANNOUNCEMENTS_CHANNEL}`;
}

/** The payloads that carry `message`: itself when it fits one NOTIFY, else its parts in order. */
export function notifyPayloads(message: Announcement, id: string): string[] {
  const json = JSON.stringify(message);
  if (Buffer.byteLength(json) < PAYLOAD_BYTES) return [json];
  const texts: string[] = [];
  for (let at = 0; at < json.length; ) {
    let end = Math.min(json.length, at + PART_UNITS);
    // A part never ends between the two halves of a surrogate pair: each part is sent as UTF-8.
    const last = json.charCodeAt(end - 1);
    if (end < json.length && last >= 0xd800 && last <= 0xdbff) end--;
    texts.push(json.slice(at, end));
    at = end;
  }
  return texts.map((text, i) => JSON.stringify({ part: { id, i, n: texts.length }, text } satisfies Part));
}

/** Joins parted messages as their parts arrive; returns each whole message once. */
export function createPartJoiner(): (payload: string) => Announcement | null {
  const pending = new Map<string, { readonly texts: string[]; received: number }>();
  return (payload) => {
    let parsed: Announcement | Part;
    try {
      parsed = JSON.parse(payload) as Announcement | Part;
    } catch {
      return null; // Not an announcement: not ours.
    }
    if (!("part" in parsed)) return parsed;
    const { id, i, n } = parsed.part;
    if (!(Number.isInteger(n) && n > 0 && n <= 100_000 && Number.isInteger(i) && i >= 0 && i < n))
      return null;
    let parts = pending.get(id);
    if (!parts) {
      if (pending.size >= MAX_PENDING) pending.delete(pending.keys().next().value as string);
      parts = { texts: Array.from({ length: n }, () => ""), received: 0 };
      pending.set(id, parts);
    }
    if (parts.texts.length !== n) return null;
    parts.texts[i] = parsed.text;
    if (++parts.received < n) return null;
    pending.delete(id);
    try {
      return JSON.parse(parts.texts.join("")) as Announcement;
    } catch {
      return null;
    }
  };
}

export async function createPostgresChannel(url: string, prefix = "sitrep"): Promise<EventChannel> {
  const topic = notifyChannelName(prefix);
  const local = createLocalDelivery();
  const join = createPartJoiner();
  // Each message's parts share an id unique across processes.
  const origin = randomBytes(6).toString("hex");
  let counter = 0;
  let closed = false;
  let listener: pg.Client | null = null;
  let reconnectMs = RECONNECT_MS;
  let reconnectTimer: NodeJS.Timeout | null = null;

  const publisher = new pg.Client({ connectionString: url });
  publisher.on("error", () => {
    // A broken publishing connection fails the next announce, which the relay retries.
  });

  const openListener = async (): Promise<void> => {
    const client = new pg.Client({ connectionString: url });
    client.on("notification", (n) => {
      if (n.channel !== topic || n.payload === undefined) return;
      const m = join(n.payload);
      if (m) local.deliver(m);
    });
    client.on("error", () => lost(client));
    client.on("end", () => lost(client));
    try {
      await client.connect();
      await client.query(`LISTEN ${pg.escapeIdentifier(topic)}`);
    } catch (error) {
      client.end().catch(() => {});
      throw error;
    }
    if (closed) {
      await client.end().catch(() => {});
      return;
    }
    listener = client;
    reconnectMs = RECONNECT_MS;
  };
  // Opens the listening connection again after a pause that doubles while it keeps failing.
  const reconnect = () => {
    if (closed || reconnectTimer) return;
    reconnectTimer = setTimeout(() => {
      reconnectTimer = null;
      openListener().catch(() => {
        reconnectMs = Math.min(RECONNECT_MAX_MS, reconnectMs * 2);
        reconnect();
      });
    }, reconnectMs);
    reconnectTimer.unref();
  };
  // The listening connection went away: open another (what was announced meanwhile is made up by
  // the log's readers, as after any lost message).
  const lost = (client: pg.Client) => {
    if (listener !== client) return;
    listener = null;
    client.end().catch(() => {});
    reconnect();
  };

  try {
    await publisher.connect();
    await openListener();
  } catch (error) {
    await publisher.end().catch(() => {});
    throw new SitrepError(
      "E_QUEUE_UNAVAILABLE",
      `PostgreSQL at ${redactUrl(url)}: ${(error as Error).message}`,
    );
  }

  // Every payload of the messages in one statement, one transaction: they arrive together, in order.
  const send = async (messages: readonly Announcement[]) => {
    const payloads = messages.flatMap((m) => notifyPayloads(m, `${origin}-${counter++}`));
    if (!payloads.length) return;
    await publisher.query(
      "select pg_notify($1, p) from unnest($2::text[]) with ordinality as t(p, i) order by i",
      [topic, payloads],
    );
  };

  return {
    backend: "postgres",
    topic,
    announce: (m) => send([m]),
    announceAll: send,
    listen: local.listen,
    async close() {
      closed = true;
      if (reconnectTimer) clearTimeout(reconnectTimer);
      local.close();
      const l = listener as pg.Client | null;
      listener = null;
      await Promise.all([l?.end().catch(() => {}), publisher.end().catch(() => {})]);
    },
  };
}
