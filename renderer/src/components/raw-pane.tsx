// The raw scrape as text with line numbers. Source spans are drawn as <mark> elements built from
// slices of the text (never HTML); bidi control characters are shown as inert markers. The focused
// field's spans stand out, scroll into view and flash; clicking a highlight focuses its field.
// With the pane focused, ↑/↓ move a line cursor and Shift+↑/↓ select lines, so text can be picked
// for a field from the keyboard too (Alt+1…= or the context menu, Shift+F10). Page furniture the
// extractor dropped is dimmed, and each copy of a page printed several times is banded and labelled
// where it starts (see raw-regions.ts).
import { memo, useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent, type MouseEvent } from "react";
import type { ItemDetail } from "../../../shared/api.js";
import type { FieldName } from "../../../shared/record.js";
import { FIELDS, isList } from "../fields.js";
import { inert } from "../inert.js";
import { rawLinesFor } from "../raw-lines.js";
import { RAW_TEXT_ID, rawSelection, selectLines } from "../raw-selection.js";
import { RawSheets } from "../raw-sheets.js";

export type FillMode = "replace" | "append";

interface Props {
  item: ItemDetail | null;
  /** The item likely shown next (fetched ahead): laid out beforehand on a hidden sheet. */
  nextItem: ItemDetail | null;
  focusedField: FieldName | null;
  activeIndex: number | null;
  onPickField: (field: FieldName, index: number | null) => void;
  onFill: (field: FieldName, mode: FillMode, selection: { start: number; end: number }) => void;
}

/** Re-render only for what the pane shows: a saved draft (a new detail object, same text and spans) does not count. */
function sameRaw(a: Props, b: Props): boolean {
  const x = a.item;
  const y = b.item;
  const sameItem =
    x === y ||
    (x !== null && y !== null && x.id === y.id && x.text === y.text && x.extraction === y.extraction && x.textProblem === y.textProblem && x.file === y.file);
  return sameItem && a.nextItem === b.nextItem && a.focusedField === b.focusedField && a.activeIndex === b.activeIndex && a.onPickField === b.onPickField && a.onFill === b.onFill;
}

