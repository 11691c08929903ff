// A token trie over dictionary phrases: each position of the text walks it once, so matching costs
// O(tokens x longest phrase) whatever the dictionary size.
import { isCapitalized, type MatchToken, splitMatchTokens } from "./match-tokens.ts";

/**
 * How a phrase's letter case must agree with the text. Acronyms ("ETIM", "U.S.") only match
 * exactly; names ("Pakistan", "Global Times") need a capital wherever the name has one (so "china"
 * the porcelain and "turkey" the bird are not states); lower-case phrases ("troops", "ballistic
 * missile") match any case.
 */
export type CaseRule = "exact" | "title" | "any";

export function caseRuleOf(phrase: string): CaseRule {
  if (!/\p{Lu}/u.test(phrase)) return "any";
  const letters = phrase.replace(/[^\p{L}]/gu, "");
  if (letters.length > 0 && letters === letters.toUpperCase()) return "exact";
  return "title";
}

export interface TrieEntry<T> {
  readonly value: T;
  readonly rule: CaseRule;
  /** The phrase's own tokens, for the case check. */
  readonly pattern: readonly string[];
}

interface TrieNode<T> {
  next: Map<string, TrieNode<T>> | null;
  entries: TrieEntry<T>[] | null;
}

export interface TrieMatch<T> {
  /** Token index range [from, to). */
  readonly from: number;
  readonly to: number;
  readonly entries: readonly TrieEntry<T>[];
}

function caseAgrees(
  rule: CaseRule,
  pattern: readonly string[],
  tokens: readonly MatchToken[],
  from: number,
): boolean {
  if (rule === "any") return true;
  for (let k = 0; k < pattern.length; k++) {
    const p = pattern[k]!;
    const t = tokens[from + k]!.text;
    if (rule === "exact") {
      if (p !== t) return false;
    } else if (isCapitalized(p) && !isCapitalized(t)) return false;
    // "LeT", "JuD": capitals inside a word are part of an acronym, so "Let's" is not "LeT".
    else if (hasInnerCapital(p) && t !== p && t !== t.toUpperCase()) return false;
  }
  return true;
}

/** A capital after the first letter of a word that is not all capitals ("LeT", not "NATO"). */
function hasInnerCapital(word: string): boolean {
  if (word.length < 2 || word === word.toUpperCase()) return false;
  const rest = word.slice(1);
  return rest !== rest.toLowerCase();
}

const NO_MATCHES: readonly never[] = [];

export class PhraseTrie<T> {
  private readonly root: TrieNode<T> = { next: null, entries: null };
  size = 0;

  add(phrase: string, value: T): void {
    const tokens = splitMatchTokens(phrase);
    if (!tokens.length) return;
    let node = this.root;
    for (const t of tokens) {
      if (!node.next) node.next = new Map();
      let child = node.next.get(t.key);
      if (!child) {
        child = { next: null, entries: null };
        node.next.set(t.key, child);
      }
      node = child;
    }
    if (!node.entries) node.entries = [];
    node.entries.push({ value, rule: caseRuleOf(phrase), pattern: tokens.map((t) => t.text) });
    this.size++;
  }

  /**
   * Every phrase that starts at token `from`, longest first, with entries filtered by the case
   * rule. `limit` is the first token index not to cross (a sentence or line end).
   */
  matchAt(tokens: readonly MatchToken[], from: number, limit = tokens.length): readonly TrieMatch<T>[] {
    // Most tokens start no phrase: answer them without allocating.
    if (from >= limit || !this.root.next?.has(tokens[from]!.key)) return NO_MATCHES;
    const found: TrieMatch<T>[] = [];
    let node: TrieNode<T> | undefined = this.root;
    for (let i = from; i < limit && node?.next; i++) {
      node = node.next.get(tokens[i]!.key);
      if (!node) break;
      if (node.entries) {
        const ok = node.entries.filter((e) => caseAgrees(e.rule, e.pattern, tokens, from));
        if (ok.length) found.push({ from, to: i + 1, entries: ok });
      }
    }
    return found.reverse();
  }
}
