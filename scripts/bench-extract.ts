// Extraction throughput and memory, single process.
//
//   node --import tsx scripts/bench-extract.ts [--corpus DIR] [--seconds N] [--runs R] [--variants V] [--only LABEL] [--dist]
//   node --import tsx scripts/bench-extract.ts --memory [N] [--every K] [--corpus DIR]
//   node --import tsx scripts/bench-extract.ts --ab OTHER_CHECKOUT [--same-site] [--rounds 16] [--reps 30] [--variants V] [--corpus DIR]
//   node --import tsx scripts/bench-extract.ts --regexes [--top 30] [--corpus DIR]
//   node --import tsx scripts/bench-extract.ts --pool [N] [--files 2000] [--seconds N] [--runs R] [--corpus DIR]
//
// Throughput: the corpus' text dumps as they are, the same dumps grown to ~5 KB
// (a second printing of the page appended, as scrapers often save it; cut at a
// line boundary), HTML pages and scraper JSON records. Each set is extracted in
// R timed runs of N seconds; the figures are the medians over the runs, in
// wall-clock files/s and in files per CPU-second of this process (the second is
// steadier on a shared machine: time spent waiting for a core is not counted).
//
// Same-site ("~5 KB, same sites"): a real batch is a folder of DISTINCT pages of the same few sites, whose
// furniture (navigation, share rows, masthead, footer) repeats from page to page while the story does not.
// The ~5 KB dumps repeat the same 11 pages over and over, which would flatter any cache keyed by text; this
// set is V (default 1,500) variants of each ~5 KB dump, taken in turn (variant 0 of every site, then 1 …)
// and never extracted twice (warm-up included): in each variant every line of four words or more, or of 40
// characters or more, is the variant's own (see varyText), digits are rotated, and shorter lines (menu items,
// section labels, short share and byline rows) stay as printed. Conservative for a cache: some furniture
// (a share row of many words, a sponsored headline) is varied too.
//
// Memory: extracts N (default 10,000) distinct files synthesised from the corpus
// (digits rotated, a unique suffix on long words of every long line, so that no
// two files share their story lines and any cache keyed by text would grow) and
// prints heap and rss every K files, after a forced GC when node runs with
// --expose-gc. Flat means the last figures are near the first ones.
//
// A/B: this checkout's extractor against another checkout's (a worktree of the base commit, say),
// in one process on the ~5 KB text dumps (with --same-site: on the same-site rotation, each side taking
// its own pass through it, so that neither extracts a page twice): R rounds alternate between the two, each extracting the
// set `reps` times, timed in CPU time (process.cpuUsage: waiting for a core is not counted). Prints
// the median µs per file of each and the ratio; absolute figures on a shared machine are noisy,
// the ratio much less so (the fastest rounds are printed too: on a busy machine they are the least
// disturbed). The other checkout must have its node_modules (a symlink will do). Both sides share one process: a change
// that slows the whole process (code kept out of optimised tiers) can show here as 0.8x and alone as 0.5x: time a
// change in its own process too (`--only "text dumps ~5"`, alternating with the other checkout).
//
// Pool (--pool [N], N workers, default one per core, at most 8): the ~5 KB text dumps and the HTML
// pages through the extract pool's worker threads, kept busy (2N files in flight, each file's bytes
// copied for transfer as a read would allocate them), in wall-clock files/s, beside the one-thread
// median measured in the same run, and the ratio. Then a desk open of a temp folder of --files
// (default 2,000) distinct files synthesised from the corpus (as for --memory), in this thread and
// through the pool, alternating, R runs each on a fresh database: wall time, and how busy the main
// thread's event loop was (event-loop utilisation; 1 = never free) and its longest stall.
//
// Regexes: every regex execution of one pass over the ~5 KB text dumps is recorded (regex, subject, lastIndex),
// then each regex's calls are replayed alone in a warm loop: its own cost per file, without the recording's
// overhead, beside the whole extraction's. Their sum against the extraction time says how much of it is regex
// matching at all; the list, which regexes are worth a fast path. (With exec replaced, split() runs the spec's
// way, through a sticky copy tried at each position: its rows, flagged y, overstate what split() costs.)
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import iconv from "iconv-lite";
import { decodeBytes } from "../electron/core/extract/decode.js";
import { defaultPoolSize, startExtractPool } from "../electron/core/extract-pool.js";

