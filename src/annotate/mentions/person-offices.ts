// Office holders code by the office they held on the document's date: Bajwa is PAKMIL only while
// he is army chief. Outside every spell a person is a former official (CAMEO role ELI, "former
// government officials") of the country of the last spell before the date, or of the first spell.
import type { PersonEntry } from "./dict-tables.ts";

export interface PersonCode {
  readonly code: string;
  readonly title: string;
  readonly inOffice: boolean;
  readonly source: string;
}

/** The document day (YYYY-MM-DD) from an ISO timestamp, or null. */
export function documentDay(publishedAt: string | null | undefined): string | null {
  if (!publishedAt) return null;
  const m = /^(\d{4}-\d{2}-\d{2})/.exec(publishedAt);
  return m ? m[1]! : null;
}

const countryOf = (code: string): string => code.slice(0, 3);

export function codePerson(spells: readonly PersonEntry[], day: string | null): PersonCode {
  const sorted = [...spells].sort((a, b) => (a.from ?? "").localeCompare(b.from ?? ""));
  if (!day) {
    // Undated document: the current office if any, else the latest.
    const current = sorted.filter((s) => !s.to).pop() ?? sorted[sorted.length - 1]!;
    return { code: current.code, title: current.title, inOffice: !current.to, source: current.source };
  }
  const holding = sorted.filter((s) => (!s.from || s.from <= day) && (!s.to || day <= s.to));
  if (holding.length) {
    // Several offices at once (minister and party chief): the most recently taken one.
    const s = holding[holding.length - 1]!;
    return { code: s.code, title: s.title, inOffice: true, source: s.source };
  }
  const before = sorted.filter((s) => s.to && s.to < day).pop();
  const ref = before ?? sorted[0]!;
  const country = countryOf(ref.code);
  // Codes without a country (IGO officials such as IGOUNO) keep their organisation code.
  const isNational = /^[A-Z]{3}$/.test(country) && !/^(?:IGO|NGO|IMG|MNC|INT|UIS|NGM)/.test(ref.code);
  const code = isNational ? (before ? `${country}ELI` : country) : ref.code;
  return { code, title: ref.title, inOffice: false, source: ref.source };
}
