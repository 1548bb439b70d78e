// Maps a DOM selection in the raw pane back to offsets into the decoded raw text. Each line is a
// `.line` element carrying `data-s` (its start offset); inside it, text nodes hold the text as is
// and each bidi marker (`.ctl`, no text of its own) stands for one character.

export const RAW_TEXT_ID = "raw-text";

function countUpTo(line: HTMLElement, node: Node, offset: number): number {
  const range = document.createRange();
  range.setStart(line, 0);
  range.setEnd(node, offset);
  const fragment = range.cloneContents();
  return (fragment.textContent ?? "").length + fragment.querySelectorAll(".ctl").length;
}

function offsetOf(root: HTMLElement, node: Node, offset: number, textLength: number): number | null {
  if (node === root) {
    const child = root.children[offset] as HTMLElement | undefined;
    return child ? Number(child.dataset.s) : textLength;
  }
  const el = node instanceof HTMLElement ? node : node.parentElement;
  const line = el?.closest<HTMLElement>(".line");
  if (!line || !root.contains(line)) return null;
  return Math.min(textLength, Number(line.dataset.s) + countUpTo(line, node, offset));
}

/** The raw pane's selection as [start, end) offsets, or null when nothing there is selected. */
export function rawSelection(textLength: number): { start: number; end: number } | null {
  const root = document.getElementById(RAW_TEXT_ID);
  const selection = window.getSelection();
  if (!root || !selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!root.contains(range.startContainer) && range.startContainer !== root) return null;
  if (!root.contains(range.endContainer) && range.endContainer !== root) return null;
  const start = offsetOf(root, range.startContainer, range.startOffset, textLength);
  const end = offsetOf(root, range.endContainer, range.endOffset, textLength);
  if (start === null || end === null || end <= start) return null;
  return { start, end };
}

/** Selects whole lines `from`..`to` (inclusive, 0-based) in the raw pane, as a DOM selection. */
export function selectLines(from: number, to: number): void {
  const root = document.getElementById(RAW_TEXT_ID);
  const selection = window.getSelection();
  if (!root || !selection) return;
  const a = root.children[Math.min(from, to)] as HTMLElement | undefined;
  const b = root.children[Math.max(from, to)] as HTMLElement | undefined;
  if (!a || !b) return;
  const range = document.createRange();
  range.setStart(a, 0);
  // Up to, not including, the line's own newline (its last child).
  range.setEnd(b, Math.max(0, b.childNodes.length - 1));
  selection.removeAllRanges();
  selection.addRange(range);
}
