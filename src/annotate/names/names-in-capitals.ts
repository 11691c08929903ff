// Names of the running text found again in all-capital lines ("HENKE TAKES LEAD" after "Nolan
// Henke"): the last step of name recognition, after every span of the text has its kind.
import { keyOfTokens, type nameLines, recallInCapitals } from "./headline-lines.ts";
import { isWordToken } from "./name-spans.ts";
import type { FoundName, NameFinderInput } from "./name-types.ts";

/**
 * "HENKE TAKES LEAD" after "Nolan Henke" in the text: names of the running text, and the surnames
 * of its people, found again in all-capital lines, with the kind they have there.
 */
export function withNamesInCapitals(
  input: NameFinderInput,
  capitals: ReturnType<typeof nameLines>,
  found: FoundName[],
  dateline: readonly boolean[],
): FoundName[] {
  const { tokens } = input;
  const known = new Map<string, FoundName | null>();
  const remember = (key: string, f: FoundName) => {
    const had = known.get(key);
    known.set(key, had === undefined || (had && had.kind === f.kind && had.name === f.name) ? f : null);
  };
  for (const f of found) {
    if (capitals.allCapitals[f.from]) continue;
    // A team named by its town is the team again in a headline ("WIGAN BEAT BRADFORD"); the town
    // in a dateline is left out below.
    remember(keyOfTokens(tokens, f.from, f.to), f);
    const last = f.to - 1;
    // A surname that is also a place ("Jackson") names the place in a dateline's capitals.
    if (
      f.kind === "person" &&
      f.to - f.from >= 2 &&
      isWordToken(tokens[last]!.text) &&
      !input.isPlaceName?.(tokens[last]!.text)
    )
      remember(tokens[last]!.key, f);
  }
  const taken = new Set<number>();
  for (const f of found) for (let k = f.from; k < f.to; k++) taken.add(k);
  const sure = new Map([...known].filter((e): e is [string, FoundName] => e[1] !== null));
  const out = [...found];
  for (const r of recallInCapitals(input, capitals, sure)) {
    let free = !dateline[r.from];
    for (let k = r.from; k < r.to; k++) if (taken.has(k)) free = false;
    if (!free) continue;
    const f = r.value;
    out.push({ ...f, from: r.from, to: r.to, evidence: `"${f.name}" named so in the text` });
  }
  return out.sort((a, b) => a.from - b.from);
}
