// A line-start alternation ("^(?:a|b|…)") that stays cheap when some of its alternatives
// float: an alternative opening with ".{0,N}" looks for its words anywhere in the first N
// characters, and V8 runs it as a backtracking scan of the line on every test (~0.5 µs a line
// each; three of them made RE_PROMO_MORE cost ~2 µs a story paragraph). Such an alternative is
// tried only when the line holds a word it cannot match without (its longest literal run),
// which one search for all those words says at once. The test stays equivalent to the whole
// alternation as one regex: an alternative with no such word is kept in the anchored part, which
// is tried by the line's first character (see edge-chars.ts).
import { escapeRegExp } from "../normalize.js";
import { firstCharDispatch } from "./edge-chars.js";

export interface LineTest {
  test(s: string): boolean;
}

/**
 * The longest run of plain lower-case letters and spaces at the top level of a regex source (outside groups and
 * classes), which every match must contain; "" when there is none of three letters or more, or the source has a
 * top-level "|" (then nothing is required).
 */
export function requiredLiteral(src: string): string {
  let best = "";
  let run = "";
  let depth = 0;
  const end = (): void => { if (run.trim().length > best.trim().length) best = run; run = ""; };
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (c === "\\") { end(); i++; continue; }
    if (c === "[") { end(); while (i < src.length && src[i] !== "]") i += src[i] === "\\" ? 2 : 1; continue; }
    if (c === "(") { end(); depth++; continue; }
    if (c === ")") { depth--; continue; }
    if (depth > 0) continue;
    if (c === "|") return "";
    // A quantifier makes the character before it optional or repeated: it leaves the run.
    if (c === "?" || c === "*" || c === "+" || c === "{") { run = run.slice(0, -1); end(); if (c === "{") while (i < src.length && src[i] !== "}") i++; continue; }
    if ((c >= "a" && c <= "z") || c === " ") run += c;
    else end();
  }
  end();
  return best.trim().length >= 3 ? best : "";
}

/** `new RegExp("^(?:" + alternatives.join("|") + ")", flags).test`, with floating alternatives gated on their words. */
export function lineAlternation(alternatives: readonly string[], flags = ""): LineTest {
  const anchored: string[] = [];
  const floating: string[] = [];
  const needles: string[] = [];
  for (const a of alternatives) {
    const needle = a.startsWith(".") ? requiredLiteral(a) : "";
    if (needle) { floating.push(a); needles.push(escapeRegExp(needle)); } else anchored.push(a);
  }
  const start = firstCharDispatch(new RegExp("^(?:" + anchored.join("|") + ")", flags));
  if (!floating.length) return start;
  const needle = new RegExp(needles.join("|"), flags);
  const float = new RegExp("^(?:" + floating.join("|") + ")", flags);
  return { test: (s: string): boolean => start.test(s) || (needle.test(s) && float.test(s)) };
}
