// Opening a folder with extraction on worker threads gives what opening it in this thread gives:
// the same index, extractions, skipped files, reports and progress (real workers, real lowdb).
import { test } from "node:test";
import assert from "node:assert/strict";
import { copyFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Desk, type OpenProgress } from "../../electron/core/desk.js";
import { handbookScrapes, heldoutScrapes, tempDir } from "../helpers.js";

test("a folder opened through the pool, then reopened after an extractor change, gives the same desk as in this thread", async (t) => {
  const folder = tempDir(t, "copydesk-scrapes-");
  for (const dir of [handbookScrapes, heldoutScrapes]) for (const name of readdirSync(dir)) copyFileSync(join(dir, name), join(folder, name));
  const [first] = readdirSync(handbookScrapes);
  copyFileSync(join(handbookScrapes, first!), join(folder, `zz-copy-${first}`));
  writeFileSync(join(folder, "empty.txt"), "");
  const dbs = tempDir(t);

  async function openTwice(extractWorkers: number) {
    const dbPath = join(dbs, `review-${extractWorkers}.json`);
    const warnings: string[] = [];
    const runs = [];
    // The second open pretends the extractor changed: every undecided item is extracted again.
    for (const extractorVersion of [undefined, "pretend-newer"]) {
      const progress: OpenProgress[] = [];
      const desk = await Desk.open({ folder, dbPath, reviewer: "ana", extractWorkers, extractorVersion, onProgress: (p) => progress.push(p), onWarning: (w) => warnings.push(w) });
      try {
        const items = desk.listItems();
        const extractions = await Promise.all(items.map((item) => desk.store.extraction(item.id)));
        runs.push({ items, extractions, skipped: desk.session().skipped, notices: desk.session().notices, scan: desk.scan, progress });
      } finally {
        await desk.close();
      }
    }
    assert.deepEqual(warnings, []);
    return runs;
  }

  const pooled = await openTwice(2);
  const inThread = await openTwice(0);
  assert.equal(pooled[0]!.scan!.added, readdirSync(folder).length - 2);
  assert.equal(pooled[1]!.scan!.reextracted, pooled[0]!.scan!.added);
  assert.ok(pooled[0]!.progress.length >= 2);
  assert.deepEqual(pooled, inThread);
});
