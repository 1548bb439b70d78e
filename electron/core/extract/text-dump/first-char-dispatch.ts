// A line-start alternation ("^(?:a|b|…)suffix") tested through its line's first character.
// V8 tries the alternatives of such a regex one after another, a quick check each: a list of
// a hundred phrases costs ~0.5–0.9 µs a line that opens with none of them (most lines), and
// compiles to a large block of code. Split into one regex per first character, a line is tried
// only against the alternatives that can open with its first character, and against those whose
// first character is not known (see firstChars): `test` answers as the whole regex does.
import type { LineTest } from "./line-alternation.js";

/** The whitespace \s matches (ECMAScript WhiteSpace and LineTerminator). */
const SPACE = "\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff";
/** Escapes of one character (or a set of them) inside or outside a class; others (\w, \b, \p, \1 …) are not read. */
const ESCAPES: Record<string, string> = { s: SPACE, d: "0123456789", t: "\t", n: "\n", r: "\r", f: "\f", v: "\v" };

/** Characters an atom can open with, and whether it can match nothing; null when not known. */
interface First { chars: Set<string>; nullable: boolean }

/** The end of the group or class opening at `i` (the index of its closing bracket). */
function closing(src: string, i: number): number {
  let depth = 0;
  for (let k = i; k < src.length; k++) {
    const c = src[k];
    if (c === "\\") k++;
    else if (c === "[") { k++; while (k < src.length && src[k] !== "]") k += src[k] === "\\" ? 2 : 1; if (depth === 0) return k; }
    else if (c === "(") depth++;
    else if (c === ")" && --depth === 0) return k;
  }
  return -1;
}

/** The top-level alternatives of a source (split at "|" outside groups and classes). */
export function topAlternatives(src: string): string[] {
  const out: string[] = [];
  let from = 0;
  for (let k = 0; k < src.length; k++) {
    const c = src[k];
    if (c === "\\") k++;
    else if (c === "[" || c === "(") k = closing(src, k);
    else if (c === "|") { out.push(src.slice(from, k)); from = k + 1; }
    if (k < 0) return [src];
  }
  out.push(src.slice(from));
  return out;
}

/** One escaped character at src[i] === "\\": its characters, or null. */
function escaped(src: string, i: number): { chars: string; len: number } | null {
  const e = src[i + 1];
  if (e === undefined) return null;
  if (ESCAPES[e] !== undefined) return { chars: ESCAPES[e]!, len: 2 };
  if (e === "u" && /^[0-9a-fA-F]{4}$/.test(src.slice(i + 2, i + 6))) return { chars: String.fromCharCode(parseInt(src.slice(i + 2, i + 6), 16)), len: 6 };
  if (e === "x" && /^[0-9a-fA-F]{2}$/.test(src.slice(i + 2, i + 4))) return { chars: String.fromCharCode(parseInt(src.slice(i + 2, i + 4), 16)), len: 4 };
  // Punctuation escaped to stand for itself.
  return /[^\w]/.test(e) ? { chars: e, len: 2 } : null;
}

/** The characters of a class "[…]" (no negation; ranges of up to 256 characters), or null. */
function classChars(body: string): string | null {
  if (body.startsWith("^")) return null;
  let out = "";
  for (let k = 0; k < body.length; k++) {
    let c: string;
    if (body[k] === "\\") {
      const e = escaped(body, k);
      if (!e) return null;
      k += e.len - 1;
      if (e.chars.length > 1) { out += e.chars; continue; }
      c = e.chars;
    } else c = body[k]!;
    if (body[k + 1] === "-" && k + 2 < body.length) {
      if (body[k + 2] === "\\") return null;
      const a = c.charCodeAt(0);
      const b = body.charCodeAt(k + 2);
      if (b < a || b - a > 256) return null;
      for (let x = a; x <= b; x++) out += String.fromCharCode(x);
      k += 2;
    } else out += c;
  }
  return out;
}

