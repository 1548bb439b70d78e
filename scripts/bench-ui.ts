// UI latency of the review desk with 10,000 items in the queue, in Debian's Chromium against the
// real `copydesk serve` (not a scripted bridge: starting on 10,000 files takes seconds, which is
// fine here), on a temp folder of synthesised scrapes (copies of the repo's plain-text samples, each
// with a numbered last line so that every file is distinct).
//
//   npm run build && node --import tsx scripts/bench-ui.ts [items=10000] [approvals=60] [keys=100]
//   BENCH_VERBOSE=1 prints each approval's API calls; BENCH_TRACE=trace.json records a Chrome trace;
//   BENCH_PROFILE=x records the page's JavaScript while approving and while typing (V8 CPU profiles
//   x-approve.cpuprofile and x-keys.cpuprofile; open them in DevTools);
//   BENCH_REUSE=<dir> keeps the synthesised folder and its freshly scanned database in <dir>/<items>
//   and measures a copy of that database on later runs (the first scan is then not timed).
//
// Measured inside the page with performance.now(), so the test driver's round trips do not count:
//  - approve → next item fully shown: from the Ctrl+Enter keydown to the first frame after the
//    fields and the raw pane show the next item (fetched ahead, or fetched then, and rendered; the
//    desk goes on while the approval is written, which the /api/approve round trip below times,
//    and brings the item back if that write fails);
//  - key → draft saved: from a keydown in a field to the desk showing "All changes saved" (the
//    saveDraft for that keystroke acknowledged by the store, durable on disk).
// Targets: p95 < 50 ms and < 30 ms.
import { chromium } from "@playwright/test";
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { repoRoot, samples, serveOpened, startServe, stopServe, type Server } from "../test/e2e/serve.js";

const ITEMS = Number(process.argv[2] ?? 10_000);
const APPROVALS = Number(process.argv[3] ?? 60);
/**
 * How long each item is looked at before it is approved (BENCH_READ_MS; by default 0, the moment it
 * is shown, the harder case). An editor reads for seconds; the desk uses that time to fetch ahead
 * and lay the next item out, which an approval at once may find still running.
 */
const READ_MS = Number(process.env.BENCH_READ_MS ?? 0);
const KEYS = Number(process.argv[4] ?? 100);

/** The DevTools performance panel's categories, with the JavaScript samples and timer/frame detail. */
const TRACE_CATEGORIES = ["devtools.timeline", "disabled-by-default-devtools.timeline", "disabled-by-default-devtools.timeline.frame", "v8.execute", "disabled-by-default-v8.cpu_profiler", "blink.user_timing", "loading", "latencyInfo"];

const stats = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
  return { n: s.length, median: at(0.5), p95: at(0.95), max: s[s.length - 1]! };
};
const fmt = (x: number) => `${x.toFixed(1)} ms`;

async function synthesise(folder: string, n: number): Promise<void> {
  // Plain-text samples whose first lines are publisher, blank, title (the Xinhua-style layout).
  const names = (await readdir(samples)).filter((f) => f.endsWith(".txt")).sort();
  const templates = await Promise.all(names.map(async (f) => (await readFile(path.join(samples, f), "utf8")).replace(/\r\n/g, "\n")));
  const usable = templates.filter((t) => t.split("\n")[2]?.trim());
  for (let i = 0; i < n; i++) {
    const t = usable[i % usable.length]!;
    // A numbered line at the end makes every file distinct (its own id) without changing what
    // the extractor reads; copies of one sample are then flagged as the same story, which the
    // desk shows as a badge and does not slow down.
    const marked = `${t.trimEnd()}\n\n[bench copy ${i}]\n`;
    await writeFile(path.join(folder, `bench-${String(i).padStart(6, "0")}.txt`), marked);
  }
}

