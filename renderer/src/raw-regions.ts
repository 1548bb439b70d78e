// How each line of the raw pane looks, from the extraction's regions: dropped page furniture is
// dimmed, the lines of each copy of a page printed several times carry a band (the kept copy's
// apart from the repeats') and the first line of each copy its label. Worked out once per item,
// in one pass over the regions (each a binary search into the lines); pure, no DOM.
import type { Region } from "../../shared/record.js";

export interface LineLook {
  /** Classes for the line element besides "line": dim, copy-kept, copy-repeat, copy-start. */
  className: string;
  /** What the dropped furniture on this line is (e.g. "navigation"). */
  dropped?: string;
  /** Set on a copy's first line: its label, e.g. "copy 2 of 3 (truncated, repeat)". */
  copyLabel?: string;
}

const PLAIN: LineLook = Object.freeze({ className: "" });

/** The index of the line holding `offset` (lines in text order, each [start, end)). */
function lineAt(lines: readonly { start: number }[], offset: number): number {
  let lo = 0;
  let hi = lines.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lines[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export function lineLooks(lines: readonly { start: number; end: number }[], regions: readonly Region[] | undefined): LineLook[] {
  const looks: LineLook[] = new Array<LineLook>(lines.length).fill(PLAIN);
  if (!regions?.length || !lines.length) return looks;
  const textEnd = lines[lines.length - 1]!.end;
  const banded = new Uint8Array(lines.length);
  const edit = (i: number): LineLook => (looks[i] === PLAIN ? (looks[i] = { className: "" }) : looks[i]!);
  const add = (look: LineLook, name: string) => (look.className = look.className ? `${look.className} ${name}` : name);
  for (const region of regions) {
    // Regions come from the database: clamp them to the text rather than trust them.
    const start = Math.max(0, Math.min(region.start, textEnd));
    const end = Math.max(start, Math.min(region.end, textEnd));
    const first = lineAt(lines, start);
    const last = end === textEnd ? lines.length - 1 : lineAt(lines, Math.max(start, end - 1));
    if (region.kind === "boilerplate") {
      for (let i = first; i <= last; i++) {
        if (lines[i]!.end === lines[i]!.start) continue;
        const look = edit(i);
        if (!look.dropped) add(look, "dim");
        look.dropped = region.label ?? "page furniture";
      }
    } else {
      const band = region.kept ? "copy-kept" : "copy-repeat";
      for (let i = first; i <= last; i++) {
        if (banded[i]) continue;
        banded[i] = 1;
        add(edit(i), band);
      }
      const head = edit(first);
      add(head, "copy-start");
      head.copyLabel = region.label ?? `copy ${region.copy ?? "?"}`;
    }
  }
  return looks;
}
