// Layouts the dev corpus does not have (a standfirst under the headline, a
// staff byline with "Updated: 12:04 EDT, Tue April 9, 2024", a headline list
// without a heading, a Spanish page with "Por A y B" and "05 abr 2024", a
// Japanese page with 時/分 times and kana-heavy prose, a Yonhap wire page, an
// AFP story behind a cookie banner with newsletter promos between paragraphs,
// a regional page with Published/Updated stamps and a two-headline list, a
// WordPress page with a JSON-LD @graph and a script in its <h1>, a GBK Chinese
// portal with 来源/作者/责任编辑, a scraper record whose `content` is an HTML
// fragment, a page printed three times with the second copy truncated, a
// truncated print copy with a shouted headline above the full page, a German
// page whose site logo is an <h1> and whose date is an itemprop meta, a page
// with its browser title on top, a standfirst and an ad slot between paragraphs,
// a People's Daily Chinese page with a spaced reporter credit and （责编：…）, a
// Global Times page whose byline names the paper itself): each
// fixture in test/fixtures/extract has its expected fields per GUIDELINES.md beside it.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { extractScrape } from "../../electron/core/extract/index.js";

const dir = join(import.meta.dirname, "../fixtures/extract");
/** A time with an offset: compared as an instant, as the guidelines compare publishedAt. */
const ZONED = /T\d{2}:\d{2}:\d{2}(?:Z|[+-]\d{2}:\d{2})$/;
const norm = (s: string): string => s.normalize("NFC").replace(/[\u200B-\u200D\u2060\uFEFF]/g, "").replace(/[\s\u00A0]+/g, " ").trim();

for (const f of readdirSync(dir).filter((n) => !n.endsWith(".expected.json")).sort()) {
  test(`fixture ${f}: every field as expected`, () => {
    const expected = JSON.parse(readFileSync(join(dir, f.replace(/\.[^.]+$/, ".expected.json")), "utf8")) as Record<string, string | string[]>;
    const r = extractScrape(new Uint8Array(readFileSync(join(dir, f))), f);
    assert.equal(r.error, undefined);
    for (const [k, v] of Object.entries(expected)) {
      const got = (r.fields as unknown as Record<string, string | string[]>)[k];
      if (Array.isArray(v)) assert.deepEqual((got as string[]).map(norm), v.map(norm), `${f}: ${k}`);
      else if (k === "publishedAt" && ZONED.test(v) && ZONED.test(got as string)) assert.equal(Date.parse(got as string), Date.parse(v), `${f}: ${k} ${got} is not the instant ${v}`);
      else assert.equal(norm(got as string), norm(v), `${f}: ${k}`);
    }
    for (const spans of Object.values(r.spans)) for (const s of spans ?? []) assert.ok(s.start >= 0 && s.end <= r.text.length && s.start <= s.end);
  });
}
