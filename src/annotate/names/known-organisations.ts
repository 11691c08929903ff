// Organisations known by name (data/names/organisation-names.txt, from WordNet): a capitalised run
// that holds one ("Federal Reserve Governor Jane Roe") is cut around it, and the name is an
// organisation's without further evidence; the rest of the run is classified as usual.
import type { Span } from "./name-spans.ts";
import type { NameFinderInput } from "./name-types.ts";

// The longest known name looked for, in tokens ("Bureau of Alcohol Tobacco and Firearms").
const MAX_NAME_TOKENS = 10;

export interface RunPart extends Span {
  /** The known organisation's name when this part is one. */
  readonly known: string | null;
}

/** The run cut into its known organisation names (longest first, left to right) and the rest. */
export function splitKnownOrganisations(
  input: NameFinderInput,
  span: Span,
  names: ReadonlySet<string>,
): RunPart[] {
  if (!names.size) return [{ ...span, known: null }];
  const { tokens, text } = input;
  const out: RunPart[] = [];
  let rest = span.from;
  for (let i = span.from; i < span.to; i++) {
    for (let j = Math.min(span.to, i + MAX_NAME_TOKENS); j > i; j--) {
      const name = text.slice(tokens[i]!.start, tokens[j - 1]!.end);
      if (!names.has(name)) continue;
      if (i > rest) out.push({ from: rest, to: i, known: null });
      out.push({ from: i, to: j, known: name });
      rest = j;
      i = j - 1;
      break;
    }
  }
  if (rest < span.to) out.push({ from: rest, to: span.to, known: null });
  return out;
}
