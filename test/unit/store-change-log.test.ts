// The change log (electron/core/store/change-log.ts): a save or a decision is one durable append;
// the shards catch up at compaction. What a crash at any point leaves behind is replayed exactly:
// a copy of the database folder taken while the store is open is what a crash leaves.
import { test } from "node:test";
import assert from "node:assert/strict";
import { appendFileSync, cpSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Desk } from "../../electron/core/desk.js";
import { sha256 } from "../../electron/core/hash.js";
import { ReviewStore } from "../../electron/core/store/review-store.js";
import { copyScrapes, SAMPLE, tempDir } from "../helpers.js";

const OTHER = "005_reuters_rail_near_miss.txt";
type T = Parameters<typeof tempDir>[0];

async function setup(t: T, store: { compactLogEvery?: number } = {}) {
  const folder = copyScrapes(t, [SAMPLE, OTHER]);
  const dir = tempDir(t);
  const dbPath = join(dir, "review.json");
  const desk = await Desk.open({ folder, dbPath, reviewer: "ana", store });
  const id = (name: string) => sha256(readFileSync(join(folder, name)));
  return { folder, dir, dbPath, desk, id, parts: `${dbPath}.d` };
}

/** The database's files as a crash would leave them now (the lock aside: it belongs to this live process). */
function crashCopy(t: T, dir: string): string {
  const copy = tempDir(t);
  cpSync(dir, copy, { recursive: true, filter: (src) => !src.endsWith(".lock") });
  return join(copy, "review.json");
}

const logs = (parts: string) => readdirSync(parts).filter((n) => /^changes-\d+\.jsonl$/.test(n)).sort();

test("saves and decisions are appended to the log and survive a crash; the shards hold them after compaction", async (t) => {
  const { folder, dir, desk, id, parts } = await setup(t);
  await desk.saveDraft(id(SAMPLE), { title: "Draft title" });
  await desk.approve(id(SAMPLE), { title: "Approved title" });
  await desk.reject(id(OTHER), "paywall");
  assert.deepEqual(logs(parts), ["changes-1.jsonl"]);
  assert.equal(readFileSync(join(parts, "changes-1.jsonl"), "utf8").split("\n").length, 4, "three records, one line each");
  assert.deepEqual((await desk.store.history()).map((h) => h.action).sort(), ["approve", "edit", "edit", "reject"], "the whole history, shards only in the log included");

  const crashed = crashCopy(t, dir);
  const after = await Desk.open({ folder, dbPath: crashed, reviewer: "ben" });
  assert.deepEqual(after.session().notices, []);
  const approved = await after.getItem(id(SAMPLE));
  assert.equal(approved.status, "approved");
  assert.equal(approved.fields.title, "Approved title");
  assert.equal(approved.reviewer, "ana");
  assert.equal((await after.getItem(id(OTHER))).rejectReason, "paywall");
  assert.deepEqual((await after.store.historyOf(id(SAMPLE))).map((h) => h.action), ["edit", "edit", "approve"]);
  // Opening after the crash compacted the log into the shards.
  assert.deepEqual(logs(`${crashed}.d`), []);
  const journal = JSON.parse(readFileSync(join(`${crashed}.d`, `journal-${id(SAMPLE).slice(0, 2)}.json`), "utf8"));
  assert.equal(journal.approved[id(SAMPLE)].fields.title, "Approved title");
  await after.close();
  await desk.close();
});

test("the undo history survives a crash: its steps in the log are replayed once, in order, and undo after the crash takes back the newest", async (t) => {
  const { folder, dir, desk, id } = await setup(t);
  await desk.saveDraft(id(SAMPLE), { title: "Draft title" });
  await desk.approve(id(SAMPLE), { title: "Draft title" });
  await desk.reject(id(OTHER), "paywall");
  await desk.replay("undo"); // the rejection: redo can make it again
  assert.deepEqual(desk.session().undo, { canUndo: true, canRedo: true });

  const crashed = crashCopy(t, dir);
  const after = await Desk.open({ folder, dbPath: crashed, reviewer: "ben" });
  assert.deepEqual(after.session().undo, { canUndo: true, canRedo: true }, "the steps and the undo made before the crash");
  const redone = await after.replay("redo");
  assert.equal(redone.step?.kind, "reject");
  assert.equal((await after.getItem(id(OTHER))).status, "rejected");
  await after.replay("undo");
  const undone = await after.replay("undo");
  assert.equal(undone.step?.kind, "approve");
  assert.equal((await after.getItem(id(SAMPLE))).status, "draft");
  const edit = await after.replay("undo");
  assert.equal(edit.step?.kind, "edit");
  assert.deepEqual(after.session().undo, { canUndo: false, canRedo: true }, "three steps, each replayed once");
  await after.close();
  await desk.close();
});

