// Benchmarks the review store at 1,000, 10,000 and 100,000 synthetic items of realistic size
// (a raw file of ~3.5 KB and an extraction of ~3.5 KB JSON, like the corpus's; 30 % approved,
// 5 % drafts, with history).
//
//   node --import tsx scripts/bench-store.ts [1000 10000 100000]
//
// Options (environment): BENCH_REUSE=<dir> keeps each size's generated folder and database in
// <dir>/<count> and reuses them on later runs (each run measures a fresh copy of the database,
// first opened once untimed so an older layout is upgraded before the timings); BENCH_ONLY=
// store,desk measures only those kinds (store, rescan-first, desk); BENCH_KEEP=1 keeps the temp
// folders of a run without BENCH_REUSE.
//
// For each size it writes a folder of raw files and opens it once with the desk (the first scan:
// read, hash, extract with a stand-in extractor, store), then measures in a fresh child process
// (so memory is that of a process which only opened the database): opening the store and listing
// the queue; opening the desk as the app does (store + rescan of the unchanged folder by size and
// mtime + list) and showing the first item (its raw file re-read); 200 durable approve/edit
// operations on random items through the desk (each awaited: written, fsynced, renamed, folder
// fsynced); memory; the bytes on disk per item; and the queue search of title, body and file name
// on the host (searchItems): the first search, which reads and folds every item's text, then the
// median of 20 searches (common words, two words, a word found nowhere) and the heap it keeps.
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { performance } from "node:perf_hooks";
import type { Extraction } from "../shared/record.js";
import { FIELD_NAMES } from "../shared/record.js";
import { summariseExtraction } from "../electron/core/store/index-entry.js";
import { ReviewStore } from "../electron/core/store/review-store.js";
import { Desk } from "../electron/core/desk.js";
import { shardOf, type ApprovedSnapshot, type Decision, type HistoryEntry, type IndexEntry } from "../electron/core/store/schema.js";
import { sha256 } from "../electron/core/hash.js";

const OPS = 200;

interface Measured {
  storeOpenMs: number;
  rescanFirstMs: number;
  scannedMs: number;
  openMs: number;
  firstItemMs: number;
  approveMedian: number;
  approveP95: number;
  editMedian: number;
  editP95: number;
  rssMB: number;
  heapMB: number;
  peakMB: number;
  searchFirstMs: number;
  searchMedian: number;
  searchHeapMB: number;
}

let seed = 42;
const random = (): number => {
  seed = (seed * 1664525 + 1013904223) >>> 0;
  return seed / 2 ** 32;
};
const WORDS = "the council said on tuesday that new rail line would open next year after months of delay ministers and residents welcomed plan but critics warned about cost flooding schools harbour ferry fares solar panels police report election market prices rose fell sharply".split(" ");
const sentence = (words: number): string => Array.from({ length: words }, () => WORDS[Math.floor(random() * WORDS.length)]).join(" ");

function syntheticExtraction(i: number): Extraction {
  seed = i * 7919 + 1; // the same item always gets the same text
  const title = `${sentence(9)} ${i}`;
  const body = Array.from({ length: 6 }, () => `${sentence(50)}.`);
  const related = Array.from({ length: 8 }, () => sentence(8));
  let offset = 0;
  const span = (length: number, index?: number) => {
    const s = { start: offset, end: offset + length, ...(index === undefined ? {} : { index }) };
    offset += length + 1;
    return s;
  };
  const fields = {
    title, publisher: "Harbor Ledger", source: "harborledger.example", publishedAt: `2024-0${1 + (i % 9)}-1${i % 10}T08:30:00+08:00`,
    dateline: "PORT ELLIS", authors: ["A. Writer", "B. Reporter"], editor: "C. Editor", body, related,
    language: "en", externalId: `hl-${i}`, url: `https://harborledger.example/news/${i}.html`,
  };
  return {
    extractorVersion: "bench-1", format: "text", encoding: "utf-8", fields,
    spans: {
      title: [span(title.length)], publisher: [span(13)], publishedAt: [span(25)], dateline: [span(10)], authors: [span(9, 0), span(11, 1)],
      editor: [span(9)], body: body.map((p, n) => span(p.length, n)), related: related.map((r, n) => span(r.length, n)), externalId: [span(8)], url: [span(40)],
    },
    confidence: Object.fromEntries(FIELD_NAMES.map((name) => [name, Math.round(random() * 100) / 100])),
    warnings: i % 3 === 0 ? [{ field: "editor", message: "the editor line is ambiguous; two names were found" }] : [],
  };
}