interface File { name: string; bytes: Uint8Array }

const args = process.argv.slice(2);
// --dist: the extractor as built (`npm run build`: tsc's output, what the app and the command line run) instead of the
// sources through tsx. (The two measured alike in an A/B here, within noise; the built one is the product.)
const core = args.includes("--dist") ? "../dist/electron/core" : "../electron/core";
const { extractScrape, EXTRACTOR_VERSION } = (await import(`${core}/extract/index.js`)) as typeof import("../electron/core/extract/index.js");
const { clearSharedFacts } = (await import(`${core}/extract/text-dump/line-cache.js`)) as typeof import("../electron/core/extract/text-dump/line-cache.js");
const opt = (name: string, dflt: string): string => (args.includes(name) && args[args.indexOf(name) + 1] && !args[args.indexOf(name) + 1]!.startsWith("--") ? args[args.indexOf(name) + 1]! : dflt);
const dir = opt("--corpus", existsSync("../shared/corpus/scrapes") ? "../shared/corpus/scrapes" : "samples/scrapes");
const seconds = Number(opt("--seconds", "1"));
const runs = Math.max(1, Number(opt("--runs", "5")));
const files: File[] = readdirSync(dir)
  .filter((f) => /\.(?:txt|html?|json)$/i.test(f))
  .sort()
  .map((f) => ({ name: f, bytes: new Uint8Array(readFileSync(join(dir, f))) }));

const median = (xs: number[]): number => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]!; };
const mb = (n: number): string => (n / 1048576).toFixed(1);

// ---- synthesis ---------------------------------------------------------------

/** Re-encodes text the way the original bytes were (BOM, legacy code page, CRLF). */
function encodeLike(original: Uint8Array, text: string): Uint8Array {
  const d = decodeBytes(original);
  const crlf = Buffer.from(original).includes("\r\n");
  const t = crlf ? text.replace(/\n/g, "\r\n") : text;
  const bom = original[0] === 0xef && original[1] === 0xbb && original[2] === 0xbf;
  const body = d.encoding === "utf-8" || d.encoding === "" ? Buffer.from(t, "utf8") : iconv.encode(t, d.encoding);
  return new Uint8Array(bom ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), body]) : body);
}

/** A text dump grown to about `target` bytes: the page printed again below itself (possibly cut short). */
function grow(f: File, target = 5 * 1024): File {
  if (f.bytes.length >= target * 0.9) return f;
  const text = decodeBytes(f.bytes).text;
  let out = text;
  const lines = text.split("\n");
  let i = 0;
  while (Buffer.byteLength(out) < target) { out += "\n" + lines[i % lines.length]; i++; }
  return { name: f.name, bytes: encodeLike(f.bytes, out) };
}

