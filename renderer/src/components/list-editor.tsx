// A list field as a list of labelled text boxes inside a group named after the field: the body
// (paragraphs), authors and related headlines. Entries are edited, split, merged, deleted, moved
// and added from the keyboard (the same keys for every list) or with each entry's buttons.
import { useLayoutEffect, useRef, useState, type FocusEvent, type KeyboardEvent } from "react";
import type { FieldMeta } from "../fields.js";

interface Props {
  meta: FieldMeta;
  id: string;
  labelId: string;
  describedBy?: string;
  invalid: boolean;
  value: string[];
  /** `structural`: a split, merge, move, delete or insert (its own undo step, never merged with typing). */
  onChange: (value: string[], structural?: boolean) => void;
  onFocusItem: (index: number) => void;
  /** Appends the raw pane's last selection (button shown when the host can). */
  onAddFromSelection?: () => void;
}

export const itemInputId = (id: string, index: number): string => `${id}-${index}`;

/** Where the caret goes after a structural edit. */
interface Pending {
  index: number;
  caret: number;
}

export const LIST_KEYS: readonly { keys: string; what: string }[] = [
  { keys: "Enter", what: "Split the entry at the caret (a new entry after it)" },
  { keys: "Backspace at the start", what: "Merge the entry into the one before" },
  { keys: "Delete at the end", what: "Merge the next entry into this one" },
  { keys: "Alt+Shift+↑ / ↓", what: "Move the entry up or down" },
  { keys: "Ctrl+Shift+Backspace", what: "Delete the entry" },
  { keys: "Alt+Shift+N", what: "Add an empty entry after this one" },
];

