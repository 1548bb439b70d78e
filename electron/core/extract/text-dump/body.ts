// Story paragraphs of a text dump. Prose lines are grouped into clusters; a
// cluster ends at a hard end marker (credit, editor line, copyright, "___") or
// after too many non-prose lines. The biggest cluster is the story; clusters
// that repeat its paragraphs are further copies of the page (printed twice or
// three times), whose new paragraphs are kept (a truncated first copy) and
// whose repeats are dropped.
import type { Classified } from "./classify.js";
import { lineDateline, lineNames } from "./lines.js";
import { isPager } from "../related.js";
import { isTitleLike } from "./header.js";

const HARD_END = new Set(["credit", "editor", "copyright", "end", "id", "skipHeader"]);
/** Non-prose lines a story may be interrupted by (captions, ads, a related box) before it is considered over. */
const MAX_GAP = 7;

export interface Cluster {
  lines: Classified[];
  chars: number;
}

export interface BodyResult {
  /** Chosen paragraph lines, in order, each once. */
  paragraphs: Classified[];
  /** How many copies of the story the page holds. */
  copies: number;
  /** True when some copy holds fewer paragraphs than the union. */
  truncated: boolean;
  /** Index (line number) of the first paragraph of the first copy. */
  firstLine: number;
  /** Line numbers of every paragraph line in every copy (repeats included). */
  allLines: Set<number>;
  /** Each copy of the story in page order: its paragraph lines, and whether it holds fewer paragraphs than the union. */
  copyClusters: { lines: Classified[]; truncated: boolean }[];
}

/** Near-duplicate key: letters and digits only, so punctuation and spacing differences between copies do not matter. */
const NOT_KEY = /[\x00-\x2f\x3a-\x60\x7b-\x7f\xa0\xb7\u2000-\u206f\u3000-\u303f\uff00-\uff20\ufeff]+/g;
export function dupKey(text: string): string {
  return text.toLowerCase().replace(NOT_KEY, "");
}
/** dupKey of a line, computed once per distinct line (from its lower-cased text) and shared by its repeats. */
function lineKey(l: Classified): string {
  const f = l.facts;
  return (f.dup ??= f.key.replace(NOT_KEY, ""));
}

/** A code unit NOT_KEY removes. */
function notKeyUnit(c: number): boolean {
  return c <= 0x2f || (c >= 0x3a && c <= 0x60) || (c >= 0x7b && c <= 0x7f) || c === 0xa0 || c === 0xb7 ||
    (c >= 0x2000 && c <= 0x206f) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xff20) || c === 0xfeff;
}

/** A number made from the first and last three characters of dupKey(key), read from its ends; -1 when dupKey is empty. */
function edgeSignature(key: string): number {
  let h = 0;
  let n = 0;
  let i = 0;
  for (; i < key.length && n < 3; i++) { const c = key.charCodeAt(i); if (!notKeyUnit(c)) { h = Math.imul(h, 31) + c; n++; } }
  if (n === 0) return -1;
  n = 0;
  for (let j = key.length - 1; j >= 0 && n < 3; j--) { const c = key.charCodeAt(j); if (!notKeyUnit(c)) { h = Math.imul(h, 37) + c; n++; } }
  return h >>> 0;
}

/**
 * Lines numbered by their dupKey (equal numbers for equal keys, -1 for an empty key) with few keys
 * computed: the repeats of a line share its number, and other lines are told apart by the ends of
 * their keys (edgeSignature); only lines alike there are compared by dupKey, a regex replace over
 * the whole line that was the costliest step of selectBody.
 */
class DupClasses {
  private readonly byFirst = new Map<Classified, number>();
  private readonly buckets = new Map<number, Classified[]>();
  private readonly classOf = new Map<Classified, number>();
  private next = 0;

  of(l: Classified): number {
    const f = l.first as Classified;
    let c = this.byFirst.get(f);
    if (c !== undefined) return c;
    const sig = edgeSignature(f.key);
    if (sig < 0) c = -1;
    else {
      const bucket = this.buckets.get(sig);
      if (!bucket) { c = this.next++; this.buckets.set(sig, [f]); this.classOf.set(f, c); }
      else {
        const k = lineKey(f);
        const same = bucket.find((o) => lineKey(o) === k);
        if (same) c = this.classOf.get(same)!;
        else { c = this.next++; bucket.push(f); this.classOf.set(f, c); }
      }
    }
    this.byFirst.set(f, c);
    return c;
  }
}

function isAfterStoryHeader(l: Classified): boolean {
  return l.kind === "relHeader" && /^(?:most|more|top|trending|popular|latest|recommended|you|editor|what|热|更多|猜)/i.test(l.text);
}

/**
 * Does the story go on after the list headed at `at`: at most four short headline lines, then two paragraphs?
 * (A list after the story runs on into other lists or the footer.)
 */
