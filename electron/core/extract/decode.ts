// Raw bytes -> text. BOM first, then strict UTF-8, then a charset the page declares, then
// statistical detection (chardet) within the family the bytes' shape points to: Thai letters in
// Thai order (Windows-874), double-byte pairs (GBK, Big5, Shift_JIS, EUC-JP, EUC-KR), letters
// written as runs of high bytes (the single-byte Cyrillic, Greek, Hebrew and Arabic code pages),
// or isolated high bytes (Western Windows-1252, Central European Windows-1250, Turkish
// Windows-1254). Within a family a wild guess cannot cross into another. Line endings are
// folded to \n here, once, because every span indexes the folded text.
import { isUtf8 } from "node:buffer";
import iconv from "iconv-lite";
import chardet from "chardet";
// chardet's own double-byte recognisers, run alone: the full analyse() also runs
// fifteen single-byte recognisers, which costs milliseconds per file for nothing here.
import {
  big5 as Big5Recogniser, euc_jp as EucJpRecogniser, euc_kr as EucKrRecogniser, gb_18030 as Gb18030Recogniser, sjis as SjisRecogniser,
} from "chardet/lib/encoding/mbcs.js";
import { ISO_8859_1 as Latin1Recogniser, ISO_8859_2 as Latin2Recogniser, ISO_8859_9 as Latin5Recogniser } from "chardet/lib/encoding/sbcs.js";
import { mbcsConfidence } from "./mbcs-score.js";

export interface Decoded {
  text: string;
  /** The encoding used, as iconv-lite names it (utf-8, gb18030, big5, shift_jis, windows-1252, windows-1251, windows-1253, utf-16le, …). */
  encoding: string;
  /** Why that encoding was chosen, for a warning; "" when plain UTF-8. */
  note: string;
  /** Set when the bytes are not text at all. */
  error?: string;
  /** Replacement characters in the output (bytes that could not be decoded). */
  replaced: number;
}

const FATAL_UTF8 = new TextDecoder("utf-8", { fatal: true });
/** NUL and the control characters looksBinary() counts. */
const CONTROL = /[\x00-\x08\x0e-\x1f]/;

/** Double-byte encodings detection may pick, chardet's name -> iconv-lite's and a label for the note. */
const DOUBLE_BYTE_NAMES: Record<string, [string, string]> = {
  "GB18030": ["gb18030", "GBK/GB18030"],
  "Big5": ["big5", "Big5"],
  "Shift_JIS": ["shift_jis", "Shift_JIS"],
  "EUC-JP": ["euc-jp", "EUC-JP"],
  "EUC-KR": ["euc-kr", "EUC-KR"],
};

/** Single-byte code pages of scripts whose letters are all high bytes (Cyrillic, Greek, Hebrew, Arabic), chardet's name -> iconv-lite's. */
const LETTER_CODE_PAGES: Record<string, string> = {
  "windows-1251": "windows-1251",
  "KOI8-R": "koi8-r",
  "ISO-8859-5": "iso-8859-5",
  "windows-1253": "windows-1253",
  "ISO-8859-7": "iso-8859-7",
  "windows-1255": "windows-1255",
  // Its letters are Windows-1255's, which adds ₪ (0xA4, ¤ in ISO-8859-8) and points; chardet names 1255 only on C1 bytes.
  "ISO-8859-8": "windows-1255",
  "windows-1256": "windows-1256",
  "ISO-8859-6": "iso-8859-6",
};

export function foldNewlines(s: string): string {
  return s.indexOf("\r") < 0 ? s : s.replace(/\r\n?/g, "\n");
}

