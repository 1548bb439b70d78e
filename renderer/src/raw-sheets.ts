// The raw pane's text is drawn on one of two sheets stacked in its scroll box: the sheet shown,
// and a spare one holding the item likely shown next (the next waiting, fetched ahead). The spare
// is hidden (transparent, above the scrollable area, aria-hidden; nothing in it takes focus) but
// styled and laid out while the editor still reads the current item, then skipped with its layout
// kept; showing that item swaps the sheets' roles, which changes no geometry, so the frame that
// shows it only paints. Any other item is put on the shown sheet, as before.
import { afterNextPaint } from "./after-paint.js";
import type { RawLines } from "./raw-lines.js";
import { RAW_TEXT_ID } from "./raw-selection.js";

interface Sheet {
  el: HTMLDivElement;
  lines: RawLines | null;
}

export class RawSheets {
  private shown: Sheet;
  private spare: Sheet;

  constructor(parent: HTMLElement) {
    this.shown = { el: document.createElement("div"), lines: null };
    this.spare = { el: document.createElement("div"), lines: null };
    this.mark();
    parent.append(this.shown.el, this.spare.el);
  }

  /** The sheet shown (`.raw-text`, whose lines raw-selection.ts reads). */
  get text(): HTMLElement {
    return this.shown.el;
  }

  /** Shows these lines: a swap when they are on the spare sheet, else they replace the shown ones. */
  show(lines: RawLines | null): void {
    if (lines !== null && this.spare.lines === lines) {
      [this.shown, this.spare] = [this.spare, this.shown];
      this.mark();
    } else if (this.shown.lines !== lines) {
      this.shown.el.replaceChildren(...(lines?.elements ?? []));
      this.shown.lines = lines;
    }
  }

  /** Lays these lines out on the spare sheet, ready to be shown. */
  prepare(lines: RawLines): void {
    if (lines === this.shown.lines || lines === this.spare.lines) return;
    const spare = this.spare;
    spare.el.classList.remove("kept");
    spare.el.replaceChildren(...lines.elements);
    spare.lines = lines;
    // Laid out in the next frame; skipped from then on, its layout kept for the swap.
    afterNextPaint(() => {
      if (this.spare === spare && spare.lines === lines) spare.el.classList.add("kept");
    });
  }

  remove(): void {
    this.shown.el.remove();
    this.spare.el.remove();
  }

  private mark(): void {
    const { shown, spare } = this;
    shown.el.className = "raw-sheet raw-text";
    shown.el.id = RAW_TEXT_ID;
    shown.el.removeAttribute("aria-hidden");
    spare.el.className = "raw-sheet spare";
    spare.el.removeAttribute("id");
    spare.el.setAttribute("aria-hidden", "true");
  }
}
