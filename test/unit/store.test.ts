import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Desk } from "../../electron/core/desk.js";
import { sha256 } from "../../electron/core/hash.js";
import { copyScrapes, SAMPLE, tempDir } from "../helpers.js";

const OTHER = "005_reuters_rail_near_miss.txt";

async function openDesk(t: Parameters<typeof tempDir>[0], names = [SAMPLE, OTHER]) {
  const folder = copyScrapes(t, names);
  const dbPath = join(tempDir(t), "review.json");
  const desk = await Desk.open({ folder, dbPath, reviewer: "ana" });
  t.after(() => desk.close()); // a no-op where the test closed it
  return { folder, dbPath, desk };
}

const idOf = (folder: string, name: string) => sha256(readFileSync(join(folder, name)));

test("a decision and a correction survive closing and reopening the database", async (t) => {
  const { folder, dbPath, desk } = await openDesk(t);
  const sample = idOf(folder, SAMPLE);
  const other = idOf(folder, OTHER);
  await desk.saveDraft(sample, { title: "Corrected headline" });
  await desk.approve(sample);
  await desk.reject(other, "paywall");
  await desk.close();

  const reopened = await Desk.open({ folder, dbPath, reviewer: "ben" });
  t.after(() => reopened.close());
  const approved = await reopened.getItem(sample);
  assert.equal(approved.status, "approved");
  assert.equal(approved.fields.title, "Corrected headline");
  assert.deepEqual(approved.corrections, { title: "Corrected headline" });
  assert.notEqual(approved.extraction.fields.title, "Corrected headline", "the extraction is kept apart from the correction");
  assert.equal(approved.reviewer, "ana");
  const rejected = await reopened.getItem(other);
  assert.equal(rejected.status, "rejected");
  assert.equal(rejected.rejectReason, "paywall");
  assert.deepEqual(reopened.session().counts, { total: 2, pending: 0, draft: 0, approved: 1, rejected: 1 });
});

test("the database file holds the corrections and history, not the raw text", async (t) => {
  const { folder, dbPath, desk } = await openDesk(t);
  const sample = idOf(folder, SAMPLE);
  await desk.saveDraft(sample, { editor: "Someone Else" });
  // Closing compacts the change log into the shards (the log's own bytes are checked below too).
  const logged = readdirSync(`${dbPath}.d`).filter((name) => name.endsWith(".jsonl")).map((name) => readFileSync(join(`${dbPath}.d`, name), "utf8")).join("\n");
  assert.match(logged, /Someone Else/, "the acknowledged save is in the change log");
  await desk.close();
  const raw = readFileSync(join(folder, SAMPLE), "utf8");
  const parts = `${dbPath}.d`;
  const onDisk = [dbPath, ...readdirSync(parts).map((name) => join(parts, name))].map((path) => readFileSync(path, "utf8")).join("\n");
  const manifest = JSON.parse(readFileSync(dbPath, "utf8"));
  const decisions = JSON.parse(readFileSync(join(parts, `decisions-${sample.slice(0, 2)}.json`), "utf8"));
  const extraction = JSON.parse(readFileSync(join(parts, `extraction-${sample.slice(0, 2)}.json`), "utf8"));
  assert.equal(manifest.index.file[manifest.index.ids.indexOf(sample)], SAMPLE, "the index holds one list per field (version 3)");
  assert.equal(decisions.items[sample].status, "draft");
  assert.deepEqual(decisions.items[sample].corrections, { editor: "Someone Else" });
  assert.notEqual(extraction.items[sample].fields.editor, "Someone Else", "the extraction is kept apart from the correction");
  const journal = JSON.parse(readFileSync(join(parts, `journal-${sample.slice(0, 2)}.json`), "utf8"));
  const edit = journal.history.find((h: { action: string }) => h.action === "edit");
  assert.equal(edit.who, "ana");
  assert.equal(edit.field, "editor");
  assert.equal(edit.to, "Someone Else");
  // The tracking id line is in the raw file only: the page itself is never copied into the database.
  assert.ok(raw.includes("Back to Top Close"));
  assert.ok(!onDisk.includes("Back to Top Close"));
  assert.ok(!logged.includes("Back to Top Close"));
  assert.deepEqual(readdirSync(parts).filter((name) => name.includes("changes-")), [], "a closed database has no change log left");
});

test("a correction equal to the extracted value is not a correction, and reverting returns to pending", async (t) => {
  const { folder, desk } = await openDesk(t, [SAMPLE]);
  const id = idOf(folder, SAMPLE);
  const item = await desk.getItem(id);
  const same = await desk.saveDraft(id, { title: item.extraction.fields.title });
  assert.deepEqual(same.corrections, {});
  assert.equal(same.status, "pending");
  const changed = await desk.saveDraft(id, { authors: ["A. Writer"] });
  assert.equal(changed.status, "draft");
  const reverted = await desk.saveDraft(id, {});
  assert.equal(reverted.status, "pending");
});

