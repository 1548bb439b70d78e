// Tests that read a line's first or last character before running a regex that cannot match
// without it, for the regexes the classifier runs on most lines. What a regex can open or close
// with is read from its source (firstChars, lastChars); what cannot be read is not assumed, so
// each test answers as its regex does.
//
// firstCharDispatch: a line-start alternation ("^(?:a|b|…)suffix"). V8 tries the alternatives of
// such a regex one after another, a quick check each: a list of a hundred phrases costs ~0.5–0.9 µs
// a line that opens with none of them (most lines), and compiles to a large block of code. Split
// into one regex per first character, a line is tried only against the alternatives that can open
// with its first character, and against those whose first character is not known. (It pays for
// long alternations only: on a short one V8's own quick check is cheaper than the lookup.)
//
// byLastChar: of a list of end-anchored rules (the caption rules), those a line's last character
// allows, so that a story line ending in "." skips the rules that need ")".
import type { LineTest } from "./line-alternation.js";

/** The whitespace \s matches (ECMAScript WhiteSpace and LineTerminator). */
const SPACE = "\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff";
/** Escapes of one character (or a set of them) inside or outside a class; others (\w, \b, \p, \1 …) are not read. */
const ESCAPES: Record<string, string> = { s: SPACE, d: "0123456789", t: "\t", n: "\n", r: "\r", f: "\f", v: "\v" };

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

/**
 * One atom of a sequence with its quantifier: the characters it matches, or a group's alternatives;
 * `chars` null when not read (".", "\b", "\p{…}", an anchor, a lookaround, a negated class).
 */
interface Atom { chars: Set<string> | null; alts?: string[]; optional: boolean }

/** The extent and reading of the atom at seq[i] (without its quantifier). */
function atomAt(seq: string, i: number): { chars: Set<string> | null; alts?: string[]; next: number } | null {
  const c = seq[i]!;
  if (c === "\\") {
    const e = escaped(seq, i);
    if (e) return { chars: new Set(e.chars), next: i + e.len };
    const k = seq[i + 1];
    // \p{…}, \u{…}, \k<…>: to the closing bracket; \cX: three characters; others (\b, \w, \1 …): two.
    if ((k === "p" || k === "P" || k === "u") && seq[i + 2] === "{") { const close = seq.indexOf("}", i); return close < 0 ? null : { chars: null, next: close + 1 }; }
    if (k === "k" && seq[i + 2] === "<") { const close = seq.indexOf(">", i); return close < 0 ? null : { chars: null, next: close + 1 }; }
    return { chars: null, next: i + (k === "c" ? 3 : 2) };
  }
  if (c === "[") {
    const end = closing(seq, i);
    if (end < 0) return null;
    const cs = classChars(seq.slice(i + 1, end));
    return { chars: cs === null ? null : new Set(cs), next: end + 1 };
  }
  if (c === "(") {
    const end = closing(seq, i);
    if (end < 0) return null;
    const inner = seq.slice(i + 1, end);
    // A lookaround or a named group is not read.
    if (inner.startsWith("?") && !inner.startsWith("?:")) return { chars: null, next: end + 1 };
    return { chars: null, alts: topAlternatives(inner.startsWith("?:") ? inner.slice(2) : inner), next: end + 1 };
  }
  if (c === ")" || c === "|") return null;
  return { chars: ".^$".includes(c) ? null : new Set(c), next: i + 1 };
}

/** The atoms of a sequence (one alternative, no top-level "|"), or null when it cannot be read. */
function atoms(seq: string): Atom[] | null {
  const out: Atom[] = [];
  let i = 0;
  while (i < seq.length) {
    const a = atomAt(seq, i);
    if (!a) return null;
    i = a.next;
    // A quantifier that allows zero repeats makes the atom optional; a lazy "?" after a quantifier is skipped.
    let optional = false;
    let quantified = true;
    const q = seq[i];
    const braces = q === "{" ? /^\{(\d+)(?:,\d*)?\}/.exec(seq.slice(i)) : null;
    if (q === "?" || q === "*") { optional = true; i++; }
    else if (q === "+") i++;
    else if (braces) { optional = braces[1] === "0"; i += braces[0].length; }
    else quantified = false;
    if (quantified && seq[i] === "?") i++;
    out.push({ chars: a.chars, alts: a.alts, optional });
  }
  return out;
}

/**
 * What a sequence can open with (read from its first atom on) or close with (from its last atom back), through
 * optional atoms: null when not known, or when the sequence can match nothing at all.
 */
function edgeChars(seq: string, last: boolean): Set<string> | null {
  const list = atoms(seq);
  if (!list) return null;
  if (last) list.reverse();
  const chars = new Set<string>();
  for (const a of list) {
    let cs = a.chars;
    if (a.alts) {
      // A group: what any of its alternatives opens (closes) with. (One that can match nothing is not read.)
      cs = new Set();
      for (const alt of a.alts) {
        const e = edgeChars(alt, last);
        if (!e) return null;
        for (const x of e) cs.add(x);
      }
    }
    if (!cs) return null;
    for (const x of cs) chars.add(x);
    if (!a.optional) return chars;
  }
  return null;
}

/** What an alternative can open with: null when not known, or when it can match nothing. */
export function firstChars(seq: string): Set<string> | null {
  return edgeChars(seq, false);
}

/** What an alternative ending in "$" closes the subject with: null when not known, or when it does not end so. */
export function lastChars(seq: string): Set<string> | null {
  if (!seq.endsWith("$") || seq.endsWith("\\$")) return null;
  return edgeChars(seq.slice(0, -1), true);
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

/**
 * The regexes of a list a line could match, by its last character: those with every top-level alternative
 * closed by "$" (flags "", "i" or "u") only for lines ending with a character they can close with, the others
 * always; in list order. (A list, not a test per regex: one call site keeps RegExp#test monomorphic.)
 */
export function byLastChar(list: readonly RegExp[]): (s: string) => readonly RegExp[] {
  const ends = list.map((re) => {
    if (!/^[iu]?$/.test(re.flags)) return null;
    const chars = new Set<number>();
    for (const alt of topAlternatives(re.source)) {
      const last = lastChars(alt);
      if (last === null) return null;
      // Keyed as /i compares (a case-sensitive regex is then also tried on the other case: a superset).
      for (const c of last) chars.add(canon(c.charCodeAt(0)));
    }
    return chars;
  });
  const always = list.filter((_re, k) => ends[k] === null);
  const groups = new Map<number, RegExp[]>();
  for (const set of ends) for (const c of set ?? []) if (!groups.has(c)) groups.set(c, list.filter((_re, k) => ends[k] === null || ends[k]!.has(c)));
  // (Under /u a character outside the BMP ends the line with a low surrogate, which no set read here holds.)
  return (s: string): readonly RegExp[] => (s.length ? groups.get(canon(s.charCodeAt(s.length - 1))) : undefined) ?? always;
}