function suffix(v: number): string {
  let s = "";
  for (let n = v + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(97 + ((n - 1) % 26)) + s;
  return s;
}

const LONG_WORD = /\b([A-Za-z]{7,})\b/;
const WORD = /\b[A-Za-z]{4,}\b/g;
const HAN = /[\u4e00-\u9fa5]/;
const DIGIT = /\d/;
/** Words with a letter ("Home / China / Society" is three: a separator is no word). */
const letterWords = (line: string): number => line.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;

/**
 * Variant `v` of a plain text: digits rotated, and the first long word of each long line given a unique suffix.
 * `sameSite`: another page of the same site (see the same-site set above) instead: every line of 60 characters or
 * more, and every shorter one of four words or 40 characters or more without a digit (a line with one varies by the
 * rotation: a stamp must stay a stamp, and dates recur in a real folder too), gets the suffix on its LAST word of
 * four letters or more (most rules read a line's opening: a credit, a list bullet, a caption label stay what they
 * were), or, if it has none, a shift of its first Han character.
 */
function varyText(text: string, v: number, sameSite = false): string {
  const sx = suffix(v);
  const rot = v % 10;
  const own = (line: string): string => {
    if (!sameSite) return line.length >= 60 ? line.replace(LONG_WORD, `$1${sx}`) : line;
    if (line.length < 60 && (DIGIT.test(line) || (line.length < 40 && letterWords(line) < 4))) return line;
    let end = -1;
    for (const m of line.matchAll(WORD)) end = m.index + m[0].length;
    if (end >= 0) return line.slice(0, end) + sx + line.slice(end);
    return line.replace(HAN, (c) => String.fromCharCode(0x4e00 + ((c.charCodeAt(0) - 0x4e00 + v + 1) % 0x51a6)));
  };
  return text.replace(/\d/g, (d) => String((Number(d) + rot) % 10)).replace(/^.+$/gm, own);
}
/** The same on the text between tags of an HTML page. */
function varyHtml(html: string, v: number): string {
  return html.replace(/>([^<]{60,})</g, (_m, t: string) => `>${varyText(t, v)}<`);
}

function variant(f: File, v: number, sameSite = false): File {
  const text = decodeBytes(f.bytes).text;
  if (/\.json$/i.test(f.name)) {
    try {
      const rec = JSON.parse(text) as Record<string, unknown>;
      for (const k of Object.keys(rec)) if (typeof rec[k] === "string" && /[<\s]/.test(rec[k] as string)) rec[k] = varyHtml(rec[k] as string, v);
      return { name: f.name, bytes: encodeLike(f.bytes, JSON.stringify(rec)) };
    } catch { return f; }
  }
  return { name: f.name, bytes: encodeLike(f.bytes, /\.html?$/i.test(f.name) ? varyHtml(text, v) : varyText(text, v, sameSite)) };
}

// ---- throughput ----------------------------------------------------------------

/**
 * Files of `set` in turn: around and around, or, for a rotation of distinct pages (`once`), each at most once
 * (an error when it runs out: a page extracted twice would flatter a cache keyed by text).
 */
/**
 * The next file of the set. `once`: a rotation of distinct pages, each given at most once. Otherwise the set
 * repeats, and `cold` (the extractor's clearSharedFacts) runs before each file: a repeated page would otherwise
 * find all its short lines in the cross-file line cache (text-dump/line-cache.ts), a gain no real folder gives;
 * cold, each page is extracted as one of a site not met before.
 */
function cursor(set: File[], once: boolean, cold?: () => void): () => File {
  let k = 0;
  return () => {
    if (once && k >= set.length) throw new Error(`all ${set.length} distinct pages used: raise --variants`);
    if (!once) cold?.();
    return set[k++ % set.length]!;
  };
}

/** The ~5 KB text dumps. */
const grownDumps = (): File[] => files.filter((f) => /\.txt$/i.test(f.name)).map((f) => grow(f));

/** The same-site rotation (see the header): variant 0 of every ~5 KB dump, then variant 1 … */
function sameSiteSet(): File[] {
  const base = grownDumps();
  const n = Number(opt("--variants", "1500"));
  const out: File[] = [];
  for (let v = 0; v < n; v++) for (const f of base) out.push(variant(f, v, true));
  return out;
}

/**
 * Prints the set's one-thread throughput; returns the median files/s wall. `once`: a rotation of distinct
 * pages, each extracted at most once; `stride` files between clock reads.
 */
function bench(label: string, set: File[], once = false, stride = set.length): number {
  if (!set.length) return 0;
  const next = cursor(set, once, clearSharedFacts);
  // Warm-up: modules are loaded (and transpiled by tsx) before this point, so no loader work is
  // timed; this lets the JIT optimise the hot paths first. On a loaded 2-core machine throughput
  // still climbs for ~1.5 s (optimising compiles run on a second thread), so 300 ms left the
  // first timed run partly unoptimised.
  const warm = performance.now();
  while (performance.now() - warm < 2000) for (let j = 0; j < stride; j++) { const f = next(); extractScrape(f.bytes, f.name); }
  const wall: number[] = [];
  const cpu: number[] = [];
  let total = 0;
  for (let r = 0; r < runs; r++) {
    let n = 0;
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    while (performance.now() - t0 < seconds * 1000) for (let j = 0; j < stride; j++) { const f = next(); extractScrape(f.bytes, f.name); n++; }
    const ms = performance.now() - t0;
    const c = process.cpuUsage(c0);
    wall.push(n / (ms / 1000));
    cpu.push(n / ((c.user + c.system) / 1e6));
    total += n;
  }
  const kb = set.reduce((a, f) => a + f.bytes.length, 0) / set.length / 1024;
  console.log(
    `${label.padEnd(18)} ${String(set.length).padStart(once ? 5 : 3)} files, ${kb.toFixed(1).padStart(4)} KB avg: ` +
      `median ${median(wall).toFixed(0).padStart(5)} files/s wall (runs ${wall.map((x) => x.toFixed(0)).join(" ")}), ` +
      `${median(cpu).toFixed(0).padStart(5)} files/CPU-s, ${(1000 / median(wall)).toFixed(3)} ms/file; ${total} extractions`,
  );
  return median(wall);
}

/** Files/s wall through a pool of `size` workers kept busy, median of the runs. */
async function benchPool(set: File[], size: number): Promise<{ size: number; wall: number[]; passes: number }> {
  const pool = startExtractPool({ size, onWarning: (w) => console.log(w) });
  // Across the warm-up and the runs: a set of distinct pages is gone through once before any page comes again.
  let next = 0;
  const run = async (ms: number): Promise<number> => {
    let done = 0;
    const inFlight = new Set<Promise<void>>();
    const t0 = performance.now();
    while (performance.now() - t0 < ms) {
      while (inFlight.size < 2 * Math.max(1, pool.size)) {
        const f = set[next++ % set.length]!;
        const p: Promise<void> = pool.extract(new Uint8Array(f.bytes), f.name).then(() => { done++; inFlight.delete(p); });
        inFlight.add(p);
      }
      await Promise.race(inFlight);
    }
    await Promise.all(inFlight);
    return done / ((performance.now() - t0) / 1000);
  };
  try {
    // Each worker loads and optimises the extractor on its own; on a loaded 2-core machine the
    // optimising compilers compete and throughput climbs for several seconds: warm up until two
    // one-second windows agree within 10% (at most 20 s).
    const warm = performance.now();
    for (let last = 0, now = await run(1000); performance.now() - warm < 20_000 && Math.abs(now - last) > 0.1 * now; ) [last, now] = [now, await run(1000)];
    const wall: number[] = [];
    for (let r = 0; r < runs; r++) wall.push(await run(seconds * 1000));
    return { size: pool.size, wall, passes: next / set.length };
  } finally {
    await pool.close();
  }
}

async function poolFigures(size: number | undefined): Promise<void> {
  // Distinct pages of the same sites (the same-site rotation), not the ~5 KB set: a worker's line cache cannot be
  // cleared between files, and on 11 repeated pages it would serve every short line.
  const txt = sameSiteSet();
  const html = files.filter((f) => /\.html?$/i.test(f.name));
  console.log(`${runs} runs of ${seconds} s per set; medians; ${availableParallelism()} cores`);
  for (const [label, set] of [["~5 KB, same sites", txt], ["html", html]] as const) {
    if (!set.length) continue;
    const one = set === txt ? bench(label, set, true, grownDumps().length) : bench(label, set);
    const pooled = await benchPool(set, size ?? defaultPoolSize());
    const m = median(pooled.wall);
    const again = set === txt && pooled.passes > 1 ? `; went ${pooled.passes.toFixed(1)}x through the ${set.length} pages (raise --variants: pages met again flatter the figure)` : "";
    console.log(`${`${label}, pool`.padEnd(18)} ${pooled.size} workers: median ${m.toFixed(0).padStart(5)} files/s wall (runs ${pooled.wall.map((x) => x.toFixed(0)).join(" ")}), ${(m / one).toFixed(2)}x one thread's ${one.toFixed(0)}${again}`);
  }
  await deskOpen(Number(opt("--files", "2000")), size);
}

/** One first open, in this process, printed as JSON: wall time, main event-loop utilisation, longest stall. */
async function openOnce(folder: string, dbPath: string, workers: number): Promise<void> {
  const { Desk } = (await import(args.includes("--dist") ? "../dist/electron/core/desk.js" : "../electron/core/desk.js")) as typeof import("../electron/core/desk.js");
  const delay = monitorEventLoopDelay({ resolution: 10 });
  const elu0 = performance.eventLoopUtilization();
  delay.enable();
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const desk = await Desk.open({ folder, dbPath, reviewer: "bench", extractWorkers: workers, onWarning: (w) => console.error(w) });
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0); // every thread of the process: the workers' too
  delay.disable();
  const elu = performance.eventLoopUtilization(elu0).utilization;
  await desk.close();
  console.log(JSON.stringify({ ms, elu, stall: delay.max / 1e6, cpuMs: (cpu.user + cpu.system) / 1000 }));
}

