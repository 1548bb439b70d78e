// The raw pane's lines as DOM nodes, built directly rather than by React: a new item's lines
// (hundreds of elements, all new) are made in one pass and put in place at once, with no tree
// of components to compare against the last item's. The text goes in as text nodes only (never
// HTML); bidi controls become inert markers. A change of the focused field only rewrites the
// highlights' attributes in place, so the text nodes stay and so does a selection in them.
import type { Extraction, FieldName, Span } from "../../shared/record.js";
import { FIELD_BY_NAME, FIELDS } from "./fields.js";
import { appendInert } from "./inert.js";
import { lineLooks } from "./raw-regions.js";

interface Range {
  start: number;
  end: number;
  field: FieldName;
  index: number | undefined;
}

function collectRanges(spans: Partial<Record<FieldName, Span[]>>, length: number): Range[] {
  const ranges: Range[] = [];
  for (const meta of FIELDS) {
    for (const span of spans[meta.name] ?? []) {
      const start = Math.max(0, Math.min(span.start, length));
      const end = Math.max(0, Math.min(span.end, length));
      if (end > start) ranges.push({ start, end, field: meta.name, index: span.index });
    }
  }
  return ranges.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Which range draws a piece of text covered by several: the focused field's, else the narrowest. */
function pick(covering: Range[], focused: FieldName | null): Range {
  const own = focused ? covering.filter((r) => r.field === focused) : [];
  const pool = own.length > 0 ? own : covering;
  return pool.reduce((best, r) => (r.end - r.start < best.end - best.start ? r : best));
}

/** Each line's [start, end) in the text (the newline not included). */
function splitLines(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf("\n", start);
    if (nl === -1) {
      out.push({ start, end: text.length });
      return out;
    }
    out.push({ start, end: nl });
    start = nl + 1;
  }
}

/** A highlighted piece of text and the ranges covering it (which one draws it depends on the focus). */
interface Highlight {
  mark: HTMLElement;
  covering: Range[];
  drawn: string;
}

export class RawLines {
  /** One `.line` element per line of the text, in order. */
  readonly elements: HTMLElement[] = [];
  private readonly highlights: Highlight[] = [];
  private focused: FieldName | null | undefined = undefined;
  private activeIndex: number | null = null;

  constructor(
    readonly text: string,
    extraction: Pick<Extraction, "spans" | "regions">,
  ) {
    const lines = splitLines(text);
    const ranges = collectRanges(extraction.spans, text.length);
    const looks = lineLooks(lines, extraction.regions);
    let first = 0; // ranges are sorted by start: those ending before a line are never looked at again
    lines.forEach((line, i) => {
      const look = looks[i]!;
      const el = document.createElement("div");
      el.className = look.className ? `line ${look.className}` : "line";
      el.dataset.ln = String(i + 1);
      el.dataset.s = String(line.start);
      if (look.dropped) el.title = `${look.dropped}: dropped by the extractor`;
      if (look.copyLabel) {
        // No text of its own (the label is drawn by CSS), so selections and offsets are unchanged.
        const note = document.createElement("span");
        note.className = "copy-mark";
        note.setAttribute("role", "note");
        note.setAttribute("aria-label", look.copyLabel);
        note.dataset.label = look.copyLabel;
        el.appendChild(note);
      }
      while (first < ranges.length && ranges[first]!.end <= line.start) first++;
      const here: Range[] = [];
      for (let k = first; k < ranges.length && ranges[k]!.start < line.end; k++) if (ranges[k]!.end > line.start) here.push(ranges[k]!);
      this.fill(el, text, line.start, line.end, here);
      el.appendChild(document.createTextNode("\n"));
      this.elements.push(el);
    });
  }

  /** The line's text, each piece covered by ranges in a <mark> (its look is set by focus()). */
  private fill(el: HTMLElement, text: string, lineStart: number, lineEnd: number, here: Range[]): void {
    if (here.length === 0) {
      appendInert(el, text.slice(lineStart, lineEnd));
      return;
    }
    const cuts = new Set<number>([lineStart, lineEnd]);
    for (const r of here) {
      cuts.add(Math.max(r.start, lineStart));
      cuts.add(Math.min(r.end, lineEnd));
    }
    const points = [...cuts].sort((a, b) => a - b);
    for (let i = 0; i + 1 < points.length; i++) {
      const a = points[i]!;
      const b = points[i + 1]!;
      const covering = here.filter((r) => r.start <= a && r.end >= b);
      if (covering.length === 0) {
        appendInert(el, text.slice(a, b));
        continue;
      }
      const mark = document.createElement("mark");
      appendInert(mark, text.slice(a, b));
      el.appendChild(mark);
      this.highlights.push({ mark, covering, drawn: "" });
    }
  }

  /** Draws the focused field's spans (its active entry's, for a list) above the others. */
  focus(focused: FieldName | null, activeIndex: number | null): void {
    if (focused === this.focused && activeIndex === this.activeIndex) return;
    this.focused = focused;
    this.activeIndex = activeIndex;
    for (const h of this.highlights) {
      const r = pick(h.covering, focused);
      const isFocus = r.field === focused;
      const isActive = isFocus && (activeIndex === null || r.index === undefined || r.index === activeIndex);
      const className = `hl hl-${r.field}${isFocus ? " focus" : ""}${isActive ? " active" : ""}`;
      const drawn = `${className}|${r.index ?? ""}`;
      if (drawn === h.drawn) continue;
      h.drawn = drawn;
      h.mark.className = className;
      h.mark.dataset.field = r.field;
      if (r.index !== undefined) h.mark.dataset.index = String(r.index);
      else delete h.mark.dataset.index;
      h.mark.title = `${FIELD_BY_NAME[r.field].label}${r.index !== undefined ? ` ${r.index + 1}` : ""} (click to edit)`;
    }
  }
}

const built = new WeakMap<object, RawLines>();

/** The lines of an item's text, built once per fetched detail (a detail fetched ahead is built before it is shown). */
export function rawLinesFor(item: { text: string; extraction: Pick<Extraction, "spans" | "regions"> }): RawLines {
  const hit = built.get(item.extraction);
  if (hit && hit.text === item.text) return hit;
  const lines = new RawLines(item.text, item.extraction);
  built.set(item.extraction, lines);
  return lines;
}
