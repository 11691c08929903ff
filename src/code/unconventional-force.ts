// Who uses force decides its CAMEO root. The codebook's 19 ("Fight") is conventional military force,
// used by states and armed groups; 18 ("Assault") is unconventional violence, which is what a
// shooting or a killing by a criminal, a civilian or a radical is ("a gunman shot three people",
// "the suspect killed her fiancé"). The force verbs' patterns (kill, shoot, fire, shoot dead) are
// coded 190/193 for the common case of armies and police; this step moves them to 180 when the
// source's role is one that bears no arms for a state or a movement, or when an irregular armed
// group (no organ of a state) turns it on unarmed people.

/** CAMEO's generic conventional force and small-arms fighting: what kill/shoot/fire patterns code. */
const CONVENTIONAL_FORCE = new Set(["190", "193"]);
/** CAMEO's "Use unconventional violence, not specified below". */
const UNCONVENTIONAL = "180";
/**
 * Roles (cameo-actor-codes.tsv) of people who bear no arms for a state or an armed movement:
 * criminals, civilians, radicals, settlers and the civilian sectors. Armed roles (MIL, COP, SPY,
 * REB, INS, SEP, UAF) and state or political ones (GOV, LEG, JUD, OPP, ELI) keep 19x.
 */
const UNARMED_ROLES = new Set([
  "CRM",
  "CVL",
  "RAD",
  "SET",
  "BUS",
  "LAB",
  "AGR",
  "EDU",
  "HLH",
  "MED",
  "REF",
  "ENV",
  "HRI",
  "DEV",
  "MOD",
]);
const ARMED_OR_STATE = /MIL|COP|SPY|REB|INS|SEP|UAF|GOV|LEG|JUD|OPP|ELI|PKO|IMG/;
/** Armed roles that serve no state: rebels, insurgents, separatists, unaligned armed forces. */
const IRREGULAR = /REB|INS|SEP|UAF/;
/** Roles of a state's organs: their force stays conventional whoever it is aimed at. */
const STATE = /MIL|COP|SPY|GOV|LEG|JUD|PKO|IMG/;

/**
 * The code of a force event by a source of this actor code, done to a target of that code:
 * 190/193 by an unarmed role is 180, and so is force an irregular armed group (no organ of a
 * state) turns on unarmed people ("gunmen killed three villagers"): CAMEO's 19 is war between
 * armed sides, its 18 the violence of attackers on non-combatants.
 */
export function forceBySource(code: string, sourceCode: string, targetCode?: string): string {
  if (!CONVENTIONAL_FORCE.has(code)) return code;
  const chunks = sourceCode.match(/.{3}/g) ?? [];
  if (
    targetCode &&
    isUnarmed(targetCode) &&
    chunks.some((c) => IRREGULAR.test(c)) &&
    !chunks.some((c) => STATE.test(c))
  )
    return UNCONVENTIONAL;
  if (chunks.some((c) => ARMED_OR_STATE.test(c))) return code;
  return chunks.some((c) => UNARMED_ROLES.has(c)) ? UNCONVENTIONAL : code;
}

/** Whether an actor code names only unarmed people: it has roles, all of them UNARMED_ROLES. */
function isUnarmed(actorCode: string): boolean {
  const roles = (actorCode.match(/.{3}/g) ?? []).filter(
    (c) => UNARMED_ROLES.has(c) || ARMED_OR_STATE.test(c),
  );
  return roles.length > 0 && roles.every((c) => UNARMED_ROLES.has(c));
}
