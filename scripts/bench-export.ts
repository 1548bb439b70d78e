// Export benchmark: 10,000 approved records to JSONL and CSV (and, once each, JSON and Markdown),
// through the same code as the app and `copydesk export`. Prints median wall time over 5 runs,
// the file size, and memory: in one extra, untimed run, the live heap (after a full collection) at
// every progress report, less the heap before the export. Streamed output keeps that growth far
// below the file size.
//
//   node --import tsx scripts/bench-export.ts [records] [runs]
import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { exportApproved } from "../electron/core/export/export-approved.js";
import type { StoredItem } from "../electron/core/store/schema.js";
import type { ExportFormat } from "../shared/api.js";
import { emptyFields } from "../shared/record.js";

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;

const RECORDS = Number(process.argv[2] ?? 10_000);
const RUNS = Number(process.argv[3] ?? 5);

const words = "harbor ferry fares rise, riders say \"enough\" as council weighs 12% increase; 港口 渡轮 票价 上涨 🚢".split(" ");
const sentence = (n: number, seed: number) => Array.from({ length: n }, (_, i) => words[(seed * 7 + i * 13) % words.length]).join(" ");

function makeItems(count: number): StoredItem[] {
  const items: StoredItem[] = [];
  for (let i = 0; i < count; i++) {
    const id = createHash("sha256").update(String(i)).digest("hex");
    const at = new Date(Date.UTC(2024, 0, 1) + i * 60_000).toISOString();
    const fields = {
      ...emptyFields(),
      title: `${sentence(10, i)} #${i}`,
      publisher: ["Harbor Ledger", "Xinhuanet", "人民网"][i % 3]!,
      source: "Agency",
      publishedAt: `2024-${String((i % 12) + 1).padStart(2, "0")}-15T08:00:00+08:00`,
      dateline: "HARBOR CITY, Jan. 5",
      authors: ["Ann Lee", "Smith, Jr., John"],
      editor: "Song Miou",
      body: Array.from({ length: 8 }, (_, p) => sentence(70, i + p)),
      related: Array.from({ length: 8 }, (_, r) => sentence(9, i + r)),
      language: "en",
      externalId: String(1_000_000 + i),
      url: `https://example.com/news/${i}.html`,
    };
    items.push({
      id,
      file: `scrapes/${String(i).padStart(5, "0")}.txt`,
      size: 5000,
      mtimeMs: 0,
      format: "text",
      encoding: "utf-8",
      extraction: { extractorVersion: "bench", format: "text", encoding: "utf-8", fields, spans: {}, confidence: {}, warnings: [] },
      corrections: {},
      status: "approved",
      approved: { fields, at, reviewer: "bench", correctedFields: i % 5 ? [] : ["title"] },
      missing: false,
      createdAt: at,
      updatedAt: at,
    } as unknown as StoredItem);
  }
  return items;
}

const median = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const mb = (bytes: number) => `${(bytes / 1048576).toFixed(1)} MB`;

async function bench(items: StoredItem[], root: string, format: ExportFormat, runs: number) {
  const times: number[] = [];
  const peaks: number[] = [];
  let bytes = 0;
  for (let run = 0; run < runs; run++) {
    const destination = join(root, `run-${format}-${run}${format === "markdown" ? "" : "." + format}`);
    gc();
    const base = process.memoryUsage().heapUsed;
    let peak = base;
    const sample = () => {
      peak = Math.max(peak, process.memoryUsage().heapUsed);
    };
    const start = performance.now();
    const summary = await exportApproved(items, {
      format,
      destination,
      guard: { folder: join(root, "scrapes"), dbPath: join(root, "review.json") },
      who: "bench",
      // In the memory run, a full collection at each progress report measures what is live.
      onProgress: run === 0 ? () => (gc(), sample()) : undefined,
    });
    times.push(performance.now() - start);
    peaks.push(peak - base);
    bytes = summary.bytes;
    if (summary.count !== items.length) throw new Error(`exported ${summary.count} of ${items.length}`);
    rmSync(destination, { recursive: true, force: true });
  }
  // Run 0 measures memory (collections at each report slow it down); the others are timed.
  const timed = runs > 1 ? times.slice(1) : times;
  return { time: median(timed), min: Math.min(...timed), max: Math.max(...timed), peak: peaks[0]!, bytes };
}

const root = mkdtempSync(join(tmpdir(), "copydesk-bench-"));
try {
  mkdirSync(join(root, "scrapes"));
  writeFileSync(join(root, "review.json"), "{}");
  const items = makeItems(RECORDS);
  gc();
  console.log(`copydesk export benchmark: ${RECORDS} approved records, median of ${RUNS} runs (node ${process.version}, ${process.platform})`);
  console.log(`heap with the records loaded: ${mb(process.memoryUsage().heapUsed)}`);
  const rows: [string, Awaited<ReturnType<typeof bench>>][] = [];
  for (const format of ["jsonl", "csv"] as const) rows.push([format, await bench(items, root, format, RUNS + 1)]);
  for (const format of ["json", "markdown"] as const) rows.push([`${format} (1 run)`, await bench(items, root, format, 2)]);
  console.log("format            median      min..max            output     live heap growth (max at progress reports)");
  for (const [name, r] of rows) {
    console.log(
      `${name.padEnd(17)} ${`${r.time.toFixed(0)} ms`.padStart(8)}   ${`${r.min.toFixed(0)}..${r.max.toFixed(0)} ms`.padEnd(18)} ${mb(r.bytes).padStart(9)}   ${mb(r.peak).padStart(9)}`,
    );
  }
  console.log(`rss at the end: ${mb(process.memoryUsage().rss)}`);
} finally {
  rmSync(root, { recursive: true, force: true });
}
