// String helpers shared by every reader. Field values are compared after the
// guidelines' normalisation (NFC, zero-width removed, white space folded), so
// the extractor produces values already in that form.

// ZWNJ/ZWJ between two visible characters spell a word (Persian, Indic scripts) or join an
// emoji, so they stay there; elsewhere, and every other zero-width character, they go (the
// scorer ignores them either way).
const JOINED = "[\\p{L}\\p{M}\\p{N}\\p{Extended_Pictographic}\\p{Emoji_Modifier}\\uFE0F]";
const ZERO_WIDTH = new RegExp(`[\\u200B\\u2060\\uFEFF]|(?<!${JOINED})[\\u200C\\u200D]|[\\u200C\\u200D](?!${JOINED})`, "gu");
const SPACES = /[\s\u00A0\u3000]+/g;
const HAS_ZW = /[\u200B-\u200D\u2060\uFEFF]/;
const NEEDS_NFC = /[\u0300-\u036F\u0340-\u0344\u0374\u037E\u0387\u0591-\u05C7\u0610-\u065F\u0900-\u0DFF\u1100-\u11FF\u1AB0-\u1AFF\u1DC0-\u1DFF\u1F00-\u1FFF\u2000-\u2001\u20D0-\u20FF\u2126\u212A\u212B\u2329\u232A\u3099\u309A\uAC00-\uD7AF\uF900-\uFAFF\uFB1D-\uFB4F\uFE20-\uFE2F]|[\uD800-\uDBFF]/;

/**
 * Can `s` change under norm()? A native regex scan (most lines of a page are
 * already clean): edge or doubled spaces, control characters, NBSP and other
 * spaces, zero-width characters, and the ranges where NFC may change something
 * (combining marks, Hangul, compatibility characters, astral planes).
 */
const NEEDS_NORM = / \s|[\x00-\x1f\x85\xa0\u0300-\u1fff\u2000-\u200f\u2028\u2029\u202f\u205f\u2060\u2070-\u2fff\u3000\u3099\u309a\uac00-\ufeff\ufff0-\uffff]/;
function needsNorm(s: string): boolean {
  const n = s.length;
  if (n === 0) return false;
  // Leading or trailing white space (a plain space; every other space is in the class below).
  if (s.charCodeAt(0) === 32 || s.charCodeAt(n - 1) === 32) return true;
  return NEEDS_NORM.test(s);
}

/** Guideline normalisation: NFC, zero-width removed (bar ZWNJ/ZWJ inside a word), runs of white space (NBSP, ideographic space) to one space, trimmed. */
export function norm(s: string): string {
  if (!needsNorm(s)) return s;
  return normSlow(s);
}

/** norm() without the quick check. */
export function normSlow(s: string): string {
  let out = s;
  // NFC is costly; only text with combining marks, jamo or compatibility characters can change under it.
  if (NEEDS_NFC.test(out)) out = out.normalize("NFC");
  if (HAS_ZW.test(out)) out = out.replace(ZERO_WIDTH, "");
  return out.replace(SPACES, " ").trim();
}

/** Counts a line needs for classification, from one (short) pass over it. */
export interface TextStats {
  /** wordCount() of the text, counted up to WORDS_CAP (a value of WORDS_CAP means "at least"). */
  words: number;
  /** hanCount() of the text, counted up to HAN_CAP (a value of HAN_CAP means "at least"). */
  han: number;
  /** Japanese kana, counted while the loop runs (Japanese prose is half kana). */
  kana: number;
}

/** Above every word-count threshold the line rules use (30 words at most). */
export const WORDS_CAP = 40;
/** Above every Han-count threshold the line rules use (60 characters at most). */
export const HAN_CAP = 61;

/**
 * The UTF-16 code units of `s` in a typed array: one native copy, after which a JS loop
 * over them runs several times faster than charCodeAt() on the sliced and two-byte
 * strings a decoded page is made of (curly quotes and dashes make most pages two-byte).
 * The array is a view of a buffer the next call reuses (a new off-heap buffer per page
 * cost as much as the copy): read it before calling again.
 */
export function codeUnits(s: string): Uint16Array {
  if (s.length > pageUnits.length) pageUnits = new Uint16Array(Math.max(s.length, pageUnits.length * 2));
  Buffer.from(pageUnits.buffer, pageUnits.byteOffset, s.length * 2).write(s, "utf16le");
  return pageUnits.subarray(0, s.length);
}
let pageUnits = new Uint16Array(16384);

/** Reused by unitsOf(): a single string's code units are needed for one call only. */
let scratch = new Uint16Array(1024);

/**
 * An array holding the code units of `s` at [0, s.length): for a loop over a string's characters
 * (faster than charCodeAt(), as codeUnits() says). A buffer the next call reuses: read it before calling again.
 */
export function unitsOf(s: string): Uint16Array {
  if (s.length > scratch.length) scratch = new Uint16Array(Math.max(s.length, scratch.length * 2));
  Buffer.from(scratch.buffer, scratch.byteOffset, s.length * 2).write(s, "utf16le");
  return scratch;
}

/** textStats() of a string. */
export function textStats(s: string): TextStats {
  return textStatsOf(unitsOf(s), 0, s.length);
}

