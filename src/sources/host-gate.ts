// Per-host politeness as a gate: at most `perHost` requests in flight to one host, started at least
// `delayMs` apart, and a host held back after a Retry-After. In process by default; on Redis when
// several workers (processes, machines) fetch, so the limits hold for all of them together.
import type { Redis } from "ioredis";

export interface HostGate {
  /** Waits for a turn at `host`; the returned function ends it (call it once the response is read). */
  acquire(host: string, delayMs: number): Promise<() => void>;
  /** No request to `host` starts before `ms` from now (a 429/503 Retry-After). */
  holdFor(host: string, ms: number): Promise<void>;
  close(): Promise<void>;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export function createMemoryHostGate(perHost: number, now: () => number = Date.now): HostGate {
  const hosts = new Map<string, { active: number; nextStart: number; waiting: (() => void)[] }>();
  const state = (host: string) => {
    const known = hosts.get(host);
    if (known) return known;
    const fresh = { active: 0, nextStart: 0, waiting: [] as (() => void)[] };
    hosts.set(host, fresh);
    return fresh;
  };
  return {
    async acquire(host, delayMs) {
      const s = state(host);
      while (s.active >= perHost) await new Promise<void>((r) => s.waiting.push(r));
      s.active++;
      const wait = s.nextStart - now();
      s.nextStart = Math.max(now(), s.nextStart) + delayMs;
      if (wait > 0) await sleep(wait);
      return () => {
        s.active--;
        s.waiting.shift()?.();
      };
    },
    async holdFor(host, ms) {
      const s = state(host);
      s.nextStart = Math.max(s.nextStart, now() + ms);
    },
    async close() {},
  };
}

/**
 * Atomic on the Redis server, on its clock (workers' clocks may differ): drop expired turns; if
 * fewer than ARGV[1] remain and the host's next start time has come, take a turn (a sorted-set
 * member that expires after the lease, so a killed worker's turn comes back) and move the next
 * start time on by the delay. Returns 0 when taken, else how many ms to wait before asking again.
 */
const ACQUIRE = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local perHost = tonumber(ARGV[1])
local delay = tonumber(ARGV[2])
local lease = tonumber(ARGV[4])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
local nextStart = tonumber(redis.call('GET', KEYS[2]) or '0')
if nextStart > now then return nextStart - now end
if redis.call('ZCARD', KEYS[1]) >= perHost then return -1 end
redis.call('ZADD', KEYS[1], now + lease, ARGV[3])
redis.call('PEXPIRE', KEYS[1], lease + 1000)
redis.call('SET', KEYS[2], now + delay, 'PX', delay + lease)
return 0`;

const HOLD = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local until = now + tonumber(ARGV[1])
local nextStart = tonumber(redis.call('GET', KEYS[1]) or '0')
if until > nextStart then redis.call('SET', KEYS[1], until, 'PX', tonumber(ARGV[1]) + 60000) end
return 0`;

/** How often a worker asks again while the host's turns are all taken (released turns are not pushed). */
const FULL_RETRY_MS = 25;

export interface RedisHostGateOptions {
  readonly redis: Redis;
  /** Key prefix shared with the queue, so deployments on one Redis keep their hosts apart. */
  readonly prefix: string;
  readonly perHost: number;
  /** How long a turn lasts if its worker dies holding it (longer than any fetch's total timeout). */
  readonly leaseMs: number;
}

export function createRedisHostGate(options: RedisHostGateOptions): HostGate {
  const { redis, prefix, perHost, leaseMs } = options;
  const keys = (host: string) => [`${prefix}:host:${host}:turns`, `${prefix}:host:${host}:next`] as const;
  let counter = 0;
  const id = `${process.pid}-${Math.random().toString(36).slice(2, 10)}`;
  return {
    async acquire(host, delayMs) {
      const [turns, next] = keys(host);
      const token = `${id}-${++counter}`;
      for (;;) {
        const wait = Number(
          await redis.eval(ACQUIRE, 2, turns, next, String(perHost), String(delayMs), token, String(leaseMs)),
        );
        if (wait === 0) break;
        await sleep(wait > 0 ? wait : FULL_RETRY_MS);
      }
      let released = false;
      return () => {
        if (released) return;
        released = true;
        void redis.zrem(turns, token).catch(() => {
          // Unreachable Redis: the turn expires with its lease.
        });
      };
    },
    async holdFor(host, ms) {
      await redis.eval(HOLD, 1, keys(host)[1], String(Math.max(0, Math.round(ms))));
    },
    async close() {},
  };
}