/** What a sequence (one alternative) can open with: null when not known, or when it can match nothing at all. */
export function firstChars(seq: string): Set<string> | null {
  const chars = new Set<string>();
  let i = 0;
  while (i < seq.length) {
    const atom = firstOfAtom(seq, i);
    if (!atom) return null;
    for (const c of atom.first.chars) chars.add(c);
    i = atom.end;
    // A quantifier that allows zero repeats: the sequence can open with what follows too.
    let optional = atom.first.nullable;
    const q = seq[i];
    if (q === "?" || q === "*") { optional = true; i++; }
    else if (q === "+") i++;
    else if (q === "{") {
      const close = seq.indexOf("}", i);
      if (close < 0) return null;
      if (/^\{0\s*,?/.test(seq.slice(i, close + 1))) optional = true;
      i = close + 1;
    }
    if (seq[i] === "?" && q !== undefined && "?*+{".includes(q)) i++;
    if (!optional) return chars;
  }
  return null;
}

function firstOfAtom(seq: string, i: number): { first: First; end: number } | null {
  const c = seq[i]!;
  if (c === "\\") {
    const e = escaped(seq, i);
    return e ? { first: { chars: new Set(e.chars), nullable: false }, end: i + e.len } : null;
  }
  if (c === "[") {
    const end = closing(seq, i);
    const cs = end < 0 ? null : classChars(seq.slice(i + 1, end));
    return cs === null ? null : { first: { chars: new Set(cs), nullable: false }, end: end + 1 };
  }
  if (c === "(") {
    const end = closing(seq, i);
    if (end < 0) return null;
    let inner = seq.slice(i + 1, end);
    if (inner.startsWith("?:")) inner = inner.slice(2);
    else if (inner.startsWith("?")) return null; // lookaround, named group
    const chars = new Set<string>();
    let nullable = false;
    for (const alt of topAlternatives(inner)) {
      const f = firstChars(alt);
      if (f === null) {
        // Not known, or able to match nothing: the group is nullable only in the second case, which
        // cannot be told apart here, so the whole group is not read.
        return null;
      }
      for (const x of f) chars.add(x);
    }
    return { first: { chars, nullable }, end: end + 1 };
  }
  if (".^$|)?*+{".includes(c)) return null;
  return { first: { chars: new Set(c), nullable: false }, end: i + 1 };
}

/** The code unit a character is compared as under the /i flag without /u (ECMAScript Canonicalize). */
function canon(c: number): number {
  if (c < 128) return c >= 97 && c <= 122 ? c - 32 : c;
  const u = String.fromCharCode(c).toUpperCase();
  return u.length !== 1 || u.charCodeAt(0) < 128 ? c : u.charCodeAt(0);
}
const same = (c: number): number => c;

/**
 * `re` (of the shape "^(?:a|b|…)suffix", flags "" or "i") as a test by first character. Any other
 * shape (a backreference, /u, /g …) is returned as it is: correct, just not faster.
 */
export function firstCharDispatch(re: RegExp): LineTest {
  const src = re.source;
  if (!/^i?$/.test(re.flags) || !src.startsWith("^(?:") || /\\[1-9k]|\(\?</.test(src)) return re;
  const end = closing(src, 1);
  // (A "|" after the group would make the suffix an alternative of the whole regex.)
  if (end < 0 || topAlternatives(src.slice(end + 1)).length > 1) return re;
  const suffix = src.slice(end + 1);
  const ignoreCase = re.flags === "i";
  const key = ignoreCase ? canon : same;
  const byFirst = new Map<number, string[]>();
  const always: string[] = [];
  for (const alt of topAlternatives(src.slice(4, end))) {
    const first = firstChars(alt);
    if (first === null) { always.push(alt); continue; }
    for (const k of new Set([...first].map((c) => key(c.charCodeAt(0))))) byFirst.set(k, [...(byFirst.get(k) ?? []), alt]);
  }
  const build = (alts: string[]): RegExp => new RegExp(`^(?:${alts.join("|")})${suffix}`, re.flags);
  const tests = new Map<number, RegExp>();
  for (const [k, alts] of byFirst) tests.set(k, build([...always, ...alts]));
  const rest = always.length ? build(always) : null;
  return {
    test(s: string): boolean {
      const t = s.length ? tests.get(key(s.charCodeAt(0))) : undefined;
      return t ? t.test(s) : rest !== null && rest.test(s);
    },
  };
}
