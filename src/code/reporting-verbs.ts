// Verbs of saying and knowing, for the clause rules that must tell a verb's own clause from the
// clause it reports (clause-analyse.ts, relative-subject.ts).

/** Verbs whose complement's pronoun subject is their own subject, most often: "Gondor said it ...". */
export const REPORTING_VERBS: ReadonlySet<string> = new Set([
  "say",
  "tell",
  "add",
  "claim",
  "announce",
  "state",
  "insist",
  "confirm",
  "allege",
  "argue",
  "believe",
  "think",
  "warn",
]);

/** Verbs that take a clause as their complement: after them the next verb is inside it ("who said X attacked"). */
export const CLAUSE_TAKING: ReadonlySet<string> = new Set([
  ...REPORTING_VERBS,
  "report",
  "know",
  "suspect",
  "fear",
  "hope",
  "expect",
  "deny",
  "admit",
  "show",
  "find",
  "see",
  "hear",
]);