function storyResumes(lines: Classified[], at: number): boolean {
  let items = 0;
  let paragraphs = 0;
  for (let i = at + 1; i < lines.length && paragraphs < 2; i++) {
    const l = lines[i]!;
    if (l.kind === "blank") continue;
    if (l.prose === 2) { paragraphs++; continue; }
    if (paragraphs > 0 || l.kind !== "text" || l.text.length > 120 || ++items > 4) return false;
  }
  return paragraphs === 2 && items > 0;
}

export function clusterProse(lines: Classified[]): Cluster[] {
  const clusters: Cluster[] = [];
  let cur: Cluster | null = null;
  let gap = 0;
  let pendingWeak: Classified[] = [];
  // Lines of page furniture since the last paragraph (the gap without the captions, credits and ad slots a story holds).
  let furniture = 0;
  for (let idx = 0; idx < lines.length; idx++) {
    const l = lines[idx]!;
    if (l.kind === "blank") continue;
    // A short sentence right after the last paragraph, then an end marker, a list header, the share buttons or a
    // sign-up or follow promo: the story's closing line.
    if (gap === 0 && pendingWeak.length && cur && (HARD_END.has(l.kind) || l.kind === "relHeader" || l.kind === "share" || l.kind === "promo")) {
      const c: Cluster = cur;
      for (const w of pendingWeak) { c.lines.push(w); c.chars += w.text.length; }
      pendingWeak = [];
    }
    // (A list header after three lines of page furniture or more opens the lists after the story; a related box inside
    // the story stands right after a paragraph, or after a picture's caption and an ad slot.)
    // ("MORE NEWS" and two headlines between paragraphs, the story going on under them, is a box inside the story.)
    if (HARD_END.has(l.kind) || (isAfterStoryHeader(l) && !(cur && gap === 0 && storyResumes(lines, idx))) || (l.kind === "relHeader" && furniture >= 3)) { pushCluster(clusters, cur); cur = null; gap = 0; furniture = 0; pendingWeak = []; continue; }
    if (l.prose === 2) {
      if (!cur) cur = { lines: [], chars: 0 };
      const c: Cluster = cur;
      for (const w of pendingWeak) { c.lines.push(w); c.chars += w.text.length; }
      pendingWeak = [];
      c.lines.push(l);
      c.chars += l.text.length;
      gap = 0;
      furniture = 0;
      continue;
    }
    if (l.prose === 1 && cur && gap <= 2) {
      // A short sentence joins the story only if the story goes on after it, or it ends the story.
      pendingWeak.push(l);
      continue;
    }
    gap++;
    if (l.kind !== "caption" && l.kind !== "credit" && l.kind !== "imageMeta" && l.kind !== "ad") furniture++;
    if (pendingWeak.length && gap > 2) pendingWeak = [];
    if (gap > MAX_GAP) { pushCluster(clusters, cur); cur = null; gap = 0; pendingWeak = []; }
  }
  // Short sentences right at the end of the last cluster (a closing one-liner).
  if (cur && pendingWeak.length && gap <= 1) {
    const c: Cluster = cur;
    for (const w of pendingWeak) { c.lines.push(w); c.chars += w.text.length; }
  }
  pushCluster(clusters, cur);
  return clusters;
}

/** Closes a cluster: kept when it has lines. (Not a closure over clusterProse's state: tsx renames each closure it makes, ~0.5 µs.) */
function pushCluster(clusters: Cluster[], c: Cluster | null): void {
  if (c && c.lines.length) clusters.push(c);
}

/**
 * A standfirst (summary, dek) is printed under the headline and above the byline
 * and date; the story starts after them. So when byline or date lines stand
 * between the first chosen paragraph and the second, the first is a standfirst:
 * it leaves the body (and is marked, so it is not taken for a headline either).
 */
function dropStandfirst(lines: Classified[], paragraphs: Classified[]): void {
  if (paragraphs.length >= 3 && isDekUnderHeadline(lines, paragraphs[0]!, paragraphs[1]!)) {
    const p = paragraphs.shift()!;
    p.kind = "standfirst";
    p.prose = 0;
    return;
  }
  // A dek and a photo caption may both stand above the byline block: the first two paragraphs at most, the
  // second only before a date or byline line (a bare name may be a button between paragraphs: "Support Us").
  for (let k = 0; k < 2 && paragraphs.length >= k + 3; k++) {
    if (!metaBetween(lines, paragraphs[k]!, paragraphs[k + 1]!, k > 0)) continue;
    for (const p of paragraphs.splice(0, k + 1)) { p.kind = "standfirst"; p.prose = 0; }
    return;
  }
}

/**
 * A summary printed against the headline (no blank line between), then the picture's caption between blank lines,
 * then the story: the first paragraph is the dek (a page that sets its paragraphs apart with blank lines prints the
 * story's first paragraph apart from its headline).
 */