/** A charset named inside the bytes (HTML meta, XML prolog), read as ASCII from the first 2 KB. */
function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 2048)).toString("latin1");
  const m = head.match(/<meta[^>]+charset\s*=\s*["']?([\w-]+)/i) ?? head.match(/<\?xml[^>]+encoding\s*=\s*["']([\w-]+)/i);
  if (!m || !m[1]) return null;
  const name = m[1].toLowerCase();
  // As browsers read them (WHATWG): GBK and GB2312 pages are GB18030, Latin-1 and ASCII ones Windows-1252.
  if (name === "gbk" || name === "gb2312" || name === "gb18030") return "gb18030";
  if (name === "iso-8859-1" || name === "latin1" || name === "us-ascii" || name === "ascii") return "windows-1252";
  // A page that says UTF-8 (or UTF-16) but is not valid UTF-8 is detected instead.
  if (name.startsWith("utf")) return null;
  return iconv.encodingExists(name) ? name : null;
}

function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  if (n === 0) return false;
  let nul = 0;
  let ctrl = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) nul++;
    else if (b < 9 || (b > 13 && b < 32)) ctrl++;
  }
  // UTF-16 text has NULs in every other byte, but is caught by its BOM first.
  return nul > 0 || ctrl / n > 0.05;
}

function safeAnalyse(bytes: Uint8Array): { name: string; confidence: number }[] {
  try {
    return chardet.analyse(bytes);
  } catch {
    return [];
  }
}

function countReplacement(s: string): number {
  let n = 0;
  for (let i = s.indexOf("\uFFFD"); i >= 0; i = s.indexOf("\uFFFD", i + 1)) n++;
  return n;
}

// In this order: a tie keeps the first (GB18030 and EUC-KR share their byte ranges; Chinese pages are the commoner here).
const DOUBLE_BYTE = [new Gb18030Recogniser(), new Big5Recogniser(), new SjisRecogniser(), new EucJpRecogniser(), new EucKrRecogniser()];

function doubleByteGuesses(bytes: Uint8Array): { name: string; confidence: number }[] {
  // The double-byte recognisers read only the raw bytes (rawInput, rawLen): the byte histogram
  // the single-byte ones need is left empty rather than counted.
  const ctx = { byteStats: [], c1Bytes: false, rawInput: bytes, rawLen: bytes.length, inputBytes: bytes, inputLen: bytes.length };
  const out: { name: string; confidence: number }[] = [];
  for (const rec of DOUBLE_BYTE) {
    const confidence = mbcsConfidence(rec, ctx);
    if (confidence > 10) out.push({ name: rec.name(), confidence });
    // 100 is the top score and ties keep the first: the next recogniser could not change the pick.
    if (confidence >= 100) break;
  }
  return out.sort((a, b) => b.confidence - a.confidence);
}

/**
 * Do the non-ASCII bytes come in lead/trail pairs, as in GBK or Big5? A high+high pair counts.
 * A pair with an ASCII trail counts only inside a run of characters (a high byte just before
 * or after it): some 40% of Big5 characters have a trail in 0x40-0x7E, which alone left Big5
 * pages near the 0.5 line, while a Windows-1252 accent or curly quote stands alone between
 * ASCII letters ("résumé", "it’s").
 */
function multiByteLikely(bytes: Uint8Array): boolean {
  let high = 0;
  let paired = 0;
  const n = Math.min(bytes.length, 65536);
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b < 0x80) continue;
    high++;
    const t = bytes[i + 1] ?? 0;
    if (b >= 0x81 && b <= 0xfe && t >= 0x40 && t !== 0x7f && t !== 0xff) {
      high++;
      if (t >= 0x80 || (bytes[i + 2] ?? 0) >= 0x81 || (i > 0 && bytes[i - 1]! >= 0x80)) paired += 2;
      i++;
    }
  }
  return high > 0 && paired / high > 0.5;
}

/**
 * A single-byte code page of a script whose letters are all high bytes (Cyrillic, Greek, Hebrew,
 * Arabic): every letter of a word is a byte in 0xC0-0xFF, so such bytes run together, while a
 * Western page's accents stand alone between ASCII letters; and no lead/trail pairs reach into the
 * GBK/Big5 trail range below 0xC0 as often as Chinese text does.
 */
