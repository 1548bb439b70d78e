// The fields of the form: labels, how each one is edited as text, and the diff against the
// extraction that becomes the draft's corrections. Pure functions, no React.
import type { Corrections } from "../../shared/api.js";
import type { ArticleFields, FieldName } from "../../shared/record.js";

export type FieldKind = "line" | "lines" | "paragraphs";

export interface FieldMeta {
  name: FieldName;
  label: string;
  kind: FieldKind;
  /** How a list field is written in its box, shown under the label. */
  hint?: string;
}

/** In the order of the guidelines' table. */
export const FIELDS: readonly FieldMeta[] = [
  { name: "title", label: "Title", kind: "line" },
  { name: "publisher", label: "Publisher", kind: "line" },
  { name: "source", label: "Source", kind: "line" },
  { name: "publishedAt", label: "Published", kind: "line" },
  { name: "dateline", label: "Dateline", kind: "line" },
  { name: "authors", label: "Authors", kind: "lines", hint: "one per line" },
  { name: "editor", label: "Editor", kind: "line" },
  { name: "body", label: "Body", kind: "paragraphs", hint: "paragraphs separated by a blank line" },
  { name: "related", label: "Related", kind: "lines", hint: "one headline per line" },
  { name: "language", label: "Language", kind: "line" },
  { name: "externalId", label: "External ID", kind: "line" },
  { name: "url", label: "URL", kind: "line" },
];

export const FIELD_BY_NAME = Object.fromEntries(FIELDS.map((f) => [f.name, f])) as Record<FieldName, FieldMeta>;

/** The form's state: every field as the text in its box. */
export type FormValues = Record<FieldName, string>;

export function valueToText(kind: FieldKind, value: string | string[]): string {
  if (typeof value === "string") return value;
  return value.join(kind === "paragraphs" ? "\n\n" : "\n");
}

export function textToValue(kind: FieldKind, text: string): string | string[] {
  if (kind === "line") return text;
  const parts = kind === "paragraphs" ? text.split(/\n[ \t]*\n/) : text.split("\n");
  return parts.map((p) => p.trim()).filter((p) => p !== "");
}

export function toFormValues(fields: ArticleFields): FormValues {
  const out = {} as FormValues;
  for (const f of FIELDS) out[f.name] = valueToText(f.kind, fields[f.name]);
  return out;
}

export function sameValue(a: string | string[], b: string | string[]): boolean {
  if (typeof a === "string" || typeof b === "string") return a === b;
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** Whether the box's text means something other than the extracted value. */
export function isCorrected(meta: FieldMeta, text: string, extracted: ArticleFields): boolean {
  const original = extracted[meta.name];
  if (text === valueToText(meta.kind, original)) return false;
  return !sameValue(textToValue(meta.kind, text), original);
}

/** Only the fields that differ from the extraction. */
export function correctionsFrom(values: FormValues, extracted: ArticleFields): Corrections {
  const out: Record<string, string | string[]> = {};
  for (const meta of FIELDS) {
    const text = values[meta.name];
    if (isCorrected(meta, text, extracted)) out[meta.name] = textToValue(meta.kind, text);
  }
  return out as Corrections;
}

export function sameFormValues(a: FormValues, b: FormValues): boolean {
  return FIELDS.every((f) => a[f.name] === b[f.name]);
}

/** For list fields: which item (paragraph, line) the caret at `offset` is in, or null. */
export function listIndexAt(kind: FieldKind, text: string, offset: number): number | null {
  if (kind === "line") return null;
  const before = text.slice(0, offset);
  if (kind === "lines") {
    // Count non-empty lines before the caret's line.
    const lines = before.split("\n");
    return lines.slice(0, -1).filter((l) => l.trim() !== "").length;
  }
  const chunks = before.split(/\n[ \t]*\n/);
  return chunks.slice(0, -1).filter((c) => c.trim() !== "").length;
}

export function formatConfidence(value: number | undefined): string | null {
  if (value === undefined) return null;
  return `${Math.round(value * 100)}%`;
}

export const LOW_CONFIDENCE = 0.6;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_DATE_TIME = /^(\d{4}-\d{2}-\d{2})T\d{2}:\d{2}:\d{2}(?:Z|[+-]\d{2}:\d{2})?$/;
const BCP47 = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/;

function realDate(day: string): boolean {
  const t = Date.parse(`${day}T00:00:00Z`);
  return !Number.isNaN(t) && new Date(t).toISOString().slice(0, 10) === day;
}

/** Why a field's value breaks the guidelines, or null. Shown beside the field; approving is not blocked yet. */
export function fieldProblem(meta: FieldMeta, text: string): string | null {
  const value = textToValue(meta.kind, text);
  switch (meta.name) {
    case "title":
      if (typeof value === "string" && value.trim() === "") return "The title is empty.";
      if (typeof value === "string" && /[\r\n]/.test(value)) return "The title must be one line.";
      return null;
    case "publishedAt": {
      const v = String(value).trim();
      if (v === "") return null;
      if (ISO_DATE.test(v)) return realDate(v) ? null : "Not a calendar date.";
      const m = ISO_DATE_TIME.exec(v);
      if (m) return realDate(m[1]!) ? null : "Not a calendar date.";
      return "Use ISO 8601: YYYY-MM-DD, or YYYY-MM-DDTHH:MM:SS with the page's UTC offset (+08:00).";
    }
    case "body":
      return Array.isArray(value) && value.length === 0 ? "The body has no paragraphs." : null;
    case "language": {
      const v = String(value).trim();
      if (v === "") return "The language is empty (a BCP 47 tag such as en or zh).";
      return BCP47.test(v) ? null : "Not a BCP 47 language tag (such as en, zh or pt-BR).";
    }
    case "url": {
      const v = String(value).trim();
      if (v === "") return null;
      return /^https?:\/\/\S+$/i.test(v) ? null : "Not an http(s) URL.";
    }
    default:
      return null;
  }
}
