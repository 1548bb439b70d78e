// Reopening a folder: new, changed, moved and removed files; re-extraction of undecided items when
// the extractor version changes, never touching corrections or decisions; flags; duplicates.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Desk } from "../../electron/core/desk.js";
import { sha256 } from "../../electron/core/hash.js";
import { extractScrape } from "../../electron/core/extract/index.js";
import { emptyFields, type Extraction } from "../../shared/record.js";
import { copyScrapes, SAMPLE, tempDir } from "../helpers.js";

const OTHER = "005_reuters_rail_near_miss.txt";
const THIRD = "004_chinadaily_hutong_libraries.txt";

type T = Parameters<typeof tempDir>[0];
const idOf = (folder: string, name: string) => sha256(readFileSync(join(folder, name)));

/** The real extractor, as if a new version read every title differently. */
function newerExtractor(bytes: Uint8Array, file: string): Extraction {
  const { text: _text, ...extraction } = extractScrape(bytes, file);
  return { ...extraction, extractorVersion: "9.9.9", fields: { ...extraction.fields, title: `NEW ${extraction.fields.title}` } };
}

/** A tiny stand-in extractor: first line title, second line date, the rest body paragraphs. */
function lineExtractor(bytes: Uint8Array): Extraction {
  const [title = "", date = "", ...body] = Buffer.from(bytes).toString("utf8").split("\n");
  return {
    extractorVersion: "lines-1", format: "text", encoding: "utf-8",
    fields: { ...emptyFields(), title, publishedAt: date, body: body.filter(Boolean) },
    spans: {}, confidence: { title: 1 }, warnings: [],
  };
}

async function reviewed(t: T) {
  const folder = copyScrapes(t, [SAMPLE, OTHER, THIRD]);
  const dbPath = join(tempDir(t), "review.json");
  const desk = await Desk.open({ folder, dbPath, reviewer: "ana" });
  const ids = { sample: idOf(folder, SAMPLE), other: idOf(folder, OTHER), third: idOf(folder, THIRD) };
  await desk.approve(ids.sample, { editor: "Approved Editor" });
  await desk.saveDraft(ids.other, { title: "Editor's own title", editor: "Draft Editor" });
  await desk.close();
  return { folder, dbPath, ids };
}

test("a new extractor version re-extracts undecided items, keeps corrections and decisions, and flags what moved under a correction", async (t) => {
  const { folder, dbPath, ids } = await reviewed(t);
  const before = await Desk.open({ folder, dbPath, reviewer: "ana" });
  const approvedBefore = await before.getItem(ids.sample);
  await before.close();

  const desk = await Desk.open({ folder, dbPath, reviewer: "ben", extractorVersion: "9.9.9", extract: newerExtractor });
  assert.match(desk.session().notices.join("\n"), /2 undecided items extracted again by the new extractor \(corrections kept\); 1 flagged for a look/);

  const third = await desk.getItem(ids.third);
  assert.equal(third.extraction.extractorVersion, "9.9.9", "a pending item is extracted again");
  assert.match(third.fields.title, /^NEW /);
  assert.equal(third.needsLook, undefined);

  const other = await desk.getItem(ids.other);
  assert.equal(other.extraction.extractorVersion, "9.9.9", "a draft is extracted again too");
  assert.equal(other.status, "draft");
  assert.deepEqual(other.corrections, { title: "Editor's own title", editor: "Draft Editor" }, "its corrections are untouched");
  assert.equal(other.fields.title, "Editor's own title");
  assert.match(other.needsLook ?? "", /now reads title differently from before and from your correction/);
  assert.ok(!(other.needsLook ?? "").includes("editor"), "the editor field did not move: not flagged");

  const sample = await desk.getItem(ids.sample);
  assert.equal(sample.extraction.extractorVersion, approvedBefore.extraction.extractorVersion, "a decided item keeps the extraction it was approved on");
  assert.deepEqual(sample.fields, approvedBefore.fields);
  assert.equal(sample.status, "approved");
  assert.equal(sample.reviewer, "ana");

  const flagged = desk.listItems().find((i) => i.id === ids.other);
  assert.match(flagged?.needsLook ?? "", /title/);
  assert.ok((await desk.store.historyOf(ids.other)).some((h) => h.action === "flag" && h.who === "ben"));

  // Deciding the item clears the flag and records that the editor overrode it.
  const approved = await desk.approve(ids.other);
  assert.equal(approved.needsLook, undefined);
  assert.equal((await desk.store.load(ids.other)).override, true);
  await desk.close();

  // Opening again with the same new version: nothing more to do, nothing to say.
  const again = await Desk.open({ folder, dbPath, reviewer: "ben", extractorVersion: "9.9.9", extract: newerExtractor });
  assert.deepEqual(again.session().notices, []);
  await again.close();
});

