// Line reading shared by the TABARI/PETRARCH dictionary formats: `<!-- ... -->` blocks and `#`
// comments are dropped; every kept line remembers its number for error messages.
export interface PetrarchLine {
  readonly line: number;
  readonly text: string;
  /** The line started with a tab or spaces (date-restricted code blocks are indented). */
  readonly indented: boolean;
}

export function petrarchLines(text: string): PetrarchLine[] {
  const out: PetrarchLine[] = [];
  let inComment = false;
  text.split(/\r?\n/).forEach((raw, i) => {
    let s = raw;
    if (inComment) {
      const end = s.indexOf("-->");
      if (end < 0) return;
      s = s.slice(end + 3);
      inComment = false;
    }
    for (let open = s.indexOf("<!--"); open >= 0; open = s.indexOf("<!--")) {
      const end = s.indexOf("-->", open);
      if (end < 0) {
        s = s.slice(0, open);
        inComment = true;
        break;
      }
      s = s.slice(0, open) + s.slice(end + 3);
    }
    const hash = s.indexOf("#");
    if (hash >= 0) s = s.slice(0, hash);
    if (!s.trim()) return;
    out.push({ line: i + 1, text: s.trim(), indented: /^[\t ]/.test(s) });
  });
  return out;
}

/**
 * "ARNOR_" / "MINAS_TIRITH" / "ITHILEN TELEVISION" → words; a trailing `_` asks for an exact last
 * word. `_` joins adjacent words; a space lets other words stand between ("Ithilen state-run
 * television"): `spaced[k]` is true when word k followed a space.
 */
export function phraseWords(phrase: string): { words: string[]; exact: boolean; spaced: boolean[] } {
  const exact = phrase.endsWith("_");
  const words: string[] = [];
  const spaced: boolean[] = [];
  for (const [k, group] of phrase.replace(/_+$/, "").trim().split(/\s+/).entries())
    group
      .split("_")
      .filter(Boolean)
      .forEach((w, j) => {
        words.push(w.toLowerCase());
        spaced.push(k > 0 && j === 0);
      });
  return { words, exact, spaced };
}