async function main(): Promise<void> {
  if (!existsSync(path.join(repoRoot, "dist", "renderer", "index.html"))) throw new Error("Build first: npm run build");
  const reuse = process.env.BENCH_REUSE ? path.join(process.env.BENCH_REUSE, String(ITEMS)) : null;
  const folder = reuse ? path.join(reuse, "scrapes") : await mkdtemp(path.join(tmpdir(), "copydesk-bench-ui-"));
  const dbDir = await mkdtemp(path.join(tmpdir(), "copydesk-bench-ui-db-"));
  let server: Server | undefined;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
  });
  try {
    let t = performance.now();
    const scanned = reuse && path.join(reuse, "db");
    if (!scanned || !existsSync(path.join(scanned, "review.json"))) {
      if (reuse) await rm(reuse, { recursive: true, force: true }).then(() => mkdir(folder, { recursive: true }));
      await synthesise(folder, ITEMS);
      console.log(`synthesised ${ITEMS} scrapes in ${((performance.now() - t) / 1000).toFixed(1)} s`);
      if (scanned) {
        // Scanned once and closed (which compacts the change log), then kept for later runs.
        await mkdir(scanned, { recursive: true });
        const first = await startServe(folder, path.join(scanned, "review.json"));
        await serveOpened(first);
        await stopServe(first);
      }
    }
    if (scanned) await cp(scanned, dbDir, { recursive: true });
    t = performance.now();
    server = await startServe(folder, path.join(dbDir, "review.json"));
    await serveOpened(server);
    console.log(`copydesk serve ready (${scanned ? "reused database" : `first scan + extraction of ${ITEMS} files`}) in ${((performance.now() - t) / 1000).toFixed(1)} s`);

    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    // The desk times each API call (User Timing `api <op>`) when this is set.
    await page.addInitScript(() => (globalThis as any).sessionStorage.setItem("copydesk.timing", "1"));
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    page.on("crash", () => console.error("the page crashed"));
    page.on("close", () => console.error("the page closed"));
    t = performance.now();
    await page.goto(server.url);
    await page.getByText(new RegExp(`^${ITEMS} items$`)).waitFor();
    await page.locator(".fields-pane[data-item]").waitFor();
    console.log(`desk open with ${ITEMS} items in the queue in ${((performance.now() - t) / 1000).toFixed(2)} s (DOM rows: ${await page.getByRole("option").count()})`);

    // BENCH_TRACE=<file>: a Chrome performance trace of the measured part (open it in DevTools).
    if (process.env.BENCH_TRACE) await browser.startTracing(page, { path: process.env.BENCH_TRACE, screenshots: false, categories: TRACE_CATEGORIES });
    const cdp = process.env.BENCH_PROFILE ? await page.context().newCDPSession(page) : null;
    const profile = async (stop: string | null, start: boolean) => {
      if (!cdp) return;
      if (stop) await writeFile(`${process.env.BENCH_PROFILE}-${stop}.cpuprofile`, JSON.stringify((await cdp.send("Profiler.stop")).profile));
      if (start) await cdp.send("Profiler.start");
    };
    if (cdp) {
      await cdp.send("Profiler.enable");
      await cdp.send("Profiler.setSamplingInterval", { interval: 200 });
    }
    await profile(null, true);

    // --- approve → next item fully shown ------------------------------------------------------
    const approve: number[] = [];
    /** From the Control keydown (where the figure starts) to the Enter keydown, per approval. */
    const gaps: number[] = [];
    let overrides = 0;
    for (let i = 0; i < APPROVALS; i++) {
      await page.locator(".fields-pane[data-item]").waitFor();
      if (READ_MS > 0) await page.waitForTimeout(READ_MS);
      const before = await page.locator(".fields-pane").getAttribute("data-item");
      // Arm the in-page timer, then press the key.
      await page.evaluate(({ before, mark }) => {
        const g = globalThis as any;
        g.__benchDone = new Promise<number>((resolve) => {
          let t0 = 0;
          g.addEventListener("keydown", () => (t0 = t0 || g.performance.now()), { capture: true, once: true });
          // Reported apart, not taken out: the driver sends Control and Enter as two key events.
          g.__benchGap = 0;
          const enter = new g.AbortController();
          g.addEventListener(
            "keydown",
            (e: any) => {
              if (e.key !== "Enter") return;
              g.__benchGap = g.performance.now() - t0;
              enter.abort();
            },
            { capture: true, signal: enter.signal },
          );
          const pane = g.document.querySelector(".fields-pane");
          const observer = new g.MutationObserver(() => {
            const now = pane.getAttribute("data-item");
            const raw = g.document.querySelector(".raw-scroll")?.getAttribute("data-item");
            if (now && now !== before && raw === now) {
              observer.disconnect();
              // In a trace, marks for where the window's steps fall (each costs microseconds).
              if (mark) g.performance.mark("bench: next item in the DOM");
              g.requestAnimationFrame(() => {
                if (mark) g.performance.mark("bench: frame");
                g.setTimeout(() => resolve(g.performance.now() - t0), 0);
              });
            }
          });
          observer.observe(g.document.body, { attributes: true, subtree: true, attributeFilter: ["data-item"] });
        });
        // In a trace, each measured window is a user timing span (it costs microseconds, after the window).
        if (mark) g.__benchDone.then((ms: number) => g.performance.measure("approve → next shown", { start: g.performance.now() - ms, end: g.performance.now() }));
        // The override dialog is watched for in the page too: a Playwright waitFor here would poll
        // the page every frame (role queries over the whole DOM) and go on polling after the race
        // was won, so the driver's own work would pile up inside the measured windows.
        g.__benchDialog = new Promise<string>((resolve) => {
          const observer = new g.MutationObserver(() => {
            if (g.document.querySelector("dialog[open]")) {
              observer.disconnect();
              resolve("dialog");
            }
          });
          observer.observe(g.document.body, { attributes: true, subtree: true, attributeFilter: ["open"] });
          g.__benchDone.then(() => observer.disconnect());
        });
      }, { before, mark: Boolean(process.env.BENCH_TRACE) });
      await page.keyboard.press("Control+Enter");
      const done = page.evaluate(() => (globalThis as any).__benchDone as Promise<number>);
      const dialog = page.getByRole("dialog", { name: "Approve with problems?" });
      const first = await page.evaluate(() => Promise.race([(globalThis as any).__benchDone.then(() => "shown"), (globalThis as any).__benchDialog]));
      let overridden = false;
      if (first === "dialog") {
        await dialog.waitFor(); // the override dialog, not another one
        // The dialog's round trip to this driver would be measured too: not counted.
        overrides++;
        overridden = true;
        if (process.env.BENCH_VERBOSE) console.log(`override: ${await page.locator(".raw-meta").textContent()} — ${await dialog.locator("ul").textContent()}`);
        await page.keyboard.press("Control+Enter");
      }
      const ms = await done;
      if (process.env.BENCH_VERBOSE) {
        const phases = await page.evaluate(() => {
          const g = globalThis as any;
          const es = g.performance.getEntriesByType("measure").filter((e: any) => e.name.startsWith("api ")).slice(-3).map((e: any) => `${e.name} ${e.startTime.toFixed(0)}→${(e.startTime + e.duration).toFixed(0)}`);
          return `${es.join(", ")} now ${g.performance.now().toFixed(0)}`;
        });
        console.log(`approve ${ms.toFixed(1)} ms: ${phases}`);
      }
      if (i >= 3 && !overridden) {
        approve.push(ms); // the first few warm the JIT and the caches
        gaps.push(await page.evaluate(() => (globalThis as any).__benchGap as number));
      }
    }

    await profile("approve", true);

    // --- key → draft saved ----------------------------------------------------------------------
    const editor = page.getByLabel("Editor", { exact: true });
    await editor.click();
    await page.keyboard.press("End");
    const save: number[] = [];
    for (let i = 0; i < KEYS; i++) {
      await page.evaluate((mark) => {
        const g = globalThis as any;
        g.__benchSaved = new Promise<number>((resolve) => {
          let t0 = 0;
          let dirty = false;
          g.addEventListener("keydown", () => (t0 = g.performance.now()), { capture: true, once: true });
          const el = g.document.querySelector(".save-state");
          const observer = new g.MutationObserver(() => {
            const text = el.textContent;
            if (text !== "All changes saved") dirty = true;
            else if (dirty && t0) {
              observer.disconnect();
              resolve(g.performance.now() - t0);
            }
          });
          observer.observe(el, { childList: true, characterData: true, subtree: true });
        });
        if (mark) g.__benchSaved.then((ms: number) => g.performance.measure("key → draft saved", { start: g.performance.now() - ms, end: g.performance.now() }));
      }, Boolean(process.env.BENCH_TRACE));
      await page.keyboard.press(i % 10 === 9 ? "Backspace" : "abcdefghijklmnopqrstuvwxyz"[i % 26]!);
      const ms = await page.evaluate(() => (globalThis as any).__benchSaved as Promise<number>);
      if (i >= 3) save.push(ms);
    }

    if (process.env.BENCH_TRACE) await browser.stopTracing();
    await profile("keys", false);

    // Where the time goes: each API call's round trip as the desk timed it (User Timing `api <op>`).
    const timings = (await page.evaluate(() =>
      (globalThis as any).performance.getEntriesByType("measure").map((e: any) => ({ name: e.name, ms: e.duration })),
    )) as { name: string; ms: number }[];
    const byOp = new Map<string, number[]>();
    for (const e of timings) if (e.name.startsWith("api ")) byOp.set(e.name.slice(4), [...(byOp.get(e.name.slice(4)) ?? []), e.ms]);
    const a = stats(approve);
    const s = stats(save);
    console.log("");
    console.log(`machine: ${cpus().length} × ${cpus()[0]?.model ?? "cpu"}; Chromium ${browser.version()}`);
    console.log(`approve → next item fully shown (${a.n} approvals, ${ITEMS} items, each read ${READ_MS} ms first${overrides ? `, ${overrides} needed the override` : ""}): median ${fmt(a.median)}, p95 ${fmt(a.p95)}, max ${fmt(a.max)}  [target p95 < 50 ms: ${a.p95 < 50 ? "met" : "NOT met"}]`);
    const g = stats(gaps);
    console.log(`  of which the driver's gap from the Control to the Enter keydown: median ${fmt(g.median)}, p95 ${fmt(g.p95)}, max ${fmt(g.max)}`);
    console.log(`key in a field → draft saved (${s.n} keys): median ${fmt(s.median)}, p95 ${fmt(s.p95)}, max ${fmt(s.max)}  [target p95 < 30 ms: ${s.p95 < 30 ? "met" : "NOT met"}]`);
    for (const [op, xs] of byOp) {
      const o = stats(xs);
      console.log(`  ${op} round trip as the desk saw it (${o.n} calls): median ${fmt(o.median)}, p95 ${fmt(o.p95)}`);
    }
    if (errors.length) console.log(`page errors: ${errors.join("; ")}`);
  } finally {
    await browser.close();
    await stopServe(server);
    if (!reuse) await rm(folder, { recursive: true, force: true });
    await rm(dbDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
