// Damaged database files: moved aside (never overwritten), the newest good backup restored, the
// editor told what happened and what was recovered. Also: newer versions refused, v1 migrated.
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Desk } from "../../electron/core/desk.js";
import { sha256 } from "../../electron/core/hash.js";
import { extractScrape } from "../../electron/core/extract/index.js";
import { ReviewStore } from "../../electron/core/store/review-store.js";
import { encodeManifest } from "../../electron/core/store/index-columns.js";
import { DecisionShard, ExtractionShard, ManifestFile, SCHEMA_VERSION, type IndexEntry, type Manifest } from "../../electron/core/store/schema.js";
import { validateDecisionShard, validateExtractionShard, validateManifest } from "../../electron/core/store/validate.js";
import { copyScrapes, SAMPLE, tempDir } from "../helpers.js";

const OTHER = "005_reuters_rail_near_miss.txt";

type T = Parameters<typeof tempDir>[0];

/** A desk with the sample approved (corrected title) and OTHER rejected, closed and reopened once so backups exist. */
async function reviewed(t: T) {
  const folder = copyScrapes(t, [SAMPLE, OTHER]);
  const dir = tempDir(t);
  const dbPath = join(dir, "review.json");
  const id = (name: string) => sha256(readFileSync(join(folder, name)));
  const desk = await Desk.open({ folder, dbPath, reviewer: "ana" });
  await desk.approve(id(SAMPLE), { title: "Corrected headline" });
  await desk.reject(id(OTHER), "paywall");
  await desk.close();
  // Reopening backs up the files it found good.
  await (await Desk.open({ folder, dbPath, reviewer: "ana" })).close();
  return { folder, dir, dbPath, id, parts: `${dbPath}.d` };
}

const DAMAGE: Record<string, (good: Buffer) => Buffer> = {
  empty: () => Buffer.alloc(0),
  truncated: (good) => good.subarray(0, Math.floor(good.length / 2)),
  "zero-filled": (good) => Buffer.alloc(good.length),
  "not JSON": () => Buffer.from("this is not json at all \u0001\u0002"),
  "JSON of the wrong layout": () => Buffer.from(JSON.stringify({ schemaVersion: 2, layout: "sharded", folder: 3, items: [] })),
};

for (const [kind, damage] of Object.entries(DAMAGE)) {
  test(`a ${kind} index file is moved aside and the backup restored; decisions are untouched`, async (t) => {
    const { folder, dir, dbPath, id } = await reviewed(t);
    const damaged = damage(readFileSync(dbPath));
    writeFileSync(dbPath, damaged);
    const desk = await Desk.open({ folder, dbPath, reviewer: "ana" });
    const notices = desk.session().notices.join("\n");
    assert.match(notices, /could not be read because/);
    assert.match(notices, /moved aside to .*review\.json\.damaged-/);
    assert.match(notices, /backup, review\.json\.bak-1 .* was restored/);
    const aside = readdirSync(dir).filter((f) => f.startsWith("review.json.damaged-"));
    assert.equal(aside.length, 1, "the damaged file is kept");
    assert.deepEqual(readFileSync(join(dir, aside[0]!)), damaged, "byte for byte");
    const approved = await desk.getItem(id(SAMPLE));
    assert.equal(approved.status, "approved");
    assert.equal(approved.fields.title, "Corrected headline");
    assert.equal((await desk.getItem(id(OTHER))).rejectReason, "paywall");
    await desk.close();
  });

  test(`a ${kind} decisions file is moved aside and its backup restored, with a notice`, async (t) => {
    const { folder, dbPath, id, parts } = await reviewed(t);
    const shard = join(parts, `decisions-${id(SAMPLE).slice(0, 2)}.json`);
    const damaged = damage(readFileSync(shard));
    writeFileSync(shard, damaged);
    const desk = await Desk.open({ folder, dbPath, reviewer: "ana" });
    const notices = desk.session().notices.join("\n");
    assert.match(notices, /decisions for items whose id starts with/);
    assert.match(notices, /decisions-..\.json\.bak-1 .* was restored/);
    const aside = readdirSync(parts).filter((f) => f.startsWith(`decisions-${id(SAMPLE).slice(0, 2)}.json.damaged-`));
    assert.equal(aside.length, 1);
    assert.deepEqual(readFileSync(join(parts, aside[0]!)), damaged);
    const item = await desk.getItem(id(SAMPLE));
    assert.equal(item.status, "approved", "the approval came back from the backup");
    assert.deepEqual(item.corrections, { title: "Corrected headline" });
    await desk.close();
  });
}