export const RawPane = memo(function RawPane({ item, nextItem, focusedField, activeIndex, onPickField, onFill }: Props) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const text = item?.text ?? "";
  const [cursor, setCursor] = useState<{ anchor: number; head: number } | null>(null);
  const [menu, setMenu] = useState<{ x: number; y: number; selection: { start: number; end: number } } | null>(null);
  const [flashKey, setFlashKey] = useState(0);
  const scrolledRef = useRef(false);

  // The lines are DOM built for each item (see raw-lines.ts) and put on a sheet (raw-sheets.ts)
  // in the commit that shows the item; React keeps the element the sheets go into and leaves its
  // children alone.
  const sheetsBox = useRef<HTMLDivElement>(null);
  const sheets = useRef<RawSheets | null>(null);
  useLayoutEffect(() => {
    const made = new RawSheets(sheetsBox.current!);
    sheets.current = made;
    return () => made.remove();
  }, []);
  const built = useMemo(() => (item ? rawLinesFor(item) : null), [item?.text, item?.extraction]); // eslint-disable-line react-hooks/exhaustive-deps
  const lineCount = built?.elements.length ?? 0;
  useLayoutEffect(() => {
    built?.focus(focusedField, activeIndex);
    sheets.current?.show(built);
  }, [built, focusedField, activeIndex]);
  // The next item's lines are built and put on the spare sheet (laid out in the next frame). The
  // desk hands it over once the current item is drawn (see App's load), so this is not that frame's work.
  const focusRef = useRef(focusedField);
  focusRef.current = focusedField;
  useEffect(() => {
    if (!nextItem) return;
    const lines = rawLinesFor(nextItem);
    lines.focus(focusRef.current, null); // as load() leaves the focus on the next item
    sheets.current?.prepare(lines);
  }, [nextItem]);

  // Bring the focused field's (active) span into view inside the pane: measured in the next
  // animation frame, where the layout is done anyway (a read now would force an extra one).
  useEffect(() => {
    const box = scrollRef.current;
    if (!box || !focusedField) return;
    const frame = window.requestAnimationFrame(() => {
      const text = sheets.current?.text;
      const target = text?.querySelector<HTMLElement>("mark.active") ?? text?.querySelector<HTMLElement>("mark.focus");
      if (!target) return;
      const boxRect = box.getBoundingClientRect();
      const rect = target.getBoundingClientRect();
      if (rect.top < boxRect.top || rect.bottom > boxRect.bottom) {
        box.scrollTop += rect.top - boxRect.top - box.clientHeight / 3;
      }
    });
    return () => window.cancelAnimationFrame(frame);
  }, [focusedField, activeIndex, item?.id, flashKey]);

  // Flash the spans when the editor picks a field or an entry (not on every new item: an
  // animation there would only cost frames while approving at speed).
  useEffect(() => {
    const box = scrollRef.current;
    if (!box || !focusedField) return;
    const marks = sheets.current?.text.querySelectorAll<HTMLElement>("mark.active") ?? [];
    for (const m of marks) m.classList.add("flash");
    const timer = window.setTimeout(() => marks.forEach((m) => m.classList.remove("flash")), 700);
    return () => {
      window.clearTimeout(timer);
      marks.forEach((m) => m.classList.remove("flash"));
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [focusedField, activeIndex, flashKey]);

  // A new item starts at its top, with no line cursor.
  useEffect(() => {
    // Only when scrolled: writing scrollTop forces a layout in the middle of showing the item.
    if (scrollRef.current && scrolledRef.current) scrollRef.current.scrollTop = 0;
    scrolledRef.current = false;
    setCursor(null);
    setMenu(null);
  }, [item?.id]);

  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    // Selecting text to copy it is not a click on the field.
    if (window.getSelection()?.toString()) return;
    const mark = (event.target as HTMLElement).closest<HTMLElement>("mark[data-field]");
    if (!mark) return;
    const field = mark.dataset.field as FieldName;
    const index = mark.dataset.index !== undefined ? Number(mark.dataset.index) : null;
    onPickField(field, index);
    setFlashKey((k) => k + 1);
  };

  const openMenu = (x: number, y: number): boolean => {
    const selection = rawSelection(text.length);
    if (!selection) return false;
    setMenu({ x, y, selection });
    return true;
  };

  const onContextMenu = (event: MouseEvent<HTMLDivElement>) => {
    if (openMenu(event.clientX, event.clientY)) event.preventDefault();
  };

  const showLine = (i: number) => {
    const el = document.getElementById(RAW_TEXT_ID)?.children[i] as HTMLElement | undefined;
    el?.scrollIntoView({ block: "nearest" });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.target !== event.currentTarget || lineCount === 0) return;
    if ((event.shiftKey && event.key === "F10") || event.key === "ContextMenu") {
      const box = scrollRef.current!.getBoundingClientRect();
      if (openMenu(box.left + 40, box.top + 40)) event.preventDefault();
      return;
    }
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const last = lineCount - 1;
    const head = cursor?.head ?? -1;
    let to: number | null = null;
    if (event.key === "ArrowDown") to = Math.min(last, head + 1);
    else if (event.key === "ArrowUp") to = Math.max(0, head - 1);
    else if (event.key === "PageDown") to = Math.min(last, Math.max(0, head) + 20);
    else if (event.key === "PageUp") to = Math.max(0, head - 20);
    else if (event.key === "Home" && event.shiftKey) to = 0;
    else if (event.key === "End" && event.shiftKey) to = last;
    else if (event.key === "Escape" && cursor) {
      setCursor(null);
      window.getSelection()?.removeAllRanges();
      event.preventDefault();
      event.stopPropagation();
      return;
    }
    if (to === null) return;
    event.preventDefault();
    const next = event.shiftKey && cursor ? { anchor: cursor.anchor, head: to } : { anchor: to, head: to };
    setCursor(next);
    selectLines(next.anchor, next.head);
    showLine(to);
  };

  const cursorText = cursor
    ? cursor.anchor === cursor.head
      ? `Line ${cursor.head + 1} selected`
      : `Lines ${Math.min(cursor.anchor, cursor.head) + 1}–${Math.max(cursor.anchor, cursor.head) + 1} selected`
    : "";

  return (
    <section className="pane raw" aria-label="Raw scrape">
      <header className="pane-head">
        <h2 id="raw-heading">Raw scrape</h2>
        {item && (
          <span className="raw-meta">
            {inert(item.file)} · {item.format} · {item.encoding} · {lineCount} lines
          </span>
        )}
      </header>
      {item?.textProblem && (
        <p className="problem" role="note">
          {item.textProblem}
        </p>
      )}
      <div
        className="raw-scroll"
        ref={scrollRef}
        onClick={onClick}
        onContextMenu={onContextMenu}
        onKeyDown={onKeyDown}
        onScroll={(e) => (scrolledRef.current = e.currentTarget.scrollTop > 0)}
        tabIndex={0}
        role="document"
        aria-label="Raw text"
        aria-describedby="raw-keys"
        data-item={item?.id}
      >
        <div className="raw-sheets" ref={sheetsBox} />
        {!item && <p className="empty">Choose an item in the queue to see its raw scrape.</p>}
      </div>
      <p className="raw-foot" id="raw-keys">
        <span aria-live="polite">{cursorText}</span>{" "}
        <span className="hint">Select text (or lines with Shift+↑↓), then Alt+1…= to fill a field; right-click or Shift+F10 for a menu.</span>
      </p>
      {menu && (
        <FillMenu
          x={menu.x}
          y={menu.y}
          onClose={() => {
            setMenu(null);
            scrollRef.current?.focus();
          }}
          onPick={(field, mode) => {
            const selection = menu.selection;
            setMenu(null);
            scrollRef.current?.focus();
            onFill(field, mode, selection);
          }}
        />
      )}
    </section>
  );
}, sameRaw);

