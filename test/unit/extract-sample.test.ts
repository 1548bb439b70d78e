import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { extractScrape, EXTRACTOR_VERSION } from "../../electron/core/extract/index.js";
import { FIELD_NAMES } from "../../shared/record.js";
import { goldFolder, sampleScrapes } from "../helpers.js";

const CORPUS = { scrapes: sampleScrapes, gold: goldFolder };
const norm = (s: string) => s.normalize("NFC").replace(/[\u200B-\u200D\u2060\uFEFF]/g, "").replace(/[\s\u00A0]+/g, " ").trim();

test("sample 000 is extracted exactly as its gold record", () => {
  const r = extractScrape(readFileSync(join(CORPUS.scrapes, "000_de0f63e2a1ef871e.txt")), "000_de0f63e2a1ef871e.txt");
  const gold = JSON.parse(readFileSync(join(CORPUS.gold, "000_de0f63e2a1ef871e.gold.json"), "utf8"));
  assert.equal(r.error, undefined);
  assert.equal(r.extractorVersion, EXTRACTOR_VERSION);
  assert.equal(r.format, "text");
  assert.deepEqual(r.fields, gold);
  assert.equal(r.fields.title, "China, ASEAN to meet on closer security cooperation");
  assert.equal(r.fields.publishedAt, "2015-10-21T19:16:03+08:00");
  assert.equal(r.fields.dateline, "BEIJING, Oct. 21 (Xinhua)");
  assert.equal(r.fields.editor, "Song Miou");
  assert.equal(r.fields.body.length, 5);
  assert.equal(new Set(r.fields.body).size, 5);
  assert.equal(r.fields.related.length, 12);
  assert.equal(new Set(r.fields.related).size, 12);
  assert.equal(r.fields.externalId, "010020070750000000000000011100001347366551");
  assert.ok(r.warnings.some((w) => /repeated 2×/.test(w.message)));
  assert.ok(r.warnings.some((w) => w.field === "publishedAt" && /\+08:00/.test(w.message)));
});

test("sample 000: every span lies inside the text and matches its value", () => {
  const r = extractScrape(readFileSync(join(CORPUS.scrapes, "000_de0f63e2a1ef871e.txt")), "000.txt");
  for (const [field, spans] of Object.entries(r.spans)) {
    for (const s of spans ?? []) {
      assert.ok(s.start >= 0 && s.start <= s.end && s.end <= r.text.length, `${field} span inside text`);
    }
  }
  // Single-valued text fields: the highlighted text is the value.
  for (const f of ["title", "source", "dateline", "editor", "externalId"] as const) {
    const s = r.spans[f]?.[0];
    assert.ok(s, `${f} has a span`);
    assert.equal(norm(r.text.slice(s.start, s.end)), r.fields[f], f);
  }
  // publishedAt points at the printed date.
  const d = r.spans.publishedAt?.[0];
  assert.ok(d);
  assert.equal(r.text.slice(d.start, d.end), "2015-10-21 19:16:03");
  // List fields: one span per item, with index naming the item it backs.
  for (const f of ["body", "related"] as const) {
    const spans = r.spans[f] ?? [];
    assert.equal(spans.length, r.fields[f].length, `${f} spans`);
    spans.forEach((s, i) => {
      assert.equal(s.index, i);
      assert.equal(norm(r.text.slice(s.start, s.end)), r.fields[f][i]);
    });
  }
  for (const f of FIELD_NAMES) {
    const c = r.confidence[f];
    assert.ok(c !== undefined && c >= 0 && c <= 1, `${f} confidence in 0..1`);
  }
  assert.ok((r.confidence.authors ?? 0) >= 0.85); // empty, and the Xinhua profile says its English pages print no byline
  assert.ok((r.confidence.publisher ?? 0) >= 0.9); // profile matched
});
