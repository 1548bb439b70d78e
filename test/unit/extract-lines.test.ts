import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { splitLines } from "../../electron/core/extract/text-dump/lines.js";
import { classifyLines } from "../../electron/core/extract/text-dump/classify.js";
import { norm, textStats } from "../../electron/core/extract/normalize.js";

// splitLines() takes shortcuts (a whole-text scan for the lines that need norm(), whole-text
// lower-casing, counts from a typed array, repeated lines sharing their first copy's values);
// each line must still hold exactly what the plain per-line functions give.
const piece = fc.oneof(
  fc.constantFrom(" ", "  ", "\t", "\n", "\n\n", "\u00a0", "\u3000", "\u200b", "\ufeff", "\u2028", "e\u0301", "\u1100\u1161", "한국", "İ", "ß", "ﬁ",
    "By JOHN SMITH", "BEIJING, Oct. 21 (Xinhua) --", "新华社北京8月12日电", "“Quoted,” she said.", "Related Stories", "2015-10-21 19:16:03"),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: "binary", maxLength: 6 }),
);
const page = fc.array(piece, { maxLength: 40 }).map((ps) => ps.join(""));

test("property: every line of splitLines() holds norm(raw), its lower case and its counts", () => {
  fc.assert(
    fc.property(page, fc.boolean(), (text, twice) => {
      const t = twice ? `${text}\n${text}` : text; // a page printed twice: repeated lines share their first copy
      // Twice: the second split takes the short lines' facts as the first one's classifyLines kept them (line-cache.ts).
      for (let pass = 0; pass < 2; pass++) {
        const lines = splitLines(t);
        for (const l of lines) {
          assert.equal(l.raw, t.slice(l.start, l.end));
          assert.equal(l.text, norm(l.raw));
          assert.equal(l.key, l.text.toLowerCase());
          assert.deepEqual({ ...l.stats }, { ...textStats(l.text) });
        }
        classifyLines(lines);
      }
    }),
    { numRuns: 1000 },
  );
});

// Latin-1 lines are copied into one-byte strings, and the copy loop tells norm()'s quick check for them
// (a control character, U+0085, NBSP, two spaces): pages of Latin-1 characters, with or without one
// character above U+00FF elsewhere (which makes the page a two-byte string).
const latin1 = fc.string({ unit: fc.integer({ min: 0, max: 255 }).map((c) => String.fromCharCode(c)), maxLength: 30 });
const latin1Piece = fc.oneof(latin1, fc.constantFrom(" ", "  ", "\n", "\u0085", "\u00a0", "\t", "a  b", "Ünïcödé", "\r\n"));

test("property: Latin-1 lines hold norm(raw), its lower case and its counts", () => {
  fc.assert(
    fc.property(fc.array(latin1Piece, { maxLength: 30 }), fc.constantFrom("", "’", "—"), (ps, wide) => {
      const t = ps.join("") + wide;
      for (const l of splitLines(t)) {
        assert.equal(l.raw, t.slice(l.start, l.end));
        assert.equal(l.text, norm(l.raw));
        assert.equal(l.key, l.text.toLowerCase());
        assert.deepEqual({ ...l.stats }, { ...textStats(l.text) });
      }
    }),
    { numRuns: 2000 },
  );
});