interface MenuProps {
  x: number;
  y: number;
  onClose: () => void;
  onPick: (field: FieldName, mode: FillMode) => void;
}

/** "Put the selection into…": one entry per field; lists offer append and replace. */
function FillMenu({ x, y, onClose, onPick }: MenuProps) {
  const ref = useRef<HTMLDivElement>(null);
  const entries = useMemo(
    () =>
      FIELDS.flatMap((meta) =>
        isList(meta)
          ? [
              { field: meta.name, mode: "append" as const, label: `Add to ${meta.label}`, keys: `Alt+${meta.key}` },
              { field: meta.name, mode: "replace" as const, label: `Replace ${meta.label}`, keys: `Alt+Shift+${meta.key}` },
            ]
          : [{ field: meta.name, mode: "replace" as const, label: `Put into ${meta.label}`, keys: `Alt+${meta.key}` }],
      ),
    [],
  );
  useEffect(() => {
    ref.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
    const away = (event: PointerEvent) => {
      if (!ref.current?.contains(event.target as Node)) onClose();
    };
    window.addEventListener("pointerdown", away, true);
    return () => window.removeEventListener("pointerdown", away, true);
  }, [onClose]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const items = [...(ref.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const at = items.indexOf(document.activeElement as HTMLElement);
    let to: number | null = null;
    if (event.key === "ArrowDown") to = (at + 1) % items.length;
    else if (event.key === "ArrowUp") to = (at - 1 + items.length) % items.length;
    else if (event.key === "Home") to = 0;
    else if (event.key === "End") to = items.length - 1;
    else if (event.key === "Escape" || event.key === "Tab") {
      event.preventDefault();
      event.stopPropagation();
      onClose();
      return;
    }
    if (to === null) return;
    event.preventDefault();
    items[to]?.focus();
  };

  const top = Math.min(y, window.innerHeight - 420);
  const left = Math.min(x, window.innerWidth - 260);
  return (
    <div
      className="fill-menu"
      role="menu"
      aria-label="Put the selection into a field"
      ref={ref}
      onKeyDown={onKeyDown}
      style={{ top: Math.max(8, top), left: Math.max(8, left) }}
    >
      {entries.map((e) => (
        <button
          type="button"
          role="menuitem"
          tabIndex={-1}
          key={`${e.field}-${e.mode}`}
          className="menu-item"
          onMouseDown={(ev) => ev.preventDefault()}
          onClick={() => onPick(e.field, e.mode)}
        >
          <span className={`swatch hl-${e.field}`} aria-hidden="true" />
          <span className="menu-label">{e.label}</span>
          <kbd>{e.keys}</kbd>
        </button>
      ))}
    </div>
  );
}
