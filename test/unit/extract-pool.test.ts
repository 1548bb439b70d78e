// The extract pool with real worker threads: the same results as in this thread on every corpus
// file; a worker that throws or dies on a file fails that file only; a missing worker script falls
// back to this thread. Every test closes its pool (an open one would keep workers running).
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { join } from "node:path";
import { extractWithoutText } from "../../electron/core/extract/index.js";
import { ExtractPool, startExtractPool, type ExtractPoolOptions } from "../../electron/core/extract-pool.js";
import { handbookScrapes, heldoutScrapes, repoRoot, SAMPLE, sampleScrapes } from "../helpers.js";

const fixtureWorker = (name: string) => new URL(`../fixtures/workers/${name}`, import.meta.url);

type Result = { file: string; length?: number; error?: string };
const fixtureOptions = (script: URL, warnings: string[] = []): ExtractPoolOptions<Result> => ({
  script,
  size: 2,
  inThread: (bytes, file) => ({ file, length: bytes.length }),
  failure: (file, error) => ({ file, error }),
  onWarning: (message) => warnings.push(message),
});

function usePool<R>(t: { after: (fn: () => Promise<void>) => void }, pool: ExtractPool<R>): ExtractPool<R> {
  t.after(() => pool.close());
  return pool;
}

const bytesOf = (text: string) => new Uint8Array(Buffer.from(text));

test("the pool's workers give the same extraction as this thread for every file of the handbook corpus and the held-out set", async (t) => {
  const warnings: string[] = [];
  const pool = usePool(t, startExtractPool({ size: 2, onWarning: (m) => warnings.push(m) }));
  const files = [handbookScrapes, heldoutScrapes].flatMap((dir) => readdirSync(dir).map((name) => join(dir, name)));
  assert.ok(files.length > 100, `${files.length} files`);
  const results = await Promise.all(files.map((path) => pool.extract(readFileSync(path), path)));
  assert.deepEqual(warnings, [], "the workers started");
  assert.equal(pool.size, 2);
  for (const [i, path] of files.entries()) assert.deepEqual(results[i], extractWithoutText(readFileSync(path), path), path);
});

test("bytes that own their buffer are transferred to the worker, and a view into a shared buffer is copied instead", async (t) => {
  const pool = usePool(t, new ExtractPool(fixtureOptions(fixtureWorker("throws-on-bad.ts"))));
  const owned = bytesOf("a whole buffer");
  const shared = new Uint8Array(64).fill(7);
  const view = shared.subarray(8, 24);
  assert.deepEqual(await Promise.all([pool.extract(owned, "owned.txt"), pool.extract(view, "view.txt")]), [
    { file: "owned.txt", length: 14 },
    { file: "view.txt", length: 16 },
  ]);
  assert.equal(owned.byteLength, 0, "moved, not copied");
  assert.equal(shared.byteLength, 64, "the larger buffer stays usable");
  assert.equal(shared[30], 7);
});

for (const [script, how] of [["throws-on-bad.ts", /the extractor failed on this file: the fixture refuses bad/], ["exits-on-bad.ts", /worker thread stopped on this file \(exit code 3\)/]] as const) {
  test(`a worker that ${script.split("-")[0]} on one file fails that file only, and the pool goes on (${script})`, async (t) => {
    const warnings: string[] = [];
    const pool = usePool(t, new ExtractPool(fixtureOptions(fixtureWorker(script), warnings)));
    const names = ["a.txt", "b.txt", "bad.txt", "c.txt", "d.txt", "e.txt"];
    const results = await Promise.all(names.map((name) => pool.extract(bytesOf(`text of ${name}`), name)));
    for (const [i, name] of names.entries()) {
      if (name === "bad.txt") assert.match(results[i]!.error ?? "", how);
      else assert.deepEqual(results[i], { file: name, length: `text of ${name}`.length });
    }
    // Still on workers, not fallen back to this thread: a second bad file fails the same way.
    const after = await Promise.all([pool.extract(bytesOf("x"), "later.txt"), pool.extract(bytesOf("y"), "bad-again.txt")]);
    assert.deepEqual(after[0], { file: "later.txt", length: 1 });
    assert.match(after[1]!.error ?? "", how);
    assert.deepEqual(warnings, []);
    assert.equal(pool.size, 2);
  });
}

for (const missing of ["no-such-worker.ts", "no-such-worker.js"]) {
  test(`a worker script that cannot be loaded (${missing}) falls back to this thread, with one warning`, async (t) => {
    const warnings: string[] = [];
    const pool = usePool(t, new ExtractPool(fixtureOptions(fixtureWorker(missing), warnings)));
    const names = ["a.txt", "b.txt", "c.txt", "d.txt", "e.txt"];
    const results = await Promise.all(names.map((name) => pool.extract(bytesOf(name), name)));
    assert.deepEqual(results, names.map((name) => ({ file: name, length: name.length })));
    assert.equal(warnings.length, 1, warnings.join("\n"));
    assert.match(warnings[0]!, /Extraction runs on one core, in the main thread: its worker threads could not be started \(.*no-such-worker/);
    assert.equal(pool.size, 0);
    assert.deepEqual(await pool.extract(bytesOf("later"), "later.txt"), { file: "later.txt", length: 5 });
  });
}

test("a pool of 0 or 1 worker extracts in this thread, catching what the extractor throws", async (t) => {
  for (const size of [0, 1]) {
    const pool = usePool(t, new ExtractPool({ ...fixtureOptions(fixtureWorker("no-such-worker.js")), size, inThread: (_bytes, file): Result => { if (file === "bad.txt") throw new Error("no"); return { file }; } }));
    assert.equal(pool.size, 0);
    assert.deepEqual(await pool.extract(bytesOf("x"), "ok.txt"), { file: "ok.txt" });
    assert.match((await pool.extract(bytesOf("x"), "bad.txt")).error ?? "", /failed on this file: no/);
  }
});

test("closing the pool answers the files still waiting with a failure", async () => {
  const pool = new ExtractPool(fixtureOptions(fixtureWorker("throws-on-bad.ts")));
  const waiting = ["a.txt", "b.txt", "c.txt", "d.txt"].map((name) => pool.extract(bytesOf(name), name));
  await pool.close();
  for (const result of await Promise.all(waiting)) assert.match(result.error ?? "", /stopped before this file/);
  assert.match((await pool.extract(bytesOf("x"), "late.txt")).error ?? "", /stopped before this file/);
});

const builtPool = join(repoRoot, "dist", "electron", "core", "extract-pool.js");
test("the built pool starts the built worker beside it (as the app and the command line run it)", { skip: !existsSync(builtPool) && "not built (npm run build)" }, async (t) => {
  const built = (await import(pathToFileURL(builtPool).href)) as typeof import("../../electron/core/extract-pool.js");
  const warnings: string[] = [];
  const pool = usePool(t, built.startExtractPool({ size: 2, onWarning: (m) => warnings.push(m) }));
  const path = join(sampleScrapes, SAMPLE);
  assert.deepEqual(await pool.extract(readFileSync(path), SAMPLE), extractWithoutText(readFileSync(path), SAMPLE));
  assert.deepEqual(warnings, []);
});

test("by default a small batch is extracted in this thread (starting workers would cost more); an explicit size is taken as given", async (t) => {
  assert.equal(usePool(t, startExtractPool({ files: 10 })).size, 0);
  assert.equal(usePool(t, startExtractPool({ files: 10, size: 2 })).size, 2);
  assert.equal(usePool(t, startExtractPool({ files: 10, size: 1 })).size, 0, "one worker is this thread");
});