/** Wall time of a first open of a folder of n synthesised files, in this thread and through the pool. */
async function deskOpen(n: number, size: number | undefined): Promise<void> {
  const root = mkdtempSync(join(tmpdir(), "copydesk-bench-open-"));
  try {
    const folder = join(root, "scrapes");
    mkdirSync(folder);
    for (let i = 0; i < n; i++) {
      const v = variant(files[i % files.length]!, Math.floor(i / files.length));
      writeFileSync(join(folder, `${String(i).padStart(5, "0")}_${v.name}`), v.bytes);
    }
    const modes = [{ label: "this thread", workers: 0 }, { label: "pool", workers: size ?? defaultPoolSize() }];
    const results = modes.map(() => ({ ms: [] as number[], elu: [] as number[], stall: [] as number[], cpuMs: [] as number[] }));
    for (let r = 0; r < runs; r++) {
      for (const m of r % 2 ? [1, 0] : [0, 1]) {
        // A fresh process each time: a first open starts cold in the main thread and in the workers alike.
        const child = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), "--open-once", folder, join(root, `review-${r}-${m}.json`), String(modes[m]!.workers), ...(args.includes("--dist") ? ["--dist"] : [])], { encoding: "utf8" });
        if (child.status !== 0) throw new Error(`the open failed: ${child.stderr}`);
        const x = JSON.parse(child.stdout.trim().split("\n").pop()!) as { ms: number; elu: number; stall: number; cpuMs: number };
        results[m]!.ms.push(x.ms);
        results[m]!.elu.push(x.elu);
        results[m]!.stall.push(x.stall);
        results[m]!.cpuMs.push(x.cpuMs);
      }
    }
    console.log(`desk open, ${n} new files (${files.length} corpus files varied), ${runs} runs each, alternating, each in a fresh process${args.includes("--dist") ? " on the built dist/" : " on the sources (tsx: workers compile the extractor when they start; --dist for the built app's figure)"}; medians:`);
    for (const [i, m] of modes.entries()) {
      const x = results[i]!;
      console.log(`  ${m.label.padEnd(11)} ${(median(x.ms) / 1000).toFixed(2)} s (runs ${x.ms.map((v) => (v / 1000).toFixed(2)).join(" ")}), CPU ${(median(x.cpuMs) / 1000).toFixed(2)} s (all threads), main event loop busy ${(median(x.elu) * 100).toFixed(0)}%, longest stall ${median(x.stall).toFixed(0)} ms`);
    }
    console.log(`  ratio this thread / pool: ${(median(results[0]!.ms) / median(results[1]!.ms)).toFixed(2)}x`);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

