// String helpers shared by every reader. Field values are compared after the
// guidelines' normalisation (NFC, zero-width removed, white space folded), so
// the extractor produces values already in that form.

const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/g;
const SPACES = /[\s\u00A0\u3000]+/g;

/** Guideline normalisation: NFC, zero-width removed, runs of white space (NBSP, ideographic space) to one space, trimmed. */
export function norm(s: string): string {
  let out = s;
  // NFC is costly on long ASCII strings; skip it when there is nothing to compose.
  if (/[^\x00-\x7F]/.test(out)) out = out.normalize("NFC").replace(ZERO_WIDTH, "");
  return out.replace(SPACES, " ").trim();
}

const HAN = /\p{Script=Han}/gu;
export function hanCount(s: string): number {
  const m = s.match(HAN);
  return m ? m.length : 0;
}

export function isCjkText(s: string): boolean {
  return hanCount(s) >= Math.max(2, s.length * 0.3);
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;
export function wordCount(s: string): number {
  const m = s.match(WORD);
  return m ? m.length : 0;
}

/** "ZHANG XI" -> "Zhang Xi"; names already in mixed case are kept as printed. */
export function fixNameCase(name: string): string {
  if (!/\p{Lu}/u.test(name) || /\p{Ll}/u.test(name)) return name;
  return name
    .toLowerCase()
    .replace(/(^|[\s\-'’.])(\p{Ll})/gu, (_m, pre: string, ch: string) => pre + ch.toUpperCase())
    .replace(/\bMc(\p{Ll})/gu, (_m, ch: string) => "Mc" + ch.toUpperCase());
}

/** Upper-case letters make up most of the letters (e.g. "RELATED COVERAGE", "DENVER"). */
export function isMostlyUpper(s: string): boolean {
  const letters = s.match(/\p{L}/gu);
  if (!letters || letters.length < 2) return false;
  const upper = s.match(/\p{Lu}/gu);
  return (upper ? upper.length : 0) / letters.length > 0.8;
}

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