let scanPeakMB = 0;
const fileName = (i: number): string => `scrape-${String(i).padStart(6, "0")}.txt`;
const numberOf = (file: string): number => Number(/scrape-(\d+)\.txt$/.exec(file)?.[1] ?? -1);
/** A stand-in for the extractor: the synthetic extraction of the file's number. */
const benchExtract = (_bytes: Uint8Array, file: string): Extraction => syntheticExtraction(numberOf(file));

async function build(dir: string, count: number): Promise<{ dbPath: string; folder: string; scanS: number }> {
  const folder = join(dir, "scrapes");
  mkdirSync(folder);
  for (let i = 0; i < count; i++) {
    const e = syntheticExtraction(i);
    writeFileSync(join(folder, fileName(i)), [e.fields.title, e.fields.publisher, e.fields.publishedAt, "", ...e.fields.body, "", ...e.fields.related].join("\n"));
  }
  const dbPath = join(dir, "review.json");
  const t0 = performance.now();
  let peak = 0;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
  const desk = await Desk.open({ folder, dbPath, reviewer: "bench", extractorVersion: "bench-1", extract: benchExtract, store: { backups: false } });
  clearInterval(sampler);
  const scanS = (performance.now() - t0) / 1000;
  scanPeakMB = peak / 1048576;
  const at = new Date().toISOString();
  const decisions = new Map<string, Decision & { approved?: ApprovedSnapshot }>();
  const history: HistoryEntry[] = [];
  for (const { id, entry } of desk.store.views()) {
    const roll = random();
    if (roll >= 0.35) continue;
    const extraction = syntheticExtraction(numberOf(entry.file));
    if (roll < 0.3) {
      const corrections = roll < 0.1 ? { title: `${extraction.fields.title} (corrected)` } : {};
      decisions.set(id, { status: "approved", corrections, decidedBy: "bench", decidedAt: at, updatedAt: at, approved: { fields: { ...extraction.fields, ...corrections }, at, reviewer: "bench", correctedFields: roll < 0.1 ? ["title"] : [] } });
      if (roll < 0.1) history.push({ at, who: "bench", id, action: "edit", field: "title", from: extraction.fields.title, to: corrections.title });
      history.push({ at, who: "bench", id, action: "approve" });
    } else {
      decisions.set(id, { status: "draft", corrections: { editor: "D. Editor" }, updatedAt: at });
      history.push({ at, who: "bench", id, action: "edit", field: "editor", from: "C. Editor", to: "D. Editor" });
    }
  }
  await desk.store.putDecisions(decisions, history);
  await desk.close();
  return { dbPath, folder, scanS };
}

