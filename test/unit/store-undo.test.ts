// Undo and redo of edits and decisions, across items and across a restart: the step log in
// review.json.d/steps.json plus the change log's records it does not hold yet, on real files in a
// temp folder.
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Desk } from "../../electron/core/desk.js";
import { ChangeLog } from "../../electron/core/store/change-log.js";
import { sha256 } from "../../electron/core/hash.js";
import { SCHEMA_VERSION, StepLogFile, emptyStepLog, type DecisionState } from "../../electron/core/store/schema.js";
import { COALESCE_MS, STEP_LIMIT, STEP_LOG_BYTES, StepLog } from "../../electron/core/store/step-log.js";
import { copyScrapes, SAMPLE, tempDir } from "../helpers.js";

const OTHER = "005_reuters_rail_near_miss.txt";
type T = Parameters<typeof tempDir>[0];

async function openDesk(t: T) {
  const folder = copyScrapes(t, [SAMPLE, OTHER]);
  const dbPath = join(tempDir(t), "review.json");
  const desk = await Desk.open({ folder, dbPath, reviewer: "ana" });
  t.after(() => desk.close()); // a no-op where the test closed it
  const id = (name: string) => sha256(readFileSync(join(folder, name)));
  return { folder, dbPath, desk, sample: id(SAMPLE), other: id(OTHER) };
}

/** The undo history as a restart would read it: steps.json, then the change log's records it does not hold. */
async function stepsOnDisk(dbPath: string): Promise<StepLogFile> {
  const dir = `${dbPath}.d`;
  const file = join(dir, "steps.json");
  const data = existsSync(file) ? StepLogFile.parse(JSON.parse(readFileSync(file, "utf8"))) : emptyStepLog();
  const steps = new StepLog(data);
  for (const record of (await ChangeLog.load(dir)).records) if (record.step && record.seq > steps.logSeq) steps.apply(record.step, record.seq);
  return data;
}

test("edits are undone newest first and redone, each field back to its value; the desk says what can be done", async (t) => {
  const { desk, sample } = await openDesk(t);
  const extracted = (await desk.getItem(sample)).extraction.fields;
  assert.deepEqual(desk.session().undo, { canUndo: false, canRedo: false });
  assert.deepEqual(await desk.replay("undo"), { undo: { canUndo: false, canRedo: false } }, "nothing to undo is an answer, not an error");

  await desk.saveDraft(sample, { title: "First" });
  const both = await desk.saveDraft(sample, { title: "First", editor: "Second" });
  assert.deepEqual(both.undo, { canUndo: true, canRedo: false });

  const undone = await desk.replay("undo");
  assert.deepEqual(undone.step, { kind: "edit", fields: ["editor"] });
  assert.equal(undone.item?.id, sample);
  assert.deepEqual(undone.item?.corrections, { title: "First" });
  assert.equal(undone.item?.status, "draft");
  assert.deepEqual(undone.undo, { canUndo: true, canRedo: true });

  const second = await desk.replay("undo");
  assert.deepEqual(second.item?.corrections, {});
  assert.equal(second.item?.fields.title, extracted.title);
  assert.equal(second.item?.status, "pending");
  assert.deepEqual(second.undo, { canUndo: false, canRedo: true });

  const redone = await desk.replay("redo");
  assert.deepEqual(redone.step, { kind: "edit", fields: ["title"] });
  assert.deepEqual(redone.item?.corrections, { title: "First" });
  assert.equal(redone.item?.status, "draft");
  // Who undid and redid what is in the item's history, after the edits themselves.
  const history = await desk.store.historyOf(sample);
  assert.deepEqual(history.map((h) => [h.action, h.field ?? null, h.to]), [
    ["edit", "title", "First"],
    ["edit", "editor", "Second"],
    ["undo", "editor", extracted.editor],
    ["undo", "title", extracted.title],
    ["undo", null, "pending"],
    ["redo", "title", "First"],
    ["redo", null, "draft"],
  ]);
  assert.ok(history.every((h) => h.who === "ana"));
});

