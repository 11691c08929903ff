// When a failed job is tried again: permanent errors (a refused address, a page too large, an XML
// bomb, a page with no text) go to the dead-letter list at once; transient ones (timeouts, network,
// 429/5xx, a locked database) wait with exponential backoff and full jitter (AWS Architecture Blog,
// "Exponential Backoff And Jitter", 2015), never less than the server's Retry-After.

export interface RetryPolicy {
  readonly maxAttempts: number;
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
}

/** 5 attempts over ~1 minute at the defaults (5 s, 10 s, 20 s, 40 s, before jitter). */
export const DEFAULT_RETRY: RetryPolicy = { maxAttempts: 5, baseDelayMs: 5000, maxDelayMs: 15 * 60_000 };

/** Store codes a retry can fix (another writer held the lock). */
const TRANSIENT_CODES = new Set(["E_DB_LOCKED", "E_QUEUE_UNAVAILABLE"]);

export function isRetryable(error: unknown): boolean {
  const e = error as { retryable?: unknown; code?: unknown };
  if (typeof e?.retryable === "boolean") return e.retryable;
  if (typeof e?.code === "string") return TRANSIENT_CODES.has(e.code) || !e.code.startsWith("E_");
  return true;
}

/** Delay before attempt `attempt + 1`, after `attempt` failures. */
export function retryDelayMs(
  attempt: number,
  error: unknown,
  policy: RetryPolicy,
  random = Math.random,
): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, attempt - 1));
  // Half fixed, half jitter: spreads retries of a burst while keeping the backoff's growth.
  const backoff = ceiling / 2 + random() * (ceiling / 2);
  const retryAfter = (error as { retryAfterMs?: unknown })?.retryAfterMs;
  return Math.round(Math.max(backoff, typeof retryAfter === "number" ? retryAfter : 0));
}

export function errorText(error: unknown): string {
  const e = error as { code?: unknown; message?: unknown };
  if (typeof e?.code === "string" && e.code.startsWith("E_")) return `${e.code}: ${String(e.message ?? "")}`;
  return `E_INTERNAL: ${error instanceof Error ? error.message : String(error)}`;
}
