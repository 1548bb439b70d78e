// String helpers shared by every reader. Field values are compared after the
// guidelines' normalisation (NFC, zero-width removed, white space folded), so
// the extractor produces values already in that form.

const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/g;
const SPACES = /[\s\u00A0\u3000]+/g;
const HAS_ZW = /[\u200B-\u200D\u2060\uFEFF]/;
const NEEDS_NFC = /[\u0300-\u036F\u0340-\u0344\u0374\u037E\u0387\u0591-\u05C7\u0610-\u065F\u0900-\u0DFF\u1100-\u11FF\u1AB0-\u1AFF\u1DC0-\u1DFF\u1F00-\u1FFF\u2000-\u2001\u20D0-\u20FF\u2126\u212A\u212B\u2329\u232A\u3099\u309A\uAC00-\uD7AF\uF900-\uFAFF\uFB1D-\uFB4F\uFE20-\uFE2F]|[\uD800-\uDBFF]/;

/** Can `s` change under norm()? A single pass; most lines of a page are already clean. */
function needsNorm(s: string): boolean {
  const n = s.length;
  if (n === 0) return false;
  let prevSpace = true; // a leading space needs trimming
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c === 32) { if (prevSpace) return true; prevSpace = true; continue; }
    prevSpace = false;
    if (c < 32 || c === 0xa0 || c === 0x85) return true;
    if (c < 0x300) continue;
    if (c >= 0x2000 && c <= 0x206f) {
      if (c <= 0x200f || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x2060) return true;
      continue;
    }
    if (c === 0x3000 || c === 0xfeff || c === 0x1680) return true;
    if (c >= 0x3001 && c <= 0xabff && !(c >= 0x3099 && c <= 0x309a) && !(c >= 0x1100 && c <= 0x11ff)) continue;
    if (c >= 0xff00 && c <= 0xffef) continue;
    return true; // combining marks, Hangul, compatibility ideographs, astral: let NFC decide
  }
  return prevSpace; // trailing space
}

/** Guideline normalisation: NFC, zero-width removed, runs of white space (NBSP, ideographic space) to one space, trimmed. */
export function norm(s: string): string {
  if (!needsNorm(s)) return s;
  let out = s;
  // NFC is costly; only text with combining marks, jamo or compatibility characters can change under it.
  if (NEEDS_NFC.test(out)) out = out.normalize("NFC");
  if (HAS_ZW.test(out)) out = out.replace(ZERO_WIDTH, "");
  return out.replace(SPACES, " ").trim();
}

/** Han characters (CJK unified ideographs, extension A, compatibility). Hot path: a plain loop. */
export function hanCount(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x3400 && ((c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff))) n++;
  }
  return n;
}

export function isCjkText(s: string): boolean {
  return hanCount(s) >= Math.max(2, s.length * 0.3);
}

/** Words: runs of letters/digits (apostrophes, dots and hyphens inside a word do not split it). Hot path: a plain loop. */
export function wordCount(s: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let word: boolean;
    if (c < 128) word = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (inWord && (c === 39 || c === 46 || c === 45));
    else word = c === 0x2019 ? inWord : !(c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x206f) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xff0f) || c === 0xfeff);
    if (word && !inWord) n++;
    inWord = word;
  }
  return n;
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
  let upper = 0;
  let lower = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 65 && c <= 90) upper++;
    else if (c >= 97 && c <= 122) lower++;
    else if (c > 127) {
      const ch = s[i]!;
      if (ch.toLowerCase() !== ch) upper++;
      else if (ch.toUpperCase() !== ch) lower++;
    }
  }
  return upper + lower >= 2 && upper / (upper + lower) > 0.8;
}

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
