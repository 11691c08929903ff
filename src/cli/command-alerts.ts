// `sitrep alerts add|list|rm`: alert rules in the store, the same rules as POST/GET/DELETE
// /api/v1/alerts. A rule is a filter (the query options) plus a condition:
//   --any                                   every new matching event
//   --count N --window 1h                   more than N matching events first reported in the window
//   --hotspot S [--level country] [--window 24h] [--baseline 30d]   a hotspot scoring above S
import { SitrepError } from "../errors.ts";
import { buildAlertRule } from "../serve/alert-rules.ts";
import { FILTER_PARAMS } from "../serve/event-params.ts";
import type { CliIo } from "./cli-io.ts";
import { parseCommandArgs } from "./options.ts";
import { FILTER_OPTIONS, withStore } from "./store-options.ts";

const ALERT_OPTIONS = {
  ...FILTER_OPTIONS,
  name: { type: "string" },
  any: { type: "boolean", default: false },
  count: { type: "string" },
  hotspot: { type: "string" },
  level: { type: "string" },
  window: { type: "string" },
  baseline: { type: "string" },
  webhook: { type: "string" },
  secret: { type: "string" },
} as const;

function conditionFrom(v: Record<string, unknown>): unknown {
  const number = (name: string) => {
    const s = String(v[name]);
    if (!/^\d+(\.\d+)?$/.test(s)) throw new SitrepError("E_OPTION_VALUE", `--${name} ${s}: a number`);
    return Number(s);
  };
  const chosen = [v.any === true, v.count !== undefined, v.hotspot !== undefined].filter(Boolean).length;
  if (chosen !== 1)
    throw new SitrepError("E_USAGE", "alerts add needs exactly one of --any, --count N, --hotspot S");
  if (v.any === true) return { type: "any" };
  if (v.count !== undefined) return { type: "count", above: number("count"), window: v.window ?? "1h" };
  return {
    type: "hotspot",
    above: number("hotspot"),
    level: v.level ?? "country",
    window: v.window ?? "24h",
    baseline: v.baseline ?? "30d",
  };
}

export async function runAlerts(args: readonly string[], io: CliIo): Promise<number> {
  const { values: parsed, positionals } = parseCommandArgs(args, ALERT_OPTIONS);
  const v = parsed as Record<string, unknown> & { db?: string };
  const [action, id] = positionals;
  return withStore(v.db, async (store) => {
    switch (action) {
      case "add": {
        const filter: Record<string, string> = {};
        for (const k of FILTER_PARAMS) if (typeof v[k] === "string") filter[k] = v[k] as string;
        const rule = buildAlertRule({
          name: v.name,
          filter,
          condition: conditionFrom(v),
          webhook: typeof v.webhook === "string" ? { url: v.webhook, secret: v.secret } : null,
        });
        await store.saveAlertRule(rule);
        io.stdout(`${JSON.stringify(rule)}\n`);
        return 0;
      }
      case "list":
        for (const r of await store.listAlertRules()) {
          const { webhookSecret, ...shown } = r;
          io.stdout(`${JSON.stringify({ ...shown, webhookSigned: webhookSecret !== null })}\n`);
        }
        return 0;
      case "rm":
        if (!id) throw new SitrepError("E_USAGE", "usage: sitrep alerts rm ID");
        if (!(await store.deleteAlertRule(id)))
          throw new SitrepError("E_OPTION_VALUE", `no alert rule ${id}`);
        io.stdout(`removed ${id}\n`);
        return 0;
      default:
        throw new SitrepError(
          "E_USAGE",
          "usage: sitrep alerts add --name N (--any | --count N | --hotspot S) [filters] | alerts list | alerts rm ID",
        );
    }
  });
}