/**
 * What an ASCII code unit is to the word counters, by table (the comparisons it replaces were a
 * good part of the counting loops): a letter or digit (WORD), an apostrophe, dot or hyphen, which
 * continue a word but start none (INSIDE_WORD), or a separator (0).
 */
const WORD = 1;
const INSIDE_WORD = 2;
const ASCII_WORD = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  ASCII_WORD[c] = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? WORD : c === 39 || c === 46 || c === 45 ? INSIDE_WORD : 0;
}

/**
 * wordCount and hanCount of the code units [from, to) in a single loop that stops once
 * both are past every threshold the rules use: most of a page's characters are in long
 * paragraphs, and a JS character loop is the costly part of reading a line.
 */
export function textStatsOf(codes: Uint16Array, from: number, to: number): TextStats {
  let words = 0, han = 0, kana = 0;
  let inWord = false;
  for (let i = from; i < to; i++) {
    const c = codes[i]!;
    let word: boolean;
    if (c < 128) {
      const k = ASCII_WORD[c]!;
      word = k === WORD || (k === INSIDE_WORD && inWord);
    } else if (c >= 0x3400) {
      if ((c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff)) {
        word = true;
        if (++han >= HAN_CAP) break;
      } else word = !((c >= 0xff00 && c <= 0xff0f) || c === 0xfeff);
    } else if (c >= 0x3040 && c <= 0x30ff) {
      word = true;
      kana++;
    } else if (c >= 0x2000) {
      word = c === 0x2019 ? inWord : !(c <= 0x206f || (c >= 0x3000 && c <= 0x303f));
    } else word = c !== 0xa0;
    if (word && !inWord && ++words >= WORDS_CAP && han === 0) { inWord = word; break; }
    inWord = word;
  }
  return { words: Math.min(words, WORDS_CAP), han, kana };
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
    if (c < 128) { const k = ASCII_WORD[c]!; word = k === WORD || (k === INSIDE_WORD && inWord); }
    else word = c === 0x2019 ? inWord : !(c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x206f) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xff0f) || c === 0xfeff);
    if (word && !inWord) n++;
    inWord = word;
  }
  return n;
}

// (Patterns with \p{…} written inline are rebuilt by the transpiler on every call: kept here, built once.)
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const WORD_START_LOWER = /(^|[\s\-'’.])(\p{Ll})/gu;
const MC_LOWER = /\bMc(\p{Ll})/gu;

/** "ZHANG XI" -> "Zhang Xi"; names already in mixed case are kept as printed. */
export function fixNameCase(name: string): string {
  if (asciiMixedCase(name)) return name;
  if (asciiUpper(name)) return asciiTitleCase(name);
  if (!UPPER.test(name) || LOWER.test(name)) return name;
  return name
    .toLowerCase()
    .replace(WORD_START_LOWER, (_m, pre: string, ch: string) => pre + ch.toUpperCase())
    .replace(MC_LOWER, (_m, ch: string) => "Mc" + ch.toUpperCase());
}

/**
 * An ASCII string with both an upper- and a lower-case letter (where \p{Lu} and \p{Ll} are A-Z and a-z):
 * most names, which fixNameCase returns as they are without its two Unicode-property regex scans.
 */
function asciiMixedCase(s: string): boolean {
  let upper = false;
  let lower = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 127) return false;
    if (c >= 65 && c <= 90) upper = true;
    else if (c >= 97 && c <= 122) lower = true;
  }
  return upper && lower;
}

/** ASCII with an upper-case letter and no lower-case one ("ZHANG XI"). */
function asciiUpper(s: string): boolean {
  let upper = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 127 || (c >= 97 && c <= 122)) return false;
    if (c >= 65 && c <= 90) upper = true;
  }
  return upper;
}

/**
 * fixNameCase() of an asciiUpper() name by code units, without its regex replaces and their
 * callbacks (an upper-case byline or nav line is common): lower case, a capital at the start and
 * after white space, "-", "'" or "."; then "Mc" + capital by the same regex as fixNameCase.
 */
function asciiTitleCase(s: string): string {
  let out = "";
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c >= 65 && c <= 90) {
      const p = i === 0 ? 32 : s.charCodeAt(i - 1);
      const capital = i === 0 || p === 32 || (p >= 9 && p <= 13) || p === 45 || p === 39 || p === 46;
      if (!capital) c += 32;
    }
    out += String.fromCharCode(c);
  }
  return out.includes("Mc") ? out.replace(MC_LOWER, (_m, ch: string) => "Mc" + ch.toUpperCase()) : out;
}

/**
 * Caseless blocks: general punctuation, CJK symbols, kana, Han, Hangul syllables, fullwidth
 * punctuation and digits (U+FF00-FF20, before the fullwidth letters). No code unit in them
 * changes under toLowerCase/toUpperCase, so isMostlyUpper skips them without making strings.
 */
function isCaseless(c: number): boolean {
  return (c >= 0x2000 && c <= 0x206f) || (c >= 0x3000 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xff00 && c <= 0xff20);
}

/** Upper-case letters make up most of the letters (e.g. "RELATED COVERAGE", "DENVER"). */
export function isMostlyUpper(s: string): boolean {
  let upper = 0;
  let lower = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 65 && c <= 90) upper++;
    else if (c >= 97 && c <= 122) lower++;
    else if (c > 127 && !isCaseless(c)) {
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
