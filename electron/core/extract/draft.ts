// The extraction being assembled: field values with their spans, confidence
// and warnings. Readers fill it; finish() enforces the invariants every
// consumer relies on (spans inside the text, an empty field's confidence is
// how sure the reader is that the page has none: 0 unless it said so).
import type { ArticleFields, FieldName, Region, Span, Warning } from "../../../shared/record.js";
import { emptyFields } from "../../../shared/record.js";
import { escapeRegExp, norm } from "./normalize.js";
import type { BodyEvidence } from "./body-confidence.js";

type Single = "title" | "publisher" | "source" | "publishedAt" | "dateline" | "editor" | "language" | "externalId" | "url";
type List = "authors" | "body" | "related";

export class Draft {
  fields: ArticleFields = emptyFields();
  spans: Partial<Record<FieldName, Span[]>> = {};
  confidence: Partial<Record<FieldName, number>> = {};
  warnings: Warning[] = [];
  /** Dropped furniture and repeated copies (text dumps only). */
  regions: Region[] = [];
  /** How sure the reader is that a field is absent from the page; used only while the field stays empty. */
  absence: Partial<Record<FieldName, number>> = {};
  /** How the reader found the story: the body's confidence is computed from it once the other fields are known (scoreBody). */
  bodyEvidence?: BodyEvidence;

  set(field: Single, value: string, confidence: number, span?: Span | null): void {
    const v = norm(value);
    this.fields[field] = v;
    this.confidence[field] = v ? confidence : 0;
    this.spans[field] = span && v ? [span] : [];
  }

  /**
   * Appends a list item unless an equal one is there already; returns whether it was added.
   * `normalised`: the value is norm()'s output already (a text-dump line's text), so the scan is skipped.
   */
  push(field: List, value: string, span?: Span | null, normalised = false): boolean {
    const v = normalised ? value : norm(value);
    if (!v) return false;
    const list = this.fields[field];
    if (list.includes(v)) return false;
    list.push(v);
    if (span) (this.spans[field] ??= []).push({ start: span.start, end: span.end, index: list.length - 1 });
    return true;
  }

  setList(field: List, confidence: number): void {
    this.confidence[field] = this.fields[field].length ? confidence : 0;
  }

  absent(field: FieldName, confidence: number): void {
    this.absence[field] = confidence;
  }

  warn(message: string, field?: FieldName): void {
    if (!this.warnings.some((w) => w.message === message && w.field === field)) this.warnings.push(field ? { field, message } : { message });
  }

  finish(textLength: number): void {
    for (const [k, list] of Object.entries(this.spans) as [FieldName, Span[]][]) {
      this.spans[k] = list.filter((s) => inside(s, textLength));
    }
    this.regions = this.regions.filter((s) => inside(s, textLength));
    for (const k of Object.keys(this.fields) as FieldName[]) {
      const v = this.fields[k];
      const empty = Array.isArray(v) ? v.length === 0 : v === "";
      if (empty) this.confidence[k] = Math.max(0, Math.min(1, this.absence[k] ?? 0));
      else this.confidence[k] = Math.max(0, Math.min(1, this.confidence[k] ?? 0.5));
    }
  }
}

/** A span with whole offsets within a text of this length. */
function inside(s: { start: number; end: number }, textLength: number): boolean {
  return Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.end <= textLength && s.start <= s.end;
}

/** Span of `value` inside text[from, to), tolerant of NBSP / runs of spaces; null when not found. */
export function findSpan(text: string, from: number, to: number, value: string): Span | null {
  if (!value) return null;
  const hay = text.slice(from, to);
  const i = hay.indexOf(value);
  if (i >= 0) return { start: from + i, end: from + i + value.length };
  const plain = value.split(" ").filter(Boolean);
  // The pattern below starts with the first word as printed: without it in the range there is no match,
  // and no regex to compile (a case-fixed byline name, "Zhang Xi" printed "ZHANG XI", is the usual miss).
  if (!plain.length || plain.length > 60 || !hay.includes(plain[0]!)) return null;
  const words = plain.map(escapeRegExp);
  const m = new RegExp(words.join("[\\s\\u00A0\\u3000]+")).exec(hay);
  return m ? { start: from + m.index, end: from + m.index + m[0].length } : null;
}