test("a crash after the shards were written but before the log was removed replays nothing twice", async (t) => {
  const { folder, dbPath, desk, id, parts } = await setup(t);
  await desk.saveDraft(id(SAMPLE), { title: "Once" });
  await desk.approve(id(SAMPLE));
  const kept = logs(parts).map((name) => [name, readFileSync(join(parts, name))] as const);
  await desk.close(); // compacts: writes the shards, removes the log
  for (const [name, bytes] of kept) writeFileSync(join(parts, name), bytes); // as if the removal never happened
  const again = await Desk.open({ folder, dbPath, reviewer: "ana" });
  assert.deepEqual(again.session().notices, []);
  assert.deepEqual((await again.store.historyOf(id(SAMPLE))).map((h) => h.action), ["edit", "approve"]);
  assert.equal((await again.getItem(id(SAMPLE))).fields.title, "Once");
  await again.close();
});

test("an append cut short by a crash (a torn last line) is ignored without a word; the lines before it count", async (t) => {
  const { folder, dir, desk, id } = await setup(t);
  await desk.saveDraft(id(SAMPLE), { editor: "Kept" });
  const crashed = crashCopy(t, dir);
  appendFileSync(join(`${crashed}.d`, "changes-1.jsonl"), '{"seq": 99999999999999, "id": "');
  const after = await Desk.open({ folder, dbPath: crashed, reviewer: "ana" });
  assert.deepEqual(after.session().notices, []);
  assert.equal((await after.getItem(id(SAMPLE))).fields.editor, "Kept");
  assert.deepEqual(logs(`${crashed}.d`), []);
  await after.close();
  await desk.close();
});

