// A text dump as lines: offsets of each line's trimmed content in the decoded
// text (for spans), its normalised form (for every comparison) and the counts
// the classifier needs, computed once here.
import { codeUnits, norm, textStats, textStatsOf, type TextStats } from "../normalize.js";
import { findDates, type FoundDate } from "../dates.js";
import { parseBareNames } from "../byline.js";
import { parseDateline, type Dateline } from "../dateline.js";
import { SHARED_MAX, sharedFacts, unitsHash } from "./line-cache.js";

export interface Line {
  i: number;
  /** [start, end) of the trimmed content in the decoded text. */
  start: number;
  end: number;
  raw: string;
  text: string;
  /** Lower-cased normalised text, the key for duplicate detection. */
  key: string;
  /** Word and Han counts of `text` (capped above every threshold the rules use). */
  stats: TextStats;
  /** Set by classifyLines (see classify.ts); "blank" / 0 until then. */
  kind: string;
  prose: number;
  /** The first line of the page with the same raw text (the line itself when it is the first). */
  first: Line;
  /**
   * What the line's text alone says, computed once and shared: by the repeats of a line in the page (a page printed
   * two or three times) and, through line-cache.ts, by the same line on later pages.
   */
  facts: LineFacts;
  /** Header segments (parseMetaLine): hold offsets in the page, so they are per line (see LineFacts.meta). */
  meta?: unknown;
}

/** Pure functions of a line's text (see Line.facts): nothing here may depend on its page or its neighbours. */
export interface LineFacts {
  text: string;
  key: string;
  stats: TextStats;
  /** classifyLines' per-line verdict, kind index << 2 | prose grade; -1 until classified. */
  cls: number;
  /**
   * The raw line (text = norm(raw)) and its unitsHash, under which line-cache.ts may keep the facts; null for a line
   * too long to keep or not split from a dump.
   */
  shareAs: string | null;
  shareHash: number;
  /** Caches of what later passes read (dates, bare names, near-duplicate key …). */
  dates?: FoundDate[];
  names?: string[];
  /** Near-duplicate key (letters and digits only), see body.ts. */
  dup?: string;
  /** As an item of a headed list: the item (bullet and date removed) and whether it reads as a headline (see readRelated). */
  item?: string;
  itemHeadline?: boolean;
  /** Could it be an item of a header-less headline list (see readRelated in index.ts)? */
  headline?: boolean;
  /** parseDateline() of the text: asked of a story's first paragraph in each copy and again for the field. */
  dateline?: Dateline | null;
  /** The text-only part of isTitleLike and the browser-title split of pickTitle (see header.ts). */
  titleShaped?: boolean;
  titleSplit?: RegExpMatchArray | null;
  /** The key after a breadcrumb's last "›" (pickTitle counts printings of a headline by it). */
  crumbTail?: string;
  /** Is the text mostly in Latin letters (see header.ts)? */
  mostlyLatin?: boolean;
  /** parseMetaLine() of the text with offsets from the line's start (see header.ts). */
  meta?: unknown;
}

const EMPTY_STATS: TextStats = Object.freeze({ words: 0, han: 0, kana: 0 }) as TextStats;
/** Every blank line's facts (what is cached on them is a function of "" alike). */
const BLANK = lineFacts("", "", EMPTY_STATS);

function isEdgeSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x3000 || c === 0xfeff || c === 0x200b || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x1680 || c === 0x85;
}

/** findDates() of the line's text, computed once per line. */
export function lineDates(l: Line): FoundDate[] {
  const f = l.facts;
  return (f.dates ??= f.text && RE_ANY_DIGIT.test(f.text) ? findDates(f.text) : NO_DATES);
}
/** An ASCII, Arabic-Indic or Persian digit (findDates reads the latter two as 0–9). */
const RE_ANY_DIGIT = /[\d\u0660-\u0669\u06f0-\u06f9]/;
const NO_DATES: FoundDate[] = [];

/** parseBareNames() of the line's text, computed once per line. */
export function lineNames(l: Line): string[] {
  const f = l.facts;
  return (f.names ??= f.text ? parseBareNames(f.text) : NO_NAMES);
}
const NO_NAMES: string[] = [];

/** parseDateline() of the line's text, computed once per line. */
export function lineDateline(l: Line): Dateline | null {
  const f = l.facts;
  if (f.dateline === undefined) f.dateline = parseDateline(f.text);
  return f.dateline;
}

/** Facts of a line (see LineFacts), all their fields up front so that they share one hidden class. */
export function lineFacts(text: string, key: string, stats: TextStats, shareAs: string | null = null, shareHash = 0): LineFacts {
  return { text, key, stats, cls: -1, shareAs, shareHash, dates: undefined, names: undefined, dup: undefined, item: undefined, itemHeadline: undefined, headline: undefined, dateline: undefined, titleShaped: undefined, titleSplit: undefined, crumbTail: undefined, mostlyLatin: undefined, meta: undefined };
}

/** Every line object gets all its fields up front, so that they all share one hidden class and property reads stay fast. */
export function makeLine(i: number, start: number, end: number, raw: string, facts: LineFacts, first?: Line): Line {
  const l = { i, start, end, raw, text: facts.text, key: facts.key, stats: facts.stats, kind: "blank", prose: 0, first: undefined as unknown as Line, facts, meta: undefined };
  l.first = first ?? l;
  return l;
}

