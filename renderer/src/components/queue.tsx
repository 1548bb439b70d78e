// The queue: a listbox of every item with its status, title (or file name), publisher, date and a
// warning badge. Arrow keys, Home and End move the selection while the list has focus.
import { memo, useEffect, useRef, type KeyboardEvent } from "react";
import type { ItemSummary } from "../../../shared/api.js";

interface Props {
  items: ItemSummary[];
  selectedId: string | null;
  onSelect: (id: string) => void;
}

export const optionId = (id: string): string => `item-${id.slice(0, 16)}`;

function shortDate(iso: string): string {
  return iso.slice(0, 10);
}

export const Queue = memo(function Queue({ items, selectedId, onSelect }: Props) {
  const listRef = useRef<HTMLUListElement>(null);

  useEffect(() => {
    if (!selectedId || !listRef.current) return;
    listRef.current.querySelector(`#${optionId(selectedId)}`)?.scrollIntoView({ block: "nearest" });
  }, [selectedId]);

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey || items.length === 0) return;
    const at = items.findIndex((i) => i.id === selectedId);
    let next: number | null = null;
    if (event.key === "ArrowDown") next = Math.min(at + 1, items.length - 1);
    else if (event.key === "ArrowUp") next = Math.max(at - 1, 0);
    else if (event.key === "Home") next = 0;
    else if (event.key === "End") next = items.length - 1;
    if (next === null) return;
    event.preventDefault();
    const item = items[next];
    if (item && item.id !== selectedId) onSelect(item.id);
  };

  return (
    <ul
      ref={listRef}
      className="queue"
      role="listbox"
      aria-label="Queue"
      tabIndex={0}
      aria-activedescendant={selectedId && items.some((i) => i.id === selectedId) ? optionId(selectedId) : undefined}
      onKeyDown={onKeyDown}
    >
      {items.map((item) => {
        const label = item.title.trim() || item.file;
        return (
          <li
            key={item.id}
            id={optionId(item.id)}
            role="option"
            aria-selected={item.id === selectedId}
            className={`option status-${item.status}${item.error ? " failed" : ""}${item.missing ? " missing" : ""}`}
            onClick={() => onSelect(item.id)}
          >
            <span className={`status status-${item.status}`}>{item.status}</span>
            <span className="option-title">{label}</span>
            <span className="option-meta">
              {[item.publisher, shortDate(item.publishedAt)].filter(Boolean).join(" · ") || (item.title.trim() ? item.file : "")}
              {item.error && <span className="badge error-badge"> extraction failed</span>}
              {item.missing && <span className="badge error-badge"> file missing</span>}
              {(item as { duplicateOf?: string }).duplicateOf && <span className="badge warning-badge"> duplicate</span>}
              {(item as { needsLook?: string }).needsLook && <span className="badge warning-badge"> needs a look</span>}
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
      })}
    </ul>
  );
});
