import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { decodeBytes } from "../../electron/core/extract/decode.js";
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
