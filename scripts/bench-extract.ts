// Extraction throughput, single process: text dumps and HTML pages from the dev
// corpus, extracted repeatedly; prints files/s and heap before/after.
//   node --import tsx scripts/bench-extract.ts [--corpus DIR] [--seconds N]
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { extractScrape } from "../electron/core/extract/index.js";

const args = process.argv.slice(2);
const dir = args.includes("--corpus") ? args[args.indexOf("--corpus") + 1]! : "../shared/corpus/scrapes";
const seconds = args.includes("--seconds") ? Number(args[args.indexOf("--seconds") + 1]) : 2;
const files = readdirSync(dir).sort().map((f) => ({ name: f, bytes: new Uint8Array(readFileSync(join(dir, f))) }));

function bench(label: string, set: { name: string; bytes: Uint8Array }[]): void {
  if (!set.length) return;
  for (let i = 0; i < 20; i++) for (const f of set) extractScrape(f.bytes, f.name); // warm-up
  const heapBefore = process.memoryUsage().heapUsed;
  let n = 0;
  let bytes = 0;
  const t0 = performance.now();
  while (performance.now() - t0 < seconds * 1000) {
    for (const f of set) { extractScrape(f.bytes, f.name); n++; bytes += f.bytes.length; }
  }
  const ms = performance.now() - t0;
  const heapAfter = process.memoryUsage().heapUsed;
  console.log(
    `${label.padEnd(12)} ${String(n).padStart(6)} files in ${(ms / 1000).toFixed(2)} s: ${(n / (ms / 1000)).toFixed(0)} files/s, ` +
      `${(bytes / n / 1024).toFixed(1)} KB avg, ${(ms / n).toFixed(3)} ms/file, heap ${(heapBefore / 1048576).toFixed(0)} -> ${(heapAfter / 1048576).toFixed(0)} MB`,
  );
}

bench("text dumps", files.filter((f) => f.name.endsWith(".txt")));
bench("html", files.filter((f) => f.name.endsWith(".html")));
bench("json", files.filter((f) => f.name.endsWith(".json")));
