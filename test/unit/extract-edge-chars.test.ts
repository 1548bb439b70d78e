import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { byLastChar, firstCharDispatch, firstChars, lastChars, topAlternatives } from "../../electron/core/extract/text-dump/edge-chars.js";
import { RELATED_HEADER, RELATED_PHRASE_GATE } from "../../electron/core/extract/related.js";

// firstCharDispatch() tries a line only against the alternatives its first character can open:
// the first characters read from each alternative must include every one a match can start with,
// and the test must answer as the regex does.
const set = (s: Set<string> | null): string | null => (s === null ? null : [...s].sort().join(""));

test("firstChars: what an alternative can open with, through optional atoms; null when not known or possibly empty", () => {
  assert.equal(set(firstChars("abc")), "a");
  assert.equal(set(firstChars("[[(]?\\s*(?:web |chief )?editor")), set(new Set("[(wce\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff")));
  assert.equal(set(firstChars("-?end")), "-e");
  assert.equal(set(firstChars("\\(end\\)")), "(");
  assert.equal(set(firstChars("[-_*=]{3}")), "*-=_");
  assert.equal(set(firstChars("x{0,4}y")), "xy");
  assert.equal(set(firstChars("\\d+\\s+min")), "0123456789");
  assert.equal(set(firstChars("i\\u0307?lg")), "i");
  assert.equal(set(firstChars("[a-d]x")), "abcd");
  assert.equal(set(firstChars("(?:a|b?)c")), null, "a group that can match nothing is not read");
  assert.equal(set(firstChars("a?")), null, "can match nothing");
  assert.equal(set(firstChars("\\bword")), null);
  assert.equal(set(firstChars("(?=a)abc")), null);
  assert.equal(set(firstChars(".{2,30}")), null);
  assert.equal(set(firstChars("[^a]b")), null);
  assert.equal(set(firstChars("\\p{L}")), null);
  assert.deepEqual(topAlternatives("a(?:b|c)|[|]d|e\\|f"), ["a(?:b|c)", "[|]d", "e\\|f"]);
});

test("firstCharDispatch: other shapes are returned as they are", () => {
  for (const re of [/^(a)\1/, /^(?:a|b)/u, /^(?:a|b)/g, /a|b/, /^(?<x>a|b)/, /^(?:a|b)\s|c$/i]) assert.equal(firstCharDispatch(re), re);
});

// Tricky atoms at the start of alternatives, with and without /i: case pairs a plain lower-casing would miss
// (σ/ς/Σ, K and the Kelvin sign, ſ, İ), classes, optional prefixes, whitespace, a lookahead, an empty-capable group.
const alternatives = [
  "σας", "[İi]lg", "k(?:ey|ing)", "s(?:ee|aw)", "(?:web |chief )?editor", "[[(]?\\s*by\\s", "-?end", "\\d+ min", "x{0,2}yz",
  "(?=q)qu", "(?:a|b?)c", "\\bword", "µm", "ß", "é(?:t|v)", ".{1,3}zz",
];
const chars = fc.constantFrom(..."σςΣkKKsSſİiıIlgyeintwbcdhfo[( -0123456789mxyzquaWrµΜμßéÉtvZ ".split(""));
const line = fc.array(chars, { maxLength: 12 }).map((cs) => cs.join(""));

test("property: firstCharDispatch answers as the regex, with and without /i", () => {
  for (const flags of ["", "i"]) {
    for (const suffix of ["", "\\s*[:：]?$"]) {
      const re = new RegExp(`^(?:${alternatives.join("|")})${suffix}`, flags);
      const fast = firstCharDispatch(re);
      assert.notEqual(fast, re);
      for (const s of ["σας", "ΣΑΣ", "ςας", "İlg", "ilg", "Ilg", "KING", "\u212aey", "ſee", "SAW", "editor:", "( by x", "end", "-END", "12 min", "yz", "xxyz", "quit", "c", "bc", "word", "µm", "ΜM", "ß", "SS", "Év", "abzz", ""]) {
        assert.equal(fast.test(s), re.test(s), `${flags} ${suffix} ${JSON.stringify(s)}`);
      }
      fc.assert(fc.property(line, (s) => fast.test(s) === re.test(s)), { numRuns: 3000 });
    }
  }
});

