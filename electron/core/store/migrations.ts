// Schema migrations: one function per version step, applied in order when an older database is
// opened. A database is a set of files: the main file plus named parts (the shards). A migration
// takes all of them and returns all of them; the store writes the parts first and the main file
// last, so a crash half-way leaves the old main file, and the migration simply runs again.
import type { Extraction } from "../../../shared/record.js";
import { encodeManifest } from "./index-columns.js";
import { summariseExtraction } from "./index-entry.js";
import { SCHEMA_VERSION, shardOf, type ApprovedSnapshot, type DecisionShard, type ExtractionShard, type HistoryEntry, type IndexEntry, type JournalShard, type Manifest } from "./schema.js";

export interface DbFiles {
  main: unknown;
  /** Part name (a file inside `<db>.d/`) → contents. */
  parts: Record<string, unknown>;
}

type Migration = (files: DbFiles) => DbFiles;

/** MIGRATIONS[n] turns version n into version n + 1. */
export const MIGRATIONS: Record<number, Migration> = {
  1: v1ToV2,
  2: v2ToV3,
  3: v3ToV4,
};

/** What each version brought, for the notice shown after an upgrade (`partsDir`: the shards' folder). */
const UPGRADES: Record<number, (partsDir: string) => string> = {
  2: (partsDir) => `now a small index plus shard files in ${partsDir}`,
  3: () => "its index is now stored one list per field, quicker to open",
  4: () => "undo and redo now cover decisions and survive a restart",
};

/** The notice's account of an upgrade from version `from` to the current one. */
export function describeUpgrade(from: number, partsDir: string): string {
  const notes: string[] = [];
  for (let version = from + 1; version <= SCHEMA_VERSION; version++) notes.push(UPGRADES[version]?.(partsDir) ?? "");
  return notes.filter(Boolean).join("; ");
}

export function schemaVersionOf(main: unknown): number | undefined {
  const version = (main as { schemaVersion?: unknown } | null)?.schemaVersion;
  return typeof version === "number" ? version : undefined;
}

/** Runs every step from the file's version up to SCHEMA_VERSION; null when it is already current. */
export function migrate(files: DbFiles): { files: DbFiles; from: number } | null {
  const from = schemaVersionOf(files.main);
  if (from === undefined || from >= SCHEMA_VERSION) return null;
  let current = files;
  for (let version = from; version < SCHEMA_VERSION; version++) {
    const step = MIGRATIONS[version];
    if (!step) throw new Error(`there is no migration from database version ${version}`);
    current = step(current);
  }
  return { files: current, from };
}

interface V1Item {
  id: string;
  file: string;
  size: number;
  mtimeMs: number;
  format: Extraction["format"];
  encoding: string;
  extraction: Extraction;
  corrections: Record<string, unknown>;
  status: "pending" | "draft" | "approved" | "rejected";
  rejectReason?: string;
  approved?: unknown;
  decidedBy?: string;
  missing?: boolean;
  createdAt: string;
  updatedAt: string;
}

interface V1Db {
  schemaVersion: 1;
  folder: string;
  items: Record<string, V1Item>;
  history: HistoryEntry[];
  exports: Manifest["exports"];
}

/** Version 1 kept everything in one file; version 2 splits it into a manifest and up to 3 × 256 shards. */
function v1ToV2(files: DbFiles): DbFiles {
  const v1 = files.main as V1Db;
  const manifest: V2Manifest = { schemaVersion: 2, layout: "sharded", folder: v1.folder, items: {}, exports: v1.exports ?? [] };
  const decisions = new Map<string, DecisionShard>();
  const extractions = new Map<string, ExtractionShard>();
  const journals = new Map<string, JournalShard>();
  const decisionShard = (id: string) => getOrAdd(decisions, shardOf(id), (shard): DecisionShard => ({ schemaVersion: 2, shard, items: {} }));
  const journalShard = (id: string) => getOrAdd(journals, shardOf(id), (shard): JournalShard => ({ schemaVersion: 2, shard, approved: {}, history: [] }));
  const byFile = Object.entries(v1.items ?? {}).sort(([, a], [, b]) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  for (const [id, item] of byFile) {
    const summary = summariseExtraction(item.extraction);
    const entry: IndexEntry = {
      file: item.file, size: item.size, mtimeMs: item.mtimeMs, ...summary,
      format: item.format, encoding: item.encoding, ...(item.missing ? { missing: true } : {}),
      createdAt: item.createdAt,
    };
    manifest.items[id] = entry;
    getOrAdd(extractions, shardOf(id), (shard): ExtractionShard => ({ schemaVersion: 2, shard, items: {} })).items[id] = item.extraction;
    const touched = item.status !== "pending" || Object.keys(item.corrections ?? {}).length > 0;
    if (touched) {
      decisionShard(id).items[id] = {
        status: item.status,
        corrections: item.corrections,
        ...(item.rejectReason ? { rejectReason: item.rejectReason } : {}),
        ...(item.decidedBy ? { decidedBy: item.decidedBy } : {}),
        ...(item.status === "approved" || item.status === "rejected" ? { decidedAt: item.updatedAt } : {}),
        updatedAt: item.updatedAt,
      };
      if (item.status === "approved" && item.approved) journalShard(id).approved[id] = item.approved as ApprovedSnapshot;
    }
  }
  for (const entry of v1.history ?? []) journalShard(entry.id).history.push(entry);
  const parts: Record<string, unknown> = {};
  for (const [shard, data] of decisions) parts[`decisions-${shard}.json`] = data;
  for (const [shard, data] of journals) parts[`journal-${shard}.json`] = data;
  for (const [shard, data] of extractions) parts[`extraction-${shard}.json`] = data;
  return { main: manifest, parts };
}

/** Version 3 stores the manifest's index as one list per field; the shards are unchanged. */
function v2ToV3(files: DbFiles): DbFiles {
  const v2 = files.main as V2Manifest;
  const main = encodeManifest({ ...v2, schemaVersion: SCHEMA_VERSION, items: new Map(Object.entries(v2.items ?? {})), exports: v2.exports ?? [] });
  return { main: { ...main, schemaVersion: 3 }, parts: files.parts };
}

/**
 * Version 4 adds the undo history (`steps.json`, absent until the first change: none) and undo and
 * redo entries in the journals, which older versions would take for damage: only the number changes.
 */
function v3ToV4(files: DbFiles): DbFiles {
  return { main: { ...(files.main as object), schemaVersion: 4 }, parts: files.parts };
}

/** The manifest of version 2: the index one object per item. */
interface V2Manifest {
  schemaVersion: 2;
  layout: "sharded";
  folder: string;
  items: Record<string, IndexEntry>;
  exports: Manifest["exports"];
}

function getOrAdd<K, V>(map: Map<K, V>, key: K, make: (key: K) => V): V {
  let value = map.get(key);
  if (value === undefined) map.set(key, (value = make(key)));
  return value;
}
