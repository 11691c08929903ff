// The contract between pipeline stages. Every stage takes one of these and returns the next:
//   RawDoc --extract--> Article --annotate--> AnnotatedDoc --code--> CodedEvent[] --locate--> ... --store
// Character offsets (`start`, `end`) are JavaScript string indices (UTF-16 code units) into
// `Article.text`, everywhere: tokens, sentences, mentions, event triggers and evidence.
// Codes (CAMEO event codes, actor codes, PLOVER types) are always strings: "0312", never 312.

/** How the bytes of a document are to be read. `auto` decides from the file name and content. */
export type DocType = "text" | "html";

/** One document as it arrives, before any interpretation. */
export interface RawDoc {
  readonly kind: "raw";
  /** Stable identifier: the jsonl `id`, else derived from the input path (or a content hash for stdin). */
  readonly id: string;
  /** Where it came from: a file path, `-` for stdin, or `path#id` for a jsonl line. */
  readonly input: string;
  readonly type: DocType;
  /** Raw bytes (files, stdin) or already-decoded text (jsonl `text`/`html` fields). */
  readonly content: Uint8Array | string;
  /** Declared content type, e.g. from an HTTP header: `text/html; charset=windows-1251`. */
  readonly contentType?: string;
  readonly url?: string;
  /** Fallback publication date (ISO 8601) used when the document has no date of its own. */
  readonly date?: string;
  /**
   * When the bytes were fetched (ISO 8601 instant): a fetched URL, a feed item, a WARC record's
   * capture time, JSON Lines `fetchedAt`. Elapsed-time stamps on the page ("2 hours ago",
   * "yesterday") count back from it; without it they date nothing.
   */
  readonly fetchedAt?: string;
  /**
   * The text is already the article body (a news API, a corpus): text extraction keeps every
   * line and drops none as page chrome (`"clean": true` in JSON Lines, `--type clean`).
   */
  readonly clean?: boolean;
}

export interface Warning {
  readonly code: string;
  readonly message: string;
}

export interface ImageRef {
  readonly src: string | null;
  readonly caption: string | null;
  readonly credit: string | null;
}

/** How much of a date the source actually stated. A day-only date is stored as midnight UTC. */
export type DatePrecision = "day" | "minute" | "second";

/** A wire-style dateline at the head of the body: "ISLAMABAD (Reuters) -". */
export interface Dateline {
  readonly place: string;
  readonly agency: string | null;
  /** The region written after the place ("CAMP MURRAY, Wash." -> "Wash."); absent when none is. */
  readonly region?: string;
}

/** The main text and metadata of one document, boilerplate removed. */
export interface Article {
  readonly kind: "article";
  readonly id: string;
  readonly input: string;
  readonly url: string | null;
  readonly title: string | null;
  /** ISO 8601 in the page's own offset when it states or implies one (`2020-04-02T04:11:00+05:30`),
   * else UTC (`2020-06-16T15:29:00Z`): the first 10 characters are the publication day as the
   * page's readers saw it. Convert with `new Date()` where UTC is needed (GDELT exports). */
  readonly publishedAt: string | null;
  readonly publishedPrecision: DatePrecision | null;
  readonly modifiedAt: string | null;
  readonly authors: readonly string[];
  readonly siteName: string | null;
  /** ISO 639-1 code, or null when the text is too short or unclear to tell. */
  readonly lang: string | null;
  /** Body paragraphs joined with "\n\n"; all offsets index into this string. */
  readonly text: string;
  readonly paragraphs: readonly string[];
  readonly images: readonly ImageRef[];
  readonly dateline: Dateline | null;
  /** False for home, section, tag and search pages: they have no article text to code. */
  readonly isArticle: boolean;
  readonly sourceType: DocType;
  readonly warnings: readonly Warning[];
}

export interface Token {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly lemma: string;
  /** Universal POS tag (NOUN, PROPN, VERB, AUX, ADP, PUNCT, ...). */
  readonly pos: string;
}

export interface Sentence {
  readonly start: number;
  readonly end: number;
  readonly tokens: readonly Token[];
}

export type MentionKind =
  | "state"
  | "person"
  | "organization"
  | "group"
  | "agent"
  | "place"
  | "equipment"
  | "date";
export type MentionForm = "name" | "demonym" | "title" | "nominal" | "pronoun";

export interface Place {
  readonly name: string;
  /** ISO 3166-1 alpha-3. */
  readonly country: string | null;
  readonly admin1: string | null;
  /** GeoNames first-level division code, ISO2 "." code ("PK.04"), when known: GDELT's ADM1Code comes from it. */
  readonly admin1Code?: string | null;
  readonly lat: number;
  readonly lon: number;
  readonly geonameid: number | null;
  /** GeoNames feature class: A (country, region), P (populated place), L (area), ... */
  readonly featureClass: string | null;
  readonly population: number | null;
  /** What sort of place: country, capital, city, admin1, admin2, continent, region, water, disputed. */
  readonly type?: string;
}

