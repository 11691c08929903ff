// Loads everything the coder reads from data/: ontology, synonym sets, patterns, cues, the cue→code
// map and discards; user folders given with --dict add to them (their patterns come first).
import { createHash } from "node:crypto";
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { SitrepError } from "../errors.ts";
import { type ArgumentKinds, parseArgumentKinds } from "./argument-kinds.ts";
import { type CaptivityVerbs, parseCaptivityVerbs } from "./captor-release.ts";
import { type ImpliedAgentRule, parseImpliedAgents } from "./implied-agents.ts";
import { type ImpliedTargetRule, parseImpliedTargets } from "./implied-targets.ts";
import { type NounGovernors, parseNounGovernors } from "./noun-governors.ts";
import { parseAbstractNouns, parseObjectClasses } from "./object-class.ts";
import { loadOntology, type Ontology } from "./ontology-load.ts";
import { parseParticleVerbs } from "./particle-sense.ts";
import {
  type Cue,
  type CueKind,
  type CueMapRow,
  type Discard,
  type Pattern,
  parseCueMap,
  parseCues,
  parseDiscards,
  parsePatterns,
  parseSynsets,
  parseTargetRules,
  type TargetRule,
} from "./pattern-load.ts";
import { dataLines, readDataFile } from "./tsv-lines.ts";

export interface CoderDictionaries {
  readonly ontology: Ontology;
  readonly patterns: readonly Pattern[];
  readonly cues: readonly Cue[];
  readonly cueMap: readonly CueMapRow[];
  readonly discards: readonly Discard[];
  /** CAMEO code prefixes whose events need a target (verbs/needs-target.tsv). */
  readonly targetRules: readonly TargetRule[];
  /** Nouns whose usual sense is abstract (senses/abstract-nouns.txt): no object a blow lands on. */
  readonly abstractNouns?: ReadonlySet<string>;
  /** The lexicographer file of each abstract noun's usual sense ("noun.state"), where the file gives it. */
  readonly abstractNounClasses?: ReadonlyMap<string, string>;
  /** Per CAMEO code, the noun lexicographer files its direct object may have (senses/object-classes.tsv): object-class.ts. */
  readonly objectClasses?: ReadonlyMap<string, ReadonlySet<string>>;
  /** The role and organisation types of the CAMEO actor codebook (ontology/cameo-actor-codes.tsv, kind `type`). */
  readonly actorTypes?: ReadonlySet<string>;
  /** Per CAMEO code, what WordNet's frames of its seed senses let act and be acted on (senses/argument-kinds.tsv): argument-kinds.ts. */
  readonly argumentKinds?: ReadonlyMap<string, ArgumentKinds>;
  /** Nouns no sense of which (of the usual two) can act (senses/agentless-nouns.txt): thing-subject.ts. */
  readonly agentlessNouns?: ReadonlySet<string>;
  /** Places and people of private life (senses/private-destinations.txt): no official visit. */
  readonly privateDestinations?: ReadonlySet<string>;
  /** Illnesses, epidemics, germs, medical sciences (senses/health-words.txt): no CAMEO inquiry. */
  readonly healthWords?: ReadonlySet<string>;
  /** Verbs of holding someone captive (senses/captivity-verbs.txt): their by-agent released the captives. */
  readonly captivityVerbs?: CaptivityVerbs;
  /** Phrasal verbs of the triggers in another sense ("shell out"; verbs/wordnet/particle-verbs.tsv). */
  readonly particleVerbs?: ReadonlySet<string>;
  /** Words of sports reporting (names/sport-words.txt): a document using several is a sports report. */
  readonly sportWords?: ReadonlySet<string>;
  /** Roles a protest with no object named is aimed at (verbs/implied-targets.tsv). */
  readonly impliedTargets?: readonly ImpliedTargetRule[];
  /** Roles implied by agentless legal and police acts (verbs/implied-agents.tsv). */
  readonly impliedAgents?: readonly ImpliedAgentRule[];
  /** Nouns of people and groups of people with their CAMEO role (senses/person-nouns.tsv): targets only. */
  readonly personNouns?: ReadonlyMap<string, string>;
  /** Verbs that want or turn down the event noun they govern (verbs/noun-governors.tsv). */
  readonly nounGovernors?: NounGovernors;
  /** Short hash of every loaded file: events carry it so a re-run with other data is visible. */
  readonly version: string;
}