test("a damaged line inside the log: the rest is replayed, the file is moved aside as it was, and the editor is told", async (t) => {
  const { folder, dir, desk, id } = await setup(t);
  await desk.saveDraft(id(SAMPLE), { editor: "First" });
  await desk.reject(id(OTHER), "paywall");
  const crashed = crashCopy(t, dir);
  const log = join(`${crashed}.d`, "changes-1.jsonl");
  const [first, second] = readFileSync(log, "utf8").split("\n");
  const damaged = `${first}\n${"\0".repeat(40)}\n${second}\n`;
  writeFileSync(log, damaged);
  const after = await Desk.open({ folder, dbPath: crashed, reviewer: "ana" });
  assert.match(after.session().notices.join("\n"), /change log changes-1\.jsonl could not be read entirely \(1 of its 3 lines do not parse/);
  assert.equal((await after.getItem(id(SAMPLE))).fields.editor, "First");
  assert.equal((await after.getItem(id(OTHER))).status, "rejected");
  const aside = readdirSync(`${crashed}.d`).filter((n) => n.startsWith("changes-1.jsonl.damaged-"));
  assert.equal(aside.length, 1);
  assert.equal(readFileSync(join(`${crashed}.d`, aside[0]!), "utf8"), damaged, "byte for byte");
  await after.close();
  await desk.close();
});

test("the log is compacted as it grows, while saves go on; the read-only export open sees what only the log holds", async (t) => {
  const { folder, dir, dbPath, desk, id, parts } = await setup(t, { compactLogEvery: 5 });
  await Promise.all(Array.from({ length: 12 }, (_, i) => desk.saveDraft(id(i % 2 ? SAMPLE : OTHER), { editor: `Editor ${i}` })));
  await desk.approve(id(SAMPLE));
  // Compaction runs beside the saves: wait until the first log file has gone into the shards.
  for (let i = 0; i < 1000 && logs(parts).includes("changes-1.jsonl"); i++) await new Promise((resolve) => setTimeout(resolve, 10));
  assert.ok(!logs(parts).includes("changes-1.jsonl"), `compacted on the way (${logs(parts).join(", ")})`);
  const shard = JSON.parse(readFileSync(join(parts, `decisions-${id(OTHER).slice(0, 2)}.json`), "utf8"));
  assert.match(shard.items[id(OTHER)].corrections.editor, /^Editor \d+$/, "the shard on disk holds the compacted saves");
  assert.ok(Number.isInteger(shard.logSeq), "stamped with the last record it holds");
  await desk.store.settled(); // the desk may still be compacting the next log file, or backing a shard up
  const readOnly = await ReviewStore.open(dbPath, "", { readOnly: true });
  const before = readdirSync(parts).sort();
  const exported = readOnly.items().find((item) => item.id === id(SAMPLE));
  assert.equal(exported?.status, "approved");
  assert.equal(exported?.approved?.fields.editor, "Editor 11");
  assert.deepEqual(readdirSync(parts).sort(), before, "read-only: nothing written");
  // The shards on disk plus what is left in the log give the whole history, each entry once.
  const crashed = crashCopy(t, dir);
  const after = await Desk.open({ folder, dbPath: crashed, reviewer: "ana" });
  assert.equal((await after.store.historyOf(id(SAMPLE))).filter((h) => h.action === "edit").length, 6);
  assert.equal((await after.getItem(id(OTHER))).fields.editor, "Editor 10");
  await after.close();
  await desk.close();
});

test("typing that a compaction cut in two is still one step after a crash: the history file keeps that typing may go on", async (t) => {
  const { folder, dir, desk, id, parts } = await setup(t, { compactLogEvery: 2 });
  const extracted = (await desk.getItem(id(SAMPLE))).fields.title;
  await desk.saveDraft(id(SAMPLE), { title: "D" }, true);
  await desk.saveDraft(id(SAMPLE), { title: "Dr" }, true);
  for (let i = 0; i < 1000 && logs(parts).includes("changes-1.jsonl"); i++) await new Promise((resolve) => setTimeout(resolve, 10));
  assert.ok(!logs(parts).includes("changes-1.jsonl"), "the first two keystrokes went into steps.json");
  await desk.saveDraft(id(SAMPLE), { title: "Dra" }, true); // only in the log
  const crashed = crashCopy(t, dir);
  const after = await Desk.open({ folder, dbPath: crashed, reviewer: "ana" });
  assert.equal((await after.getItem(id(SAMPLE))).fields.title, "Dra");
  await after.replay("undo");
  assert.equal((await after.getItem(id(SAMPLE))).fields.title, extracted, "one undo takes back the whole word");
  assert.deepEqual(after.session().undo, { canUndo: false, canRedo: true });
  await after.close();
  await desk.close();
});

test("one item's changes land in the order they were asked for, though an earlier one waits longer for the extraction", async (t) => {
  const { desk, id } = await setup(t);
  // The first call's wait for the item's extraction is made slow (as a read from a busy disk can be); the second's is not.
  const ensure = (desk as unknown as { ensureExtraction: (id: string, bytes?: Uint8Array) => Promise<void> }).ensureExtraction.bind(desk);
  let calls = 0;
  (desk as unknown as { ensureExtraction: typeof ensure }).ensureExtraction = async (itemId, bytes) => {
    if (calls++ === 0) await new Promise((resolve) => setTimeout(resolve, 50));
    return ensure(itemId, bytes);
  };
  await Promise.all([desk.saveDraft(id(SAMPLE), { editor: "Typed first" }), desk.saveDraft(id(SAMPLE), { editor: "Typed last" })]);
  assert.equal((await desk.getItem(id(SAMPLE))).corrections.editor, "Typed last");
  const decided = await Promise.all([desk.saveDraft(id(OTHER), { editor: "Before the rejection" }), desk.reject(id(OTHER), "paywall")]);
  assert.equal(decided[1].status, "rejected");
  await desk.close();
});