test("approve, then reject another item: undo takes back the rejection, then the approval, restoring status, values and snapshot; redo puts them back", async (t) => {
  const { desk, sample, other } = await openDesk(t);
  await desk.saveDraft(sample, { title: "Corrected" });
  const approved = await desk.approve(sample, { title: "Corrected", editor: "Desk" });
  await desk.reject(other, "paywall");
  assert.deepEqual(desk.session().counts, { total: 2, pending: 0, draft: 0, approved: 1, rejected: 1 });

  const noReject = await desk.replay("undo");
  assert.deepEqual(noReject.step, { kind: "reject", fields: [] });
  assert.equal(noReject.item?.id, other);
  assert.equal(noReject.item?.status, "pending");
  assert.equal(noReject.item?.rejectReason, undefined);

  const noApproval = await desk.replay("undo");
  assert.deepEqual(noApproval.step, { kind: "approve", fields: ["editor"] }, "the approval carried the editor's unsaved edit: undone with it");
  assert.equal(noApproval.item?.id, sample);
  assert.equal(noApproval.item?.status, "draft");
  assert.deepEqual(noApproval.item?.corrections, { title: "Corrected" });
  assert.equal(noApproval.item?.approvedAt, undefined);
  assert.equal((await desk.store.load(sample)).approved, undefined, "no approved snapshot is left to export");
  assert.deepEqual(desk.session().counts, { total: 2, pending: 1, draft: 1, approved: 0, rejected: 0 });

  const reapproved = await desk.replay("redo");
  assert.equal(reapproved.item?.status, "approved");
  assert.equal(reapproved.item?.approvedAt, approved.approvedAt, "the approval as it was, not a new one");
  assert.equal(reapproved.item?.reviewer, "ana");
  const snapshot = (await desk.store.load(sample)).approved;
  assert.equal(snapshot?.fields.title, "Corrected");
  assert.equal(snapshot?.fields.editor, "Desk");
  assert.deepEqual(snapshot?.correctedFields, ["title", "editor"]);
  const rejected = await desk.replay("redo");
  assert.equal(rejected.item?.rejectReason, "paywall");
  assert.deepEqual(rejected.undo, { canUndo: true, canRedo: false });
});

test("undoing an edit that reopened an approved item brings the approval back", async (t) => {
  const { desk, sample } = await openDesk(t);
  const approved = await desk.approve(sample, { title: "Approved title" });
  const reopened = await desk.saveDraft(sample, { title: "Changed after approval" });
  assert.equal(reopened.status, "draft");
  const undone = await desk.replay("undo");
  assert.deepEqual(undone.step, { kind: "edit", fields: ["title"] });
  assert.equal(undone.item?.status, "approved");
  assert.equal(undone.item?.fields.title, "Approved title");
  assert.equal(undone.item?.approvedAt, approved.approvedAt);
  assert.equal((await desk.store.load(sample)).approved?.fields.title, "Approved title");
});

test("a new change after an undo drops the redo branch", async (t) => {
  const { desk, sample, other } = await openDesk(t);
  await desk.saveDraft(sample, { title: "One" });
  await desk.saveDraft(sample, { title: "Two" });
  await desk.replay("undo");
  assert.equal(desk.store.undoState().canRedo, true);
  const changed = await desk.reject(other, "off topic");
  assert.deepEqual(changed.undo, { canUndo: true, canRedo: false });
  assert.deepEqual(await desk.replay("redo"), { undo: { canUndo: true, canRedo: false } });
  assert.equal((await desk.getItem(sample)).fields.title, "One");
  assert.deepEqual((await stepsOnDisk(desk.store.path)).steps.map((s) => s.kind), ["edit", "reject"]);
});

test("typing into one field is one step; a structural change, another field or a pause starts a new one", async (t) => {
  const { desk, sample } = await openDesk(t);
  const extractedTitle = (await desk.getItem(sample)).extraction.fields.title;
  for (const title of ["T", "Ty", "Typ", "Typed"]) await desk.saveDraft(sample, { title }, true);
  assert.equal((await stepsOnDisk(desk.store.path)).steps.length, 1);
  await desk.saveDraft(sample, { title: "Typed", editor: "E" }, true);
  await desk.saveDraft(sample, { title: "Typed", editor: "Ed" }, true);
  await desk.saveDraft(sample, { title: "Typed", editor: "Ed", dateline: "X" }, false);
  const steps = (await stepsOnDisk(desk.store.path)).steps;
  assert.deepEqual(steps.map((s) => s.changes.map((c) => [c.field, c.from, c.to])), [
    [["title", extractedTitle, "Typed"]],
    [["editor", (await desk.getItem(sample)).extraction.fields.editor, "Ed"]],
    [["dateline", (await desk.getItem(sample)).extraction.fields.dateline, "X"]],
  ]);
  await desk.replay("undo");
  await desk.replay("undo");
  const undone = await desk.replay("undo");
  assert.equal(undone.item?.fields.title, extractedTitle, "all the typing of the title in one step");
  // Typing right after an undo or a redo never joins the step replayed.
  await desk.replay("redo");
  await desk.saveDraft(sample, { title: "Typed more" }, true);
  assert.equal((await desk.replay("undo")).item?.fields.title, "Typed");
});

