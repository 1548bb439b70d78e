// The raw scrape as text with line numbers. Source spans are drawn as <mark> elements built from
// slices of the text (never HTML); the focused field's spans stand out and scroll into view, and
// clicking a highlight focuses its field.
import { memo, useEffect, useMemo, useRef, type MouseEvent, type ReactNode } from "react";
import type { ItemDetail } from "../../../shared/api.js";
import type { FieldName, Span } from "../../../shared/record.js";
import { FIELD_BY_NAME, FIELDS } from "../fields.js";

interface Range {
  start: number;
  end: number;
  field: FieldName;
  index: number | undefined;
}

interface Props {
  item: ItemDetail | null;
  focusedField: FieldName | null;
  activeIndex: number | null;
  onPickField: (field: FieldName, index: number | null) => void;
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

function renderLine(
  text: string,
  lineStart: number,
  lineEnd: number,
  ranges: Range[],
  focused: FieldName | null,
  activeIndex: number | null,
): ReactNode[] | string {
  const here = ranges.filter((r) => r.start < lineEnd && r.end > lineStart);
  if (here.length === 0) return text.slice(lineStart, lineEnd);
  const cuts = new Set<number>([lineStart, lineEnd]);
  for (const r of here) {
    cuts.add(Math.max(r.start, lineStart));
    cuts.add(Math.min(r.end, lineEnd));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: ReactNode[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i]!;
    const b = points[i + 1]!;
    const slice = text.slice(a, b);
    const covering = here.filter((r) => r.start <= a && r.end >= b);
    if (covering.length === 0) {
      out.push(slice);
      continue;
    }
    const r = pick(covering, focused);
    const isFocus = r.field === focused;
    const isActive = isFocus && (activeIndex === null || r.index === undefined || r.index === activeIndex);
    out.push(
      <mark
        key={a}
        className={`hl hl-${r.field}${isFocus ? " focus" : ""}${isActive ? " active" : ""}`}
        data-field={r.field}
        data-index={r.index}
        title={FIELD_BY_NAME[r.field].label + (r.index !== undefined ? ` ${r.index + 1}` : "")}
      >
        {slice}
      </mark>,
    );
  }
  return out;
}

export const RawPane = memo(function RawPane({ item, focusedField, activeIndex, onPickField }: Props) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const text = item?.text ?? "";
  const spans = item?.extraction.spans;

  const ranges = useMemo(() => collectRanges(spans ?? {}, text.length), [spans, text.length]);
  const lines = useMemo(() => {
    const out: { start: number; end: number }[] = [];
    let start = 0;
    for (;;) {
      const nl = text.indexOf("\n", start);
      if (nl === -1) {
        out.push({ start, end: text.length });
        break;
      }
      out.push({ start, end: nl });
      start = nl + 1;
    }
    return out;
  }, [text]);

  const rendered = useMemo(
    () =>
      lines.map((line, i) => (
        <div className="line" data-ln={i + 1} key={i}>
          {renderLine(text, line.start, line.end, ranges, focusedField, activeIndex)}
          {"\n"}
        </div>
      )),
    [lines, text, ranges, focusedField, activeIndex],
  );

  // Bring the focused field's (active) span into view inside the pane.
  useEffect(() => {
    const box = scrollRef.current;
    if (!box || !focusedField) return;
    const target = box.querySelector<HTMLElement>("mark.active") ?? box.querySelector<HTMLElement>("mark.focus");
    if (!target) return;
    const boxRect = box.getBoundingClientRect();
    const rect = target.getBoundingClientRect();
    if (rect.top < boxRect.top || rect.bottom > boxRect.bottom) {
      box.scrollTop += rect.top - boxRect.top - box.clientHeight / 3;
    }
  }, [focusedField, activeIndex, item?.id]);

  // A new item starts at its top.
  useEffect(() => {
    if (scrollRef.current) scrollRef.current.scrollTop = 0;
  }, [item?.id]);

  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    // Selecting text to copy it is not a click on the field.
    if (window.getSelection()?.toString()) return;
    const mark = (event.target as HTMLElement).closest<HTMLElement>("mark[data-field]");
    if (!mark) return;
    const field = mark.dataset.field as FieldName;
    const index = mark.dataset.index !== undefined ? Number(mark.dataset.index) : null;
    onPickField(field, index);
  };

  return (
    <section className="pane raw" aria-label="Raw scrape">
      <header className="pane-head">
        <h2 id="raw-heading">Raw scrape</h2>
        {item && (
          <span className="raw-meta">
            {item.file} · {item.format} · {item.encoding} · {lines.length} lines
          </span>
        )}
      </header>
      {item?.textProblem && (
        <p className="problem" role="note">
          {item.textProblem}
        </p>
      )}
      <div className="raw-scroll" ref={scrollRef} onClick={onClick} tabIndex={0}>
        {item ? (
          <div className="raw-text">{rendered}</div>
        ) : (
          <p className="empty">Choose an item in the queue to see its raw scrape.</p>
        )}
      </div>
    </section>
  );
});