export function ListEditor({ meta, id, labelId, describedBy, invalid, value, onChange, onFocusItem, onAddFromSelection }: Props) {
  const pending = useRef<Pending | null>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  // An entry's tool buttons show while the pointer is over it or focus is in it (CSS), and are
  // made only then: a body of twenty paragraphs would otherwise bring a hundred hidden buttons
  // into every item shown.
  const [hovered, setHovered] = useState<number | null>(null);
  const [focused, setFocused] = useState<number | null>(null);
  const item = meta.itemLabel ?? "Entry";
  const multiline = meta.kind === "paragraphs";
  const joiner = multiline ? " " : " ";

  useLayoutEffect(() => {
    const p = pending.current;
    if (!p) return;
    pending.current = null;
    const box = document.getElementById(itemInputId(id, p.index)) as HTMLInputElement | HTMLTextAreaElement | null;
    if (box) {
      box.focus();
      box.setSelectionRange(p.caret, p.caret);
    } else {
      document.getElementById(`${id}-add`)?.focus();
    }
  });

  const commit = (next: string[], focus: Pending | null) => {
    pending.current = focus;
    onChange(next, true);
  };

  const split = (i: number, at: number) => {
    const text = value[i] ?? "";
    const next = [...value];
    next.splice(i, 1, text.slice(0, at).trimEnd(), text.slice(at).trimStart());
    commit(next, { index: i + 1, caret: 0 });
  };
  const mergeWithPrevious = (i: number) => {
    if (i <= 0) return;
    const prev = value[i - 1] ?? "";
    const cur = value[i] ?? "";
    const glue = prev !== "" && cur !== "" ? joiner : "";
    const next = [...value];
    next.splice(i - 1, 2, prev + glue + cur);
    commit(next, { index: i - 1, caret: prev.length + glue.length });
  };
  const remove = (i: number) => {
    const next = value.filter((_, k) => k !== i);
    const to = Math.min(i, next.length - 1);
    commit(next, to >= 0 ? { index: to, caret: 0 } : { index: -1, caret: 0 });
  };
  const moveBy = (i: number, delta: number) => {
    const j = i + delta;
    if (j < 0 || j >= value.length) return;
    const next = [...value];
    [next[i], next[j]] = [next[j]!, next[i]!];
    commit(next, { index: j, caret: 0 });
  };
  const insertAfter = (i: number) => {
    const next = [...value];
    next.splice(i + 1, 0, "");
    commit(next, { index: i + 1, caret: 0 });
  };

  const onKeyDown = (i: number) => (event: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    const box = event.currentTarget;
    const start = box.selectionStart ?? 0;
    const end = box.selectionEnd ?? 0;
    const mod = event.ctrlKey || event.metaKey;
    const handled = (): void => {
      event.preventDefault();
      event.stopPropagation();
    };
    if (event.key === "Enter" && !mod && !event.altKey && !event.shiftKey && !event.nativeEvent.isComposing) {
      handled();
      split(i, start);
    } else if (event.key === "Backspace" && mod && event.shiftKey) {
      handled();
      remove(i);
    } else if (event.key === "Backspace" && !mod && !event.altKey && start === 0 && end === 0 && i > 0) {
      handled();
      mergeWithPrevious(i);
    } else if (event.key === "Delete" && !mod && !event.altKey && start === box.value.length && end === start && i + 1 < value.length) {
      handled();
      mergeWithPrevious(i + 1);
    } else if (event.altKey && event.shiftKey && !mod && (event.key === "ArrowUp" || event.key === "ArrowDown")) {
      handled();
      moveBy(i, event.key === "ArrowUp" ? -1 : 1);
    } else if (event.altKey && event.shiftKey && !mod && event.code === "KeyN") {
      handled();
      insertAfter(i);
    }
  };

  const caretAt = (box: HTMLInputElement | HTMLTextAreaElement) => box.selectionStart ?? box.value.length;

  return (
    <div ref={rootRef} className={`list-editor list-${meta.kind}`} role="group" id={id} aria-labelledby={labelId} aria-describedby={describedBy}>
      {value.length === 0 && <p className="list-empty">No {item.toLowerCase()} entries.</p>}
      <ol className="list-items">
        {value.map((text, i) => {
          const label = `${item} ${i + 1}`;
          const common = {
            id: itemInputId(id, i),
            value: text,
            "aria-label": label,
            "aria-invalid": invalid ? true : undefined,
            spellCheck: multiline || meta.name === "related",
            onChange: (event: { currentTarget: { value: string } }) => {
              const next = [...value];
              next[i] = event.currentTarget.value;
              onChange(next);
            },
            onKeyDown: onKeyDown(i),
            onFocus: () => onFocusItem(i),
          };
          return (
            <li
              key={i}
              className="list-item"
              onMouseEnter={() => setHovered(i)}
              onMouseLeave={() => setHovered((h) => (h === i ? null : h))}
              onFocus={() => setFocused(i)}
              onBlur={(event: FocusEvent<HTMLLIElement>) => {
                if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setFocused((f) => (f === i ? null : f));
              }}
            >
              {multiline ? <textarea rows={2} {...common} /> : <input type="text" autoComplete="off" {...common} />}
              {(i === hovered || i === focused) && (
                <span className="item-tools">
                  <button type="button" className="tool" tabIndex={-1} aria-label={`Move ${label} up`} title="Move up (Alt+Shift+↑)" disabled={i === 0} onClick={() => moveBy(i, -1)}>
                    ↑
                  </button>
                  <button type="button" className="tool" tabIndex={-1} aria-label={`Move ${label} down`} title="Move down (Alt+Shift+↓)" disabled={i === value.length - 1} onClick={() => moveBy(i, 1)}>
                    ↓
                  </button>
                  <button
                    type="button"
                    className="tool"
                    tabIndex={-1}
                    aria-label={`Split ${label} at the caret`}
                    title="Split at the caret (Enter)"
                    onMouseDown={(e) => e.preventDefault()}
                    onClick={() => {
                      const box = document.getElementById(itemInputId(id, i)) as HTMLTextAreaElement | null;
                      split(i, box ? caretAt(box) : text.length);
                    }}
                  >
                    ⤶
                  </button>
                  <button type="button" className="tool" tabIndex={-1} aria-label={`Merge ${label} into the one before`} title="Merge into the one before (Backspace at the start)" disabled={i === 0} onClick={() => mergeWithPrevious(i)}>
                    ⤒
                  </button>
                  <button type="button" className="tool danger" tabIndex={-1} aria-label={`Delete ${label}`} title="Delete (Ctrl+Shift+Backspace)" onClick={() => remove(i)}>
                    ×
                  </button>
                </span>
              )}
            </li>
          );
        })}
      </ol>
      <div className="list-actions">
        <button type="button" className="small" id={`${id}-add`} onClick={() => insertAfter(value.length - 1)}>
          Add {item.toLowerCase()}
        </button>
        {onAddFromSelection && (
          <button type="button" className="small" onMouseDown={(e) => e.preventDefault()} onClick={onAddFromSelection} title="Append the text selected in the raw pane">
            Add from raw selection
          </button>
        )}
      </div>
    </div>
  );
}
