// What the raw pane dims and marks in a text dump: runs of page furniture the reader dropped (so
// the editor sees at a glance what was left out) and, for a page printed more than once, where
// each copy starts and ends and which copy the story was taken from.
import type { FieldName, Region, Span } from "../../../../shared/record.js";
import type { BodyResult } from "./body.js";
import type { Classified, Kind } from "./classify.js";

/**
 * Line kinds that are page furniture, with the word shown for them. Such a line counts as dropped only when no field was read from it.
 * (A Map: an object indexed by each line's kind was a megamorphic keyed load, read for every line of the page.)
 */
const FURNITURE = new Map<Kind, string>([
  ["nav", "navigation"], ["share", "share buttons"], ["caption", "photo caption"], ["imageMeta", "image credit"], ["copyright", "footer"],
  ["end", "end marker"], ["ad", "advertisement"], ["id", "tracking id"], ["url", "link"], ["relHeader", "list heading"],
  ["skipHeader", "tags or sponsored links"], ["editor", "editor credit"], ["credit", "credit line"],
]);

export function pageRegions(text: string, lines: Classified[], body: BodyResult, spans: Partial<Record<FieldName, Span[]>>): Region[] {
  return [...copyRegions(text, lines, body), ...droppedFurniture(lines, spans)];
}

/** One region per run of dropped furniture lines of one kind (blank lines between them do not break a run). */
function droppedFurniture(lines: Classified[], spans: Partial<Record<FieldName, Span[]>>): Region[] {
  const used = linesWithSpans(lines, spans);
  const out: Region[] = [];
  let run: Region | null = null;
  for (const l of lines) {
    if (l.kind === "blank") continue;
    const label = FURNITURE.get(l.kind);
    if (!label || used[l.i]) {
      run = null;
    } else if (run && run.label === label) {
      run.end = l.end;
    } else {
      run = { kind: "boilerplate", start: l.start, end: l.end, label };
      out.push(run);
    }
  }
  return out;
}

/** 1 for each line some field's span touches. */
function linesWithSpans(lines: Classified[], spans: Partial<Record<FieldName, Span[]>>): number[] {
  // A plain array: a typed array of this size gets an off-heap buffer, a costly allocation per page.
  const used: number[] = new Array<number>(lines.length).fill(0);
  for (const list of Object.values(spans)) {
    for (const s of list ?? []) {
      // Lines are in text order: find the first line ending after the span starts.
      let lo = 0;
      let hi = lines.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (lines[mid]!.end <= s.start) lo = mid + 1;
        else hi = mid;
      }
      for (let i = lo; i < lines.length && lines[i]!.start < s.end; i++) used[i] = 1;
    }
  }
  return used;
}

/** Where copy k starts: at the start of its first line's line in the text (the first copy at 0). */
function lineStart(text: string, lines: Classified[], starts: number[], k: number): number {
  return k === 0 ? 0 : text.lastIndexOf("\n", lines[starts[k]!]!.start - 1) + 1;
}

/**
 * The copies of a page printed several times, whole lines that tile the text. The first runs from
 * the top of the page; each later one starts where, after the previous copy's story, a line of the
 * first copy's header (masthead, headline) is printed again, or else at its own story. A copy is
 * "kept" when body paragraphs were taken from it (a truncated first copy is completed from the next).
 */
function copyRegions(text: string, lines: Classified[], body: BodyResult): Region[] {
  const copies = body.copyClusters;
  if (copies.length < 2) return [];
  const header = new Set<string>();
  for (let i = 0; i < copies[0]!.lines[0]!.i; i++) if (lines[i]!.key) header.add(lines[i]!.key);
  const starts = [0];
  for (let k = 1; k < copies.length; k++) {
    const previous = copies[k - 1]!.lines;
    const story = copies[k]!.lines[0]!.i;
    let start = story;
    for (let i = previous[previous.length - 1]!.i + 1; i < story; i++) {
      if (header.has(lines[i]!.key)) {
        start = i;
        break;
      }
    }
    starts.push(start);
  }
  const kept = new Set(body.paragraphs.map((p) => p.i));
  // Built field by field (same keys, same order as a literal with `...(isKept ? { kept: true } : {})`): the spread,
  // the closure and the notes array's filter-join cost ~3 µs a copy, on every page printed more than once.
  return copies.map((copy, k): Region => {
    let isKept = false;
    for (const l of copy.lines) if (kept.has(l.i)) { isKept = true; break; }
    const r: Region = { kind: "copy", start: lineStart(text, lines, starts, k), end: k + 1 < copies.length ? lineStart(text, lines, starts, k + 1) : text.length, copy: k + 1 };
    if (isKept) r.kept = true;
    r.label = `copy ${k + 1} of ${copies.length} (${copy.truncated ? "truncated, " : ""}${isKept ? "kept" : "repeat"})`;
    return r;
  });
}
