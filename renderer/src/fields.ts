// The fields of the form: labels, keys, how each one is edited, the diff against the extraction
// that becomes the draft's corrections, and the guideline checks. Pure functions, no React.
import type { Corrections } from "../../shared/api.js";
import type { ArticleFields, FieldName } from "../../shared/record.js";
import { BIDI_CONTROLS, fieldProblem as sharedFieldProblem, hasBidi, meaningOf, recordProblems as sharedRecordProblems } from "../../shared/validation.js";

export type FieldKind = "line" | "list" | "paragraphs";

export interface FieldMeta {
  name: FieldName;
  label: string;
  kind: FieldKind;
  /** For lists: what one entry is called ("Author 2", "Paragraph 3"). */
  itemLabel?: string;
  /** The key that fills this field from the raw selection (with Alt), as `KeyboardEvent.code`. */
  code: string;
  /** How the key is printed. */
  key: string;
}

/** In the order of the guidelines' table; Alt+1…9, 0, -, = fill them from the raw selection. */
export const FIELDS: readonly FieldMeta[] = [
  { name: "title", label: "Title", kind: "line", code: "Digit1", key: "1" },
  { name: "publisher", label: "Publisher", kind: "line", code: "Digit2", key: "2" },
  { name: "source", label: "Source", kind: "line", code: "Digit3", key: "3" },
  { name: "publishedAt", label: "Published", kind: "line", code: "Digit4", key: "4" },
  { name: "dateline", label: "Dateline", kind: "line", code: "Digit5", key: "5" },
  { name: "authors", label: "Authors", kind: "list", itemLabel: "Author", code: "Digit6", key: "6" },
  { name: "editor", label: "Editor", kind: "line", code: "Digit7", key: "7" },
  { name: "body", label: "Body", kind: "paragraphs", itemLabel: "Paragraph", code: "Digit8", key: "8" },
  { name: "related", label: "Related", kind: "list", itemLabel: "Related", code: "Digit9", key: "9" },
  { name: "language", label: "Language", kind: "line", code: "Digit0", key: "0" },
  { name: "externalId", label: "External ID", kind: "line", code: "Minus", key: "-" },
  { name: "url", label: "URL", kind: "line", code: "Equal", key: "=" },
];

export const FIELD_BY_NAME = Object.fromEntries(FIELDS.map((f) => [f.name, f])) as Record<FieldName, FieldMeta>;
export const FIELD_BY_CODE = new Map(FIELDS.map((f) => [f.code, f]));

/** The form's state: every field's value as edited (lists may hold empty entries being typed). */
export type FormValues = ArticleFields;
export type FieldValue = string | string[];

export const isList = (meta: FieldMeta): boolean => meta.kind !== "line";

/** What a value means: list entries trimmed, empty ones dropped. */
export const cleanValue = (meta: FieldMeta, value: FieldValue): FieldValue => meaningOf(meta.name, value);

export function sameValue(a: FieldValue, b: FieldValue): boolean {
  if (typeof a === "string" || typeof b === "string") return a === b;
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

export const toFormValues = (fields: ArticleFields): FormValues => structuredClone(fields);

/** Whether the value means something other than the extracted one. */
export function isCorrected(meta: FieldMeta, value: FieldValue, extracted: ArticleFields): boolean {
  return !sameValue(cleanValue(meta, value), extracted[meta.name]);
}

/** Only the fields that differ from the extraction. */
export function correctionsFrom(values: FormValues, extracted: ArticleFields): Corrections {
  const out: Record<string, FieldValue> = {};
  for (const meta of FIELDS) {
    const value = values[meta.name];
    if (isCorrected(meta, value, extracted)) out[meta.name] = cleanValue(meta, value);
  }
  return out as Corrections;
}

export function sameFormValues(a: FormValues, b: FormValues): boolean {
  return FIELDS.every((f) => sameValue(a[f.name], b[f.name]));
}

export function displayValue(meta: FieldMeta, value: FieldValue): string {
  if (typeof value === "string") return value;
  return value.join(meta.kind === "paragraphs" ? "\n\n" : "\n");
}

export function formatConfidence(value: number | undefined): string | null {
  if (value === undefined) return null;
  return `${Math.round(value * 100)}%`;
}

export const LOW_CONFIDENCE = 0.6;

export { BIDI_CONTROLS, hasBidi };
export const stripBidi = (s: string): string => s.replace(BIDI_CONTROLS, "");

/**
 * Text picked in the raw pane, as a value for a field: one line for a text field (white space
 * folded); for a list, one entry per paragraph (blank lines separate paragraphs; without a blank
 * line, each line is an entry), each folded to one line.
 */
export function valueFromSelection(meta: FieldMeta, raw: string): FieldValue {
  const text = stripBidi(raw).replace(/\r\n?/g, "\n");
  const fold = (s: string) => s.replace(/\s+/g, " ").trim();
  if (!isList(meta)) return fold(text);
  const chunks = /\n[ \t]*\n/.test(text) ? text.split(/\n[ \t]*\n/) : text.split("\n");
  return chunks.map(fold).filter((c) => c !== "");
}

/** Why a field's value breaks the guidelines, or null (the checks live in shared/validation.ts). */
export const fieldProblem = (meta: FieldMeta, raw: FieldValue): string | null => sharedFieldProblem(meta.name, raw);

/** Every guideline problem of a record, with its field's label. */
export function recordProblems(values: FormValues): { field: FieldName; label: string; problem: string }[] {
  return sharedRecordProblems(values).map(({ field, message }) => ({ field, label: FIELD_BY_NAME[field].label, problem: message }));
}