test("the raw text is re-read from disk and a changed file is flagged", async (t) => {
  const { folder, desk } = await openDesk(t, [SAMPLE]);
  const id = idOf(folder, SAMPLE);
  const item = await desk.getItem(id);
  assert.ok(item.text.includes("China, ASEAN to meet on closer security cooperation"));
  assert.equal(item.textProblem, undefined);
  // The same length of other bytes (the text of a shown item is cached while size, mtime and inode hold).
  const bytes = readFileSync(join(folder, SAMPLE));
  writeFileSync(join(folder, SAMPLE), Buffer.from(bytes.toString("latin1").replace("ASEAN", "NAESA"), "latin1"));
  const same = await desk.getItem(id);
  assert.ok(same.text.includes("China, NAESA to meet"));
  assert.match(same.textProblem ?? "", /changed on disk/);
  writeFileSync(join(folder, SAMPLE), "something else entirely\n");
  const after = await desk.getItem(id);
  assert.match(after.textProblem ?? "", /changed on disk/);
  // A write answers with the text last read, without reading the file again; getItem reads it.
  writeFileSync(join(folder, SAMPLE), bytes);
  const saved = await desk.saveDraft(id, { editor: "E. Ditor" });
  assert.equal(saved.text, after.text);
  assert.match(saved.textProblem ?? "", /changed on disk/);
  const fresh = await desk.getItem(id);
  assert.ok(fresh.text.includes("China, ASEAN to meet"));
  assert.equal(fresh.textProblem, undefined);
});

test("bad files are listed with a reason and the rest of the folder opens", async (t) => {
  const folder = copyScrapes(t, [SAMPLE]);
  writeFileSync(join(folder, "empty.txt"), "");
  writeFileSync(join(folder, "copy.txt"), readFileSync(join(folder, SAMPLE)));
  writeFileSync(join(folder, "photo.jpg"), Buffer.from([0xff, 0xd8, 0xff, 0xe0]));
  writeFileSync(join(folder, "binary.txt"), Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)));
  const desk = await Desk.open({ folder, dbPath: join(tempDir(t), "db.json"), reviewer: "ana" });
  const reasons = Object.fromEntries(desk.session().skipped.map((s) => [s.file, s.reason]));
  assert.match(reasons["empty.txt"] ?? "", /empty/);
  assert.match(reasons["copy.txt"] ?? "", /same bytes as 000_/);
  assert.match(reasons["photo.jpg"] ?? "", /unsupported file type/);
  const files = desk.listItems().map((i) => i.file).sort();
  assert.deepEqual(files, [SAMPLE, "binary.txt"].sort());
});

test("rescanning adds new files and marks removed ones, keeping decisions", async (t) => {
  const { folder, dbPath, desk } = await openDesk(t, [SAMPLE, OTHER]);
  await desk.approve(idOf(folder, SAMPLE));
  const otherId = idOf(folder, OTHER);
  rmSync(join(folder, OTHER));
  writeFileSync(join(folder, "new.txt"), "Headline\n\nA new story paragraph.\n");
  const again = await Desk.open({ folder, dbPath, reviewer: "ana" });
  const byFile = Object.fromEntries(again.listItems().map((i) => [i.file, i]));
  assert.equal(byFile[SAMPLE]?.status, "approved");
  assert.equal(byFile[OTHER]?.missing, true);
  assert.equal(byFile["new.txt"]?.status, "pending");
  assert.equal(again.session().counts.total, 2);
  assert.equal(byFile[OTHER]?.id, otherId);
});

test("a damaged database is moved aside, never overwritten, and the editor is told", async (t) => {
  const folder = copyScrapes(t, [SAMPLE]);
  const dir = tempDir(t);
  const dbPath = join(dir, "review.json");
  writeFileSync(dbPath, '{"schemaVersion": 1, "items": {');
  const desk = await Desk.open({ folder, dbPath, reviewer: "ana" });
  const notices = desk.session().notices;
  assert.equal(notices.length, 1);
  assert.match(notices[0] ?? "", /could not be read.*moved aside/);
  const aside = readdirSync(dir).find((f) => f.startsWith("review.json.damaged-"));
  assert.ok(aside, "the damaged file is kept");
  assert.equal(readFileSync(join(dir, aside), "utf8"), '{"schemaVersion": 1, "items": {');
  assert.ok(existsSync(dbPath), "a fresh database was written");
});

test("saving the same values keeps a decision; any change to a decided item, a revert included, reopens it", async (t) => {
  const { folder, desk } = await openDesk(t, [SAMPLE]);
  const id = idOf(folder, SAMPLE);
  await desk.approve(id, { editor: "Desk Editor" });
  const same = await desk.saveDraft(id, { editor: "Desk Editor" });
  assert.equal(same.status, "approved");
  const reverted = await desk.saveDraft(id, {});
  assert.equal(reverted.status, "pending");
  assert.equal(reverted.approvedAt, undefined, "the old approved snapshot is gone");
  assert.equal((await desk.store.load(id)).approved, undefined);
});
