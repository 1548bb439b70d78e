// Benchmarks the review store at 1,000, 10,000 and 100,000 synthetic items of realistic size
// (an extraction of ~3.5 KB JSON, like the corpus's; 30 % approved, 5 % drafts, with history).
//
//   node --import tsx scripts/bench-store.ts [1000 10000 100000]
//
// For each size it builds a database in a temp folder, then measures in a fresh child process
// (so memory is that of a process which only opened the database): opening it and listing the
// queue, showing the first item, 200 durable approve/edit operations on random items (each
// awaited: written, fsynced, renamed, folder fsynced), memory, and the bytes on disk per item.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { performance } from "node:perf_hooks";
import type { Extraction } from "../shared/record.js";
import { FIELD_NAMES } from "../shared/record.js";
import { summariseExtraction } from "../electron/core/store/index-entry.js";
import { ReviewStore } from "../electron/core/store/review-store.js";
import { shardOf, type ApprovedSnapshot, type Decision, type HistoryEntry, type IndexEntry } from "../electron/core/store/schema.js";
import { sha256 } from "../electron/core/hash.js";

const OPS = 200;

interface Measured {
  openMs: number;
  firstItemMs: number;
  approveMedian: number;
  approveP95: number;
  editMedian: number;
  editP95: number;
  rssMB: number;
  heapMB: number;
}

let seed = 42;
const random = (): number => {
  seed = (seed * 1664525 + 1013904223) >>> 0;
  return seed / 2 ** 32;
};
const WORDS = "the council said on tuesday that new rail line would open next year after months of delay ministers and residents welcomed plan but critics warned about cost flooding schools harbour ferry fares solar panels police report election market prices rose fell sharply".split(" ");
const sentence = (words: number): string => Array.from({ length: words }, () => WORDS[Math.floor(random() * WORDS.length)]).join(" ");

function syntheticExtraction(i: number): Extraction {
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
    extractorVersion: "1.0.0", format: "text", encoding: "utf-8", fields,
    spans: {
      title: [span(title.length)], publisher: [span(13)], publishedAt: [span(25)], dateline: [span(10)], authors: [span(9, 0), span(11, 1)],
      editor: [span(9)], body: body.map((p, n) => span(p.length, n)), related: related.map((r, n) => span(r.length, n)), externalId: [span(8)], url: [span(40)],
    },
    confidence: Object.fromEntries(FIELD_NAMES.map((name) => [name, Math.round(random() * 100) / 100])),
    warnings: i % 3 === 0 ? [{ field: "editor", message: "the editor line is ambiguous; two names were found" }] : [],
  };
}

async function build(dbPath: string, count: number): Promise<void> {
  const store = await ReviewStore.open(dbPath, "/bench/scrapes", { backups: false });
  const entries = new Map<string, IndexEntry>();
  const at = new Date().toISOString();
  const decisions = new Map<string, Decision & { approved?: ApprovedSnapshot }>();
  const history: HistoryEntry[] = [];
  // Items are made shard by shard, so each extraction shard is written once and memory stays flat.
  const byShard = new Map<string, number[]>();
  for (let i = 0; i < count; i++) {
    const shard = shardOf(sha256(`item ${i}`));
    byShard.set(shard, [...(byShard.get(shard) ?? []), i]);
  }
  for (const numbers of byShard.values()) {
    const extractions = new Map<string, Extraction>();
    for (const i of numbers) {
      const id = sha256(`item ${i}`);
      const extraction = syntheticExtraction(i);
      entries.set(id, { ...summariseExtraction(extraction), file: `scrape-${String(i).padStart(6, "0")}.txt`, size: 4000, mtimeMs: Date.now(), createdAt: at });
      extractions.set(id, extraction);
      const roll = random();
      if (roll < 0.3) {
        const corrections = roll < 0.1 ? { title: `${extraction.fields.title} (corrected)` } : {};
        decisions.set(id, { status: "approved", corrections, decidedBy: "bench", decidedAt: at, updatedAt: at, approved: { fields: { ...extraction.fields, ...corrections }, at, reviewer: "bench", correctedFields: roll < 0.1 ? ["title"] : [] } });
        if (roll < 0.1) history.push({ at, who: "bench", id, action: "edit", field: "title", from: extraction.fields.title, to: corrections.title });
        history.push({ at, who: "bench", id, action: "approve" });
      } else if (roll < 0.35) {
        decisions.set(id, { status: "draft", corrections: { editor: "D. Editor" }, updatedAt: at });
        history.push({ at, who: "bench", id, action: "edit", field: "editor", from: "C. Editor", to: "D. Editor" });
      }
    }
    await store.putExtractions(extractions);
  }
  await store.putDecisions(decisions, history);
  await store.commitIndex(entries);
  await store.close();
}

