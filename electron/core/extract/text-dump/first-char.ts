// A line-start alternation split by the line's first character. V8 tries the alternatives of
// "^(?:a|b|…)" one after another, so a gate of two hundred keywords (HEAD_GATE in classify.ts)
// costs ~0.3 µs on every line, although a line's first character rules out nearly all of them.
// Here each first character gets a regex of the alternatives that can start with it (plus those
// whose first character is not known, kept in every one), so that a line runs a few of them.
// Equivalent to the whole alternation: an alternative is left out of a character's regex only
// when its first character is known (see firstChars) and differs.
import type { LineTest } from "./line-alternation.js";

/** The top-level alternatives of a regex source ("a|(b|c)|d" → "a", "(b|c)", "d"). */
export function topAlternatives(src: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (c === "\\") i++;
    else if (c === "[") { while (i < src.length && src[i] !== "]") i += src[i] === "\\" ? 2 : 1; }
    else if (c === "(") depth++;
    else if (c === ")") depth--;
    else if (c === "|" && depth === 0) { out.push(src.slice(from, i)); from = i + 1; }
  }
  out.push(src.slice(from));
  return out;
}

interface First { chars: Set<string>; empty: boolean }
/** The end of the element starting at i (a character, an escape, a class or a group), its quantifier not included. */
function elementEnd(src: string, i: number): number {
  const c = src[i]!;
  if (c === "\\") return src[i + 1] === "p" || src[i + 1] === "P" || src[i + 1] === "u" && src[i + 2] === "{" ? src.indexOf("}", i) + 1 : src[i + 1] === "u" ? i + 6 : src[i + 1] === "x" ? i + 4 : i + 2;
  if (c === "[") { let j = i + 1; while (j < src.length && src[j] !== "]") j += src[j] === "\\" ? 2 : 1; return j + 1; }
  if (c === "(") {
    let depth = 0;
    for (let j = i; j < src.length; j++) {
      if (src[j] === "\\") j++;
      else if (src[j] === "[") { while (j < src.length && src[j] !== "]") j += src[j] === "\\" ? 2 : 1; }
      else if (src[j] === "(") depth++;
      else if (src[j] === ")" && --depth === 0) return j + 1;
    }
    return src.length;
  }
  return i + 1;
}

/** What "\\s" matches (ECMAScript's WhiteSpace and LineTerminator). */
const WHITE_SPACE = " \t\n\v\f\r\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff";
/** The characters an escape stands for ("\\(", "\\/", "\\d", "\\w", "\\s"), or null ("\\b", "\\p{…}", "\\u…", a back-reference). */
function escapedLiteral(e: string): string | null {
  if (e === "\\d") return "0123456789";
  if (e === "\\w") return "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_";
  if (e === "\\s") return WHITE_SPACE;
  return /^\\[^\w\s]$/.test(e) ? e[1]! : null;
}

/**
 * The characters a match of `src` can start with, and whether it can match the empty string; null when not known
 * (a class with ranges, ".", "\s", a lookaround, a back-reference…). Letters are as written (no /i).
 */
export function firstChars(src: string): First | null {
  if (!src) return { chars: new Set(), empty: true };
  const end = elementEnd(src, 0);
  const e = src.slice(0, end);
  let q = src[end];
  let qEnd = end;
  let optional = false;
  if (q === "?" || q === "*") { optional = true; qEnd = end + 1; }
  else if (q === "+") qEnd = end + 1;
  else if (q === "{") { qEnd = src.indexOf("}", end) + 1; optional = /^\{0\s*[,}]/.test(src.slice(end)); }
  if (src[qEnd] === "?") qEnd++; // lazy
  let head: First | null;
  const c = e[0]!;
  if (c === "\\") {
    const lit = escapedLiteral(e);
    head = lit === null ? null : { chars: new Set(lit), empty: false };
  } else if (c === "[") {
    const body = e.slice(1, -1);
    head = body.startsWith("^") || /[\\-]/.test(body.slice(1, -1)) || body.includes("\\") ? null : { chars: new Set(body), empty: false };
  } else if (c === "(") {
    if (e.startsWith("(?") && !e.startsWith("(?:")) head = null; // a lookaround or a named group
    else {
      const inner = e.slice(e.startsWith("(?:") ? 3 : 1, -1);
      head = { chars: new Set(), empty: false };
      for (const alt of topAlternatives(inner)) {
        const f = firstChars(alt);
        if (!f) { head = null; break; }
        for (const ch of f.chars) head.chars.add(ch);
        head.empty ||= f.empty;
      }
    }
  } else if (".^$|)".includes(c) || (c >= "\ud800" && c <= "\udfff")) head = null; // (a surrogate: with /u a quantifier after it takes the pair)
  else head = { chars: new Set(c), empty: false };
  if (!head) return null;
  // Surrogate halves: the table is by code unit, a class of astral characters is not.
  for (const ch of head.chars) if (ch.length !== 1) return null;
  if (!optional && !head.empty) return head;
  const rest = firstChars(src.slice(qEnd));
  if (!rest) return null;
  return { chars: new Set([...head.chars, ...rest.chars]), empty: rest.empty };
}

/**
 * `re` (a "^(?:a|b|…)" alternation without flags, as HEAD_GATE) as one smaller regex per first character.
 * Alternatives whose first character is not known, or that can match nothing, join every regex.
 */
export function byFirstChar(re: RegExp): LineTest {
  const m = /^\^\(\?:([\s\S]*)\)$/.exec(re.source);
  if (!m || re.flags.replace(/[su]/g, "")) return re;
  const anyStart: string[] = [];
  const byChar = new Map<number, string[]>();
  const alts = topAlternatives(m[1]!);
  const firsts = alts.map((a) => firstChars(a));
  for (let k = 0; k < alts.length; k++) {
    const f = firsts[k];
    if (!f || f.empty) anyStart.push(alts[k]!);
    else for (const ch of f.chars) { const code = ch.charCodeAt(0); if (!byChar.has(code)) byChar.set(code, []); }
  }
  // Each character's regex keeps the alternatives in their order (the test is a yes or no, but the order keeps it readable).
  const make = (keep: (k: number) => boolean): RegExp | null => {
    const parts = alts.filter((_, k) => keep(k));
    return parts.length ? new RegExp("^(?:" + parts.join("|") + ")", re.flags) : null;
  };
  const table = new Map<number, RegExp | null>();
  for (const code of byChar.keys()) table.set(code, make((k) => !firsts[k] || firsts[k]!.empty || firsts[k]!.chars.has(String.fromCharCode(code))));
  const other = make((k) => !firsts[k] || firsts[k]!.empty);
  return {
    test(s: string): boolean {
      const r = s.length ? table.get(s.charCodeAt(0)) ?? other : other;
      return r !== null && r.test(s);
    },
  };
}
