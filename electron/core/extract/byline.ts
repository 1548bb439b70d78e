// Byline grammar: "By A and B", "By ZHANG XI | chinadaily.com.cn | ...",
// "By Li Wen (People's Daily Online)", "By ROSALIND PRYCE and TOBIAS LINDGREN
// Associated Press", a bare name list under the headline ("Ana Whitfield,
// Daniel Kovac"), and the credit lines that close a story ("Reporting by ...;
// Editing by ..."). Names are returned as printed, upper-case names in title case.
import { fixNameCase } from "./normalize.js";

/** News agencies, whose names follow a byline or stand as the credit beside the date. */
const AGENCIES = "associated press|ap|reuters|afp|agence france-presse|bloomberg|the canadian press|canadian press|xinhua|yonhap|kyodo(?: news)?|ansa|dpa|efe|pa media|press association|aap|anadolu agency|bernama|press trust of india|pti|tass|upi";

const AGENCY_LINE = new RegExp(`^(?:by\\s+)?((?:the\\s+)?(?:${AGENCIES}))$`, "i");

/** A line that is nothing but an agency credit ("AFP", "By AFP", "The Canadian Press"): the agency as printed. */
export function agencyCredit(text: string): string {
  return text.match(AGENCY_LINE)?.[1] ?? "";
}

/** Trailing agency or role words that follow the names in a byline. */
const TRAILERS = new RegExp(`\\s*(?:[,\u2013\u2014-]\\s*)?\\b(?:the\\s+)?(?:${AGENCIES}|bbc news|cnn|staff writers?|staff reporters?|staff|senior (?:correspondent|reporter|writer)|correspondents?|reporters?|contributors?|special to .+|for .+)\\s*$`, "i");

/** "By" ("Written by") and its equivalents in the languages news pages come in: Spanish/Portuguese "Por", French "Par", German "Von", Indonesian "Penulis". */
/** Also labelled: "By: X", "WRITER: X", "Author: X". */
const BY_WORD = /^(?:(?:written\s+)?by|(?:by|writer|author|reporter)\s*:|por|par|von|penulis)[\s\u00A0]+/i;
const BYLINE = /^(?:(?:Written\s+)?By|(?:By|Writer|Author|Reporter)\s*:|Por|Par|Von|Penulis)[\s\u00A0]+(.+)$/i;
/** Does the text open with a byline word (the cheap test before parseByline)? */
export const BYLINE_OPENER = /^(?:(?:Written\s+)?By|(?:By|Writer|Author|Reporter)\s*:|Por|Par|Von|Penulis)[\s\u00A0]+\S/i;
/** An article or a brand word opens the phrase: "The Guardian", "La Nación", "Staff", not a person. */
const NOT_PERSON = /^(?:the|la|el|le|les|los|las|die|der|das)\s|^(?:staff|news|agencies|agencias|redacción|redaccion)\b/i;

/** A beat and role after the name: "Environment correspondent", "Home affairs editor", "Science Reporter". */
const ROLE = /,?\s+\p{Lu}\p{Ll}+(?:\s+\p{Ll}+)*\s+(?:[Cc]orrespondent|[Ee]ditor|[Rr]eporter|[Ww]riter|[Cc]olumnist|[Cc]ritic)s?$/u;

const NAME = /^[\p{Lu}][\p{L}'’.\-]*(?:\s+(?:de|da|van|von|der|la|le|bin|al|el|[\p{Lu}][\p{L}'’.\-]*)){0,4}$/u;

export function splitNames(s: string): string[] {
  let rest = s.trim().replace(BY_WORD, "").replace(ROLE, "");
  // Up to three trailers ("..., Staff Reporter, Reuters"); stop at the first pass that removes nothing.
  for (let i = 0; i < 3; i++) {
    const cut = rest.replace(TRAILERS, "");
    if (cut === rest) break;
    rest = cut;
  }
  rest = rest.replace(/\s+in\s+[A-Z][\w ]+$/, "");
  const parts = rest.split(/\s*(?:,|;|\b(?:[Aa]nd|AND|y|e|et|und)\b|&|、|\/|\|)\s*/).map((p) => p.trim()).filter(Boolean);
  const out: string[] = [];
  for (const [i, p] of parts.entries()) {
    const cleaned = p.replace(TRAILERS, "").trim();
    if (!cleaned) continue;
    if (/\p{Script=Han}/u.test(cleaned)) {
      if (cleaned.length >= 2 && cleaned.length <= 4) out.push(cleaned);
      continue;
    }
    // The outlet after the names ("By Jane Doe, The Washington Post") is not a name; anything else unlike a name spoils the line.
    if (out.length && i === parts.length - 1 && NOT_PERSON.test(cleaned)) break;
    if (!NAME.test(cleaned) || cleaned.split(/\s+/).length > 5 || NOT_PERSON.test(cleaned)) return [];
    out.push(fixNameCase(cleaned));
  }
  return out;
}

export interface Byline {
  names: string[];
  /** A credit printed in parentheses or after a bar beside the names ("People's Daily Online"). */
  source?: string;
}

/** A line (or segment) that starts with "By". */
export function parseByline(text: string): Byline | null {
  const m = text.match(BYLINE);
  if (!m || !m[1]) return null;
  // "By Jane Doe • Published March 5, 2024": the names end at a bullet.
  // "By: Carla Reyes - Reporter / @creyesINQ": a social handle is no name.
  let rest = m[1].split(/\s+[•·]\s+/)[0]!.replace(/\s*\/?\s*@\w+/g, "");
  let source: string | undefined;
  const paren = rest.match(/\(([^()]{2,60})\)/);
  if (paren && paren[1]) {
    source = paren[1].trim();
    rest = rest.slice(0, paren.index).trim();
  }
  const names = splitNames(rest);
  if (!names.length) return null;
  return source ? { names, source } : { names };
}

/** A line that is nothing but one to four person names ("Ana Whitfield, Daniel Kovac"). */
export function parseBareNames(text: string): string[] {
  if (text.length > 90 || /\d|[:|]/.test(text) || !/^\p{Lu}/u.test(text)) return [];
  const names = splitNames(text);
  if (!names.length || names.length > 4) return [];
  // Each name: two or three words; guards against section labels like "Local News".
  if (!names.every((n) => /^\S+(\s+\S+){1,2}$/.test(n))) return [];
  if (names.some((n) => /\b(news|home|help|world|business|sports?|more|local|edition|politics|opinion|search|menu|skip|read|sign|account|video|photos?)\b/i.test(n))) return [];
  return names;
}

export interface Credit {
  authors: string[];
  editors: string[];
}

/** "Reporting by A and B; Editing by C" (Reuters style). */
export function parseCredit(text: string): Credit | null {
  // Often in brackets: "(Reporting by A; Editing by B)".
  if (text.startsWith("(") && text.endsWith(")")) text = text.slice(1, -1);
    if (!/^(?:additional\s+)?(?:reporting|writing|editing|compiled)\s+by\b/i.test(text)) return null;
  const out: Credit = { authors: [], editors: [] };
  for (const part of text.split(/;/)) {
    const m = part.trim().match(/^(additional reporting|reporting|writing|editing)\s+by\s+(.+?)\.?$/i);
    if (!m || !m[1] || !m[2]) continue;
    const kind = m[1].toLowerCase();
    const names = splitNames(m[2]);
    if (kind === "reporting") out.authors.push(...names);
    else if (kind === "editing") out.editors.push(...names);
  }
  return out;
}