function lettersInHighBytes(bytes: Uint8Array): boolean {
  let high = 0;
  let run = 0;
  let inRuns = 0;
  const n = Math.min(bytes.length, 65536);
  for (let i = 0; i <= n; i++) {
    const b = i < n ? bytes[i]! : 0;
    if (b >= 0x80) high++;
    if (b >= 0xc0) { run++; continue; }
    if (run >= 3) inRuns += run;
    run = 0;
  }
  return high >= 20 && inRuns / high > 0.8;
}

/**
 * Thai in Windows-874 (TIS-620 with curly quotes, dashes and € in C1). chardet's Thai n-grams are weak (10% on a
 * plain news page, 6% for Windows-1252), so the bytes are checked against what the code page and Thai spelling allow. Nearly every high byte is a Thai letter
 * (0xA1–0xFB without the unassigned 0xDB–0xDE), and the script's order holds: a vowel sign or tone mark
 * (0xD1, 0xD4–0xDA, 0xE7–0xEE) follows a consonant (0xA1–0xCE) or another mark; a leading vowel (0xE0–0xE4)
 * comes before a consonant. Double-byte CJK (trail bytes in the unassigned rows), the Cyrillic, Greek and
 * Hebrew code pages (letters at 0xDB–0xDE or in an order Thai cannot have) and Latin accents after ASCII
 * letters all fail it.
 */
function thaiInWindows874(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 65536);
  let high = 0;
  let outside = 0;
  let ordered = 0;
  let misordered = 0;
  const consonant = (b: number | undefined) => b !== undefined && b >= 0xa1 && b <= 0xce;
  const mark = (b: number | undefined) => b !== undefined && (b === 0xd1 || (b >= 0xd4 && b <= 0xda) || (b >= 0xe7 && b <= 0xee));
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b < 0x80) continue;
    high++;
    if (b < 0xa1 ? !(b === 0x80 || b === 0x85 || (b >= 0x91 && b <= 0x97)) : b > 0xfb || (b >= 0xdb && b <= 0xde)) outside++;
    else if (mark(b)) { if (consonant(bytes[i - 1]) || mark(bytes[i - 1])) ordered++; else misordered++; }
    else if (b >= 0xe0 && b <= 0xe4) { if (consonant(bytes[i + 1])) ordered++; else misordered++; }
  }
  return high >= 20 && outside <= high * 0.01 && ordered >= 10 && misordered <= (ordered + misordered) * 0.05;
}

/**
 * Vietnamese in Windows-1258: its five tone marks are combining bytes (0xCC grave, 0xEC acute, 0xD2 hook, 0xDE tilde,
 * 0xF2 dot below) written right after a letter, where Windows-1252 reads Ì ì Ò Þ ò in the middle of words ("NãÞng").
 * A page with a dozen or more such pairs, and more of them than of any other accented byte, is Vietnamese.
 */
const TONE_BYTE = new Uint8Array(256);
for (const b of [0xcc, 0xec, 0xd2, 0xde, 0xf2]) TONE_BYTE[b] = 1;
/** Letters a tone may follow: ASCII letters and 1258's â ê ô ă ơ ư and their capitals. */
const TONED_LETTER = new Uint8Array(256);
for (let b = 0x41; b <= 0x5a; b++) TONED_LETTER[b] = TONED_LETTER[b + 0x20] = 1;
for (const b of [0xe2, 0xea, 0xf4, 0xe3, 0xf5, 0xfd, 0xc2, 0xca, 0xd4, 0xc3, 0xd5, 0xdd]) TONED_LETTER[b] = 1;
function vietnameseInWindows1258(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 16384);
  let tones = 0;
  let high = 0;
  for (let i = 1; i < n; i++) {
    const b = bytes[i]!;
    if (b < 0x80) continue;
    high++;
    if (TONE_BYTE[b] && TONED_LETTER[bytes[i - 1]!]) tones++;
  }
  return tones >= 12 && tones * 4 >= high;
}