test("the time window and typing that ends where it began (the step log itself)", () => {
  const log = new StepLog(emptyStepLog());
  const pending: DecisionState = { status: "pending" };
  const draft: DecisionState = { status: "draft" };
  const edit = (from: string, to: string, before = draft) => ({ kind: "edit" as const, id: "a", who: "w", at: "t", fields: [{ field: "title" as const, from, to }], before, after: draft });
  log.record(edit("", "a", pending), true, 0);
  log.record(edit("a", "ab"), true, COALESCE_MS - 1);
  log.record(edit("ab", "abc"), true, 2 * COALESCE_MS + 1);
  const data = (log as unknown as { data: { steps: { changes: { from: unknown; to: unknown }[] }[] } }).data;
  assert.deepEqual(data.steps.map((s) => [s.changes[0]!.from, s.changes[0]!.to]), [["", "ab"], ["ab", "abc"]], "a pause of more than the window starts a new step");
  log.record(edit("abc", "ab"), true, 2 * COALESCE_MS + 2);
  assert.equal(data.steps.length, 1, "typed and erased again: no step");
  assert.deepEqual(log.state(), { canUndo: true, canRedo: false });
});

test("a list change stores only the entries that differ, and undo and redo rebuild the list", async (t) => {
  const { desk, sample } = await openDesk(t);
  const body = (await desk.getItem(sample)).extraction.fields.body;
  assert.ok(body.length >= 3);
  const fixed = body.map((p, i) => (i === 1 ? `${p} (fixed)` : p));
  await desk.saveDraft(sample, { body: fixed });
  const dropped = fixed.filter((_, i) => i !== 0);
  await desk.saveDraft(sample, { body: dropped });
  const [fix, drop] = (await stepsOnDisk(desk.store.path)).steps.map((s) => s.changes[0]!);
  assert.deepEqual(fix, { field: "body", index: 1, from: [body[1]], to: [`${body[1]} (fixed)`] });
  assert.deepEqual(drop, { field: "body", index: 0, from: [body[0]], to: [] });
  assert.deepEqual((await desk.replay("undo")).item?.fields.body, fixed);
  assert.deepEqual((await desk.replay("undo")).item?.fields.body, body);
  assert.deepEqual((await desk.replay("redo")).item?.fields.body, fixed);
  assert.deepEqual((await desk.replay("redo")).item?.fields.body, dropped);
});

test("the log keeps the newest steps, at most STEP_LIMIT of them and about STEP_LOG_BYTES", () => {
  const log = new StepLog(emptyStepLog());
  const data = (log as unknown as { data: { steps: { changes: { to: unknown }[] }[]; done: number } }).data;
  const step = (n: number, value: string) => ({ kind: "edit" as const, id: "a", who: "w", at: "t", fields: [{ field: "title" as const, from: "", to: value || String(n) }], before: { status: "pending" as const }, after: { status: "draft" as const } });
  for (let n = 0; n < STEP_LIMIT + 5; n++) log.record(step(n, ""), false);
  assert.equal(data.steps.length, STEP_LIMIT);
  assert.equal(data.done, STEP_LIMIT);
  assert.equal(data.steps[0]!.changes[0]!.to, "5", "the oldest went first");
  const big = "x".repeat(STEP_LOG_BYTES / 8);
  for (let n = 0; n < 10; n++) log.record(step(n, big + n), false);
  assert.ok(JSON.stringify(data).length <= STEP_LOG_BYTES + 1000, "the file stays within the bound");
  assert.equal(data.steps.at(-1)!.changes[0]!.to, `${big}9`);
  assert.equal(data.done, data.steps.length);
});

test("the undo history survives closing and reopening: undo after a restart takes back the approval made before it", async (t) => {
  const { folder, dbPath, desk, sample } = await openDesk(t);
  await desk.saveDraft(sample, { title: "Before restart" });
  await desk.approve(sample);
  await desk.close();

  const again = await Desk.open({ folder, dbPath, reviewer: "ben" });
  assert.deepEqual(again.session().undo, { canUndo: true, canRedo: false });
  const undone = await again.replay("undo");
  assert.equal(undone.step?.kind, "approve");
  assert.equal(undone.item?.status, "draft");
  assert.equal(undone.item?.fields.title, "Before restart");
  await again.close();

  const third = await Desk.open({ folder, dbPath, reviewer: "ana" });
  assert.deepEqual(third.session().undo, { canUndo: true, canRedo: true });
  assert.equal((await third.replay("redo")).item?.status, "approved");
  const history = await third.store.historyOf(sample);
  assert.deepEqual(history.filter((h) => h.action === "undo" || h.action === "redo").map((h) => [h.action, h.who]), [["undo", "ben"], ["redo", "ana"]]);
  await third.close();
});

