import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { copyFileSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Desk } from "../../electron/core/desk.js";
import { extractWithoutText } from "../../electron/core/extract/index.js";
import { sha256 } from "../../electron/core/hash.js";
import { FIELD_NAMES } from "../../shared/record.js";
import { copyScrapes, handbookScrapes, heldoutScrapes, repoRoot, SAMPLE, tempDir } from "../helpers.js";

/** Runs the real command line (from source, through tsx) in a child process. */
function copydesk(...args: string[]) {
  const script = `import(${JSON.stringify(join(repoRoot, "electron", "cli.ts"))}).then(async (m) => { process.exitCode = await m.main(${JSON.stringify(args)}); })`;
  return spawnSync(process.execPath, ["--import", "tsx", "-e", script], { cwd: repoRoot, encoding: "utf8" });
}

test("extract --jsonl prints one line per file with every guideline field, and a bad file does not stop the batch", (t) => {
  const folder = copyScrapes(t, [SAMPLE, "008_harborledger_ferry_fares.html"]);
  writeFileSync(join(folder, "broken.json"), "{ not json");
  const run = copydesk("extract", folder, join(folder, "missing.txt"), "--jsonl");
  assert.equal(run.status, 0, run.stderr);
  const lines = run.stdout.trim().split("\n").map((l) => JSON.parse(l));
  assert.equal(lines.length, 4);
  const byName = Object.fromEntries(lines.map((l) => [l.file.split("/").pop(), l]));
  for (const name of [SAMPLE, "008_harborledger_ferry_fares.html"]) {
    assert.deepEqual(Object.keys(byName[name].fields), [...FIELD_NAMES]);
    assert.ok(Array.isArray(byName[name].warnings));
  }
  assert.ok(byName["broken.json"].error || byName["broken.json"].warnings.length > 0, "the broken file says what is wrong");
  assert.match(byName["missing.txt"].error, /no such file/);
});

test("extract --jsonl through the worker pool prints the lines in input order, each as this thread extracts it", (t) => {
  const folder = tempDir(t, "copydesk-scrapes-");
  for (const dir of [handbookScrapes, heldoutScrapes]) for (const name of readdirSync(dir)) copyFileSync(join(dir, name), join(folder, name));
  // Not the folder's order: the order given.
  const inputs = readdirSync(folder).map((name) => join(folder, name)).reverse();
  const run = copydesk("extract", ...inputs, "--jsonl", "--workers", "2");
  assert.equal(run.status, 0, run.stderr);
  assert.equal(run.stderr, "", "no warning: the workers started");
  const lines = run.stdout.trim().split("\n").map((l) => JSON.parse(l));
  assert.deepEqual(lines.map((l) => l.file), inputs);
  for (const [i, path] of inputs.entries()) {
    const { regions: _regions, ...expected } = extractWithoutText(readFileSync(path), path);
    assert.deepEqual(lines[i], { file: path, ...expected }, path);
  }
});

test("export writes the approved records of a database; a missing database is a clear error", async (t) => {
  const folder = copyScrapes(t, [SAMPLE]);
  const out = tempDir(t);
  const dbPath = join(out, "review.json");
  const desk = await Desk.open({ folder, dbPath, reviewer: "ana" });
  await desk.approve(sha256(readFileSync(join(folder, SAMPLE))), { title: "From the command line" });
  const run = copydesk("export", "--db", dbPath, "--out", join(out, "approved.jsonl"));
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stdout, /Exported 1 approved records/);
  assert.equal(JSON.parse(readFileSync(join(out, "approved.jsonl"), "utf8")).title, "From the command line");

  const missing = copydesk("export", "--db", join(out, "nope.json"), "--out", join(out, "x.jsonl"));
  assert.equal(missing.status, 1);
  assert.match(missing.stderr, /There is no review database at/);
});

test("usage errors exit 2 with the usage text", () => {
  const run = copydesk("frobnicate");
  assert.equal(run.status, 2);
  assert.match(run.stderr, /Unknown command "frobnicate"/);
  assert.match(run.stderr, /copydesk extract/);
  const workers = copydesk("extract", "samples/scrapes", "--workers", "two");
  assert.equal(workers.status, 2);
  assert.match(workers.stderr, /--workers needs a whole number/);
});
