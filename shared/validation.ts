// The guideline checks of a record, one place for the desk (marks fields as the editor types) and
// the host (refuses an approval with problems unless the editor explicitly overrides them).
import type { ArticleFields, FieldName } from "./record.js";
import { FIELD_NAMES, LIST_FIELDS } from "./record.js";

/** Bidi controls that can reorder what an editor sees (Trojan Source): shown as markers, refused in fields. */
export const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
const HAS_BIDI = new RegExp(BIDI_CONTROLS.source);
export const hasBidi = (s: string): boolean => HAS_BIDI.test(s);

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_DATE_TIME = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)?$/;
const BCP47 = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/;

function realDate(day: string): boolean {
  const t = Date.parse(`${day}T00:00:00Z`);
  return !Number.isNaN(t) && new Date(t).toISOString().slice(0, 10) === day;
}

const isListField = (name: FieldName): boolean => (LIST_FIELDS as readonly string[]).includes(name);

/** A list's entries trimmed with empty ones dropped; a text field as it is. */
export function meaningOf(name: FieldName, value: string | string[]): string | string[] {
  if (!isListField(name)) return typeof value === "string" ? value : value.join(" ");
  const list = Array.isArray(value) ? value : [value];
  return list.map((p) => p.trim()).filter((p) => p !== "");
}

/** Why a field's value breaks the guidelines, or null. */
export function fieldProblem(name: FieldName, raw: string | string[]): string | null {
  const value = meaningOf(name, raw);
  const all = Array.isArray(value) ? value.join("\n") : value;
  if (hasBidi(all)) return "Holds invisible bidi control characters (shown as markers in the raw pane); retype or remove them.";
  switch (name) {
    case "title":
      if (typeof value === "string" && value.trim() === "") return "The title is empty.";
      if (typeof value === "string" && /[\r\n]/.test(value)) return "The title must be one line.";
      return null;
    case "publishedAt": {
      const v = String(value);
      if (v === "") return null;
      if (v !== v.trim()) return "Remove the spaces around the date.";
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

export interface FieldProblem {
  field: FieldName;
  message: string;
}

/** Every guideline problem of a record, in field order. */
export function recordProblems(fields: ArticleFields): FieldProblem[] {
  const out: FieldProblem[] = [];
  for (const name of FIELD_NAMES) {
    const message = fieldProblem(name, fields[name]);
    if (message) out.push({ field: name, message });
  }
  return out;
}