function memory(n: number, every: number): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  const base = files.filter((f) => !/\.json$/i.test(f.name) || true);
  const show = (done: number): void => {
    gc?.();
    const m = process.memoryUsage();
    console.log(`${String(done).padStart(6)} files: heap ${mb(m.heapUsed).padStart(6)} MB, rss ${mb(m.rss).padStart(6)} MB, external ${mb(m.external).padStart(5)} MB`);
  };
  console.log(`memory: ${n} distinct synthesised files from ${base.length} corpus files${gc ? "" : " (run node with --expose-gc for figures after a full GC)"}`);
  show(0);
  const t0 = performance.now();
  let errors = 0;
  for (let i = 0; i < n; i++) {
    const f = base[i % base.length]!;
    const v = variant(f, Math.floor(i / base.length));
    const r = extractScrape(v.bytes, v.name);
    if (r.error) errors++;
    if ((i + 1) % every === 0) show(i + 1);
  }
  console.log(`${n} files in ${((performance.now() - t0) / 1000).toFixed(1)} s (synthesis included), ${errors} with an error`);
}

/** Median CPU µs per file of this checkout's and another's extractor, alternating rounds. */
async function ab(other: string): Promise<void> {
  const { resolve } = await import("node:path");
  const { pathToFileURL } = await import("node:url");
  // A checkout's sources, or a build of them (its .js files: the app runs tsc's output, not tsx's).
  const ext = existsSync(resolve(other, "electron/core/extract/index.ts")) ? "ts" : "js";
  const theirs = (await import(pathToFileURL(resolve(other, `electron/core/extract/index.${ext}`)).href)) as { extractScrape: typeof extractScrape };
  // The other checkout's line cache, if it has one, is cleared the same way on a repeated set (see cursor).
  const theirCache = resolve(other, `electron/core/extract/text-dump/line-cache.${ext}`);
  const theirCold = existsSync(theirCache) ? ((await import(pathToFileURL(theirCache).href)) as { clearSharedFacts: () => void }).clearSharedFacts : undefined;
  const rounds = Number(opt("--rounds", "16"));
  const reps = Number(opt("--reps", "30"));
  const same = args.includes("--same-site");
  const set = same ? sameSiteSet() : grownDumps();
  // A pass: as many files as the ~5 KB set holds. With --same-site each side takes its own pass through the rotation.
  const pass = same ? files.filter((f) => /\.txt$/i.test(f.name)).length : set.length;
  const sides = [{ label: "this", run: extractScrape, us: [] as number[] }, { label: other, run: theirs.extractScrape, us: [] as number[] }]
    .map((s, i) => ({ ...s, next: cursor(set, same, i === 0 ? clearSharedFacts : theirCold) }));
  const passes = (s: (typeof sides)[number], n: number): void => { for (let k = 0; k < n * pass; k++) { const f = s.next(); s.run(f.bytes, f.name); } };
  // Warm-up alternating too, 5 s: process.cpuUsage counts the optimising compiler threads, busy for seconds on a loaded machine.
  const w0 = performance.now();
  while (performance.now() - w0 < 5000) for (const s of sides) passes(s, 5);
  for (let r = 0; r < rounds; r++) {
    for (const s of r % 2 ? [...sides].reverse() : sides) {
      const c0 = process.cpuUsage();
      passes(s, reps);
      const c = process.cpuUsage(c0);
      s.us.push((c.user + c.system) / (reps * pass));
    }
  }
  const [a, b] = sides.map((s) => median(s.us));
  console.log(`A/B on ${same ? `the same-site rotation (${set.length} distinct pages, none extracted twice by a side)` : `${set.length} text dumps ~5 KB`}, ${rounds} rounds x ${reps} reps, median CPU µs/file:`);
  console.log(`  this:  ${a!.toFixed(1)}  (rounds ${sides[0]!.us.map((x) => x.toFixed(0)).join(" ")})`);
  console.log(`  other: ${b!.toFixed(1)}  (rounds ${sides[1]!.us.map((x) => x.toFixed(0)).join(" ")})  ${other}`);
  console.log(`  ratio other/this: ${(b! / a!).toFixed(3)}x`);
  // On a loaded machine the fastest rounds are the ones least disturbed by other processes.
  const fast = sides.map((s) => Math.min(...s.us));
  console.log(`  fastest rounds: this ${fast[0]!.toFixed(1)}, other ${fast[1]!.toFixed(1)}, ratio ${(fast[1]! / fast[0]!).toFixed(3)}x`);
}

