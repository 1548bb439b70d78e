// What a text dump's line is, as far as its text alone says (normalised text, counts, classification, dates,
// names …: LineFacts), kept from page to page. A batch is a folder of pages of the same few sites: their
// navigation, masthead, share, footer and list lines repeat from page to page, and each page classified and
// parsed them afresh. Only what is a pure function of the raw line may live here; what depends on the line's
// neighbours or its page (offsets, the passes after classifyLines' per-line loop) stays on the Line, per page.
//
// Bounded: two generations of at most MAX_ENTRIES lines and MAX_CHARS characters of keys each. A line found
// in the old one moves to the young one; when the young one is full it becomes the old one and the old one is
// dropped, so furniture seen again within a few hundred pages stays and a story's own lines age out. Story
// text never repeats: lines over SHARED_MAX characters and prose paragraphs are not kept at all, and a line is kept
// only from the second page it is met on (see keepFacts).
import type { LineFacts } from "./lines.js";

/** Longer lines are story text (or would be costly keys): never kept. */
export const SHARED_MAX = 200;
const MAX_ENTRIES = 4096;
const MAX_CHARS = 256 * 1024;

// Keyed by a hash of the line's code units, checked against the kept raw text: a Map keyed by the line strings
// cost ~1 µs a line (a string made of each line first, then hashed), most of what a hit saves on a furniture line.
let young = new Map<number, LineFacts>();
let old = new Map<number, LineFacts>();
let youngChars = 0;

function add(f: LineFacts): void {
  if (young.size >= MAX_ENTRIES || youngChars + f.shareAs!.length > MAX_CHARS) {
    old = young;
    young = new Map();
    youngChars = 0;
  }
  young.set(f.shareHash, f);
  youngChars += f.shareAs!.length;
}

/** FNV-1a of code units [a, b): the key of the line there. */
export function unitsHash(codes: Uint16Array, a: number, b: number): number {
  let h = 0x811c9dc5;
  for (let k = a; k < b; k++) h = Math.imul(h ^ codes[k]!, 0x01000193);
  return h | 0;
}

/** Is `s` the text of code units [a, b)? */
function sameText(s: string, codes: Uint16Array, a: number, b: number): boolean {
  if (s.length !== b - a) return false;
  for (let k = 0; k < s.length; k++) if (s.charCodeAt(k) !== codes[a + k]) return false;
  return true;
}

/** The facts of the raw line at code units [a, b) (`hash` = unitsHash of them), met on an earlier page and still kept. */
export function sharedFacts(hash: number, codes: Uint16Array, a: number, b: number): LineFacts | undefined {
  const f = young.get(hash);
  if (f !== undefined) return sameText(f.shareAs!, codes, a, b) ? f : undefined;
  const o = old.get(hash);
  if (o === undefined || !sameText(o.shareAs!, codes, a, b)) return undefined;
  old.delete(hash);
  add(o);
  return o;
}

/**
 * Hashes of lines met once, by slot (the hash's low bits): a line is kept on its second page only. Most short lines
 * that are not prose are still a page's own (its headline, captions, a byline): kept at once, each page's lines lived
 * on for hundreds of pages, and the young-generation GC copied them and promoted them, only to drop them later (on
 * the same-site set it copied some MBs a second, ~6% of the time). A slot holding another line's hash (a collision)
 * costs a line one more reading, nothing else.
 */
const seen = new Int32Array(1 << 14);

/** Keeps a freshly classified line's facts for later pages (from its second page on), unless they are a prose paragraph's or not shareable. */
export function keepFacts(f: LineFacts, prose: number): void {
  if (f.shareAs === null || prose >= 2) return;
  const slot = (f.shareHash ^ (f.shareHash >>> 14)) & (seen.length - 1);
  if (seen[slot] === f.shareHash) add(f);
  else seen[slot] = f.shareHash;
}

/** Forgets every kept line (for tests: a cold cache). */
export function clearSharedFacts(): void {
  young = new Map();
  old = new Map();
  youngChars = 0;
  seen.fill(0);
}