/**
 * The line as a one-byte string when all its characters are Latin-1, else null. A page with one character above
 * U+00FF anywhere (a curly quote, a dash) is a two-byte string, and so is every slice of it: each regex and string
 * search on a line then reads two bytes a character, through the two-byte copy V8 compiles of every regex. The same
 * pages read as one-byte lines extracted ~20% faster. (A copy through a byte buffer: a native latin1 decode.)
 *
 * The loop also says whether norm() can leave the line as it is (`latin1Clean`), which spares its regex scan: on a
 * trimmed Latin-1 line, norm's quick check (normalize.ts) finds only a control character, U+0085, NBSP or two
 * spaces in a row (its other characters are all above U+00FF).
 */
function latin1Line(codes: Uint16Array, a: number, b: number): string | null {
  const n = b - a;
  if (n > latin1Scratch.length) latin1Scratch = Buffer.allocUnsafe(Math.max(n, latin1Scratch.length * 2));
  let any = 0;
  let clean = true;
  let prev = 0;
  for (let k = 0; k < n; k++) {
    const c = codes[a + k]!;
    any |= c;
    if (c < 0x20 || c === 0x85 || c === 0xa0 || (c === 0x20 && prev === 0x20)) clean = false;
    prev = c;
    latin1Scratch[k] = c;
  }
  latin1Clean = clean;
  return any > 0xff ? null : latin1Scratch.toString("latin1", 0, n);
}
let latin1Scratch = Buffer.allocUnsafe(4096);
/** Set by latin1Line: norm() leaves the line it copied as it is. */
let latin1Clean = false;

/**
 * Do code units [a0, b0) and [a1, b1) hold the same text? (A repeated line is compared without slicing it:
 * a two-byte slice against its first copy's one-byte string was a slow compare.)
 */
function sameUnits(codes: Uint16Array, a0: number, b0: number, a1: number, b1: number): boolean {
  if (b0 - a0 !== b1 - a1) return false;
  for (let k = 0; k < b0 - a0; k++) if (codes[a0 + k] !== codes[a1 + k]) return false;
  return true;
}

export function splitLines(text: string): Line[] {
  const out: Line[] = [];
  // Each distinct line is lower-cased on its own: most are Latin-1 one-byte strings (see latin1Line), which
  // V8 lower-cases fast, where lower-casing the whole (two-byte) text cost more than the few other lines.
  // Whether a line needs normalising is asked of each distinct line only (norm's own quick scan): a scan
  // of the whole text first read every repeated line again, and on a page with one odd space anywhere it
  // still left every line to be scanned.
  // The trimming and counting loops read code units from a typed array (see codeUnits).
  const codes = codeUnits(text);
  // Repeated lines (a page printed again below itself) take text, key and counts from their first copy.
  // Found by a fingerprint of length and a few code units, then compared by code units: a Map
  // keyed by the line strings hashes every character of the page, twice the time (~9 µs a 5 KB page).
  // The first line with each fingerprint; a later distinct line with a taken fingerprint goes to `collided`, by its text.
  const firsts = new Map<number, Line>();
  const collided = new Map<string, Line>();
  let pos = 0;
  let i = 0;
  while (pos <= text.length) {
    let nl = text.indexOf("\n", pos);
    if (nl < 0) nl = text.length;
    let a = pos;
    let b = nl;
    while (a < b && isEdgeSpace(codes[a]!)) a++;
    while (b > a && isEdgeSpace(codes[b - 1]!)) b--;
    if (a === b) {
      out.push(makeLine(i++, a, b, "", BLANK));
    } else {
      const n = b - a;
      const fp = (Math.imul(n, 0x9e3779b1) ^ Math.imul(codes[a]!, 0x85ebca6b) ^ Math.imul(codes[b - 1]!, 0xc2b2ae35) ^ Math.imul(codes[a + (n >> 1)]!, 0x27d4eb2f)) | 0;
      const head = firsts.get(fp);
      const f = head === undefined ? undefined : sameUnits(codes, head.start, head.end, a, b) ? head : collided.get(text.slice(a, b));
      if (f) {
        out.push(makeLine(i++, a, b, f.raw, f.facts, f));
      } else {
        // A line met on an earlier page (line-cache.ts) takes its raw text and facts as kept.
        const shareable = n <= SHARED_MAX;
        const hash = shareable ? unitsHash(codes, a, b) : 0;
        let facts = shareable ? sharedFacts(hash, codes, a, b) : undefined;
        let raw: string;
        if (facts !== undefined) raw = facts.shareAs!;
        else {
          const latin1 = latin1Line(codes, a, b);
          // A line that may be kept across pages is a copy of its own: a slice would keep the whole page alive in the cache.
          raw = latin1 ?? (shareable ? String.fromCharCode.apply(null, codes.subarray(a, b) as unknown as number[]) : text.slice(a, b));
          const t = latin1 !== null && latin1Clean ? raw : norm(raw);
          facts = lineFacts(t, t.toLowerCase(), t === raw ? textStatsOf(codes, a, b) : textStats(t), shareable ? raw : null, hash);
        }
        const l = makeLine(i++, a, b, raw, facts);
        if (head === undefined) firsts.set(fp, l);
        else collided.set(raw, l);
        out.push(l);
      }
    }
    if (nl >= text.length) break;
    pos = nl + 1;
  }
  return out;
}
