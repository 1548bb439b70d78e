// Output-equality check between this checkout's extractor and another's (a speed change must not
// change a byte of any result).
//
//   node --import tsx scripts/extract-equal.ts <other checkout dir> [--corpus DIR]
//
// Extracts every file of the dev corpus, the held-out and fixture scrapes, the samples, the
// bench's ~5 KB grown dumps, pages printed three times, and a few synthesised variants (digits
// rotated, long words suffixed: see bench-extract.ts) with both extractors and compares the whole
// JSON result (fields, spans, confidence, warnings, regions, errors). Exits 1 on any difference.
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { extractScrape } from "../electron/core/extract/index.js";
import { decodeBytes } from "../electron/core/extract/decode.js";

const args = process.argv.slice(2);
const other = args.find((a) => !a.startsWith("--"));
if (!other) { console.error("usage: extract-equal.ts <other checkout dir> [--corpus DIR]"); process.exit(2); }
const corpus = args.includes("--corpus") ? args[args.indexOf("--corpus") + 1]! : existsSync("../shared/corpus/scrapes") ? "../shared/corpus/scrapes" : "samples/scrapes";
const theirs = (await import(pathToFileURL(resolve(other, "electron/core/extract/index.ts")).href)) as { extractScrape: typeof extractScrape };

interface File { name: string; bytes: Uint8Array }
const dirs = [corpus, "test/fixtures/heldout/scrapes", "test/fixtures/extract", "samples/scrapes"];
const files: File[] = [];
for (const d of dirs) {
  if (!existsSync(d)) continue;
  for (const f of readdirSync(d).sort()) {
    if (!/\.(?:txt|html?|json|jsonl)$/i.test(f) || /\.expected\.json$/.test(f)) continue;
    files.push({ name: `${d}/${f}`, bytes: new Uint8Array(readFileSync(join(d, f))) });
  }
}

const utf8 = (s: string): Uint8Array => new Uint8Array(Buffer.from(s, "utf8"));
/** The bench's ~5 KB dump: the page's lines appended again until 5 KB (re-encoded as UTF-8). */
function grown(text: string, target = 5 * 1024): string {
  let out = text;
  const lines = text.split("\n");
  for (let i = 0; Buffer.byteLength(out) < target; i++) out += "\n" + lines[i % lines.length];
  return out;
}
function suffix(v: number): string {
  let s = "";
  for (let n = v + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(97 + ((n - 1) % 26)) + s;
  return s;
}
function varied(text: string, v: number): string {
  const rot = v % 10;
  return text.replace(/\d/g, (d) => String((Number(d) + rot) % 10)).replace(/^(.{60,})$/gm, (l) => l.replace(/\b([A-Za-z]{7,})\b/, `$1${suffix(v)}`));
}

const cases: File[] = [...files];
for (const f of files) {
  if (!/\.txt$/i.test(f.name)) continue;
  const text = decodeBytes(f.bytes).text;
  cases.push({ name: `${f.name} (grown)`, bytes: utf8(grown(text)) });
  cases.push({ name: `${f.name} (x3)`, bytes: utf8(`${text}\n${text}\n\n${text}`) });
  cases.push({ name: `${f.name} (crlf)`, bytes: utf8(text.replace(/\n/g, "\r\n")) });
  for (const v of [1, 7, 30]) cases.push({ name: `${f.name} (v${v})`, bytes: utf8(varied(text, v)) });
}

let diff = 0;
for (const c of cases) {
  const name = c.name.replace(/ \(.*\)$/, "");
  // (Without the version stamp: a rule change bumps it, and the question is which results changed.)
  const a = JSON.stringify({ ...extractScrape(c.bytes, name), extractorVersion: "" });
  const b = JSON.stringify({ ...theirs.extractScrape(c.bytes, name), extractorVersion: "" });
  if (a !== b) {
    diff++;
    let i = 0;
    while (i < a.length && a[i] === b[i]) i++;
    console.log(`DIFF ${c.name} at ${i}:\n  ours:   ${a.slice(Math.max(0, i - 80), i + 120)}\n  theirs: ${b.slice(Math.max(0, i - 80), i + 120)}`);
  }
}
console.log(`${cases.length} cases, ${diff} differ`);
process.exit(diff ? 1 : 0);