test("a reviewed file that changed on disk becomes a new item; the old one keeps its decision, marked replaced", async (t) => {
  const folder = copyScrapes(t, [SAMPLE, OTHER]);
  const dbPath = join(tempDir(t), "review.json");
  const oldId = idOf(folder, OTHER);
  const desk = await Desk.open({ folder, dbPath, reviewer: "ana" });
  await desk.reject(oldId, "paywall");
  await desk.close();
  writeFileSync(join(folder, OTHER), `${readFileSync(join(folder, OTHER), "utf8")}\nA correction was appended by the publisher.\n`);
  const newId = idOf(folder, OTHER);

  const reopened = await Desk.open({ folder, dbPath, reviewer: "ana" });
  assert.match(reopened.session().notices.join("\n"), /1 changed on disk/);
  const old = await reopened.store.load(oldId);
  assert.equal(old.status, "rejected");
  assert.equal(old.rejectReason, "paywall");
  assert.equal(old.missing, true);
  assert.equal(old.replacedBy, newId);
  const fresh = await reopened.getItem(newId);
  assert.equal(fresh.status, "pending");
  assert.match(fresh.needsLook ?? "", /changed after it was reviewed \(it was rejected\)/);
  assert.equal((await reopened.store.load(newId)).replaces, oldId);
  assert.deepEqual(reopened.session().counts, { total: 2, pending: 2, draft: 0, approved: 0, rejected: 0 }, "the old version is not counted");
  await reopened.close();
});

test("moved, removed and returning files; an unchanged folder is not rewritten", async (t) => {
  const { folder, dbPath, ids } = await reviewed(t);
  const mtime = statSync(dbPath).mtimeMs;
  const same = await Desk.open({ folder, dbPath, reviewer: "ana" });
  assert.deepEqual(same.session().notices, []);
  await same.close();
  assert.equal(statSync(dbPath).mtimeMs, mtime, "nothing changed, nothing written");

  mkdirSync(join(folder, "sub"));
  renameSync(join(folder, SAMPLE), join(folder, "sub", "renamed.txt"));
  const away = tempDir(t);
  renameSync(join(folder, THIRD), join(away, THIRD));
  const moved = await Desk.open({ folder, dbPath, reviewer: "ana" });
  assert.match(moved.session().notices.join("\n"), /1 no longer in the folder .*1 moved or renamed/);
  const sample = await moved.getItem(ids.sample);
  assert.equal(sample.file, "sub/renamed.txt");
  assert.equal(sample.status, "approved", "a moved file keeps its decision");
  assert.equal(moved.listItems().find((i) => i.id === ids.third)?.missing, true);
  await moved.close();

  renameSync(join(away, THIRD), join(folder, THIRD));
  const back = await Desk.open({ folder, dbPath, reviewer: "ana" });
  assert.match(back.session().notices.join("\n"), /1 back in the folder/);
  assert.equal(back.listItems().find((i) => i.id === ids.third)?.missing, false);
  await back.close();
});

