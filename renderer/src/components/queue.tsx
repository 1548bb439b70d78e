// The queue: a virtualised listbox of the items (only the rows in view are in the DOM, so 100,000
// items scroll smoothly), each with its status, title (or file name), publisher, date and badges.
// Arrow keys, Page Up/Down, Home and End move the selection while the list has focus.
import { memo, useEffect, useLayoutEffect, useRef, useState, type CSSProperties, type KeyboardEvent } from "react";
import type { ItemSummary } from "../../../shared/api.js";
import { inert } from "../inert.js";

interface Props {
  items: ItemSummary[];
  selectedId: string | null;
  onSelect: (id: string) => void;
}

export const optionId = (id: string): string => `item-${id}`;
/** Every row is this tall (CSS `.option` agrees), which is what makes the window arithmetic exact. */
export const ROW_HEIGHT = 50;
/** The list's own padding (CSS `.queue` agrees): the first row starts this far down. */
const PADDING = 4;
const OVERSCAN = 8;

const shortDate = (iso: string): string => iso.slice(0, 10);

export const Queue = memo(function Queue({ items, selectedId, onSelect }: Props) {
  const listRef = useRef<HTMLUListElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(600);

  useLayoutEffect(() => {
    const list = listRef.current;
    if (!list) return;
    setHeight(list.clientHeight || 600);
    const observer = new ResizeObserver(() => setHeight(list.clientHeight || 600));
    observer.observe(list);
    return () => observer.disconnect();
  }, []);

  const selectedIndex = selectedId ? items.findIndex((i) => i.id === selectedId) : -1;

  // Keep the selected row in view (and so in the DOM, for aria-activedescendant). Worked out from
  // the known row height and the last scroll position, not read from the DOM (a read would force
  // a layout of the whole desk in the middle of showing the next item), and while rendering, so
  // the rows are drawn once for the new selection, not drawn and then drawn again scrolled.
  // The list's height changes under it too (a message above the desk, a resized window): a
  // selected row that was in view stays in view, so one at the bottom edge is not left below it.
  const [followed, setFollowed] = useState<{ id: string | null; index: number; height: number }>({ id: null, index: -1, height });
  const moved = followed.id !== selectedId || followed.index !== selectedIndex;
  if (moved || followed.height !== height) {
    setFollowed({ id: selectedId, index: selectedIndex, height });
    const rowTop = PADDING + selectedIndex * ROW_HEIGHT;
    const wasInView = rowTop < scrollTop + followed.height && rowTop + ROW_HEIGHT > scrollTop;
    if (selectedIndex < 0 || !(moved || wasInView)) {
      // Nothing selected, or the editor scrolled the selection away: the list stays where it is.
    } else if (rowTop - PADDING < scrollTop) setScrollTop(rowTop - PADDING);
    else if (rowTop + ROW_HEIGHT + PADDING > scrollTop + height) setScrollTop(rowTop + ROW_HEIGHT + PADDING - height);
  }
  // The list itself scrolls in the next frame, where the layout is done anyway: scrolled (or its
  // position read) now, it would force a layout of the whole desk in the middle of showing the
  // next item. Where it is scrolled to is known from its scroll events and from what was set.
  // A scroll event only brings news when the editor scrolled: the event of our own write reports
  // what is already known, and one that arrives while a newer write waits for its frame reports
  // the older position. Taken in, either would undo a follow worked out since (a resize's).
  const listTopRef = useRef(0);
  const writePending = useRef(false);
  useEffect(() => {
    const list = listRef.current;
    if (!list || listTopRef.current === scrollTop) return;
    writePending.current = true;
    const frame = window.requestAnimationFrame(() => {
      list.scrollTop = scrollTop;
      listTopRef.current = scrollTop;
      writePending.current = false;
    });
    return () => {
      window.cancelAnimationFrame(frame);
      writePending.current = false;
    };
  }, [scrollTop]);

  // A shorter list (a filter, a search) clamps the scroll position; the window is clamped alike.
  const top = Math.max(0, Math.min(scrollTop, items.length * ROW_HEIGHT - height));
  const first = Math.max(0, Math.floor(top / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(items.length, Math.ceil((top + height) / ROW_HEIGHT) + OVERSCAN);
  const rows = items.slice(first, last);

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey || items.length === 0) return;
    const at = selectedIndex;
    const page = Math.max(1, Math.floor(height / ROW_HEIGHT) - 1);
    let next: number | null = null;
    if (event.key === "ArrowDown") next = Math.min(at + 1, items.length - 1);
    else if (event.key === "ArrowUp") next = Math.max(at - 1, 0);
    else if (event.key === "PageDown") next = Math.min(at + page, items.length - 1);
    else if (event.key === "PageUp") next = Math.max(at - page, 0);
    else if (event.key === "Home") next = 0;
    else if (event.key === "End") next = items.length - 1;
    if (next === null) return;
    event.preventDefault();
    const item = items[next];
    if (item && item.id !== selectedId) onSelect(item.id);
  };

  const activeShown = selectedIndex >= first && selectedIndex < last;

  return (
    <ul
      ref={listRef}
      className="queue"
      role="listbox"
      aria-label="Queue"
      tabIndex={0}
      aria-activedescendant={activeShown && selectedId ? optionId(selectedId) : undefined}
      onKeyDown={onKeyDown}
      onScroll={(e) => {
        if (writePending.current || e.currentTarget.scrollTop === listTopRef.current) return;
        listTopRef.current = e.currentTarget.scrollTop;
        setScrollTop(listTopRef.current);
      }}
      // The rows out of view are stood in for by the list's ::before and ::after boxes (padding
      // would not do: a box is never shorter than its padding, so the list would grow, not scroll).
      style={{ "--above": `${first * ROW_HEIGHT}px`, "--below": `${(items.length - last) * ROW_HEIGHT}px` } as CSSProperties}
    >
      {rows.map((item, k) => (
        <Row key={item.id} item={item} index={first + k} count={items.length} selected={item.id === selectedId} onSelect={onSelect} />
      ))}
    </ul>
  );
});

