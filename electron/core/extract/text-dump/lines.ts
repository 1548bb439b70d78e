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

function isEdgeSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x3000 || c === 0xfeff || c === 0x200b || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x1680 || c === 0x85;
}

export function splitLines(text: string): Line[] {
  const out: Line[] = [];
  let pos = 0;
  let i = 0;
  while (pos <= text.length) {
    let nl = text.indexOf("\n", pos);
    if (nl < 0) nl = text.length;
    let a = pos;
    let b = nl;
    while (a < b && isEdgeSpace(text.charCodeAt(a))) a++;
    while (b > a && isEdgeSpace(text.charCodeAt(b - 1))) b--;
    const raw = text.slice(a, b);
    const t = raw ? norm(raw) : "";
    out.push({ i: i++, start: a, end: b, raw, text: t, key: t.toLowerCase() });
    if (nl >= text.length) break;
    pos = nl + 1;
  }
  return out;
}
