import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { Desk } from "../../electron/core/desk.js";
import { manifestPathFor, readManifests } from "../../electron/core/export/export-manifest.js";
import { sha256 } from "../../electron/core/hash.js";
import { createRouter } from "../../electron/core/router.js";
import type { ExportFormat } from "../../shared/api.js";
import { ExportRecord, fromCsvRow } from "../../shared/export-record.js";
import { copyScrapes, repoRoot, SAMPLE, tempDir } from "../helpers.js";

const OTHER = "007_bbc_floating_solar.txt";
const PENDING = "004_chinadaily_hutong_libraries.txt";

async function deskWithDecisions(t: Parameters<typeof tempDir>[0]) {
  const folder = copyScrapes(t, [SAMPLE, OTHER, PENDING]);
  const out = tempDir(t);
  const dbPath = join(out, "review.json");
  const desk = await Desk.open({ folder, dbPath, reviewer: "ana" });
  t.after(() => desk.close()); // a no-op where the test closed it
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

test("the desk exports each format from the real store; CSV and JSONL carry the same records", async (t) => {
  const { out, desk, id } = await deskWithDecisions(t);
  await desk.approve(id(PENDING));
  const jsonl = await desk.exportApproved(join(out, "a.jsonl"), "jsonl");
  const records = readFileSync(jsonl.path, "utf8").trim().split("\n").map((l) => ExportRecord.parse(JSON.parse(l)));
  assert.equal(records.length, 2);
  for (const record of records) {
    const item = await desk.store.load(record.provenance.sha256);
    const { provenance: _p, ...fields } = record;
    assert.deepEqual(fields, item.approved!.fields, "the approved snapshot, unchanged");
    assert.equal(record.provenance.validationOverridden, (item as { override?: boolean }).override === true, "the store's override flag");
  }
  const csv = await desk.exportApproved(join(out, "a.csv"), "csv");
  assert.deepEqual((parse(readFileSync(csv.path, "utf8"), { columns: true }) as Record<string, string>[]).map(fromCsvRow), records);
  const json = await desk.exportApproved(join(out, "a.json"), "json");
  assert.deepEqual(JSON.parse(readFileSync(json.path, "utf8")), records);
  const md = await desk.exportApproved(join(out, "md"), "markdown");
  assert.equal(readdirSync(md.path).length, 2);
});

test("since the last export, through the desk: the manifest sits beside the database", async (t) => {
  const { out, dbPath, desk, id } = await deskWithDecisions(t);
  assert.equal((await desk.exportApproved(join(out, "1.jsonl"), "jsonl")).count, 1);
  await desk.approve(id(PENDING));
  const second = await desk.exportApproved(join(out, "2.jsonl"), "jsonl", { filter: { sinceLastExport: true } });
  assert.equal(second.count, 1);
  assert.equal(JSON.parse(readFileSync(second.path, "utf8")).provenance.file, PENDING);
  const { manifests } = await readManifests(manifestPathFor(dbPath));
  assert.deepEqual(manifests.map((m) => m.records.map((r) => r.file)), [[SAMPLE], [PENDING]]);
});

test("the router takes the Export dialog's request: format, filter, bom; suggests a name per format; refusals are bad requests", async (t) => {
  const { folder, out, desk, id } = await deskWithDecisions(t);
  await desk.approve(id(PENDING));
  let destination = (name: string) => join(out, name);
  const suggested: [ExportFormat, string][] = [];
  const router = createRouter({
    desk: async () => desk,
    openFolder: async () => null,
    exportDestination: async (format, name) => {
      suggested.push([format, name]);
      return destination(name);
    },
  });
  const trusted = { trusted: true };
  const csv = await router("exportApproved", { format: "csv", bom: true, filter: { publishers: ["china daily"] } }, trusted);
  assert.ok(csv.ok, JSON.stringify(csv));
  const summary = csv.data as { count: number; path: string; bytes: number; format: string; skipped: unknown[] };
  assert.equal(summary.format, "csv");
  assert.equal(summary.count, 1, "only the China Daily story");
  assert.deepEqual(summary.skipped, []);
  const md = await router("exportApproved", { format: "markdown" }, trusted);
  assert.ok(md.ok, JSON.stringify(md));
  assert.match(suggested[0]![1], /-approved-[\d-]+\.csv$/);
  assert.match(suggested[1]![1], /-approved-[\d-]+$/, "a Markdown export is a folder: no extension");

  for (const payload of [{ format: "xml" }, { filter: { publishedFrom: "2024-13-01" } }, { filter: { since: true } }, { format: "csv", path: "/tmp/x" }]) {
    const bad = await router("exportApproved", payload, trusted);
    assert.ok(!bad.ok && bad.error.code === "bad-request", JSON.stringify(payload));
  }
  destination = () => join(folder, "inside.jsonl");
  const refused = await router("exportApproved", {}, trusted);
  assert.ok(!refused.ok);
  assert.equal(refused.error.code, "bad-request");
  assert.match(refused.error.message, /into the scrape folder/);
});

/** Runs the real command line (from source, through tsx) in a child process. */
function copydesk(...args: string[]) {
  const script = `import(${JSON.stringify(join(repoRoot, "electron", "cli.ts"))}).then(async (m) => { process.exitCode = await m.main(${JSON.stringify(args)}); })`;
  return spawnSync(process.execPath, ["--import", "tsx", "-e", script], { cwd: repoRoot, encoding: "utf8" });
}

test("copydesk schema prints the shipped JSON Schema", () => {
  const run = copydesk("schema");
  assert.equal(run.status, 0, run.stderr);
  assert.equal(run.stdout, readFileSync(join(repoRoot, "schema", "export-record.schema.json"), "utf8"));
});

test("copydesk export: formats, filters and --since-last-export; bad options are usage errors", async (t) => {
  const { out, dbPath, desk, id } = await deskWithDecisions(t);
  await desk.approve(id(PENDING));
  const csv = copydesk("export", "--db", dbPath, "--out", join(out, "a.csv"), "--format", "csv", "--publisher", "China Daily", "--from", "2000-01-01");
  assert.equal(csv.status, 0, csv.stderr);
  assert.match(csv.stdout, /Exported 1 approved records to .*a\.csv \(csv, \d+ bytes\)/);
  assert.equal(parse(readFileSync(join(out, "a.csv"), "utf8"), { columns: true }).length, 1);
  const all = copydesk("export", "--db", dbPath, "--out", join(out, "b.jsonl"), "--since-last-export");
  assert.equal(all.status, 0, all.stderr);
  assert.match(all.stdout, /Exported 1 approved records/, "the China Daily story was in the CSV export");
  const md = copydesk("export", "--db", dbPath, "--out", join(out, "md"), "--format", "markdown", "--reviewer", "ana");
  assert.equal(md.status, 0, md.stderr);
  assert.equal(readdirSync(join(out, "md")).length, 2);

  const badFormat = copydesk("export", "--db", dbPath, "--out", join(out, "x"), "--format", "xml");
  assert.equal(badFormat.status, 2);
  assert.match(badFormat.stderr, /Unknown export format "xml"; use one of jsonl, json, csv, markdown/);
  const badDate = copydesk("export", "--db", dbPath, "--out", join(out, "x"), "--from", "yesterday");
  assert.equal(badDate.status, 2);
  assert.match(badDate.stderr, /YYYY-MM-DD/);
  assert.ok(!existsSync(join(out, "x")));
});