function isDekUnderHeadline(lines: Classified[], p0: Classified, p1: Classified): boolean {
  const above = lines[p0.i - 1];
  if (!above || !isTitleLike(above) || lines[p0.i + 1]?.kind !== "blank" || lines[p1.i - 1]?.kind !== "blank" || lineDateline(p0)) return false;
  let caption = false;
  for (let i = p0.i + 1; i < p1.i; i++) {
    const l = lines[i]!;
    if (!l.text) continue;
    if (l.prose > 0 || i - p0.i > 6) return false;
    caption = true;
  }
  return caption;
}

/** Is the first line of a cluster a standfirst: byline or date lines between it and the cluster's next line? */
function headsWithStandfirst(lines: Classified[], c: Cluster): boolean {
  if (c.lines.length < 2) return false;
  return metaBetween(lines, c.lines[0]!, c.lines[1]!);
}

/**
 * Byline or date lines between a first paragraph and the next, with at most ten other lines between them (not
 * counting blank lines: the byline block may hold a stamp, an update stamp, names, e-mail and handle lines, share
 * buttons and a caption), and the first no dateline: the first is a standfirst.
 */
function metaBetween(lines: Classified[], p0: Classified, p1: Classified, datedOnly = false): boolean {
  if (p1.i - p0.i > 24 || lineDateline(p0)) return false;
  let n = 0;
  for (let i = p0.i + 1; i < p1.i; i++) if (lines[i]!.text && ++n > 10) return false;
  for (let i = p0.i + 1; i < p1.i; i++) {
    const l = lines[i]!;
    if (l.kind === "meta" || l.kind === "byline" || (!datedOnly && l.kind === "text" && l.prose === 0 && lineNames(l).length > 0)) return true;
  }
  return false;
}

/**
 * Why the first paragraph kept may be a dek the rules above left in; "" when nothing points to one (or it opens with a dateline):
 * "byline": it stands above byline or date lines, before the second paragraph;
 * "picture": it stands right under the byline or date block and only a picture's lines (three at most) part it from the second;
 * "label": a short label ending in a colon stands right above it ("What you need to know:", "In short:").
 */
export function firstParagraphDoubt(lines: Classified[], paragraphs: Classified[]): "" | "byline" | "picture" | "label" {
  const [p0, p1] = paragraphs;
  // (A first paragraph opening with a dateline is the story's.)
  if (!p0 || !p1 || lineDateline(p0)) return "";
  if (metaBetween(lines, p0, p1)) return "byline";
  const above = nonBlankAbove(lines, p0.i);
  if (above && above.text.length <= 40 && /[:：]$/.test(above.text)) return "label";
  if (above && (above.kind === "meta" || above.kind === "byline")) {
    let between = 0;
    for (let i = p0.i + 1; i < p1.i; i++) if (lines[i]!.text && (lines[i]!.prose > 0 || ++between > 3)) return "";
    if (between > 0) return "picture";
  }
  return "";
}

/** The nearest line above line `at` that is not blank. */
function nonBlankAbove(lines: Classified[], at: number): Classified | undefined {
  for (let i = at - 1; i >= 0; i--) if (lines[i]!.text) return lines[i];
  return undefined;
}

/**
 * Standfirsts at the head of each copy of the page: a page printed again below itself (a print copy)
 * repeats its standfirst over the byline and date there too, where it would join the story as a new
 * paragraph. A cluster that starts with such a line loses it, and so does any cluster that starts with
 * the same line (the standfirst printed a third time, in a post list or alone).
 */
function dropCopyStandfirsts(lines: Classified[], clusters: Cluster[], dup: DupClasses): Cluster[] {
  let classes: Set<number> | null = null;
  for (const c of clusters) {
    if (!headsWithStandfirst(lines, c)) continue;
    const k = dup.of(c.lines[0]!);
    if (k >= 0) (classes ??= new Set()).add(k);
  }
  if (!classes) return clusters;
  const out: Cluster[] = [];
  for (const c of clusters) {
    const h = c.lines[0]!;
    if (classes.has(dup.of(h))) {
      h.kind = "standfirst";
      h.prose = 0;
      c.lines.shift();
      c.chars -= h.text.length;
    }
    if (c.lines.length) out.push(c);
  }
  return out;
}

/**
 * A copy of the page cut short (a paywalled or truncated print copy) may end in the middle of a
 * paragraph: its last line is then the start of a paragraph kept whole from another copy, not a
 * paragraph of its own. Drops each copy's last line whose key starts another paragraph's key.
 */
