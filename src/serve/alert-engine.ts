// Evaluates the stored alert rules as events are stored. Every API process runs one; the store's
// firing table (primary key rule + firing key) decides which process delivers a firing, so a firing
// is never delivered twice. Firings go to every stream client (through the announcer) and to the
// rule's webhook, signed and retried (webhook-delivery.ts).
import type { FastifyBaseLogger } from "fastify";
import type { AlertRuleRecord, Store } from "../store/index.ts";
import type { AlertCondition } from "./alert-rules.ts";
import { parseDurationMs } from "./alert-rules.ts";
import type { Announcer } from "./announcer.ts";
import { filterFromParams } from "./event-params.ts";
import { findHotspots, parseWindowDays } from "./hotspots.ts";
import { type DeliveryOptions, deliverWebhook } from "./webhook-delivery.ts";

export interface AlertEngineOptions {
  readonly pollMs: number;
  readonly delivery: DeliveryOptions;
  readonly now?: () => Date;
}

export interface AlertFiring {
  readonly ruleId: string;
  readonly ruleName: string;
  readonly firingKey: string;
  readonly condition: AlertCondition;
  readonly firedAt: string;
  readonly detail: unknown;
}

const SCAN = 500;

export interface AlertEngine {
  /** Evaluates every rule against what was stored since the last check (also run on a timer). */
  check(): Promise<void>;
  /** Resolves when all webhook deliveries started so far have ended (tests, shutdown). */
  idle(): Promise<void>;
  stop(): void;
}

export async function startAlertEngine(
  store: Store,
  announcer: Announcer,
  log: FastifyBaseLogger,
  o: AlertEngineOptions,
): Promise<AlertEngine> {
  const now = o.now ?? (() => new Date());
  const startSeq = await store.lastLogSeq();
  /** Each rule reads the log from where it last stopped (rules added later start at the present). */
  const cursors = new Map<string, number>();
  const deliveries = new Set<Promise<void>>();
  let running: Promise<void> | null = null;
  let stopped = false;

  const fire = async (rule: AlertRuleRecord, firingKey: string, detail: unknown) => {
    const firing: AlertFiring = {
      ruleId: rule.id,
      ruleName: rule.name,
      firingKey,
      condition: rule.condition as AlertCondition,
      firedAt: now().toISOString(),
      detail,
    };
    if (!(await store.recordAlertFiring(rule.id, firingKey, firing))) return;
    await announcer.announce({ type: "alert", alert: firing });
    if (!rule.webhookUrl || !rule.webhookSecret) {
      await store.setAlertDelivery(rule.id, firingKey, "none");
      return;
    }
    const delivery = deliverWebhook(
      rule.webhookUrl,
      rule.webhookSecret,
      firing,
      `${rule.id}:${firingKey}`,
      o.delivery,
    )
      .then((r) =>
        store.setAlertDelivery(
          rule.id,
          firingKey,
          r.ok ? `delivered:${r.attempts}` : `failed:${r.status ?? r.error}`,
        ),
      )
      .catch((error) => log.warn({ err: error, rule: rule.id }, "webhook delivery failed"));
    const tracked = delivery.finally(() => deliveries.delete(tracked));
    deliveries.add(tracked);
  };

  const evaluate = async (rule: AlertRuleRecord) => {
    const filter = filterFromParams(rule.filter);
    let cursor = cursors.get(rule.id) ?? startSeq;
    const fresh = [];
    for (;;) {
      const { rows, lastSeq } = await store.eventLogAfter(cursor, filter, SCAN);
      fresh.push(...rows.filter((r) => r.kind === "new"));
      if (lastSeq === cursor) break;
      cursor = lastSeq;
    }
    cursors.set(rule.id, cursor);
    if (!fresh.length) return;
    const c = rule.condition as AlertCondition;
    if (c.type === "any") {
      for (const r of fresh) await fire(rule, `event:${r.event.eventKey}`, { event: r.event, seq: r.seq });
    } else if (c.type === "count") {
      const windowMs = parseDurationMs(c.window, "window");
      const t = now().getTime();
      const count = await store.countNewEventsLoggedSince(new Date(t - windowMs).toISOString(), filter);
      // One firing per window period at most, however many events push the count further.
      if (count > c.above) await fire(rule, `count:${Math.floor(t / windowMs)}`, { count, window: c.window });
    } else {
      const at = now().toISOString().slice(0, 10);
      const hotspots = await findHotspots(
        store,
        {
          level: c.level,
          at,
          windowDays: parseWindowDays(c.window, "window"),
          baselineDays: parseWindowDays(c.baseline, "baseline"),
          limit: 20,
          minEvents: 2,
        },
        filter,
      );
      for (const h of hotspots.filter((x) => x.score > c.above))
        await fire(rule, `hotspot:${c.level}:${h.key}:${h.window.to}`, { hotspot: h });
    }
  };

  /** The log seq every rule has read through after the last pass (rules read from the present
   * when added, so a new rule never lowers it below what the others have seen). */
  let readThrough = startSeq;
  /** A check asked for while one runs: the running pass may have read the log before the commit
   * that asked, so one more pass follows it (instead of waiting for the timer). */
  let again = false;

  const pass = async () => {
    const rules = await store.listAlertRules();
    for (const rule of rules) {
      try {
        await evaluate(rule);
      } catch (error) {
        log.warn({ err: error, rule: rule.id }, "alert rule evaluation failed");
      }
    }
    if (rules.length) readThrough = Math.min(...rules.map((r) => cursors.get(r.id) ?? startSeq));
  };

  const check = async () => {
    if (stopped) return;
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      do {
        again = false;
        await pass();
      } while (again && !stopped);
    })().finally(() => {
      running = null;
    });
    return running;
  };

  // A commit is heard twice: the relay's wake-up (no seq) at once, then its message with the log
  // seq. A message for a seq every rule has already read asks for nothing new.
  const unlisten = announcer.listen((m) => {
    if (m.type !== "stored") return;
    if (typeof m.seq === "number" && m.seq <= readThrough) return;
    void check();
  });
  const timer = setInterval(() => void check(), o.pollMs);
  return {
    check,
    idle: async () => {
      await running;
      await Promise.all([...deliveries]);
    },
    stop: () => {
      stopped = true;
      unlisten();
      clearInterval(timer);
    },
  };
}