/** Each regex's calls of one pass over the ~5 KB text dumps, replayed alone: µs per file, by regex. */
function regexes(top: number): void {
  const set = grownDumps();
  // CPU time, as in the A/B: waiting for a core is not counted.
  const cpuUs = (run: () => void): number => { const c0 = process.cpuUsage(); run(); const c = process.cpuUsage(c0); return c.user + c.system; };
  const timePass = (): number => cpuUs(() => { for (let k = 0; k < 5; k++) for (const f of set) extractScrape(f.bytes, f.name); }) / 5 / set.length;
  const w0 = performance.now();
  while (performance.now() - w0 < 2000) timePass();
  const whole = median(Array.from({ length: 15 }, timePass));
  // Every match method (test, match, replace, split …) goes through exec once exec is replaced.
  const exec = RegExp.prototype.exec;
  // By source and flags: a regex built per call (new RegExp in a function) is one regex to V8's compilation cache.
  const calls = new Map<string, { s: string; at: number }[]>();
  RegExp.prototype.exec = function (this: RegExp, s: string): RegExpExecArray | null {
    const key = `/${this.source}/${this.flags}`;
    let list = calls.get(key);
    if (!list) calls.set(key, (list = []));
    list.push({ s, at: this.lastIndex });
    return exec.call(this, s);
  };
  try { for (const f of set) extractScrape(f.bytes, f.name); } finally { RegExp.prototype.exec = exec; }
  const rows = [...calls].map(([key, list]) => {
    const end = key.lastIndexOf("/");
    const copy = new RegExp(key.slice(1, end), key.slice(end + 1));
    const replay = (): number => cpuUs(() => { for (let k = 0; k < 20; k++) for (const c of list) { copy.lastIndex = c.at; copy.exec(c.s); } }) / 20 / set.length;
    for (let k = 0; k < 5; k++) replay();
    return { us: median(Array.from({ length: 5 }, replay)), n: list.length / set.length, key };
  }).sort((a, b) => b.us - a.us);
  const sum = rows.reduce((a, r) => a + r.us, 0);
  console.log(`${set.length} text dumps ~5 KB: extraction ${whole.toFixed(0)} µs/file; ${rows.length} regexes, replayed alone ${sum.toFixed(0)} µs/file (${(sum / whole * 100).toFixed(0)}%)`);
  for (const r of rows.slice(0, top)) console.log(`${r.us.toFixed(2).padStart(7)} µs ${r.n.toFixed(1).padStart(6)} calls/file  ${r.key.length > 110 ? r.key.slice(0, 100) + "…" + r.key.slice(r.key.lastIndexOf("/")) : r.key}`);
}

