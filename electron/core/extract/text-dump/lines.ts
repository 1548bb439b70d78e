// A text dump as lines: offsets of each line's trimmed content in the decoded
// text (for spans) and its normalised form (for every comparison).
import { norm } from "../normalize.js";

export interface Line {
  i: number;
  /** [start, end) of the trimmed content in the decoded text. */
  start: number;
  end: number;
  raw: string;
  text: string;
  /** Lower-cased normalised text, the key for duplicate detection. */
  key: string;
}

const EDGE_SPACE = /^[\s\u00A0\u3000\uFEFF\u200B]+|[\s\u00A0\u3000\uFEFF\u200B]+$/g;

export function splitLines(text: string): Line[] {
  const out: Line[] = [];
  let pos = 0;
  let i = 0;
  while (pos <= text.length) {
    let nl = text.indexOf("\n", pos);
    if (nl < 0) nl = text.length;
    const rawFull = text.slice(pos, nl);
    const lead = rawFull.length - rawFull.replace(/^[\s\u00A0\u3000\uFEFF\u200B]+/, "").length;
    const raw = rawFull.replace(EDGE_SPACE, "");
    const t = raw ? norm(raw) : "";
    out.push({ i: i++, start: pos + lead, end: pos + lead + raw.length, raw, text: t, key: t.toLowerCase() });
    if (nl >= text.length) break;
    pos = nl + 1;
  }
  return out;
}