/** An actor, place, date or piece of equipment named in the text. */
export interface Mention {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly kind: MentionKind;
  readonly form: MentionForm;
  /** Canonical name: "Qamar Javed Bajwa", "Pakistan", "Beijing". */
  readonly name: string;
  /** CAMEO-style actor code ("PAKMIL", "CHNGOV", "IGOUNO"), equipment type, or date value. */
  readonly code: string | null;
  readonly sentenceIndex: number;
  readonly place?: Place;
  /** For kind "date": resolved ISO date and its precision. */
  readonly date?: { readonly value: string; readonly precision: DatePrecision | "week" | "month" | "year" };
  /** For kind "equipment": type such as "combat aircraft", "ballistic missile". */
  readonly equipmentType?: string;
  /** Where the mention came from (dictionary `file:line`), for --explain. */
  readonly source?: string;
  /**
   * Why the mention has its code, for --explain, when no dictionary line says it: the evidence for
   * a name no dictionary holds ("given name Jane"), where a bare role got its country ("dateline
   * LONDON") or why it has none ("no country named nearby, no dateline, no main country").
   */
  readonly reason?: string;
  /**
   * For references that stand for earlier actors ("both countries", "the two sides", "their"):
   * the actors meant, in text order. `code` then joins their codes with "|" ("CHN|PAK").
   */
  readonly refersTo?: readonly { readonly name: string; readonly code: string | null }[];
  /**
   * True when a role's country comes only from what the story as a whole is about ("the hospital"
   * in a story about Colorado): the code says the country, but the sentence names no party of its
   * own, so the coder weighs the role as bare.
   */
  readonly countryFromStory?: boolean;
  /**
   * For a bare role left bare because another party of its sentence may be the other side ("Egypt
   * arrested officials"): the story's own country (its dateline's or main country). The coder gives
   * it to the role when the event's other side is absent or of another country.
   */
  readonly storyCountry?: string;
  /**
   * For a person composed with the organisation they serve ("State Department spokesman Glyn
   * Davies"): where that organisation is named inside the mention, and its canonical name.
   */
  readonly body?: { readonly start: number; readonly end: number; readonly name: string };
}

export interface AnnotatedDoc extends Omit<Article, "kind"> {
  readonly kind: "annotated";
  readonly sentences: readonly Sentence[];
  readonly mentions: readonly Mention[];
}

export type Modality = "asserted" | "intended" | "hypothetical" | "reported";

export interface EventActor {
  readonly code: string;
  readonly name: string;
  readonly start: number;
  readonly end: number;
}

export interface EventLocation {
  readonly name: string;
  readonly country: string | null;
  /** First-level division (province, state), when the place lies in one. */
  readonly admin1?: string | null;
  /** GeoNames first-level division code ("PK.04"), when known. */
  readonly admin1Code?: string | null;
  /** What sort of place (country, admin1, city, capital, region ...), as the gazetteer says. */
  readonly type?: string;
  readonly geonameid?: number | null;
  readonly lat: number;
  readonly lon: number;
}

/** One coded event: who did what to whom, when and where, with the sentence that says so. */
export interface CodedEvent {
  readonly docId: string;
  readonly eventId: string;
  /** ISO date (YYYY-MM-DD) of the event. */
  readonly date: string | null;
  /**
   * Set when the sentence names only a month or a year ("in 1884", "in October"): `date` is then
   * the first day of that month or year. Absent for a day.
   */
  readonly datePrecision?: "month" | "year";
  readonly sentenceIndex: number;
  readonly source: EventActor;
  readonly target: EventActor | null;
  readonly cameo: {
    readonly code: string;
    readonly root: string;
    readonly quadClass: 1 | 2 | 3 | 4;
    readonly goldstein: number;
  };
  readonly plover: {
    readonly type: string;
    readonly mode: string | null;
    readonly contexts: readonly string[];
  };
  readonly modality: Modality;
  readonly negated: boolean;
  readonly attribution: { readonly code: string; readonly name: string } | null;
  readonly location: EventLocation | null;
  readonly trigger: { readonly start: number; readonly end: number; readonly text: string };
  /** The sentence text the event was coded from. */
  readonly evidence: string;
  readonly confidence: number;
  readonly dictionaryVersion: string;
}

export interface CodedDoc extends Omit<AnnotatedDoc, "kind"> {
  readonly kind: "coded";
  readonly events: readonly CodedEvent[];
}

/** A per-document failure in a batch: reported as a line, the batch goes on. */
export interface DocFailure {
  readonly kind: "failure";
  readonly id: string;
  readonly input: string;
  readonly error: { readonly code: string; readonly message: string };
}

export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  warn(message: string): void;
}

/** Settings every stage may read. Built once by the CLI (or a library caller) and passed in. */
export interface Config {
  /** Documents larger than this are refused with E_INPUT_TOO_LARGE. Default 20 MB. */
  readonly maxInputBytes: number;
  /** User dictionary folders that extend or override `data/` (later folders win). */
  readonly dictDirs: readonly string[];
  /** The project's own data folder. */
  readonly dataDir: string;
  /** SQLite file of the embedded store. */
  readonly dbPath: string;
  /** `postgres://...` selects the PostgreSQL store. */
  readonly databaseUrl: string | null;
}

/**
 * What a stage receives besides its input: settings, a clock and a logger — passed in, never
 * module globals. Each stage folder exports `createX(ctx)`, which loads its resources once
 * (models, dictionaries, gazetteer) and returns the stage verb.
 */
export interface Context {
  readonly config: Config;
  /** The time of processing; extraction rejects publication dates later than this. */
  readonly clock: () => Date;
  readonly logger: Logger;
}
