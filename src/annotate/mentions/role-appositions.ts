// A person named in apposition after the office that introduces them: "Kenya's foreign minister,
// Amara Welde, said", "the ambassador to the United Nations, Jane Roe, arrived". The role noun
// phrase comes first and the name repeats it, so the person holds that office and takes its code.
// (The other orders, "Tom Doherty, the union's president," and "the union's president, Tom
// Doherty", are apposed-people.ts's.)
import type { DraftMention } from "./mention-deps.ts";
import { HEAD_NOUNS } from "./organisation-members.ts";

// Between the role and the comma before the name: nothing, or the body the office is of or to,
// written as a name ("to the United Nations", "of the Central Bank of Kenya"): capitalised words.
const ROLE_TAIL = /^\s*(?:(?:of|to|for|at|in)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.'’&-]*\s*){1,6})?,\s*$/u;
// The word before the role: a determiner or a possessive makes it one noun phrase ("The U.S.
// ambassador", "Kenya's foreign minister"); a list ("the president, the minister, Jane Roe and")
// is kept out by what follows the name.
const ROLE_OPEN = /(?:^|[\s"“(])(?:the|a|an|its|his|her|their)\s+$|['’]s\s+$/i;
// After the name: the apposition closes (a comma, a bracket, the sentence's end), no "and".
const NAME_CLOSE = /^\s*(?:,(?!\s*(?:and|or)\b)|\)|\.|;|$)/i;

/** A singular office: a title or a role noun with a role, one person (not "officials"). */
export function isOfficeRole(m: DraftMention): boolean {
  if (m.kind !== "agent" || !m.code || m.refersTo || m.form === "pronoun") return false;
  return !/s$/i.test(m.text.trim());
}

/**
 * The role mention, before person `k`, that the person's name stands in apposition to, with the
 * words that say so; null when there is none.
 */
export function roleBeforeName(
  mentions: readonly DraftMention[],
  k: number,
  text: string,
): { role: DraftMention; phrase: string } | null {
  const p = mentions[k]!;
  if (!NAME_CLOSE.test(text.slice(p.end, p.end + 12))) return null;
  // The role is the mention before the person, or the one before the body it is "of" or "to".
  for (const back of [1, 2]) {
    const role = mentions[k - back];
    if (!role || role.end > p.start || !isOfficeRole(role)) continue;
    if (!ROLE_TAIL.test(text.slice(role.end, p.start))) continue;
    if (!ROLE_OPEN.test(text.slice(Math.max(0, role.start - 12), role.start)) && !/^\p{Lu}/u.test(role.text))
      continue;
    // Only a body may stand between ("to the United Nations"), never another person.
    if (back === 2 && mentions[k - 1]!.kind === "person") continue;
    return { role, phrase: text.slice(role.start, p.start).replace(/\s*,\s*$/, "") };
  }
  return null;
}

// Between a person and the office that follows as their apposition: a comma, an age, an article
// ("Omar Basri, 61, the Egyptian army chief,"; "Jane Roe, a Kenyan police officer,").
const OFFICE_OPEN = /^\s*,\s*(?:\d{1,3}\s*,\s*)?(?:(?:the|a|an)\s+)?$/i;

// The head noun right after a body's name: "army chief".
const HEAD_AFTER = /^\s+(\p{L}+)/u;

/** A coded organisation or group named in the text (not a pronoun or a reference back). */
function isNamedBody(m: DraftMention): boolean {
  return (m.kind === "organization" || m.kind === "group") && !!m.code && !m.refersTo && m.form !== "pronoun";
}

/**
 * The role mention right after person `k` that is the whole of the person's apposition ("Omar
 * Basri, Egypt's foreign minister, said"), with the words that say so; null when there is none.
 */
export function roleAfterName(
  mentions: readonly DraftMention[],
  k: number,
  text: string,
): { role: DraftMention; phrase: string } | null {
  const p = mentions[k]!;
  const role = mentions[k + 1];
  if (!role || role.start < p.end) return null;
  const gap = text.slice(p.end, role.start);
  if (!OFFICE_OPEN.test(gap)) return null;
  // "Gen. Omar Basri, the Egyptian army chief,": the head of a body named in the apposition.
  const head = isNamedBody(role) ? HEAD_AFTER.exec(text.slice(role.end, role.end + 12)) : null;
  if (head && HEAD_NOUNS.has(head[1]!.toLowerCase())) {
    const end = role.end + head[0].length;
    if (!NAME_CLOSE.test(text.slice(end, end + 12))) return null;
    return { role, phrase: `${gap.replace(/^\s*,\s*/, "")}${text.slice(role.start, end)}` };
  }
  if (!isOfficeRole(role) || !NAME_CLOSE.test(text.slice(role.end, role.end + 12))) return null;
  return { role, phrase: `${gap.replace(/^\s*,\s*/, "")}${role.text}` };
}