function dropCutParagraphs(copies: Cluster[], paragraphs: Classified[]): void {
  for (const c of copies) {
    const last = c.lines[c.lines.length - 1]!;
    const at = paragraphs.indexOf(last);
    if (at < 0) continue;
    // Candidates first by the lower-cased text's opening (cheap); dupKey, a regex replace, only for those.
    const head = last.key.slice(0, 12);
    if (last.key.length < 30 || !paragraphs.some((p) => p !== last && p.key.length > last.key.length - 8 && p.key.startsWith(head))) continue;
    const k = lineKey(last);
    if (k.length < 30) continue;
    if (paragraphs.some((p) => p !== last && p.key.startsWith(head) && lineKey(p).length > k.length && lineKey(p).startsWith(k))) paragraphs.splice(at, 1);
  }
}

/** Lines read above a page's first paragraph for its header (headline, byline, date, share buttons, a caption). */
const PAGE_HEADER_LINES = 8;

/**
 * A story printed over two pages or more, each saved with the site's header: a cluster after the story's, with a
 * pager line between them ("Page 1 of 2", "1 2 Next page »") and a line of the story's header printed again above
 * it (the headline), is its next page. Returns those clusters in page order.
 */
function nextPages(lines: Classified[], clusters: Cluster[], copies: Cluster[]): Cluster[] {
  const out: Cluster[] = [];
  const first = copies[0]!.lines[0]!;
  const header = new Set(headerKeys(lines, first.i));
  if (!header.size) return out;
  let last = copies[copies.length - 1]!.lines;
  let end = last[last.length - 1]!.i;
  for (const c of clusters) {
    const top = c.lines[0]!.i;
    if (top <= end || copies.includes(c)) continue;
    let pager = false;
    for (let i = end + 1; i < top && !pager; i++) pager = lines[i]!.kind === "text" && lines[i]!.stats.words <= 8 && isPager(lines[i]!.text);
    if (!pager || !headerKeys(lines, top).some((k) => header.has(k))) break;
    out.push(c);
    last = c.lines;
    end = last[last.length - 1]!.i;
  }
  return out;
}

/** Keys of the headline-long lines (20 characters or more) among the few lines above line `at`. */
function headerKeys(lines: Classified[], at: number): string[] {
  const keys: string[] = [];
  for (let i = at - 1, n = 0; i >= 0 && n < PAGE_HEADER_LINES; i--) {
    const l = lines[i]!;
    if (!l.text) continue;
    n++;
    if (l.key.length >= 20 && l.prose < 2) keys.push(l.key);
  }
  return keys;
}

export function selectBody(lines: Classified[]): BodyResult {
  // Near-duplicates compared by dupKey, through its class numbers (see DupClasses).
  const dup = new DupClasses();
  const clusters = dropCopyStandfirsts(lines, clusterProse(lines), dup);
  const empty: BodyResult = { paragraphs: [], copies: 0, truncated: false, firstLine: -1, allLines: new Set(), copyClusters: [] };
  if (!clusters.length) return empty;
  let best = clusters[0]!;
  for (const c of clusters) if (c.chars > best.chars) best = c;
  const bestKeys = new Set(best.lines.map((l) => dup.of(l)));
  const copies = clusters.filter((c) => c === best || c.lines.some((l) => l.prose === 2 && bestKeys.has(dup.of(l))));
  const seen = new Set<number>();
  const paragraphs: Classified[] = [];
  const allLines = new Set<number>();
  for (const c of copies) {
    // Another copy's lines after its last paragraph the story's copy holds too are what cut it short (a paywall's or a
    // registration wall's pitch), not more story: the longest copy ends where the story does.
    let tail = c.lines.length;
    if (c !== best) while (tail > 0 && !bestKeys.has(dup.of(c.lines[tail - 1]!))) tail--;
    for (let n = 0; n < tail; n++) {
      const l = c.lines[n]!;
      allLines.add(l.i);
      const k = dup.of(l);
      if (k < 0 || seen.has(k)) continue;
      seen.add(k);
      paragraphs.push(l);
    }
  }
  if (copies.length > 1) dropCutParagraphs(copies, paragraphs);
  for (const c of nextPages(lines, clusters, copies)) {
    for (const l of c.lines) {
      allLines.add(l.i);
      const k = dup.of(l);
      if (k >= 0 && !seen.has(k)) { seen.add(k); paragraphs.push(l); }
    }
  }
  paragraphs.sort((a, b) => a.i - b.i);
  dropStandfirst(lines, paragraphs);
  const union = new Set(paragraphs.map((l) => dup.of(l)));
  const copyClusters = copies.map((c) => ({ lines: c.lines, truncated: copies.length > 1 && new Set(c.lines.map((l) => dup.of(l))).size < union.size }));
  const truncated = copyClusters.some((c) => c.truncated);
  return { paragraphs, copies: copies.length, truncated, firstLine: paragraphs[0]?.i ?? -1, allLines, copyClusters };
}
