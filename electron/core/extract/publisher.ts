// Publisher brand for sites without a profile: the masthead printed at the top
// of a dump, corroborated by the copyright footer; else the footer's owner.
import { wordCount } from "./normalize.js";

const NOT_MASTHEAD = /^(?:skip to|jump to|menu|search|sign in|sign up|log ?in|subscribe|accessibility|your account|notifications|home|edition|global edition|english|breaking|live|close|open|toggle|navigation|main menu|advertisement|ad)\b/i;

export function mastheadGuess(firstLines: string[]): string {
  for (const t of firstLines.slice(0, 6)) {
    if (!t || NOT_MASTHEAD.test(t) || /\d|[|:>/]/.test(t)) continue;
    const wc = wordCount(t);
    if (wc >= 1 && wc <= 6 && /^[\p{Lu}\p{Script=Han}]/u.test(t) && !/[.!?]$/.test(t)) return t;
  }
  return "";
}

export function copyrightOwner(line: string): string {
  const m = line.match(/(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?(?:by\s+)?([^.,|©]+?(?:\.(?:com|cn|org|net|co\.uk|ca))?)\s*(?:[.,|]|all rights|$)/i);
  if (!m || !m[1]) return "";
  const owner = m[1].trim().replace(/^www\./i, "");
  if (!owner || /^\d/.test(owner) || wordCount(owner) > 6) return "";
  return owner;
}