test("without a good backup the damaged file is still kept, and the editor is told nothing could be restored", async (t) => {
  const folder = copyScrapes(t, [SAMPLE]);
  const dir = tempDir(t);
  const dbPath = join(dir, "review.json");
  writeFileSync(dbPath, '{"schemaVersion": 2, "items": {');
  writeFileSync(`${dbPath}.bak-1`, Buffer.alloc(100));
  const desk = await Desk.open({ folder, dbPath, reviewer: "ana" });
  const notices = desk.session().notices.join("\n");
  assert.match(notices, /No good backup was found/);
  assert.equal(readFileSync(readdirSync(dir).filter((f) => f.includes("damaged-")).map((f) => join(dir, f))[0]!, "utf8"), '{"schemaVersion": 2, "items": {');
  assert.deepEqual(readFileSync(`${dbPath}.bak-1`), Buffer.alloc(100), "a damaged backup is left as it is");
  assert.equal(desk.listItems().length, 1, "the index was rebuilt from the folder");
  await desk.close();
});

test("every backup is a complete earlier version, and at most three are kept", async (t) => {
  const folder = copyScrapes(t, [SAMPLE]);
  const dbPath = join(tempDir(t), "review.json");
  const id = sha256(readFileSync(join(folder, SAMPLE)));
  for (let round = 0; round < 6; round++) {
    const desk = await Desk.open({ folder, dbPath, reviewer: "ana", store: { backups: { keep: 3, everyMs: 0, everyWrites: 1 } } });
    await desk.saveDraft(id, { title: `Draft ${round}` });
    await desk.close();
  }
  const shard = join(`${dbPath}.d`, `decisions-${id.slice(0, 2)}.json`);
  assert.ok(!existsSync(`${shard}.bak-4`));
  const titles = [1, 2, 3].map((n) => DecisionShard.parse(JSON.parse(readFileSync(`${shard}.bak-${n}`, "utf8"))).items[id]?.corrections.title);
  assert.deepEqual(titles, ["Draft 4", "Draft 3", "Draft 2"], "newest first, each a whole file that validates");
});

