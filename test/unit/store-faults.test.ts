// A full disk and a read-only place: a clear message, nothing lost, nothing overwritten. The
// store's file system functions are injectable, so a test can make any write fail the way a
// full or read-only disk does (tests run as root here, where chmod does not stop a write).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Desk } from "../../electron/core/desk.js";
import { sha256 } from "../../electron/core/hash.js";
import { nodeFs, type StoreFs } from "../../electron/core/store/durable-json-file.js";
import { copyScrapes, SAMPLE, tempDir } from "../helpers.js";

const OTHER = "005_reuters_rail_near_miss.txt";

/** The real file system, except that while `failWith` is set, writing a file's contents (or appending to one) fails half-way. */
function faultyFs(): StoreFs & { failWith: string | null } {
  const fs = {
    ...nodeFs,
    failWith: null as string | null,
    async open(path: string, flags: string) {
      const handle = await nodeFs.open(path, flags);
      if (flags !== "w" && flags !== "a") return handle;
      return {
        async writeFile(data: string | Uint8Array) {
          // Decided at each write (the change log keeps its file open between appends).
          const code = fs.failWith;
          if (!code) return handle.writeFile(data);
          // Part of the data lands, then the disk is full: as a real ENOSPC does.
          await handle.writeFile(typeof data === "string" ? data.slice(0, data.length >> 1) : data.subarray(0, data.length >> 1));
          throw Object.assign(new Error(`${code}: simulated`), { code });
        },
        sync: () => handle.sync(),
        truncate: (length: number) => handle.truncate(length),
        close: () => handle.close(),
      };
    },
  };
  return fs;
}

/**
 * Every file of the database with a hash of its bytes, for before/after comparisons. Backups are
 * left out: taking one (a copy of the last good version) may happen just before a failed write.
 */
function snapshot(dbPath: string): Map<string, string> {
  const dir = join(dbPath, "..");
  const parts = `${dbPath}.d`;
  const files = [
    ...readdirSync(dir).filter((n) => n.startsWith("review.json") && n !== "review.json.d" && n !== "review.json.lock").map((n) => join(dir, n)),
    ...readdirSync(parts).map((n) => join(parts, n)),
  ];
  return new Map(files.filter((f) => !/\.bak-\d+$/.test(f)).sort().map((f) => [f.slice(dir.length + 1), sha256(readFileSync(f)).slice(0, 16)]));
}

async function setup(t: Parameters<typeof tempDir>[0]) {
  const folder = copyScrapes(t, [SAMPLE, OTHER]);
  const dbPath = join(tempDir(t), "review.json");
  const fs = faultyFs();
  const desk = await Desk.open({ folder, dbPath, reviewer: "ana", store: { fs } });
  const id = (name: string) => sha256(readFileSync(join(folder, name)));
  return { folder, dbPath, fs, desk, id };
}

for (const [code, message] of [
  ["ENOSPC", /could not save .*: the disk is full \(ENOSPC\)\. Nothing was lost: the last saved state is intact and was not overwritten\. Free some space, then try again\./],
  ["EROFS", /could not save .*: the disk is read-only \(EROFS\)\. Nothing was lost\./],
] as const) {
  test(`${code} while approving: a clear message, the decision not taken, nothing on disk changed`, async (t) => {
    const { folder, dbPath, fs, desk, id } = await setup(t);
    await desk.approve(id(SAMPLE), { title: "Saved before the disk filled" });
    const before = snapshot(dbPath);

    fs.failWith = code;
    await assert.rejects(desk.approve(id(OTHER), { title: "Never saved" }), (error: Error & { code?: string }) => {
      assert.match(error.message, message);
      assert.equal(error.code, "failed");
      return true;
    });
    await assert.rejects(desk.saveDraft(id(SAMPLE), { title: "Never saved either" }), message);
    await assert.rejects(desk.reject(id(SAMPLE), "nope"), message);
    await assert.rejects(desk.replay("undo"), message);

    // In memory: as before the failed calls.
    const other = await desk.getItem(id(OTHER));
    assert.equal(other.status, "pending");
    assert.deepEqual(other.corrections, {});
    const sample = await desk.getItem(id(SAMPLE));
    assert.equal(sample.status, "approved");
    assert.equal(sample.fields.title, "Saved before the disk filled");
    // On disk: byte for byte as before, and no temp file left behind.
    assert.deepEqual(snapshot(dbPath), before);
    assert.deepEqual(readdirSync(`${dbPath}.d`).filter((n) => n.endsWith(".tmp")), []);

    // Space again: the failed calls left no undo step, so undo would take back the approval made before.
    fs.failWith = null;
    assert.deepEqual(desk.store.undoState(), { canUndo: true, canRedo: false });
    assert.equal(desk.store.nextStep("undo")?.kind, "approve");
    assert.equal(desk.store.nextStep("undo")?.id, id(SAMPLE));
    // The same approval now goes through, and survives reopening.
    await desk.approve(id(OTHER));
    await desk.close();
    const reopened = await Desk.open({ folder, dbPath, reviewer: "ana" });
    assert.equal((await reopened.getItem(id(OTHER))).status, "approved");
    assert.equal((await reopened.getItem(id(SAMPLE))).fields.title, "Saved before the disk filled");
    assert.deepEqual(reopened.session().notices, []);
    await reopened.close();
  });
}

test("a full disk while opening a folder: the open fails with the reason, the existing database is untouched", async (t) => {
  const { folder, dbPath, desk, id } = await setup(t);
  await desk.approve(id(SAMPLE));
  await desk.close();
  writeFileSync(join(folder, "new-story.txt"), "A new headline\n\nA paragraph of the new story, long enough to be a body.\n");
  const before = snapshot(dbPath);
  const fs = faultyFs();
  fs.failWith = "ENOSPC";
  await assert.rejects(Desk.open({ folder, dbPath, reviewer: "ana", store: { fs } }), /the disk is full \(ENOSPC\)/);
  assert.deepEqual(snapshot(dbPath), before);
  const reopened = await Desk.open({ folder, dbPath, reviewer: "ana" });
  assert.equal((await reopened.getItem(id(SAMPLE))).status, "approved");
  assert.equal(reopened.listItems().length, 3, "the new file is taken in once there is space");
  await reopened.close();
});

test("a database path that cannot be created (a file where a folder should be) is refused with what to do", async (t) => {
  const folder = copyScrapes(t, [SAMPLE]);
  const dir = tempDir(t);
  writeFileSync(join(dir, "not-a-folder"), "x");
  await assert.rejects(Desk.open({ folder, dbPath: join(dir, "not-a-folder", "review.json"), reviewer: "ana" }), (error: Error) => {
    assert.match(error.message, /could not create the lock file .*not-a-folder.*part of that path is a file, not a folder \(ENOTDIR\)\. Choose another location for the review database \(--db <file>\)/);
    return true;
  });
  assert.equal(readFileSync(join(dir, "not-a-folder"), "utf8"), "x");
});
