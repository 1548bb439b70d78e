// Corrections are kept apart from the extraction: only fields whose value differs are stored.
import type { ArticleFields, FieldName } from "./record.js";
import { FIELD_NAMES } from "./record.js";
import type { Corrections } from "./api.js";

type FieldValue = ArticleFields[FieldName];

export function sameValue(a: FieldValue | undefined, b: FieldValue | undefined): boolean {
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((x, i) => x === b[i]);
  }
  return a === b;
}

/** The extraction with the corrections laid over it. */
export function applyCorrections(extracted: ArticleFields, corrections: Corrections): ArticleFields {
  return { ...extracted, ...corrections };
}

/** Drops corrections that merely repeat the extracted value, so "corrected" means changed. */
export function effectiveCorrections(extracted: ArticleFields, corrections: Corrections): Corrections {
  const out: Record<string, FieldValue> = {};
  for (const name of FIELD_NAMES) {
    const value = corrections[name];
    if (value !== undefined && !sameValue(value, extracted[name])) out[name] = value;
  }
  return out as Corrections;
}

export const correctedFieldNames = (corrections: Corrections): FieldName[] =>
  FIELD_NAMES.filter((name) => corrections[name] !== undefined);