test("a database written by a newer Copydesk is refused and left untouched", async (t) => {
  const folder = copyScrapes(t, [SAMPLE]);
  const dbPath = join(tempDir(t), "review.json");
  const newer = JSON.stringify({ schemaVersion: 99, whatever: true });
  writeFileSync(dbPath, newer);
  await assert.rejects(Desk.open({ folder, dbPath, reviewer: "ana" }), /written by a newer Copydesk \(database version 99.*Update Copydesk/);
  assert.equal(readFileSync(dbPath, "utf8"), newer);
  assert.ok(!existsSync(`${dbPath}.lock`), "the lock is released when opening fails");
});

test("a version 1 database (one file) is migrated to the sharded layout, the old file kept", async (t) => {
  const folder = copyScrapes(t, [SAMPLE, OTHER]);
  const dir = tempDir(t);
  const dbPath = join(dir, "review.json");
  const bytes = readFileSync(join(folder, SAMPLE));
  const id = sha256(bytes);
  const { text: _text, ...extraction } = extractScrape(bytes, SAMPLE);
  const at = "2026-01-02T03:04:05.000Z";
  const v1 = {
    schemaVersion: 1,
    folder,
    items: {
      [id]: {
        id, file: SAMPLE, size: bytes.length, mtimeMs: 1, format: extraction.format, encoding: extraction.encoding, extraction,
        corrections: { title: "Old correction" }, status: "approved", decidedBy: "old",
        approved: { fields: { ...extraction.fields, title: "Old correction" }, at, reviewer: "old", correctedFields: ["title"] },
        missing: false, createdAt: at, updatedAt: at,
      },
    },
    history: [{ at, who: "old", id, action: "edit", field: "title", from: extraction.fields.title, to: "Old correction" }, { at, who: "old", id, action: "approve" }],
    exports: [],
  };
  writeFileSync(dbPath, JSON.stringify(v1));
  // The export command opens read-only: it sees the upgraded database without writing anything.
  const readOnly = await ReviewStore.open(dbPath, "", { readOnly: true });
  const exported = readOnly.items();
  assert.equal(exported.length, 1);
  assert.equal(exported[0]?.approved?.fields.title, "Old correction");
  assert.deepEqual(readdirSync(dir), ["review.json"], "read-only: nothing written");
  const desk = await Desk.open({ folder, dbPath, reviewer: "ana" });
  assert.match(desk.session().notices.join("\n"), new RegExp(`upgraded from version 1 to ${SCHEMA_VERSION} \\(now a small index.*kept as .*review\\.json\\.v1-`));
  const item = await desk.getItem(id);
  assert.equal(item.status, "approved");
  assert.equal(item.fields.title, "Old correction");
  assert.equal(item.reviewer, "old");
  assert.equal((await desk.store.historyOf(id)).length, 2);
  assert.equal(desk.listItems().length, 2, "the folder's other file was added by the rescan");
  const kept = readdirSync(dir).find((f) => f.startsWith("review.json.v1-"));
  assert.ok(kept);
  assert.deepEqual(JSON.parse(readFileSync(join(dir, kept), "utf8")), v1);
  assert.equal(JSON.parse(readFileSync(dbPath, "utf8")).schemaVersion, SCHEMA_VERSION);
  await desk.close();
});

test("the fast validators accept what the zod schemas accept and refuse what they refuse", async (t) => {
  const { dbPath, id, parts } = await reviewed(t);
  const manifest = JSON.parse(readFileSync(dbPath, "utf8"));
  const decisions = JSON.parse(readFileSync(join(parts, `decisions-${id(SAMPLE).slice(0, 2)}.json`), "utf8"));
  assert.doesNotThrow(() => validateManifest(manifest));
  assert.doesNotThrow(() => ManifestFile.parse(manifest));
  assert.equal(validateManifest(manifest).items.get(id(SAMPLE))?.file, SAMPLE);
  assert.doesNotThrow(() => validateDecisionShard(decisions));
  assert.doesNotThrow(() => DecisionShard.parse(decisions));
  const entry = id(SAMPLE);
  const index = manifest.index;
  const row = index.ids.indexOf(entry);
  const at = <V>(list: V[], value: unknown) => list.map((v, i) => (i === row ? value : v));
  const badManifests = [
    { ...manifest, index: { ...index, size: at(index.size, "12") } },
    { ...manifest, index: { ...index, dict: { ...index.dict, format: ["pdf"] } } },
    { ...manifest, index: { ...index, title: at(index.title, undefined) } },
    { ...manifest, index: { ...index, rare: { [row]: { missing: "yes" } } } },
    { ...manifest, index: { ...index, rare: { "-1": {} } } },
    { ...manifest, index: { ...index, format: at(index.format, 0.5) } },
    { ...manifest, exports: {} },
    { ...manifest, schemaVersion: 1.5 },
    { ...manifest, layout: "sharded" },
  ];
  for (const bad of badManifests) {
    assert.throws(() => validateManifest(bad));
    assert.throws(() => ManifestFile.parse(bad));
  }
  // What only the hand-written checks see: lists of unequal length, codes past their list, an id twice.
  for (const bad of [
    { ...manifest, index: { ...index, file: index.file.slice(1) } },
    { ...manifest, index: { ...index, format: at(index.format, index.dict.format.length) } },
    { ...manifest, index: { ...index, ids: at(index.ids, index.ids[row === 0 ? 1 : 0]) } },
  ]) {
    assert.throws(() => validateManifest(bad));
  }
  const d = decisions.items[entry];
  const badDecisions = [
    { ...decisions, items: { [entry]: { ...d, status: "maybe" } } },
    { ...decisions, items: { [entry]: { ...d, corrections: { title: ["a list"] } } } },
    { ...decisions, items: { [entry]: { ...d, corrections: { body: "not a list" } } } },
    { ...decisions, items: { [entry]: { ...d, updatedAt: 5 } } },
  ];
  for (const bad of badDecisions) {
    assert.throws(() => validateDecisionShard(bad));
    assert.throws(() => DecisionShard.parse(bad));
  }
  const extractions = JSON.parse(readFileSync(join(parts, `extraction-${entry.slice(0, 2)}.json`), "utf8"));
  assert.deepEqual(validateExtractionShard(structuredClone(extractions)), ExtractionShard.parse(extractions));
  const x = extractions.items[entry];
  const badExtractions = [
    { ...x, format: "pdf" },
    { ...x, fields: { ...x.fields, body: "one string" } },
    { ...x, fields: { ...x.fields, title: undefined } },
    { ...x, spans: { title: [{ start: -1, end: 3 }] } },
    { ...x, spans: { nonsense: [] } },
    { ...x, confidence: { title: 1.5 } },
    { ...x, warnings: [{ field: "nonsense", message: "m" }] },
    { ...x, regions: [{ kind: "furniture", start: 0, end: 3 }] },
    { ...x, regions: [{ kind: "copy", start: 0, end: 3, copy: 0 }] },
    { ...x, regions: { kind: "copy", start: 0, end: 3 } },
  ];
  for (const bad of badExtractions) {
    const shard = { ...extractions, items: { [entry]: bad } };
    assert.throws(() => validateExtractionShard(structuredClone(shard)));
    assert.throws(() => ExtractionShard.parse(shard));
  }
});

test("the export command's read-only open refuses a damaged database without changing anything", async (t) => {
  const { dir, dbPath } = await reviewed(t);
  writeFileSync(dbPath, "");
  const before = readdirSync(dir).sort();
  await assert.rejects(ReviewStore.open(dbPath, "", { readOnly: true }), /cannot be read: the file is empty/);
  assert.deepEqual(readdirSync(dir).sort(), before);
});

test("a version 2 database (the index one object per item) is upgraded to columns, the old file kept, nothing else touched", async (t) => {
  const { folder, dir, dbPath, id, parts } = await reviewed(t);
  const current = validateManifest(JSON.parse(readFileSync(dbPath, "utf8")));
  const v2 = JSON.stringify({ ...current, schemaVersion: 2, layout: "sharded", items: Object.fromEntries(current.items) });
  writeFileSync(dbPath, v2);
  const shardsBefore = readdirSync(parts).filter((n) => !n.includes(".bak-")).map((n) => [n, readFileSync(join(parts, n), "utf8")] as const);
  // Read-only (the export command): reads the upgrade from memory, writes nothing.
  const readOnly = await ReviewStore.open(dbPath, "", { readOnly: true });
  assert.equal(readOnly.items().find((item) => item.id === id(SAMPLE))?.approved?.fields.title, "Corrected headline");
  assert.equal(readFileSync(dbPath, "utf8"), v2, "read-only: the file is left as it was");
  const desk = await Desk.open({ folder, dbPath, reviewer: "ana" });
  assert.match(desk.session().notices.join("\n"), new RegExp(`upgraded from version 2 to ${SCHEMA_VERSION} \\(its index is now stored one list per field.*kept as .*review\\.json\\.v2-`));
  assert.equal((await desk.getItem(id(SAMPLE))).status, "approved");
  assert.equal((await desk.getItem(id(OTHER))).status, "rejected");
  assert.deepEqual(desk.listItems().map((i) => i.file).sort(), [...current.items.values()].map((e) => e.file).sort());
  await desk.close();
  const kept = readdirSync(dir).find((f) => f.startsWith("review.json.v2-"));
  assert.ok(kept);
  assert.equal(readFileSync(join(dir, kept), "utf8"), v2);
  const upgraded = JSON.parse(readFileSync(dbPath, "utf8"));
  assert.equal(upgraded.schemaVersion, SCHEMA_VERSION);
  assert.equal(upgraded.layout, "columns");
  assert.deepEqual(validateManifest(upgraded).items, current.items);
  for (const [name, text] of shardsBefore) assert.equal(readFileSync(join(parts, name), "utf8"), text, `${name} is not rewritten by the upgrade`);
});

test("the index's columns give back every entry as it was, rare fields included", () => {
  const base: IndexEntry = {
    file: "a.txt", size: 10, mtimeMs: 1.5, format: "text", encoding: "utf-8", extractorVersion: "x-1", title: "A", publisher: "P",
    publishedAt: "2024-01-01", warningCount: 0, minConfidence: 0.5, bodyHash: "0123456789abcdef", createdAt: "2026-01-01T00:00:00.000Z",
  };
  const { bodyHash: _h, ...withoutHash } = base;
  const items = new Map<string, IndexEntry>([
    ["a", base],
    ["b", { ...withoutHash, file: "b.html", format: "html", encoding: "windows-1252", title: "B", error: "it broke", missing: true }],
    ["c", { ...base, file: "c.txt", copies: ["c2.txt", "c3.txt"], duplicateOf: { id: "a", reason: "same-story" }, replaces: "z", replacedBy: "y" }],
    ["d", { ...base, file: "d.json", format: "json", publisher: "", createdAt: "2026-02-01T00:00:00.000Z", title: "Ünïcödé 标题 😀" }],
  ]);
  const manifest: Manifest = { schemaVersion: SCHEMA_VERSION, layout: "sharded", folder: "/f", items, exports: [{ at: "t", who: "w", path: "p", format: "jsonl", count: 1 }] };
  const stored = JSON.parse(JSON.stringify(encodeManifest(manifest)));
  assert.doesNotThrow(() => ManifestFile.parse(stored));
  const back = validateManifest(stored);
  assert.deepEqual(back, manifest);
  assert.deepEqual([...back.items.keys()], ["a", "b", "c", "d"], "in the same order");
  assert.deepEqual(validateManifest(JSON.parse(JSON.stringify(encodeManifest({ ...manifest, items: new Map() })))).items, new Map());
});