async function measure(dbPath: string): Promise<Measured> {
  const t0 = performance.now();
  const store = await ReviewStore.open(dbPath, "/bench/scrapes");
  const queue = store.views();
  const openMs = performance.now() - t0;
  const first = await store.load(queue[0]!.id);
  const firstItemMs = performance.now() - t0;
  if (!first.extraction.fields.title) throw new Error("the first item has no title");
  const approve: number[] = [];
  const edit: number[] = [];
  for (let n = 0; n < OPS; n++) {
    const id = queue[Math.floor(random() * queue.length)]!.id;
    const start = performance.now();
    if (n % 2 === 0) await store.approve(id, undefined, "bench");
    else await store.saveDraft(id, { title: `Edited title ${n}` }, "bench");
    (n % 2 === 0 ? approve : edit).push(performance.now() - start);
  }
  const memory = process.memoryUsage();
  await store.close();
  return {
    openMs, firstItemMs,
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
    process.stdout.write(JSON.stringify(await measure(args[1]!)) + "\n");
    return;
  }
  const sizes = args.length ? args.map(Number) : [1_000, 10_000, 100_000];
  const rows: string[][] = [];
  for (const count of sizes) {
    const dir = mkdtempSync(join(tmpdir(), "copydesk-bench-"));
    try {
      const dbPath = join(dir, "review.json");
      const t0 = performance.now();
      await build(dbPath, count);
      const buildS = (performance.now() - t0) / 1000;
      const child = spawnSync(process.execPath, ["--import", "tsx", fileURLToPath(import.meta.url), "--measure", dbPath], { encoding: "utf8", maxBuffer: 1 << 20 });
      if (child.status !== 0) throw new Error(`measuring ${count} items failed:\n${child.stderr}`);
      const m = JSON.parse(child.stdout.trim().split("\n").pop()!) as Measured;
      const bytes = bytesOnDisk(dbPath);
      const manifestBytes = statSync(dbPath).size;
      rows.push([
        count.toLocaleString("en"), `${buildS.toFixed(1)} s`, ms(m.openMs), ms(m.firstItemMs),
        `${ms(m.approveMedian)} / ${ms(m.approveP95)}`, `${ms(m.editMedian)} / ${ms(m.editP95)}`,
        `${m.rssMB.toFixed(0)} / ${m.heapMB.toFixed(0)} MB`, `${Math.round(bytes / count)} B (index ${Math.round(manifestBytes / count)} B)`, `${(bytes / 1048576).toFixed(1)} MB`,
      ]);
      process.stderr.write(`${count} items done\n`);
    } finally {
      if (!process.env.BENCH_KEEP) rmSync(dir, { recursive: true, force: true }); else process.stderr.write(`kept ${dir}\n`);
    }
  }
  const header = ["items", "build", "open + list", "first item", "approve median / p95", "edit median / p95", "rss / heap", "db bytes per item", "db total"];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(" | ")} |`;
  console.log(line(header));
  console.log(`| ${widths.map((w) => "-".repeat(w)).join(" | ")} |`);
  for (const row of rows) console.log(line(row));
  console.log(`\n${OPS} operations per size on random items, each awaited until durable (temp file, fsync, rename, folder fsync). Node ${process.version}, ${process.platform}.`);
}

const ms = (value: number): string => `${value.toFixed(value < 10 ? 1 : 0)} ms`;

await main();
