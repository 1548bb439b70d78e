import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { Desk } from "../../electron/core/desk.js";
import { sha256 } from "../../electron/core/hash.js";
import { copyScrapes, SAMPLE, tempDir } from "../helpers.js";

const OTHER = "007_bbc_floating_solar.txt";
const PENDING = "004_chinadaily_hutong_libraries.txt";

async function deskWithDecisions(t: Parameters<typeof tempDir>[0]) {
  const folder = copyScrapes(t, [SAMPLE, OTHER, PENDING]);
  const out = tempDir(t);
  const dbPath = join(out, "review.json");
  const desk = await Desk.open({ folder, dbPath, reviewer: "ana" });
  const id = (name: string) => sha256(readFileSync(join(folder, name)));
  await desk.approve(id(SAMPLE), { title: "Fixed, with \"quotes\" and 中文 ✓" });
  await desk.reject(id(OTHER), "duplicate");
  return { folder, out, dbPath, desk, id };
}

test("only approved records are exported, one JSON line each, with provenance", async (t) => {
  const { out, desk, id } = await deskWithDecisions(t);
  const summary = await desk.exportApproved(join(out, "approved.jsonl"), "jsonl");
  assert.equal(summary.count, 1);
  const text = readFileSync(summary.path, "utf8");
  assert.equal(summary.bytes, Buffer.byteLength(text));
  const lines = text.trimEnd().split("\n");
  assert.equal(lines.length, 1);
  const record = JSON.parse(lines[0] ?? "");
  assert.equal(record.title, "Fixed, with \"quotes\" and 中文 ✓");
  assert.equal(record.provenance.file, SAMPLE);
  assert.equal(record.provenance.sha256, id(SAMPLE));
  assert.deepEqual(record.provenance.correctedFields, ["title"]);
  assert.equal(record.provenance.reviewer, "ana");
  assert.ok(!Number.isNaN(Date.parse(record.provenance.approvedAt)));
  for (const key of ["publisher", "source", "publishedAt", "dateline", "authors", "editor", "body", "related", "language", "externalId", "url"]) {
    assert.ok(key in record, `the record has ${key}`);
  }
});

test("exporting into the scrape folder or over the database is refused, leaving nothing behind", async (t) => {
  const { folder, dbPath, desk } = await deskWithDecisions(t);
  const before = readFileSync(dbPath, "utf8");
  await assert.rejects(desk.exportApproved(join(folder, "out.jsonl"), "jsonl"), /into the scrape folder/);
  await assert.rejects(desk.exportApproved(dbPath, "jsonl"), /over the review database/);
  await assert.rejects(desk.exportApproved(join(folder, "..", "no-such-folder", "x.jsonl"), "jsonl"), /does not exist/);
  assert.equal(readFileSync(dbPath, "utf8"), before);
  assert.ok(!readdirSync(folder).some((f) => f.includes("out.jsonl")));
});

test("a destination that is a folder is refused and nothing is written", async (t) => {
  const { out, desk } = await deskWithDecisions(t);
  await assert.rejects(desk.exportApproved(out, "jsonl"), /is a folder/);
  assert.ok(!readdirSync(out).some((f) => f.endsWith(".partial")));
  assert.ok(!existsSync(join(out, "approved.jsonl")));
});
