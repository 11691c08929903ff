// `--dict-format petrarch`: code with a folder of TABARI/PETRARCH dictionaries (*actors*, *agents*,
// *verbs*, *discards* files) instead of Sitrep's own patterns. The ontology and the clause analysis
// stay Sitrep's; cue→code recoding is off because those dictionaries carry their own codes.
import { createHash } from "node:crypto";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { SitrepError } from "../../errors.ts";
import type { AnnotatedDoc } from "../../types.ts";
import { loadCoderDictionaries } from "../dictionary-load.ts";
import type { CoderOptions, DocCoder } from "../doc-coder.ts";
import { type Discard, parseDiscards } from "../pattern-load.ts";
import { readDataFile } from "../tsv-lines.ts";
import { type ActorEntry, type AgentEntry, parseActors, parseAgents } from "./petrarch-actors.ts";
import { createPetrarchAnnotator } from "./petrarch-annotate.ts";
import { PetrarchDocCoder } from "./petrarch-coder.ts";
import { petrarchLines } from "./petrarch-lines.ts";
import { parseVerbs } from "./petrarch-verbs.ts";

export interface PetrarchCoder {
  readonly coder: DocCoder;
  /** Replaces a document's mentions with the dictionaries' actors. */
  readonly annotate: (doc: AnnotatedDoc) => AnnotatedDoc;
}

function filesLike(dir: string, word: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    throw new SitrepError("E_DICT_NOT_FOUND", dir, dir);
  }
  return names.filter((f) => f.toLowerCase().includes(word)).map((f) => join(dir, f));
}

export interface PetrarchOptions extends CoderOptions {
  /** PETRARCH's new_actor_length: unlisted proper-noun phrases up to this many words are actors (0 = off). */
  readonly newActorLength?: number;
}

export function loadPetrarchCoder(
  dataDir: string,
  dir: string,
  options: PetrarchOptions = {},
): PetrarchCoder {
  const own = loadCoderDictionaries(dataDir);
  const hash = createHash("sha256").update(own.version);
  const read = (path: string) => {
    const text = readDataFile(path);
    hash.update(text);
    return text;
  };
  const actors: ActorEntry[] = [];
  const agents: AgentEntry[] = [];
  const patterns = [];
  const discards: Discard[] = [];
  for (const f of filesLike(dir, "actors")) actors.push(...parseActors(read(f), f));
  for (const f of filesLike(dir, "agents")) agents.push(...parseAgents(read(f), f));
  for (const f of filesLike(dir, "verbs")) patterns.push(...parseVerbs(read(f), f));
  for (const f of filesLike(dir, "discards"))
    discards.push(
      ...parseDiscards(petrarchLines(read(f)).map((l) => ({ where: `${f}:${l.line}`, text: l.text }))),
    );
  if (!patterns.length) throw new SitrepError("E_DICT_NOT_FOUND", `${dir}: no *verbs* dictionary`, dir);
  const dict = {
    ...own,
    patterns,
    cueMap: [],
    discards,
    // PETRARCH dictionaries decide their own dyads (require_dyad).
    targetRules: [],
    version: hash.digest("hex").slice(0, 12),
  };
  return {
    // PETRARCH takes the first actor anywhere in the verb phrase: a wider window for the target.
    coder: new PetrarchDocCoder(dict, {
      targetWindow: 12,
      anyPrepositionTarget: true,
      // PETRARCH codes "could attack" as an attack: its suite expects hypothetical events coded.
      keepHypothetical: true,
      fallbackReadings: false,
      ...options,
      foreignCodes: true,
    }),
    annotate: createPetrarchAnnotator(actors, agents, options.newActorLength ?? 0),
  };
}
