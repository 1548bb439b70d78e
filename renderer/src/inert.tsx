// Scraped text shown as text, with bidi control characters (which could reorder what an editor
// sees, as in "Trojan Source") replaced by visible markers. A marker holds no text of its own: its
// name is drawn by CSS, so copying or selecting skips it; `data-cp` keeps the code point.
import type { ReactNode } from "react";
import { BIDI_CONTROLS, hasBidi } from "./fields.js";

const NAMES: Record<number, [string, string]> = {
  0x061c: ["ALM", "ARABIC LETTER MARK"],
  0x200e: ["LRM", "LEFT-TO-RIGHT MARK"],
  0x200f: ["RLM", "RIGHT-TO-LEFT MARK"],
  0x202a: ["LRE", "LEFT-TO-RIGHT EMBEDDING"],
  0x202b: ["RLE", "RIGHT-TO-LEFT EMBEDDING"],
  0x202c: ["PDF", "POP DIRECTIONAL FORMATTING"],
  0x202d: ["LRO", "LEFT-TO-RIGHT OVERRIDE"],
  0x202e: ["RLO", "RIGHT-TO-LEFT OVERRIDE"],
  0x2066: ["LRI", "LEFT-TO-RIGHT ISOLATE"],
  0x2067: ["RLI", "RIGHT-TO-LEFT ISOLATE"],
  0x2068: ["FSI", "FIRST STRONG ISOLATE"],
  0x2069: ["PDI", "POP DIRECTIONAL ISOLATE"],
};

/** A marker's attributes: the code point, its short name (drawn by CSS) and a title. */
function markerOf(ch: string): { hex: string; short: string; title: string } {
  const cp = ch.codePointAt(0)!;
  const [short, name] = NAMES[cp] ?? ["CTL", "CONTROL"];
  const hex = cp.toString(16).toUpperCase().padStart(4, "0");
  return { hex, short, title: `U+${hex} ${name} (invisible control character, not applied)` };
}

export function bidiMarker(ch: string, key: string | number): ReactNode {
  const { hex, short, title } = markerOf(ch);
  return <span key={key} className="ctl" data-cp={hex} data-short={short} title={title} />;
}

/** inert() for DOM built without React: the text appended to `parent`, bidi controls as markers. */
export function appendInert(parent: Node, text: string): void {
  const doc = parent.ownerDocument ?? document;
  if (!hasBidi(text)) {
    parent.appendChild(doc.createTextNode(text));
    return;
  }
  let last = 0;
  for (const m of text.matchAll(BIDI_CONTROLS)) {
    if (m.index > last) parent.appendChild(doc.createTextNode(text.slice(last, m.index)));
    const { hex, short, title } = markerOf(m[0]);
    const marker = doc.createElement("span");
    marker.className = "ctl";
    marker.dataset.cp = hex;
    marker.dataset.short = short;
    marker.title = title;
    parent.appendChild(marker);
    last = m.index + m[0].length;
  }
  if (last < text.length) parent.appendChild(doc.createTextNode(text.slice(last)));
}

/** Text with every bidi control replaced by a marker; plain strings come back unchanged. */
export function inert(text: string, keyPrefix: string | number = ""): ReactNode {
  if (!hasBidi(text)) return text;
  const out: ReactNode[] = [];
  let last = 0;
  for (const m of text.matchAll(BIDI_CONTROLS)) {
    const at = m.index;
    if (at > last) out.push(text.slice(last, at));
    out.push(bidiMarker(m[0], `${keyPrefix}:${at}`));
    last = at + m[0].length;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}