/** One measurement, in a process of its own (so memory and caches are not shared between them). */
async function measure(kind: string, dbPath: string, folder: string): Promise<Partial<Measured>> {
  const t0 = performance.now();
  if (kind === "prepare") {
    // Untimed: a reused database written by an older layout is upgraded here, not in the timings.
    const store = await ReviewStore.open(dbPath, folder);
    await store.close();
    return {};
  }
  if (kind === "store") {
    // The store alone: the index and the decisions, read and validated, and the queue listed.
    const store = await ReviewStore.open(dbPath, folder);
    store.views();
    const storeOpenMs = performance.now() - t0;
    await store.close();
    return { storeOpenMs };
  }
  if (kind === "rescan-first") {
    // The desk, checking the folder before it returns (the default).
    const desk = await Desk.open({ folder, dbPath, reviewer: "bench", extractorVersion: "bench-1", extract: benchExtract });
    desk.listItems();
    const rescanFirstMs = performance.now() - t0;
    await desk.close();
    return { rescanFirstMs };
  }
  if (kind === "search") {
    const desk = await Desk.open({ folder, dbPath, reviewer: "bench", extractorVersion: "bench-1", extract: benchExtract });
    const gc = (globalThis as { gc?: () => void }).gc;
    gc?.();
    const heapBefore = process.memoryUsage().heapUsed;
    const first = performance.now();
    const hits = await desk.searchItems("harbour");
    const searchFirstMs = performance.now() - first;
    if (hits.length === 0) throw new Error("the search found nothing");
    const times: number[] = [];
    for (let n = 0; n < 4; n++) {
      for (const query of ["harbour", "ferry fares", "SHARPLY", "council flooding schools", "zeppelin"]) {
        const start = performance.now();
        await desk.searchItems(query);
        times.push(performance.now() - start);
      }
    }
    gc?.();
    const searchHeapMB = (process.memoryUsage().heapUsed - heapBefore) / 1048576;
    await desk.close();
    return { searchFirstMs, searchMedian: percentile(times, 0.5), searchHeapMB };
  }
  // The desk, checking the folder in the background: list, show the first item (its raw file re-read).
  let peak = 0;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  const desk = await Desk.open({ folder, dbPath, reviewer: "bench", extractorVersion: "bench-1", extract: benchExtract, rescan: "background" });
  const queue = desk.listItems();
  const openMs = performance.now() - t0;
  const first = await desk.getItem(queue[0]!.id);
  const firstItemMs = performance.now() - t0;
  if (!first.text || !first.fields.title) throw new Error("the first item has no text or no title");
  await desk.scanned;
  const scannedMs = performance.now() - t0;
  const approve: number[] = [];
  const edit: number[] = [];
  for (let n = 0; n < OPS; n++) {
    const id = queue[Math.floor(random() * queue.length)]!.id;
    const start = performance.now();
    if (n % 2 === 0) await desk.approve(id);
    else await desk.saveDraft(id, { title: `Edited title ${n}` });
    (n % 2 === 0 ? approve : edit).push(performance.now() - start);
  }
  clearInterval(sampler);
  (globalThis as { gc?: () => void }).gc?.();
  const memory = process.memoryUsage();
  await desk.close();
  return {
    peakMB: Math.max(peak, memory.rss) / 1048576,
    openMs, firstItemMs, scannedMs,
    approveMedian: percentile(approve, 0.5), approveP95: percentile(approve, 0.95),
    editMedian: percentile(edit, 0.5), editP95: percentile(edit, 0.95),
    rssMB: memory.rss / 1048576, heapMB: memory.heapUsed / 1048576,
  };
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]!;
}