console.log(`extractor ${EXTRACTOR_VERSION}, node ${process.version}, corpus ${dir}`);
if (args.includes("--open-once")) {
  const at = args.indexOf("--open-once");
  await openOnce(args[at + 1]!, args[at + 2]!, Number(args[at + 3]));
} else if (args.includes("--pool")) {
  const raw = args[args.indexOf("--pool") + 1];
  await poolFigures(raw && /^\d+$/.test(raw) ? Number(raw) : undefined);
} else if (args.includes("--regexes")) {
  regexes(Number(opt("--top", "30")));
} else if (args.includes("--ab")) {
  await ab(opt("--ab", ""));
} else if (args.includes("--memory")) {
  const raw = args[args.indexOf("--memory") + 1];
  memory(raw && /^\d+$/.test(raw) ? Number(raw) : 10_000, Number(opt("--every", "1000")));
} else {
  const txt = files.filter((f) => /\.txt$/i.test(f.name));
  // --only LABEL: the sets whose label starts with LABEL ("~5", "html"), e.g. under --cpu-prof.
  const only = opt("--only", "");
  const run = (label: string, set: () => File[], once = false, stride?: number): void => { if (label.startsWith(only)) bench(label, set(), once, stride); };
  console.log(`${runs} runs of ${seconds} s per set; medians`);
  run("text dumps", () => txt);
  run("text dumps ~5 KB", grownDumps);
  run("~5 KB, same sites", sameSiteSet, true, txt.length);
  run("html", () => files.filter((f) => /\.html?$/i.test(f.name)));
  run("json records", () => files.filter((f) => /\.json$/i.test(f.name)));
}