/**
 * Bytes that are letters of Central European or Turkish in their code pages and either the same letters or rare
 * ones in Windows-1252: Windows-1250's š ž Š Ž, Hungarian ő ű, Polish ą ł ś ź ż, Czech ř ě ů, Croatian ć đ,
 * ISO-8859-2's Ž ž (õ û ¹ ³ œ Ÿ ¿ ø ì ù æ ð ® ¾ in 1252); Windows-1254's ğ ı ş İ Ş Ğ (ð ý þ Ý Þ Ð). A page without
 * any is Western, and chardet's single-byte recognisers (milliseconds a page) are not asked.
 */
const VARIANT_TELLS = new Uint8Array(256);
for (const b of [0x8a, 0x8e, 0x9a, 0x9e, 0xf5, 0xfb, 0xb9, 0xb3, 0x9c, 0x9f, 0xbf, 0xf8, 0xec, 0xf9, 0xe6, 0xf0, 0x8d, 0x9d, 0xae, 0xbe, 0xfd, 0xfe, 0xdd, 0xde, 0xd0]) VARIANT_TELLS[b] = 1;
const LATIN1_RECOGNISER = new Latin1Recogniser();
const LATIN2_RECOGNISER = new Latin2Recogniser();
const LATIN5_RECOGNISER = new Latin5Recogniser();

/**
 * The Latin code page other than Windows-1252 whose language n-grams (chardet's: cs, hu, pl, ro for Central
 * European; tr for Turkish) fit the page better than the Western ones; else null. Central European as chardet
 * names it: Windows-1250 keeps š ž ś ź ť in the C1 bytes, so a page without any is ISO-8859-2 (its š at 0xB9 is ą
 * in 1250). Turkish is always Windows-1254, a superset of ISO-8859-9 (C1 bytes aside, the same letters).
 */
function latinVariant(bytes: Uint8Array): string | null {
  const n = Math.min(bytes.length, 8192);
  let tells = 0;
  for (let i = 0; i < n; i++) tells += VARIANT_TELLS[bytes[i]!]!;
  if (tells < 2) return null;
  const sample = bytes.subarray(0, n);
  let c1Bytes = false;
  for (let i = 0; i < n && !c1Bytes; i++) c1Bytes = sample[i]! >= 0x80 && sample[i]! <= 0x9f;
  const ctx = { byteStats: [], c1Bytes, rawInput: sample, rawLen: n, inputBytes: sample, inputLen: n };
  try {
    const western = LATIN1_RECOGNISER.match(ctx)?.confidence ?? 0;
    const central = LATIN2_RECOGNISER.match(ctx)?.confidence ?? 0;
    const turkish = LATIN5_RECOGNISER.match(ctx)?.confidence ?? 0;
    if (Math.max(central, turkish) <= western) return null;
    return turkish > central ? "windows-1254" : c1Bytes ? "windows-1250" : "iso-8859-2";
  } catch {
    return null;
  }
}

