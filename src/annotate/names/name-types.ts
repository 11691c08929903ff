// The vocabulary of name recognition: what it reads (the mention engine's match tokens, POS tags,
// sentence and headline flags, and the dictionary phrases already matched) and what it returns.
// The mention engine declares the same shapes on its side (mentions/mention-deps.ts).

export interface NameToken {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Lower case. */
  readonly key: string;
}

/** A dictionary phrase matched at tokens [from, to): a country, a title, a known person ... */
export interface NameItem {
  readonly from: number;
  readonly to: number;
  /** The lexicon's type: state, capital, metonym, person, organization, group, title, agent, ... */
  readonly type: string;
  /** For states and capitals: the country. */
  readonly iso3?: string;
  /** For states: "name" or "demonym". */
  readonly form?: string;
  /** For titles and agents: the CAMEO role ("GOV" for "minister"). */
  readonly role?: string;
}

export interface NameFinderInput {
  readonly text: string;
  readonly tokens: readonly NameToken[];
  /** Universal POS per token, "" when unknown. */
  readonly pos: readonly string[];
  readonly sentenceOf: readonly number[];
  /** True for tokens on a headline line (nearly every word capitalised). */
  readonly headline: readonly boolean[];
  /** Dictionary phrases matched, in text order, not overlapping. */
  readonly items: readonly NameItem[];
  /** Whether a name of several words is a place the gazetteer holds ("West Bank"). */
  readonly isPlaceName?: (name: string) => boolean;
  /** Whether the name is most likely a country or a first-order division ("Wales", "Texas"), whose teams are national. */
  readonly isNationName?: (name: string) => boolean;
  /** A country's name starting at token k that no dictionary phrase covers ("US" in "US Capitol Police"). */
  readonly countryNameAt?: (k: number) => { readonly iso3: string; readonly to: number } | null;
}

export interface FoundName {
  /** Token range of the name itself, without the title or demonym before it. */
  readonly from: number;
  readonly to: number;
  readonly kind: "person" | "organization";
  /** The name as written; for a surname alone, the full name it stands for. */
  readonly name: string;
  /** The CAMEO role the name or its apposition says ("GOV" for a ministry, "LAB" for "Jane Roe, the union's president"), or null. */
  readonly role: string | null;
  /** A country the name itself holds ("Bank of Ghana", "Australian Jane Roe"), or null. */
  readonly country: string | null;
  /** For people: the sex their given name or honorific says, or null. */
  readonly sex: "m" | "f" | null;
  /** Why this is a name of this kind, for --explain: "given name Jane", "organisation word Party". */
  readonly evidence: string;
}

export type NameFinder = (input: NameFinderInput) => FoundName[];