const phraseWords = fc.constantFrom(
  "related", "stories", "more", "from", "most", "read", "top", "news", "latest", "in", "also", "see", "lees", "ook", "i̇lgi̇li̇", "ilgili", "haberler",
  "διαβάστε", "ΔΙΑΒΑΣΤΕ", "επίσης", "επισης", "citește", "citeste", "și", "si", "相关", "新闻", "관련", "기사", "لا", "المزيد", "من", "x", ":",
);
const phraseLine = fc.tuple(fc.array(phraseWords, { minLength: 1, maxLength: 5 }), fc.boolean())
  .map(([ws, upper]) => (upper ? ws.join(" ").toUpperCase() : ws.join(" ")));

test("property: the related-list patterns answer the same through firstCharDispatch", () => {
  for (const re of [RELATED_HEADER, RELATED_PHRASE_GATE]) {
    const fast = firstCharDispatch(re);
    for (const s of ["Related Coverage", "MOST READ", "More From Reuters", "Ultime notizie sul tram: i lavori slittano", "citește și:", "διαβαστε επισης", "İlgili Haberler"]) {
      assert.equal(fast.test(s), re.test(s), s);
      assert.equal(fast.test(s.toLowerCase()), re.test(s.toLowerCase()), s);
    }
    fc.assert(fc.property(phraseLine, (s) => fast.test(s) === re.test(s) && fast.test(s.toLowerCase()) === re.test(s.toLowerCase())), { numRuns: 3000 });
  }
});

test("lastChars: what an alternative closed by \"$\" ends with, back through optional atoms", () => {
  assert.equal(set(lastChars("\\((?:Photo|Image)\\b[^)]*\\)\\s*$")), set(new Set(")\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff")));
  assert.equal(set(lastChars("[（(][^）)]{0,20}摄[）)]$")), ")）");
  assert.equal(set(lastChars("ab(?:c|de)?\\.?$")), ".bce");
  assert.equal(set(lastChars("x\\p{Lu}$")), null);
  assert.equal(set(lastChars("x[^a]$")), null);
  assert.equal(set(lastChars("abc")), null, "not closed by $");
  assert.equal(set(lastChars("abc\\$")), null, "an escaped dollar is a character");
  assert.equal(set(lastChars("(?:a|b?)$")), null);
  assert.equal(set(lastChars("a(?<=a)$")), null);
  assert.equal(set(lastChars("\\p{L}{2,}x{0,3}$")), null);
  assert.equal(set(lastChars("\\p{L}{2,}x{1,3}$")), "x");
});

test("byLastChar: regexes it cannot read are tried on every line, in list order", () => {
  const list = [/ab$|c/, /ab$/m, /x$/, /ab$/g, /ab$/iu, /a.$/];
  const unread = list.filter((re) => re !== list[2]);
  assert.deepEqual(byLastChar(list)("zzz"), unread);
  assert.deepEqual(byLastChar(list)("x"), list);
  assert.deepEqual(byLastChar(list)("X"), list, "keyed as /i compares: a superset");
});

// Endings a plain last-character test could get wrong: optional atoms before "$", groups, case pairs under /i, astral characters under /u.
const endings = [
  { src: "\\((?:Photo|Image)\\b[^)]*\\)\\s*$|\\[x\\]$", flags: "i" },
  { src: "[.!?]\\s+\\((?:σ|k|file(?: photo)?)\\)\\.?$", flags: "i" },
  { src: "(?:ab|c?d)(?:e|ſ)?$", flags: "i" },
  { src: "\\p{Lu}\\p{Ll}*(?:x|😀)$", flags: "u" },
  { src: "(?:摄|攝)[）)]\\s*$", flags: "" },
];
const endChars = fc.constantFrom(..."()[]xX.!? σςΣkK\u212aſsSeEabcdfilmoptFILEPHOTO摄攝）".split(""), "😀", "Ab");
const endLine = fc.array(endChars, { maxLength: 10 }).map((cs) => cs.join(""));

test("property: byLastChar lists every regex that matches", () => {
  for (const { src, flags } of endings) {
    const re = new RegExp(src, flags);
    const candidates = byLastChar([re]);
    assert.deepEqual(candidates("zzz"), [], src);
    const fast = { test: (s: string): boolean => candidates(s).some((r) => r.test(s)) };
    for (const s of ["(photo x)", "(PHOTO X) ", "[x]", "[X]", "a. (Σ)", "a. (ς).", "a. (\u212a)", "abſ", "abS", "d", "Ab😀", "Abx", "摄）", "摄) ", ""]) {
      assert.equal(fast.test(s), re.test(s), `${src} ${JSON.stringify(s)}`);
    }
    fc.assert(fc.property(endLine, (s) => fast.test(s) === re.test(s)), { numRuns: 3000 });
  }
});