interface RowProps {
  item: ItemSummary;
  index: number;
  count: number;
  selected: boolean;
  onSelect: (id: string) => void;
}

/** One row; drawn again only when its item, place or selection changes (a new selection redraws two rows). */
const Row = memo(function Row({ item, index, count, selected, onSelect }: RowProps) {
  const label = item.title.trim() || item.file;
  const duplicate = (item as { duplicateOf?: string }).duplicateOf;
  const look = (item as { needsLook?: string }).needsLook;
  return (
    <li
      id={optionId(item.id)}
      role="option"
      aria-selected={selected}
      aria-posinset={index + 1}
      aria-setsize={count}
      className={`option status-${item.status}${item.error ? " failed" : ""}${item.missing ? " missing" : ""}`}
      onClick={() => onSelect(item.id)}
    >
      <span className={`status status-${item.status}`}>{item.status}</span>
      <span className="option-title">{inert(label)}</span>
      <span className="option-meta">
        {inert([item.publisher, shortDate(item.publishedAt)].filter(Boolean).join(" · ") || (item.title.trim() ? item.file : ""))}
        {item.error && <span className="badge error-badge"> extraction failed</span>}
        {item.missing && <span className="badge error-badge"> file missing</span>}
        {duplicate && <span className="badge warning-badge"> duplicate</span>}
        {look && <span className="badge warning-badge"> needs a look</span>}
        {item.warningCount > 0 && (
          <span className="badge warning-badge" title={`${item.warningCount} warning${item.warningCount === 1 ? "" : "s"}`}>
            {" "}
            ⚠ {item.warningCount}
            <span className="sr-only"> warning{item.warningCount === 1 ? "" : "s"}</span>
          </span>
        )}
      </span>
    </li>
  );
});
