// One process per review database: a second one refuses with a message naming the holder; a
// lock left by a killed process, or not refreshed for too long, is taken over.
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync, utimesSync, writeFileSync } from "node:fs";
import { hostname } from "node:os";
import { join } from "node:path";
import { Desk } from "../../electron/core/desk.js";
import { sha256 } from "../../electron/core/hash.js";
import { DatabaseLockedError, ReviewStore } from "../../electron/core/store/review-store.js";
import { childScript, startChild, syntheticDatabase } from "../fixtures/store/helpers.js";
import { copyScrapes, SAMPLE, tempDir } from "../helpers.js";

test("a second process opening the same database is refused with a clear message; after the first is killed it opens", async (t) => {
  const dbPath = join(tempDir(t), "review.json");
  await syntheticDatabase(dbPath, 3);
  const child = startChild(await childScript(tempDir(t)), ["hold", dbPath]);
  t.after(() => child.process.kill("SIGKILL"));
  await child.ready;
  const refused = await ReviewStore.open(dbPath, "").then(
    () => assert.fail("the second open should be refused"),
    (error: unknown) => error,
  );
  assert.ok(refused instanceof DatabaseLockedError);
  assert.match(refused.message, new RegExp(`already open in another Copydesk \\(process ${child.process.pid} on `));
  assert.match(refused.message, /Close that window or command first/);
  child.process.kill("SIGKILL");
  await child.exited;
  // The lock file is still there, but its process is gone: it is stale and taken over.
  assert.ok(existsSync(`${dbPath}.lock`));
  const store = await ReviewStore.open(dbPath, "");
  assert.equal(JSON.parse(readFileSync(`${dbPath}.lock`, "utf8")).pid, process.pid);
  await store.close();
  assert.ok(!existsSync(`${dbPath}.lock`), "closing releases the lock");
});

test("the desk refuses too, with the code the router passes on to the window", async (t) => {
  const folder = copyScrapes(t, [SAMPLE]);
  const dbPath = join(tempDir(t), "review.json");
  writeFileSync(`${dbPath}.lock`, JSON.stringify({ pid: 1, hostname: hostname(), since: "2026-01-01T00:00:00.000Z", token: "x" }));
  // pid 1 is alive and the lock was just written: it is held.
  await assert.rejects(Desk.open({ folder, dbPath, reviewer: "ana" }), (error: Error & { code?: string }) => {
    assert.equal(error.code, "unsupported");
    assert.match(error.message, /already open in another Copydesk \(process 1 on .*since 2026-01-01/);
    return true;
  });
  assert.ok(!existsSync(dbPath), "nothing was written");
});

test("a lock whose holder stopped refreshing it is stale, and so is a lock that does not parse", async (t) => {
  const dbPath = join(tempDir(t), "review.json");
  await syntheticDatabase(dbPath, 1);
  const lock = `${dbPath}.lock`;
  writeFileSync(lock, JSON.stringify({ pid: 1, hostname: "another-host", since: "2026-01-01T00:00:00.000Z", token: "x" }));
  await assert.rejects(ReviewStore.open(dbPath, ""), DatabaseLockedError, "fresh: held");
  const old = new Date(Date.now() - 10 * 60_000);
  utimesSync(lock, old, old);
  await (await ReviewStore.open(dbPath, "")).close();

  writeFileSync(lock, "");
  utimesSync(lock, old, old);
  await (await ReviewStore.open(dbPath, "")).close();
});

test("reopening in the same process hands the database over; the old handle refuses to write", async (t) => {
  const folder = copyScrapes(t, [SAMPLE]);
  const dbPath = join(tempDir(t), "review.json");
  const id = sha256(readFileSync(join(folder, SAMPLE)));
  const first = await Desk.open({ folder, dbPath, reviewer: "ana" });
  const second = await Desk.open({ folder, dbPath, reviewer: "ana" });
  await assert.rejects(first.approve(id), /opened again elsewhere in this program; reload/);
  assert.equal((await second.approve(id)).status, "approved");
  await second.close();
});
