// What a text dump's line is, as far as its text alone says (normalised text, counts, classification, dates,
// names …: LineFacts), kept from page to page. A batch is a folder of pages of the same few sites: their
// navigation, masthead, share, footer and list lines repeat from page to page, and each page classified and
// parsed them afresh. Only what is a pure function of the raw line may live here; what depends on the line's
// neighbours or its page (offsets, the passes after classifyLines' per-line loop) stays on the Line, per page.
//
// Bounded: two generations of at most MAX_ENTRIES lines and MAX_CHARS characters of keys each. A line found
// in the old one moves to the young one; when the young one is full it becomes the old one and the old one is
// dropped, so furniture seen again within a few hundred pages stays and a story's own lines age out. Story
// text never repeats: lines over SHARED_MAX characters and prose paragraphs are not kept at all.
import type { LineFacts } from "./lines.js";

/** Longer lines are story text (or would be costly keys): never kept. */
export const SHARED_MAX = 200;
const MAX_ENTRIES = 4096;
const MAX_CHARS = 256 * 1024;

let young = new Map<string, LineFacts>();
let old = new Map<string, LineFacts>();
let youngChars = 0;

function add(raw: string, f: LineFacts): void {
  if (young.size >= MAX_ENTRIES || youngChars + raw.length > MAX_CHARS) {
    old = young;
    young = new Map();
    youngChars = 0;
  }
  young.set(raw, f);
  youngChars += raw.length;
}

/** The facts of a raw line met on an earlier page, if still kept. */
export function sharedFacts(raw: string): LineFacts | undefined {
  if (raw.length > SHARED_MAX) return undefined;
  let f = young.get(raw);
  if (f === undefined && (f = old.get(raw)) !== undefined) {
    old.delete(raw);
    add(raw, f);
  }
  return f;
}

/** Keeps a freshly classified line's facts for later pages, unless they are a prose paragraph's or not shareable. */
export function keepFacts(f: LineFacts, prose: number): void {
  const raw = f.shareAs;
  if (raw !== null && raw.length <= SHARED_MAX && prose < 2) add(raw, f);
}

/** Forgets every kept line (for tests: a cold cache). */
export function clearSharedFacts(): void {
  young = new Map();
  old = new Map();
  youngChars = 0;
}
