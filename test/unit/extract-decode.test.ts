import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import iconv from "iconv-lite";
import { big5 as Big5Recogniser, gb_18030 as Gb18030Recogniser } from "chardet/lib/encoding/mbcs.js";
import { decodeBytes, decodeWindows1252 } from "../../electron/core/extract/decode.js";
import { mbcsConfidence } from "../../electron/core/extract/mbcs-score.js";
import { extractScrape } from "../../electron/core/extract/index.js";
import { sampleScrapes } from "../helpers.js";

const SCRAPES = sampleScrapes;

test("UTF-8 BOM is stripped and reported", () => {
  const d = decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, 0x68, 0x69, 0x0d, 0x0a, 0x78]));
  assert.equal(d.text, "hi\nx");
  assert.equal(d.encoding, "utf-8");
  assert.match(d.note, /byte-order mark/);
});

test("UTF-16LE BOM", () => {
  const d = decodeBytes(new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0x0d, 0x00, 0x42, 0x00]));
  assert.equal(d.text, "A\nB");
  assert.equal(d.encoding, "utf-16le");
});

test("GBK file 009 is detected and decoded", () => {
  const r = extractScrape(readFileSync(join(SCRAPES, "009_xinhuanet_zh_elevator_retrofit.txt")), "009.txt");
  assert.equal(r.encoding, "gb18030");
  assert.ok(r.text.includes("北京启动老旧小区加装电梯试点"));
  assert.ok(!r.text.includes("\uFFFD"));
  assert.ok(r.warnings.some((w) => /GBK/.test(w.message)));
  assert.equal(r.fields.language, "zh");
});

test("Windows-1252 CRLF file 011: curly quotes and dashes, newlines folded", () => {
  const r = extractScrape(readFileSync(join(SCRAPES, "011_rmcourier_denver_light_rail.txt")), "011.txt");
  assert.equal(r.encoding, "windows-1252");
  assert.ok(!r.text.includes("\r"));
  assert.ok(r.text.includes("DENVER \u2014 Riders on some of Denver\u2019s busiest"));
  assert.ok(r.warnings.some((w) => /Windows-1252/.test(w.message)));
});

test("invalid UTF-8 bytes fall back to a legacy decoding without throwing", () => {
  const d = decodeBytes(new Uint8Array([0x48, 0x69, 0x20, 0xff, 0xfe, 0xc3, 0x28, 0x0a]));
  assert.notEqual(d.encoding, "utf-8");
  assert.equal(typeof d.text, "string");
});

test("binary bytes are refused with a reason", () => {
  const d = decodeBytes(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x00, 0x0d, 0x01, 0x02]));
  assert.ok(d.error);
});

test("double-byte scores equal chardet's own match() (GBK, Big5, Western and random bytes)", () => {
  const recognisers = [new Gb18030Recogniser(), new Big5Recogniser()];
  // Set membership answers as chardet's binary search only over a sorted list.
  for (const r of recognisers) assert.ok(r.commonChars.every((c, i, a) => i === 0 || a[i - 1]! < c));
  const score = (bytes: Uint8Array) => {
    const ctx = { byteStats: [], c1Bytes: false, rawInput: bytes, rawLen: bytes.length, inputBytes: bytes, inputLen: bytes.length };
    return recognisers.map((r) => [mbcsConfidence(r, ctx), r.match(ctx)?.confidence ?? 0]);
  };
  const zh = readFileSync(join(SCRAPES, "009_xinhuanet_zh_elevator_retrofit.txt"));
  const text = iconv.decode(zh, "gb18030");
  const pages = [zh, iconv.encode(text, "big5"), iconv.encode(text.slice(0, 200), "big5"), readFileSync(join(SCRAPES, "011_rmcourier_denver_light_rail.txt"))];
  for (const p of pages) for (const [ours, theirs] of score(new Uint8Array(p))) assert.equal(ours, theirs);
  // Pieces of a real Chinese page in both encodings (common characters at realistic rates, so
  // scores spread over 10..100), some with stray bytes spliced in (the bad-character rules), and random bytes.
  const piece = fc.tuple(fc.nat(text.length), fc.integer({ min: 1, max: 300 }), fc.constantFrom("gb18030", "big5"))
    .map(([at, n, enc]) => new Uint8Array(iconv.encode(text.slice(at, at + n), enc)));
  const spliced = fc.tuple(piece, fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0x80, max: 0xff })), { maxLength: 6 }))
    .map(([b, cuts]) => { const out = [...b]; for (const [at, v] of cuts) out.splice(at % (out.length + 1), 0, v); return new Uint8Array(out); });
  const bytes = fc.oneof(piece, spliced, fc.uint8Array({ maxLength: 600 }), fc.uint8Array({ min: 0x80, maxLength: 600 }));
  fc.assert(fc.property(bytes, (b) => score(b).every(([ours, theirs]) => ours === theirs)), { numRuns: 500 });
});

test("Windows-1252 decoding equals iconv-lite's, byte for byte", () => {
  const all = new Uint8Array(256).map((_, i) => i);
  assert.equal(decodeWindows1252(all), iconv.decode(Buffer.from(all), "windows-1252"));
  fc.assert(fc.property(fc.uint8Array({ maxLength: 300 }), (b) => decodeWindows1252(b) === iconv.decode(Buffer.from(b), "windows-1252")), { numRuns: 300 });
  // A view into a larger buffer decodes only its own bytes.
  const big = new Uint8Array([0x41, 0x93, 0x42, 0x94, 0x43]);
  assert.equal(decodeWindows1252(big.subarray(1, 4)), "\u201cB\u201d");
});

test("a Big5 page whose characters mostly have trail bytes in the ASCII range is still Big5, and a Western page with accents still Windows-1252", () => {
  // Made-up text: common characters, kept only where Big5 puts their trail byte in 0x40-0x7E (the case that looked like isolated high bytes).
  const pool = [..."台北市公車捷運路線班距調整乘客表示今天上午記者報導政府交通局長說明"].filter((ch) => iconv.encode(ch, "big5")[1]! < 0x80);
  assert.ok(pool.length >= 8, `enough ASCII-trail characters (${pool.join("")})`);
  const line = (k: number) => Array.from({ length: 24 }, (_, i) => pool[(i * 7 + k) % pool.length]).join("");
  const text = Array.from({ length: 12 }, (_, k) => `${line(k)} 2024/03/05 ${line(k + 3)}`).join("\n");
  const big5 = decodeBytes(iconv.encode(text, "big5"));
  assert.equal(big5.encoding, "big5");
  assert.equal(big5.text, text);
  const western = decodeBytes(iconv.encode("Le résumé du café: l’été à Zürich — “très” animé, naïve façade.\n".repeat(20), "win1252"));
  assert.equal(western.encoding, "windows-1252");
});