function bytesOnDisk(dbPath: string): number {
  const parts = `${dbPath}.d`;
  return statSync(dbPath).size + readdirSync(parts).reduce((sum, name) => sum + statSync(join(parts, name)).size, 0);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args[0] === "--measure") {
    process.stdout.write(JSON.stringify(await measure(args[1]!, args[2]!, args[3]!)) + "\n");
    return;
  }
  const sizes = args.length ? args.map(Number) : [1_000, 10_000, 100_000];
  const rows: string[][] = [];
  const reuse = process.env.BENCH_REUSE;
  const kinds = process.env.BENCH_ONLY ? process.env.BENCH_ONLY.split(",") : ["store", "rescan-first", "desk", "search"];
  const run = (kind: string, dbPath: string, folder: string): Partial<Measured> => {
    const child = spawnSync(process.execPath, ["--expose-gc", "--import", "tsx", fileURLToPath(import.meta.url), "--measure", kind, dbPath, folder], { encoding: "utf8", maxBuffer: 1 << 20 });
    if (child.status !== 0) throw new Error(`measuring ${dbPath} (${kind}) failed:\n${child.stderr}`);
    return JSON.parse(child.stdout.trim().split("\n").pop()!) as Partial<Measured>;
  };
  for (const count of sizes) {
    let dir: string;
    let built: { dbPath: string; folder: string; scanS: number };
    if (reuse) {
      const base = join(reuse, String(count));
      if (!existsSync(join(base, "built.json"))) {
        rmSync(base, { recursive: true, force: true });
        mkdirSync(base, { recursive: true });
        const b = await build(base, count);
        writeFileSync(join(base, "built.json"), JSON.stringify({ scanS: b.scanS, scanPeakMB }));
      }
      const saved = JSON.parse(readFileSync(join(base, "built.json"), "utf8")) as { scanS: number; scanPeakMB: number };
      scanPeakMB = saved.scanPeakMB;
      dir = mkdtempSync(join(tmpdir(), "copydesk-bench-"));
      cpSync(join(base, "review.json"), join(dir, "review.json"));
      cpSync(join(base, "review.json.d"), join(dir, "review.json.d"), { recursive: true });
      built = { dbPath: join(dir, "review.json"), folder: join(base, "scrapes"), scanS: saved.scanS };
      run("prepare", built.dbPath, built.folder);
    } else {
      dir = mkdtempSync(join(tmpdir(), "copydesk-bench-"));
      built = await build(dir, count);
    }
    const { dbPath, folder, scanS } = built;
    try {
      const m = { storeOpenMs: NaN, rescanFirstMs: NaN, openMs: NaN, firstItemMs: NaN, scannedMs: NaN, approveMedian: NaN, approveP95: NaN, editMedian: NaN, editP95: NaN, rssMB: NaN, heapMB: NaN, peakMB: NaN, searchFirstMs: NaN, searchMedian: NaN, searchHeapMB: NaN } as Measured;
      for (const kind of kinds) Object.assign(m, run(kind, dbPath, folder));
      const bytes = bytesOnDisk(dbPath);
      const manifestBytes = statSync(dbPath).size;
      rows.push([
        count.toLocaleString("en"), `${scanS.toFixed(1)} s, ${scanPeakMB.toFixed(0)} MB`, ms(m.storeOpenMs), ms(m.rescanFirstMs), ms(m.openMs), ms(m.firstItemMs), ms(m.scannedMs),
        `${ms(m.approveMedian)} / ${ms(m.approveP95)}`, `${ms(m.editMedian)} / ${ms(m.editP95)}`,
        `${m.rssMB.toFixed(0)} / ${m.heapMB.toFixed(0)} / ${m.peakMB.toFixed(0)} MB`, `${Math.round(bytes / count)} B (index ${Math.round(manifestBytes / count)} B)`, `${(bytes / 1048576).toFixed(1)} MB`,
        `${ms(m.searchFirstMs)} / ${ms(m.searchMedian)} / ${m.searchHeapMB.toFixed(0)} MB`,
      ]);
      process.stderr.write(`${count} items done\n`);
    } finally {
      if (!process.env.BENCH_KEEP) rmSync(dir, { recursive: true, force: true });
      else process.stderr.write(`kept ${dir}\n`);
    }
  }
  const header = ["items", "first scan (peak rss)", "store open + list", "desk open, rescan first", "desk open (rescan in background) + list", "+ first item", "+ rescan done", "approve median / p95", "edit median / p95", "rss / heap after GC / peak rss", "db bytes per item", "db total", "search: first / median / heap kept"];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(" | ")} |`;
  console.log(line(header));
  console.log(`| ${widths.map((w) => "-".repeat(w)).join(" | ")} |`);
  for (const row of rows) console.log(line(row));
  console.log(`\nfirst scan: the folder opened for the first time (read, hash, stand-in extraction, store). Timings after it are in a fresh process.`);
  console.log(`${OPS} operations per size on random items through the desk, each awaited until durable (temp file, fsync, rename, folder fsync).`);
  console.log(`Node ${process.version}, ${process.platform}, ${cpus().length} CPUs, load average ${loadavg()[0]!.toFixed(1)} at the end.`);
}

const ms = (value: number): string => `${value.toFixed(value < 10 ? 1 : 0)} ms`;

await main();
