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
