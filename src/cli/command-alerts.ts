// `sitrep alerts add|list|rm`: alert rules in the store, the same rules as POST/GET/DELETE
// /api/v1/alerts. A rule is a filter (the query options) plus a condition:
//   --any                                   every new matching event
//   --count N --window 1h                   more than N matching events first reported in the window
//   --hotspot S [--level country] [--window 24h] [--baseline 30d]   a hotspot scoring above S
import { SitrepError } from "../errors.ts";
import { buildAlertRule } from "../serve/alert-rules.ts";
import { FILTER_PARAMS } from "../store/index.ts";
import type { CliIo } from "./cli-io.ts";
import {
  type CommandSpec,
  DB_OPTION,
  FILTER_OPTIONS,
  HELP_OPTION,
  parseCommand,
  stringOption,
} from "./option-table.ts";
import { withWritableStore } from "./store-options.ts";

export const ALERTS_COMMAND: CommandSpec = {
  name: "alerts",
  usage:
    "alerts add --name N (--any | --count N [--window 1h] | --hotspot S) [filters] | alerts list | alerts rm ID",
  summary:
    "Alert rules for `sitrep serve`, the same rules as POST/GET/DELETE /api/v1/alerts: a filter plus a\n" +
    "condition. A firing goes to the live stream and, with --webhook, to a signed POST.",
  maxPositionals: 2,
  options: [
    DB_OPTION,
    { name: "name", type: "string", value: "N", help: "what the rule is called (add)" },
    { name: "any", type: "boolean", help: "fire on every new matching event" },
    {
      name: "count",
      type: "string",
      value: "N",
      help: "fire when more than N matching events arrive in --window",
    },
    { name: "hotspot", type: "string", value: "S", help: "fire when a hotspot of the filter scores above S" },
    {
      name: "level",
      type: "string",
      value: "L",
      help: "hotspot level: country | admin1 | dyad (default country)",
    },
    { name: "window", type: "string", value: "W", help: "window: 1h for --count, 24h for --hotspot" },
    { name: "baseline", type: "string", value: "B", help: "hotspot baseline (default 30d)" },
    { name: "webhook", type: "string", value: "URL", help: "POST each firing here, signed with HMAC-SHA256" },
    {
      name: "secret",
      type: "string",
      value: "S",
      help: "the webhook's signing secret (default: generated, printed once)",
    },
    ...FILTER_OPTIONS,
    HELP_OPTION,
  ],
};

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
  const { values: v, positionals } = parseCommand(ALERTS_COMMAND, args);
  const [action, id] = positionals;
  return withWritableStore(stringOption(v, "db"), async (store) => {
    switch (action) {
      case "add": {
        const filter: Record<string, string | string[]> = {};
        for (const p of FILTER_PARAMS) {
          const value = v[p.name];
          if (typeof value === "string" || Array.isArray(value)) filter[p.name] = value;
        }
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
