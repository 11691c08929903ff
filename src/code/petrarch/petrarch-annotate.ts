// Actor mentions from TABARI/PETRARCH actor and agent dictionaries: the longest phrase at each
// token, the actor's code on the document's day, and agents joined to their actor ("Arnor cleric",
// "Gondor's government", "activists in Arnor") into one code: ARN + ~REL → ARNREL.
import type { AnnotatedDoc, Mention, Token } from "../../types.ts";
import { type ActorEntry, type AgentEntry, codesOn } from "./petrarch-actors.ts";
import { combineItems, type Item, joinCommaLists, type Unit } from "./petrarch-compounds.ts";
import { newActorUnits } from "./petrarch-new-actors.ts";

interface Hit<T> {
  entry: T;
  first: number;
  last: number;
  /** The last word matched only as a prefix ("DIPLOMAT" in "diplomatic"). */
  prefixed: boolean;
}

function tokenWord(t: Token): string {
  return t.text.toLowerCase();
}

/** Tokens a spaced dictionary phrase may step over: "state - run" in "Ithilen state-run television". */
const SPACED_GAP_MAX = 4;

/** Words inside a noun phrase (not a list, a preposition or a clause boundary). */
function isGapToken(t: Token): boolean {
  if (t.text === "-") return true;
  return !/^(PUNCT|CCONJ|ADP|SCONJ|AUX|PRON|DET)$/.test(t.pos);
}

function longestAt<T extends { words: readonly string[]; exact: boolean; spaced?: readonly boolean[] }>(
  index: Map<string, T[]>,
  tokens: readonly Token[],
  i: number,
): Hit<T> | null {
  let best: Hit<T> | null = null;
  const w0 = tokenWord(tokens[i]!);
  const candidates = [...(index.get(w0) ?? []), ...(index.get(w0.slice(0, 3)) ?? [])];
  for (const e of candidates) {
    const n = e.words.length;
    let ok = true;
    let prefixed = false;
    let t = i;
    for (let k = 0; k < n && ok; k++, t++) {
      // "Dol_Amroth" written with the dictionaries' own underscore joins its words.
      if (k > 0 && tokens[t]?.text === "_") t++;
      // "ITHILEN TELEVISION" meets "Ithilen state-run television": a spaced word may come a little later.
      if (e.spaced?.[k]) {
        const want = e.words[k]!;
        for (let skip = 0; skip < SPACED_GAP_MAX && t + skip < tokens.length; skip++) {
          if (tokenWord(tokens[t + skip]!) === want) {
            t += skip;
            break;
          }
          if (!isGapToken(tokens[t + skip]!)) break;
        }
      }
      if (t >= tokens.length) {
        ok = false;
        break;
      }
      const w = tokenWord(tokens[t]!);
      const want = e.words[k]!;
      const isLast = k === n - 1;
      ok = w === want || (isLast && !e.exact && want.length >= 3 && w.startsWith(want));
      if (ok && w !== want) prefixed = true;
    }
    const longer = !best || n > best.entry.words.length;
    const better = best && n === best.entry.words.length && best.prefixed && !prefixed;
    if (ok && (longer || better)) best = { entry: e, first: i, last: t - 1, prefixed };
  }
  return best;
}

function indexByFirst<T extends { words: readonly string[]; exact: boolean }>(entries: readonly T[]) {
  const index = new Map<string, T[]>();
  for (const e of entries) {
    const first = e.words[0]!;
    // Prefix entries ("ARGENTIN") are also found through their first three letters.
    const keys = e.words.length === 1 && !e.exact ? [first, first.slice(0, 3)] : [first];
    for (const k of keys) index.set(k, [...(index.get(k) ?? []), e]);
  }
  return index;
}

export function createPetrarchAnnotator(
  actors: readonly ActorEntry[],
  agents: readonly AgentEntry[],
  newActorLength = 0,
) {
  const actorIndex = indexByFirst(actors);
  const agentIndex = indexByFirst(agents);
  return (doc: AnnotatedDoc): AnnotatedDoc => {
    const day = doc.publishedAt ? Number(doc.publishedAt.slice(0, 10).replace(/-/g, "")) : null;
    const mentions: Mention[] = [];
    doc.sentences.forEach((s, si) => {
      const tokens = s.tokens;
      const items: Item[] = [];
      for (let i = 0; i < tokens.length; ) {
        const a = longestAt(actorIndex, tokens, i);
        // Agents match whole words and their plurals only ("polices" is no POLICE, "diplomatic" no DIPLOMAT).
        const g0 = longestAt(agentIndex, tokens, i);
        const g = g0?.prefixed ? null : g0;
        if (a && (!g || a.last >= g.last)) {
          const codes = codesOn(a.entry, day);
          const prev = items[items.length - 1];
          // "Bree Prime Minister Romendacil": an actor right after another names the same one.
          const sameActor = prev?.kind === "actor" && prev.last === a.first - 1;
          if (codes && !sameActor) items.push({ kind: "actor", codes, first: a.first, last: a.last });
          else if (codes && prev) prev.last = a.last;
          i = a.last + 1;
        } else if (g) {
          items.push({ kind: "agent", entry: g.entry, first: g.first, last: g.last, prefixed: g.prefixed });
          i = g.last + 1;
        } else i++;
      }
      const units = combineItems(items, tokens);
      const covered = new Set(
        units.flatMap((u) => Array.from({ length: u.last - u.first + 1 }, (_, k) => u.first + k)),
      );
      const combined = joinCommaLists(
        [...units, ...newActorUnits(tokens, covered, newActorLength)].sort((a, b) => a.first - b.first),
        tokens,
      );
      // "Bree Prime Minister Romendacil": a name right after a titled actor is that same actor.
      const joined: Unit[] = [];
      for (const c of combined) {
        const prev = joined[joined.length - 1];
        if (prev && c.first === prev.last + 1 && !prev.anonymous && !c.anonymous) prev.last = c.last;
        else joined.push(c);
      }
      for (const c of joined) {
        const start = tokens[c.first]!.start;
        const end = tokens[c.last]!.end;
        // An actor with several codes ("LORIEN [ELR/GAL]") becomes adjacent mentions joined by "and" logic.
        for (const code of c.codes)
          mentions.push({
            start,
            end,
            text: doc.text.slice(start, end),
            kind: "state",
            form: "name",
            name: doc.text.slice(start, end),
            code,
            sentenceIndex: si,
          });
      }
    });
    return { ...doc, mentions };
  };
}
