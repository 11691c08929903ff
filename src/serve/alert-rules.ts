// Alert rules: a filter (the API's event query parameters) plus a condition. Checked when created, so
// a stored rule always evaluates.
//   {"type": "any"}                                   every new matching event
//   {"type": "count", "window": "1h", "above": 20}    matching events first reported in the window > N
//   {"type": "hotspot", "level": "country", "window": "24h", "baseline": "30d", "above": 3}
import { randomBytes } from "node:crypto";
import { SitrepError } from "../errors.ts";
import type { AlertRuleRecord } from "../store/index.ts";
import { FILTER_PARAMS, filterFromParams } from "./event-params.ts";
import { type HotspotLevel, parseWindowDays } from "./hotspots.ts";

export type AlertCondition =
  | { readonly type: "any" }
  | { readonly type: "count"; readonly window: string; readonly above: number }
  | {
      readonly type: "hotspot";
      readonly level: HotspotLevel;
      readonly window: string;
      readonly baseline: string;
      readonly above: number;
    };

const fail = (detail: string): never => {
  throw new SitrepError("E_ALERT_RULE", detail);
};

/** "15m", "1h", "2d" → milliseconds (count windows may be shorter than a day: they use report times). */
export function parseDurationMs(value: unknown, name: string): number {
  const m = typeof value === "string" ? /^(\d{1,5})([mhd])$/.exec(value) : null;
  if (!m) return fail(`${name}: use e.g. 15m, 1h or 7d`);
  const ms = Number(m[1]) * { m: 60_000, h: 3_600_000, d: 86_400_000 }[m[2] as "m" | "h" | "d"];
  if (ms < 60_000 || ms > 366 * 86_400_000) return fail(`${name}: from 1 minute to 1 year`);
  return ms;
}

function parseCondition(raw: unknown): AlertCondition {
  const c = (raw ?? {}) as Record<string, unknown>;
  const above = (v: unknown) =>
    typeof v === "number" && Number.isFinite(v) && v >= 0 ? v : fail("condition.above: a number ≥ 0");
  switch (c.type) {
    case "any":
      return { type: "any" };
    case "count":
      parseDurationMs(c.window, "condition.window");
      return { type: "count", window: String(c.window), above: above(c.above) };
    case "hotspot": {
      const level = c.level ?? "country";
      if (level !== "country" && level !== "admin1" && level !== "dyad")
        fail("condition.level: country, admin1 or dyad");
      const window = String(c.window ?? "24h");
      const baseline = String(c.baseline ?? "30d");
      try {
        parseWindowDays(window, "condition.window");
        parseWindowDays(baseline, "condition.baseline");
      } catch (e) {
        fail((e as Error).message);
      }
      return { type: "hotspot", level: level as HotspotLevel, window, baseline, above: above(c.above) };
    }
    default:
      return fail('condition.type: "any", "count" or "hotspot"');
  }
}

export interface NewAlertRule {
  readonly name?: unknown;
  readonly filter?: unknown;
  readonly condition?: unknown;
  readonly webhook?: { readonly url?: unknown; readonly secret?: unknown } | null;
}

/** Validates a rule as posted and gives it an id (and a webhook secret when none was given). */
export function buildAlertRule(body: NewAlertRule): AlertRuleRecord {
  const name =
    typeof body.name === "string" && body.name.trim() ? body.name.trim().slice(0, 200) : fail("name: a text");
  const rawFilter = (body.filter ?? {}) as Record<string, unknown>;
  if (typeof rawFilter !== "object" || Array.isArray(rawFilter))
    fail("filter: an object of query parameters");
  const filter: Record<string, string> = {};
  for (const [k, v] of Object.entries(rawFilter)) {
    if (!(FILTER_PARAMS as readonly string[]).includes(k))
      fail(`filter.${k}: not a filter (${FILTER_PARAMS.join(", ")})`);
    if (typeof v !== "string") fail(`filter.${k}: a text value`);
    filter[k] = v as string;
  }
  try {
    filterFromParams(filter);
  } catch (e) {
    fail(`filter: ${(e as Error).message}`);
  }
  const condition = parseCondition(body.condition);
  let webhookUrl: string | null = null;
  let webhookSecret: string | null = null;
  if (body.webhook) {
    const url = body.webhook.url;
    if (typeof url !== "string" || !/^https?:\/\//i.test(url) || url.length > 2000)
      fail("webhook.url: an http(s) URL");
    webhookUrl = url as string;
    const secret = body.webhook.secret;
    if (secret !== undefined && (typeof secret !== "string" || secret.length < 16))
      fail("webhook.secret: at least 16 characters");
    webhookSecret = (secret as string | undefined) ?? randomBytes(24).toString("base64url");
  }
  return {
    id: randomBytes(8).toString("hex"),
    name,
    filter,
    condition,
    webhookUrl,
    webhookSecret,
    createdAt: new Date().toISOString(),
  };
}