test("undoing an approval keeps a flag the folder's rescan raised after it", async (t) => {
  const { desk, sample } = await openDesk(t);
  await desk.approve(sample);
  await desk.store.flag(new Map([[sample, { at: new Date().toISOString(), reason: "the extractor changed its mind" }]]), "scan");
  const undone = await desk.replay("undo");
  assert.equal(undone.item?.status, "pending");
  assert.equal(undone.item?.needsLook, "the extractor changed its mind");
});

test("a version 3 database is upgraded to version 4 with an empty undo history, the old file kept, the shards untouched", async (t) => {
  const { folder, dbPath, desk, sample, other } = await openDesk(t);
  await desk.approve(sample, { title: "Kept" });
  await desk.reject(other, "paywall");
  await desk.close();
  const parts = `${dbPath}.d`;
  rmSync(join(parts, "steps.json"));
  const v3 = JSON.stringify({ ...JSON.parse(readFileSync(dbPath, "utf8")), schemaVersion: 3 });
  writeFileSync(dbPath, v3);
  const shards = readdirSync(parts).filter((n) => !n.includes(".bak-")).map((n) => [n, readFileSync(join(parts, n), "utf8")] as const);

  const upgraded = await Desk.open({ folder, dbPath, reviewer: "ana" });
  assert.match(upgraded.session().notices.join("\n"), new RegExp(`upgraded from version 3 to ${SCHEMA_VERSION} \\(undo and redo now cover decisions and survive a restart\\)\\. The old file is kept as .*review\\.json\\.v3-`));
  assert.deepEqual(upgraded.session().undo, { canUndo: false, canRedo: false });
  assert.equal((await upgraded.getItem(sample)).fields.title, "Kept");
  assert.equal((await upgraded.getItem(other)).rejectReason, "paywall");
  for (const [name, text] of shards) assert.equal(readFileSync(join(parts, name), "utf8"), text, `${name} is not rewritten by the upgrade`);
  assert.equal(JSON.parse(readFileSync(dbPath, "utf8")).schemaVersion, 4);
  const kept = readdirSync(join(dbPath, "..")).find((f) => f.startsWith("review.json.v3-"));
  assert.equal(readFileSync(join(dbPath, "..", kept!), "utf8"), v3);
  // Work goes on, undo included.
  await upgraded.saveDraft(other, { title: "After the upgrade" });
  assert.equal((await upgraded.replay("undo")).item?.status, "rejected");
  await upgraded.close();
});

test("a damaged undo history is moved aside and started afresh; decisions are not affected", async (t) => {
  const { folder, dbPath, desk, sample } = await openDesk(t);
  await desk.approve(sample);
  await desk.close();
  const steps = join(`${dbPath}.d`, "steps.json");
  writeFileSync(steps, '{"schemaVersion": 4, "steps": [');
  const again = await Desk.open({ folder, dbPath, reviewer: "ana" });
  assert.match(again.session().notices.join("\n"), /The undo history \(steps\.json\) could not be read .*moved aside.*decisions and corrections are not affected/);
  assert.deepEqual(again.session().undo, { canUndo: false, canRedo: false });
  assert.equal((await again.getItem(sample)).status, "approved");
  assert.ok(readdirSync(`${dbPath}.d`).some((n) => n.startsWith("steps.json.damaged-")));
  await again.close();
  assert.ok(!existsSync(steps) || StepLogFile.safeParse(JSON.parse(readFileSync(steps, "utf8"))).success);
});

test("a step whose item can no longer be read is dropped with a message, and undo goes on behind it", async (t) => {
  const { folder, dbPath, desk, sample, other } = await openDesk(t);
  await desk.approve(other);
  await desk.saveDraft(sample, { title: "On a file that will change" });
  await desk.close();
  // The sample's file now holds other bytes and its extraction is lost: its step cannot be replayed.
  writeFileSync(join(folder, SAMPLE), "Another story\n\nWith another body.\n");
  for (const name of readdirSync(`${dbPath}.d`)) if (name.startsWith(`extraction-${sample.slice(0, 2)}`)) rmSync(join(`${dbPath}.d`, name));
  const again = await Desk.open({ folder, dbPath, reviewer: "ana" });
  await assert.rejects(again.replay("undo"), /dropped from the undo history; undo again to go on/);
  const undone = await again.replay("undo");
  assert.equal(undone.item?.id, other);
  assert.equal(undone.item?.status, "pending");
  await again.close();
});