export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const text = foldNewlines(new TextDecoder("utf-8").decode(bytes.subarray(3)));
    return { text, encoding: "utf-8", note: "UTF-8 byte-order mark", replaced: countReplacement(text) };
  }
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    const enc = bytes[0] === 0xff ? "utf-16le" : "utf-16be";
    const text = foldNewlines(iconv.decode(Buffer.from(bytes.subarray(2)), enc));
    return { text, encoding: enc, note: `${enc.toUpperCase()} byte-order mark`, replaced: countReplacement(text) };
  }
  const binary = { text: "", encoding: "binary", note: "", replaced: 0, error: "the file is binary, not text (NUL or control bytes); nothing to extract" };
  // isUtf8() first: the same strict check without the exception a fatal decoder throws on a
  // legacy page (about 10 µs for a 3 KB Windows-1252 page).
  const utf8 = isUtf8(bytes) ? FATAL_UTF8.decode(bytes) : null;
  if (utf8 !== null) {
    // Valid UTF-8 text with no control characters cannot look binary: the byte scan runs only when one is there.
    if (CONTROL.test(utf8) && looksBinary(bytes)) return binary;
    return { text: foldNewlines(utf8), encoding: "utf-8", note: "", replaced: 0 };
  }
  if (looksBinary(bytes)) return binary;
  const declared = declaredCharset(bytes);
  let encoding = declared;
  let note = declared ? `decoded as ${declared.toUpperCase()} (declared in the page)` : "";
  if (!encoding && thaiInWindows874(bytes)) {
    encoding = "windows-874";
    note = "decoded as Windows-874 (Thai; not UTF-8, no charset declared; the high bytes are Thai letters in Thai spelling order)";
  }
  if (!encoding && lettersInHighBytes(bytes)) {
    // Which script: chardet's n-gram recognisers, among these code pages only; Windows-1251 when they cannot tell.
    const pick = safeAnalyse(bytes).find((g) => LETTER_CODE_PAGES[g.name] !== undefined);
    encoding = pick ? LETTER_CODE_PAGES[pick.name]! : "windows-1251";
    // chardet tells ISO-8859-7 from Windows-1253 only by C1 bytes; Ά (the commonest difference) is 0xB6 in one, 0xA2 in the other.
    if (encoding === "iso-8859-7" && (bytes.includes(0xa2) || !bytes.includes(0xb6))) encoding = "windows-1253";
    note = `decoded as ${encoding.replace(/^windows/, "Windows").replace(/^(iso|koi)/, (p) => p.toUpperCase())} (not UTF-8, no charset declared; high bytes run together in words, as the letters of a non-Latin script do${pick ? `; detected with ${pick.confidence}% confidence` : ""})`;
  }
  if (!encoding && vietnameseInWindows1258(bytes)) {
    encoding = "windows-1258";
    note = "decoded as Windows-1258 (Vietnamese; not UTF-8, no charset declared; tone marks as combining bytes after letters)";
  }
  if (!encoding && !multiByteLikely(bytes)) {
    // High bytes stand alone (curly quotes, dashes, accents): a single-byte Latin page, Western
    // (Windows-1252) unless it has letters Central European languages or Turkish write and chardet prefers their code page.
    const variant = latinVariant(bytes);
    encoding = variant ?? "windows-1252";
    note = variant
      ? `decoded as ${variant.replace(/^windows/, "Windows").replace(/^iso/, "ISO")} (not UTF-8, no charset declared; ${variant === "windows-1254" ? "Turkish" : "Central European"} letters, detected by chardet)`
      : "decoded as Windows-1252 (not UTF-8, no charset declared; isolated high bytes)";
  }
  if (!encoding) {
    let guesses: { name: string; confidence: number }[] = [];
    try {
      guesses = doubleByteGuesses(bytes);
    } catch {
      guesses = [];
    }
    const pick = guesses.find((g) => DOUBLE_BYTE_NAMES[g.name] !== undefined);
    encoding = pick ? DOUBLE_BYTE_NAMES[pick.name]![0] : "windows-1252";
    note = pick
      ? `decoded as ${DOUBLE_BYTE_NAMES[pick.name]![1]} (no charset declared; detected with ${pick.confidence}% confidence)`
      : `decoded as Windows-1252 (not UTF-8, no charset declared, detection inconclusive)`;
  }
  const decoded = encoding === "windows-1252" ? decodeWindows1252(bytes) : iconv.decode(Buffer.from(bytes), encoding);
  // (Windows-1258 writes tones as combining marks: composed, as every other source of Vietnamese text is.)
  const text = foldNewlines(encoding === "windows-1258" ? decoded.normalize("NFC") : decoded);
  return { text, encoding, note, replaced: countReplacement(text) };
}

/**
 * Windows-1252 is Latin-1 except in 0x80-0x9F (curly quotes, dashes, €): those 32 bytes
 * as iconv-lite decodes them, so the result is iconv-lite's, character for character.
 */
const CP1252_C1 = iconv.decode(Buffer.from(Array.from({ length: 32 }, (_, i) => 0x80 + i)), "windows-1252");
const C1 = /[\x80-\x9f]/g;

/** iconv.decode(bytes, "windows-1252") by Node's native Latin-1 decoder and a fix-up of the C1 range: about 20 µs less on a 3 KB page. */
export function decodeWindows1252(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1").replace(C1, (c) => CP1252_C1[c.charCodeAt(0) - 0x80]!);
}
