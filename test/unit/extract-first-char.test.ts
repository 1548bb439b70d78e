import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { byFirstChar, firstChars, topAlternatives } from "../../electron/core/extract/text-dump/first-char.js";

// byFirstChar() leaves an alternative out of a character's regex when firstChars() says it cannot
// start with that character: firstChars must never leave a possible first character out.
const chars = (src: string): string | null => { const f = firstChars(src); return f ? [...f.chars].sort().join("") + (f.empty ? "+empty" : "") : null; };

test("firstChars: literals, escapes, classes, groups, optional heads", () => {
  assert.equal(chars("abc"), "a");
  assert.equal(chars("\\(end\\)"), "(");
  assert.equal(chars("-?end"), "-e");
  assert.equal(chars("[-_*=]{3}"), "*-=_");
  assert.equal(chars("\\[?close"), "[c");
  assert.equal(chars("(?:reported|story) by"), "rs");
  assert.equal(chars("(?:web |chief )?editor"), "cew");
  assert.equal(chars("\\d+ min"), "0123456789");
  assert.equal(chars("x{0,2}y"), "xy");
  assert.equal(chars("x*?"), "x+empty");
  assert.equal(chars("(?:a|)?"), "a+empty");
  assert.equal(chars("[a-z]x"), null, "a range");
  assert.equal(chars("[^a]x"), null);
  assert.equal(chars(".x"), null);
  assert.equal(chars("\\bx"), null);
  assert.equal(chars("\\p{Lu}x"), null);
  assert.equal(chars("(?=a)a"), null);
  assert.equal(chars("😀?x"), null, "a surrogate pair");
  assert.deepEqual(topAlternatives("a|(b|c)|[|]d|\\|e"), ["a", "(b|c)", "[|]d", "\\|e"]);
});

test("firstChars: \\s stands for exactly the characters /\\s/ matches", () => {
  const ws = firstChars("\\s")!.chars;
  for (let c = 0; c < 0x10000; c++) assert.equal(ws.has(String.fromCharCode(c)), /\s/.test(String.fromCharCode(c)), c.toString(16));
});

const alternation = /^(?:[[(（【]?\s*(?:web |chief )?editor|copyright|\(c\)|-?end|[-_*=]{3}|\[?close|by\s|(?:reported|story) by|\d+\s+min|i\u0307?lgi|x*|[a-c]z|\p{Lu}q|(?:comments?|댓글)\s*\(\d+\)$)/u;
const piece = fc.oneof(
  fc.constantFrom("editor", " editor", "[ editor", "【web editor", "copyright", "(c)", "-end", "end", "---", "[close", "close", "by ", "reported by",
    "story by", "12 min", "i\u0307lgi", "ilgi", "x", "bz", "Qq", "comments (3)", "댓글(2)", "(", "[", " ", "\u3000", "-", "9"),
  fc.string({ maxLength: 3 }),
);
test("property: byFirstChar answers as the alternation", () => {
  const fast = byFirstChar(alternation);
  assert.notEqual(fast, alternation, "split by first character");
  fc.assert(fc.property(fc.array(piece, { maxLength: 4 }), (ps) => { const s = ps.join(""); return fast.test(s) === alternation.test(s); }), { numRuns: 5000 });
  for (const s of ["", "x", "editor", "\u3000editor", "Zq", "zq"]) assert.equal(fast.test(s), alternation.test(s), JSON.stringify(s));
});

test("byFirstChar keeps a regex with flags it cannot split as it is", () => {
  const re = /^(?:a|b)/i;
  assert.equal(byFirstChar(re), re);
  const unanchored = /a|b/;
  assert.equal(byFirstChar(unanchored), unanchored);
});