test("the same bytes twice are one item with the other file listed; the same story twice links to the first", async (t) => {
  const folder = tempDir(t, "copydesk-dups-");
  const body = Array.from({ length: 6 }, (_, i) => `Paragraph ${i} of the ferry story tells how fares rose by ten percent on the harbour route this week and riders complained.`);
  writeFileSync(join(folder, "a.txt"), ["Ferry fares rise again!", "2024-03-05T08:00:00+08:00", ...body].join("\n"));
  // Same story, another site: punctuation and case differ in the title, one word differs in the body.
  writeFileSync(join(folder, "b.txt"), ["FERRY FARES RISE AGAIN", "2024-03-05T17:30:00+08:00", ...body.slice(0, 5), body[5]!.replace("complained", "grumbled")].join("\n"));
  // Same title and day, another story.
  writeFileSync(join(folder, "c.txt"), ["Ferry fares rise again", "2024-03-05", "A different article entirely about bus routes and parking, nothing to do with the harbour.", "Its second paragraph talks about cyclists and new lanes on the bridge."].join("\n"));
  // Same body, another day: a follow-up, not a duplicate.
  writeFileSync(join(folder, "d.txt"), ["Ferry fares rise again", "2024-04-05", ...body].join("\n"));
  writeFileSync(join(folder, "e.txt"), readFileSync(join(folder, "a.txt")));
  const dbPath = join(tempDir(t), "review.json");
  const desk = await Desk.open({ folder, dbPath, reviewer: "ana", extractorVersion: "lines-1", extract: lineExtractor });
  const byFile = Object.fromEntries(desk.listItems().map((i) => [i.file, i]));
  assert.deepEqual(Object.keys(byFile).sort(), ["a.txt", "b.txt", "c.txt", "d.txt"]);
  assert.equal(byFile["b.txt"]?.duplicateOf, byFile["a.txt"]?.id);
  assert.equal(byFile["a.txt"]?.duplicateOf, undefined);
  assert.equal(byFile["c.txt"]?.duplicateOf, undefined);
  assert.equal(byFile["d.txt"]?.duplicateOf, undefined);
  assert.deepEqual((await desk.store.load(byFile["a.txt"]!.id)).copies, ["e.txt"]);
  assert.match(desk.session().skipped.find((s) => s.file === "e.txt")?.reason ?? "", /same bytes as a\.txt/);
  // Approving a duplicate is an override. (These synthetic pages have no detectable language, so
  // the guideline check needs its own explicit override too.)
  await desk.approve(byFile["b.txt"]!.id, undefined, { problems: [{ field: "language", message: "synthetic page" }] });
  assert.equal((await desk.store.load(byFile["b.txt"]!.id)).override, true);
  await desk.close();

  // The original goes away: the link goes with it.
  renameSync(join(folder, "a.txt"), join(tempDir(t), "a.txt"));
  renameSync(join(folder, "e.txt"), join(tempDir(t), "e.txt"));
  const again = await Desk.open({ folder, dbPath, reviewer: "ana", extractorVersion: "lines-1", extract: lineExtractor });
  assert.equal(again.listItems().find((i) => i.file === "b.txt")?.duplicateOf, undefined);
  await again.close();
});

test("with the check in the background, the desk opens on the last known queue and takes changes in when it is done", async (t) => {
  const { folder, dbPath, ids } = await reviewed(t);
  writeFileSync(join(folder, "late.txt"), "A late headline\n\nA paragraph of the late story, long enough to count as a body.\n");
  const desk = await Desk.open({ folder, dbPath, reviewer: "ana", rescan: "background" });
  assert.equal((await desk.getItem(ids.sample)).status, "approved", "usable at once");
  const report = await desk.scanned;
  assert.equal(report?.added, 1);
  assert.ok(desk.listItems().some((i) => i.file === "late.txt"));
  assert.match(desk.session().notices.join("\n"), /1 new/);
  await desk.close();
});