/**
 * Pattern files are data/verbs/NN-name.txt, one per CAMEO root, plus any *.txt a user adds, then
 * the WordNet-generated ones in verbs/wordnet/ (after the hand-written ones, which win ties).
 */
function patternFiles(verbsDir: string): string[] {
  const txt = (dir: string) =>
    readdirSync(dir)
      .filter((f) => f.endsWith(".txt") && f !== "synsets.txt")
      .sort();
  const generated = join(verbsDir, "wordnet");
  return [...txt(verbsDir), ...(existsSync(generated) ? txt(generated).map((f) => `wordnet/${f}`) : [])];
}

export function loadCoderDictionaries(dataDir: string, userDirs: readonly string[] = []): CoderDictionaries {
  const { ontology, texts } = loadOntology(dataDir);
  const hash = createHash("sha256");
  for (const t of texts) hash.update(t);
  const read = (path: string, label: string) => {
    const text = readDataFile(path);
    hash.update(label).update(text);
    return dataLines(text, label);
  };
  const codes = new Set(ontology.cameo.keys());
  const actorTypes = new Set<string>();
  const actorCodes = join(dataDir, "ontology", "cameo-actor-codes.tsv");
  if (existsSync(actorCodes))
    for (const line of read(actorCodes, "ontology/cameo-actor-codes.tsv")) {
      const [code, kind] = line.text.split("\t");
      if (kind === "type" && code) actorTypes.add(code);
    }
  const dirs = [...[...userDirs].reverse(), dataDir];
  for (const d of userDirs) if (!existsSync(d)) throw new SitrepError("E_DICT_NOT_FOUND", d, d);
  const synsets = new Map<string, Set<string>>();
  // Sets first (project ones, then user additions), so every pattern file can use them.
  for (const dir of [dataDir, ...userDirs]) {
    const file = join(dir, "verbs", "synsets.txt");
    if (existsSync(file))
      parseSynsets(read(file, `${dir === dataDir ? "" : `${dir}/`}verbs/synsets.txt`), synsets);
  }
  const patterns: Pattern[] = [];
  const cues: Cue[] = [];
  const cueMap: CueMapRow[] = [];
  const discards: Discard[] = [];
  const targetRules: TargetRule[] = [];
  const abstractNouns = new Set<string>();
  const abstractNounClasses = new Map<string, string>();
  const objectClasses = new Map<string, ReadonlySet<string>>();
  const agentlessNouns = new Set<string>();
  const argumentKinds = new Map<string, ArgumentKinds>();
  const privateDestinations = new Set<string>();
  const healthWords = new Set<string>();
  const captivityVerbs = new Map<string, Set<string> | null>();
  const particleVerbs = new Set<string>();
  const sportWords = new Set<string>();
  const impliedAgents: ImpliedAgentRule[] = [];
  const impliedTargets: ImpliedTargetRule[] = [];
  const nounGovernors = new Map<string, CueKind>();
  const personNouns = new Map<string, string>();
  for (const dir of dirs) {
    const prefix = dir === dataDir ? "" : `${dir}/`;
    const verbs = join(dir, "verbs");
    if (existsSync(verbs)) {
      for (const f of patternFiles(verbs))
        patterns.push(...parsePatterns(read(join(verbs, f), `${prefix}verbs/${f}`), synsets, codes));
      if (existsSync(join(verbs, "cues.tsv")))
        cues.push(...parseCues(read(join(verbs, "cues.tsv"), `${prefix}verbs/cues.tsv`), synsets));
      // The nouns of the infinitive cues ("decision to", "refusal to"), generated from WordNet.
      const cueNouns = join(verbs, "wordnet", "cue-nouns.tsv");
      if (existsSync(cueNouns))
        cues.push(...parseCues(read(cueNouns, `${prefix}verbs/wordnet/cue-nouns.tsv`), synsets));
      if (existsSync(join(verbs, "noun-governors.tsv")))
        for (const [verb, kind] of parseNounGovernors(
          read(join(verbs, "noun-governors.tsv"), `${prefix}verbs/noun-governors.tsv`),
        ))
          nounGovernors.set(verb, kind);
      if (existsSync(join(verbs, "needs-target.tsv")))
        targetRules.push(
          ...parseTargetRules(read(join(verbs, "needs-target.tsv"), `${prefix}verbs/needs-target.tsv`)),
        );
      if (existsSync(join(verbs, "implied-agents.tsv")))
        impliedAgents.push(
          ...parseImpliedAgents(read(join(verbs, "implied-agents.tsv"), `${prefix}verbs/implied-agents.tsv`)),
        );
      if (existsSync(join(verbs, "implied-targets.tsv")))
        impliedTargets.push(
          ...parseImpliedTargets(
            read(join(verbs, "implied-targets.tsv"), `${prefix}verbs/implied-targets.tsv`),
          ),
        );
      if (existsSync(join(verbs, "cue-codes.tsv")))
        cueMap.push(
          ...parseCueMap(read(join(verbs, "cue-codes.tsv"), `${prefix}verbs/cue-codes.tsv`), codes),
        );
    }
    const particles = join(dir, "verbs", "wordnet", "particle-verbs.tsv");
    if (existsSync(particles))
      for (const k of parseParticleVerbs(read(particles, `${prefix}verbs/wordnet/particle-verbs.tsv`)))
        particleVerbs.add(k);
    const abstract = join(dir, "senses", "abstract-nouns.txt");
    if (existsSync(abstract))
      parseAbstractNouns(
        read(abstract, `${prefix}senses/abstract-nouns.txt`),
        abstractNouns,
        abstractNounClasses,
      );
    const objectClassFile = join(dir, "senses", "object-classes.tsv");
    if (existsSync(objectClassFile))
      parseObjectClasses(read(objectClassFile, `${prefix}senses/object-classes.tsv`), objectClasses);
    const agentless = join(dir, "senses", "agentless-nouns.txt");
    if (existsSync(agentless))
      for (const line of read(agentless, `${prefix}senses/agentless-nouns.txt`))
        agentlessNouns.add(line.text.trim());
    const argumentFile = join(dir, "senses", "argument-kinds.tsv");
    if (existsSync(argumentFile))
      parseArgumentKinds(read(argumentFile, `${prefix}senses/argument-kinds.tsv`), argumentKinds);
    const privatePlaces = join(dir, "senses", "private-destinations.txt");
    if (existsSync(privatePlaces))
      for (const line of read(privatePlaces, `${prefix}senses/private-destinations.txt`))
        privateDestinations.add(line.text.trim());
    const health = join(dir, "senses", "health-words.txt");
    if (existsSync(health))
      for (const line of read(health, `${prefix}senses/health-words.txt`)) healthWords.add(line.text.trim());
    const captivity = join(dir, "senses", "captivity-verbs.txt");
    if (existsSync(captivity))
      parseCaptivityVerbs(read(captivity, `${prefix}senses/captivity-verbs.txt`), captivityVerbs);
    const people = join(dir, "senses", "person-nouns.tsv");
    if (existsSync(people))
      for (const line of read(people, `${prefix}senses/person-nouns.tsv`)) {
        const [noun = "", role = ""] = line.text.split("\t").map((f) => f.trim());
        if (!/^[a-z]+$/.test(noun) || !/^[A-Z]{3}$/.test(role))
          throw new SitrepError(
            "E_DICT_SYNTAX",
            `${line.where}: expected "noun<TAB>ROLE" (a lower-case word, three capitals)`,
          );
        // (dirs run from the user's last folder to ours: the first line read for a noun wins.)
        if (!personNouns.has(noun)) personNouns.set(noun, role);
      }
    const sport = join(dir, "names", "sport-words.txt");
    if (existsSync(sport))
      for (const line of read(sport, `${prefix}names/sport-words.txt`)) sportWords.add(line.text.trim());
    if (existsSync(join(dir, "discards.txt")))
      discards.push(...parseDiscards(read(join(dir, "discards.txt"), `${prefix}discards.txt`)));
  }
  return {
    ontology,
    patterns,
    cues,
    cueMap,
    discards,
    targetRules,
    abstractNouns,
    abstractNounClasses,
    objectClasses,
    agentlessNouns,
    argumentKinds,
    privateDestinations,
    healthWords,
    captivityVerbs,
    actorTypes,
    particleVerbs,
    sportWords,
    impliedAgents,
    impliedTargets,
    nounGovernors,
    personNouns,
    version: hash.digest("hex").slice(0, 12),
  };
}
