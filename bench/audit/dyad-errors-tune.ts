// Tallies, on the tune half only, why emitted events with the right root have a wrong dyad (a
// debugging aid for the coder's actors; the untuned half is never shown):
//   node bin/run-ts.js bench/audit/dyad-errors-tune.ts [--list]
// Kinds: the source or target is missing, bare (a role without a country), of another country, or
// present where the judge has none.
import { parseArgs } from "node:util";
import type { CodedEvent } from "../../src/types.ts";
import type { JudgedEvent } from "./audit-record.ts";
import { readJudged, runAudit } from "./audit-run.ts";
import { actorMatches, actorParts } from "./audit-score.ts";

const { values } = parseArgs({ options: { list: { type: "boolean", default: false } } });
const judged = readJudged().filter((j) => j.half === "tune");
const { outcomes, countries } = await runAudit(judged);

/** Why one side of an emission does not match the judge's. */
function sideKind(gold: string, emitted: string | null): string | null {
  if (actorMatches(gold, emitted, "lenient", countries)) return null;
  if (!gold) return "extra";
  if (!emitted) return "missing";
  const e = actorParts(emitted.split("|")[0]!, countries);
  if (!e.country) return actorParts(gold, countries).country ? "bare" : "other-role";
  return "other-country";
}

const tally = new Map<string, number>();
const lines: string[] = [];
for (const o of outcomes) {
  for (const e of o.emitted as CodedEvent[]) {
    const sameRoot = o.judged.events.filter(
      (g: JudgedEvent) => (g.root || g.code.slice(0, 2)) === e.cameo.root,
    );
    if (!sameRoot.length) continue;
    // The gold event of that root whose dyad comes closest (fewest wrong sides).
    const kinds = sameRoot
      .map((g) => [sideKind(g.source, e.source.code), sideKind(g.target, e.target?.code ?? null), g] as const)
      .sort((a, b) => Number(!!a[0]) + Number(!!a[1]) - (Number(!!b[0]) + Number(!!b[1])))[0]!;
    if (!kinds[0] && !kinds[1]) continue;
    const key = `source:${kinds[0] ?? "ok"} target:${kinds[1] ?? "ok"}`;
    tally.set(key, (tally.get(key) ?? 0) + 1);
    lines.push(
      `${key}\t[${o.judged.id}] ${e.cameo.code} ${e.source.code} -> ${e.target?.code ?? "-"} [${e.trigger.text}] gold ${kinds[2].code} ${kinds[2].source || "-"} -> ${kinds[2].target || "-"}\n    ${o.judged.text}`,
    );
  }
}
for (const [k, n] of [...tally].sort((a, b) => b[1] - a[1])) console.log(`${String(n).padStart(4)}  ${k}`);
if (values.list) for (const l of lines.sort()) console.log(l);
