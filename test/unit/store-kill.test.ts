// A child process approving items in a loop is killed with SIGKILL at random moments, 20 rounds,
// on the same database: every approval it acknowledged (printed after the await resolved) is on
// disk afterwards, every file parses, and the killed child's lock does not block the next round.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { ReviewStore } from "../../electron/core/store/review-store.js";
import { childScript, startChild, syntheticDatabase } from "../fixtures/store/helpers.js";
import { tempDir } from "../helpers.js";

const ROUNDS = 20;

test("approvals acknowledged before a SIGKILL are all on disk, and every file parses (20 rounds)", async (t) => {
  const dir = tempDir(t);
  const dbPath = join(dir, "review.json");
  await syntheticDatabase(dbPath, 24);
  const script = await childScript(tempDir(t));
  let acknowledged = 0;
  for (let round = 0; round < ROUNDS; round++) {
    const reviewer = `round-${round}`;
    const child = startChild(script, ["approve", dbPath, reviewer]);
    await child.ready;
    await new Promise((resolve) => setTimeout(resolve, 5 + Math.random() * 120));
    child.process.kill("SIGKILL");
    await child.exited;
    const acked = new Set(child.lines);
    acknowledged += acked.size;

    // Every file of the database parses as JSON (temp files of the cut-short write aside); in the
    // change logs, every whole line does (the last one may be an append cut short).
    const files = [dbPath, ...readdirSync(join(dir, "review.json.d")).filter((n) => !n.endsWith(".tmp")).map((n) => join(dir, "review.json.d", n))];
    for (const file of files) {
      const text = readFileSync(file, "utf8");
      const docs = file.endsWith(".jsonl") ? text.split("\n").slice(0, -1) : [text];
      for (const doc of docs) assert.doesNotThrow(() => JSON.parse(doc), `${file} parses after round ${round}`);
    }

    const store = await ReviewStore.open(dbPath, "");
    assert.deepEqual(store.notices, [], `nothing was damaged in round ${round}`);
    for (const item of await store.loadMany([...acked])) {
      assert.equal(item.status, "approved", `round ${round}: acknowledged approval of ${item.id.slice(0, 8)} is on disk`);
      assert.equal(item.decidedBy, reviewer);
      assert.equal(item.approved?.reviewer, reviewer, "with its approved snapshot");
    }
    assert.equal((await store.loadMany([...acked])).length, acked.size, "every printed id is an item of the database");
    await store.close();
  }
  t.diagnostic(`${acknowledged} approvals acknowledged over ${ROUNDS} killed children`);
  assert.ok(acknowledged > ROUNDS, `the children acknowledged ${acknowledged} approvals in all (the test exercised something)`);
  assert.deepEqual(readdirSync(dir).filter((n) => n.includes("damaged")), []);
});
