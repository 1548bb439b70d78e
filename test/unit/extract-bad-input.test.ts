import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { extractScrape, scrapeText } from "../../electron/core/extract/index.js";
import type { ScrapeResult } from "../../electron/core/extract/index.js";
import { utf8 as enc } from "../helpers.js";


function spansInside(r: ScrapeResult): boolean {
  for (const spans of Object.values(r.spans)) for (const s of spans ?? []) if (!(s.start >= 0 && s.start <= s.end && s.end <= r.text.length)) return false;
  return true;
}

test("empty file: error, no throw", () => {
  const r = extractScrape(new Uint8Array(0), "a.txt");
  assert.match(r.error ?? "", /empty/);
  assert.deepEqual(r.fields.body, []);
});

test("binary file: error", () => {
  const bytes = new Uint8Array(4096);
  for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 37) % 256;
  const r = extractScrape(bytes, "photo.txt");
  assert.match(r.error ?? "", /binary/);
});

test("invalid JSON: error saying so", () => {
  const r = extractScrape(enc('{"url": "https://x.test/1", "html": "<p>unterminated'), "rec.json");
  assert.equal(r.format, "json");
  assert.match(r.error ?? "", /invalid JSON/);
});

test("JSON without page content: error", () => {
  const r = extractScrape(enc('{"url": "https://x.test/1", "status": 404}'), "rec.json");
  assert.match(r.error ?? "", /no page content/);
});

test("50 MB file: refused with the size in the message", () => {
  const r = extractScrape(new Uint8Array(50 * 1024 * 1024).fill(0x61), "big.txt");
  assert.match(r.error ?? "", /50\.0 MB/);
});

test("unsupported extension", () => {
  const r = extractScrape(enc("hello"), "x.pdf");
  assert.equal(r.format, "unsupported");
  assert.ok(r.error);
});

test("page with no article: error, no throw", () => {
  const r = extractScrape(enc("Home\nNews\nSports\n\nCopyright 2024 Example"), "nav.txt");
  assert.ok(r.error || r.warnings.length);
  assert.deepEqual(r.fields.body, []);
});

test("property: random bytes never throw and spans stay inside the text", () => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 2000 }), fc.constantFrom("a.txt", "a.html", "a.json", "a.jsonl"), (bytes, name) => {
      const r = extractScrape(bytes, name);
      return spansInside(r);
    }),
    { numRuns: 300 },
  );
});

const pieces = fc.constantFrom(
  "BEIJING, Oct. 21 (Xinhua) -- ", "By JOHN SMITH and Ann Lee Associated Press", "2015-10-21 19:16:03", "Updated 6:02 p.m. MT Jan. 9, 2020",
  "Related Stories", "[Editor: X]", "\u00a0\u00a0", "\u3000", "新华社北京8月12日电（记者王丽娟、陈刚）", "<p>", "</p>", "<h1>T</h1>", '{"html":"', "\r\n", "\n\n",
  "Copyright © 2020", "Source: Xinhua| 2017-06-12 20:41:05|Editor: Yamei", "The council said on Tuesday that it would review the plan next year.",
  "\u200b", "http://example.com/a/b-12345.html", "010020070750000000000000011100001347366551", "(Photo: A/B)", "Image caption,",
);

test("property: random text of news-like pieces never throws and spans stay inside the text", () => {
  fc.assert(
    fc.property(fc.array(fc.oneof(pieces, fc.string({ maxLength: 40 }), fc.string({ unit: "binary", maxLength: 20 })), { maxLength: 60 }), fc.constantFrom("a.txt", "a.html", "a.json"), (parts, name) => {
      const r = extractScrape(enc(parts.join(parts.length % 3 === 0 ? "\n" : "")), name);
      return spansInside(r) && Object.values(r.confidence).every((c) => c !== undefined && c >= 0 && c <= 1);
    }),
    { numRuns: 300 },
  );
});

test("property: scrapeText (the raw pane's text, read without extracting) is the extractor's text", () => {
  const binary = new Uint8Array(4096).map((_, i) => (i * 37) % 256);
  for (const bytes of [new Uint8Array(0), binary, enc("   \n "), enc("hello"), new Uint8Array(17 * 1024 * 1024).fill(0x61)]) {
    assert.equal(scrapeText(bytes), extractScrape(bytes, "a.txt").text);
  }
  fc.assert(
    fc.property(fc.oneof(fc.uint8Array({ maxLength: 2000 }), fc.array(pieces, { maxLength: 40 }).map((parts) => enc(parts.join("\n")))), fc.constantFrom("a.txt", "a.html", "a.json", "a.pdf"), (bytes, name) => {
      return scrapeText(bytes) === extractScrape(bytes, name).text;
    }),
    { numRuns: 300 },
  );
});
