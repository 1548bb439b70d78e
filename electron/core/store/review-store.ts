// The review database of one opened folder: a manifest plus sharded decision and extraction files
// (see schema.ts for the layout), each a lowdb JSON file written durably. A change is written
// before the call returns, so a decision the renderer sees acknowledged is on disk; when the write
// fails the change is undone in memory too, so what the desk shows is what is on disk.
import { readdirSync, readFileSync } from "node:fs";
import { copyFile, readdir } from "node:fs/promises";
import { basename, join } from "node:path";
import { Low } from "lowdb";
import type { Corrections } from "../../../shared/api.js";
import { applyCorrections, correctedFieldNames, effectiveCorrections, sameValue } from "../../../shared/corrections.js";
import type { ArticleFields, Extraction } from "../../../shared/record.js";
import { FIELD_NAMES } from "../../../shared/record.js";
import { DEFAULT_BACKUPS, DurableJsonFile, nodeFs, writeFileDurably, type BackupPolicy, type Recovery, type StoreFs } from "./durable-json-file.js";
import { describeFsError, StoreError } from "./errors.js";
import { DatabaseLock } from "./lock.js";
import { migrate, type DbFiles } from "./migrations.js";
import {
  Decision,
  DecisionShard,
  emptyDecisionShard,
  emptyExtractionShard,
  emptyManifest,
  ExtractionShard,
  Manifest,
  SCHEMA_VERSION,
  shardOf,
  type HistoryEntry,
  type IndexEntry,
  type NeedsLook,
  type StoredItem,
} from "./schema.js";

export { StoreError, DatabaseLockedError } from "./errors.js";

export interface StoreOptions {
  /** Reads only: no lock, no moving aside, no writes (the export command). */
  readOnly?: boolean;
  fs?: StoreFs;
  backups?: BackupPolicy | false;
  /** How many extraction shards stay in memory (each ~1/256 of the extractions). */
  extractionCacheShards?: number;
  lockStaleMs?: number;
}

/** An item as the queue sees it: the index entry and the editor's decision, no extraction. */
export interface ItemView {
  id: string;
  entry: IndexEntry;
  decision: Decision | undefined;
}

type Shard<T> = { db: Low<T>; file: DurableJsonFile<T> };

export class ReviewStore {
  readonly notices: string[] = [];
  private readonly decisions = new Map<string, Shard<DecisionShard>>();
  private readonly extractions = new Map<string, Shard<ExtractionShard>>();
  private lock: DatabaseLock | null = null;

  private constructor(
    readonly path: string,
    private readonly manifest: Shard<Manifest>,
    private readonly options: StoreOptions,
  ) {}

  /** The folder holding the shards: `<db>.d`. */
  get partsDir(): string {
    return `${this.path}.d`;
  }

  private get fs(): StoreFs {
    return this.options.fs ?? nodeFs;
  }

  static async open(path: string, folder: string, options: StoreOptions = {}): Promise<ReviewStore> {
    const readOnly = options.readOnly ?? false;
    if (readOnly && !(await exists(path))) throw new StoreError("not-found", `There is no review database at ${path}.`);
    const lock = readOnly ? null : await DatabaseLock.acquire(path, { staleMs: options.lockStaleMs });
    try {
      let migration: { files: DbFiles; from: number } | null = null;
      const manifestFile = new DurableJsonFile<Manifest>(path, {
        maxSchemaVersion: SCHEMA_VERSION,
        onDamaged: readOnly ? "throw" : "recover",
        backups: options.backups ?? DEFAULT_BACKUPS,
        fs: options.fs,
        validate: (raw) => {
          const migrated = migrate({ main: raw, parts: {} });
          if (migrated) migration = migrated;
          return Manifest.parse(migrated ? migrated.files.main : raw);
        },
      });
      const store = new ReviewStore(path, { db: new Low(manifestFile, emptyManifest(folder)), file: manifestFile }, options);
      store.lock = lock;
      await store.manifest.db.read();
      if (folder && !store.manifest.db.data.folder) store.manifest.db.data.folder = folder;
      if (manifestFile.recovery) store.notices.push(describeRecovery("The review database's index", path, manifestFile.recovery, "The index is rebuilt from the folder; the editors' decisions are kept in separate files."));
      const found = migration as { files: DbFiles; from: number } | null;
      if (found && !readOnly) await store.finishMigration(found);
      await store.loadDecisions();
      return store;
    } catch (error) {
      await lock?.release();
      throw error;
    }
  }

  get folder(): string {
    return this.manifest.db.data.folder;
  }

  /** Releases the lock; the store must not be used afterwards. */
  async close(): Promise<void> {
    await Promise.all([this.manifest.file.settled(), ...[...this.decisions.values()].map((s) => s.file.settled())]);
    await this.lock?.release();
  }

  // ---- reading ---------------------------------------------------------------------------

  ids(): string[] {
    return Object.keys(this.manifest.db.data.items);
  }

  entry(id: string): IndexEntry | undefined {
    return this.manifest.db.data.items[id];
  }

  decision(id: string): Decision | undefined {
    return this.decisions.get(shardOf(id))?.db.data.items[id];
  }

  views(): ItemView[] {
    return Object.entries(this.manifest.db.data.items).map(([id, entry]) => ({ id, entry, decision: this.decision(id) }));
  }

  /** The index entry, or a not-found error a person can read. */
  get(id: string): IndexEntry {
    const entry = this.entry(id);
    if (!entry) throw new StoreError("not-found", `No item ${id.slice(0, 12)}… in this review database.`);
    return entry;
  }

  /** The extraction of one item (loads its shard), or undefined when the cache lost it. */
  async extraction(id: string): Promise<Extraction | undefined> {
    return (await this.extractionShard(shardOf(id))).db.data.items[id];
  }

  /** Everything about one item. */
  async load(id: string): Promise<StoredItem> {
    const entry = this.get(id);
    const extraction = await this.extraction(id);
    if (!extraction) throw new StoreError("not-found", `The extraction of ${entry.file} is not in the review database; reopen the folder to extract it again.`);
    return merge(id, entry, extraction, this.decision(id));
  }

  async loadMany(ids: string[]): Promise<StoredItem[]> {
    const out: StoredItem[] = [];
    const byShard = groupBy(ids, shardOf);
    for (const [shard, shardIds] of byShard) {
      const data = (await this.extractionShard(shard)).db.data.items;
      for (const id of shardIds) {
        const entry = this.entry(id);
        const extraction = data[id];
        if (entry && extraction) out.push(merge(id, entry, extraction, this.decision(id)));
      }
    }
    return out;
  }

  /**
   * Every item with its extraction, read synchronously. Reads every extraction shard: meant for
   * small databases and the read-only export command; the desk uses views() and load().
   */
  items(): StoredItem[] {
    const out: StoredItem[] = [];
    const names = new Set(safeReaddirSync(this.partsDir));
    for (const [shard, ids] of groupBy(this.ids(), shardOf)) {
      const cached = this.extractions.get(shard)?.db.data.items;
      const name = `extraction-${shard}.json`;
      const data = cached ?? (names.has(name) ? ExtractionShard.parse(JSON.parse(readFileSync(join(this.partsDir, name), "utf8"))).items : {});
      for (const id of ids) {
        const extraction = data[id];
        if (extraction) out.push(merge(id, this.get(id), extraction, this.decision(id)));
      }
    }
    return out;
  }

  /** The whole history, oldest first (it is kept per shard; merged here). */
  history(): HistoryEntry[] {
    return [...this.decisions.values()].flatMap((s) => s.db.data.history).sort((a, b) => a.at.localeCompare(b.at));
  }

  exports(): Manifest["exports"] {
    return this.manifest.db.data.exports;
  }

  // ---- scanning --------------------------------------------------------------------------

  /** Stores new or refreshed extractions, one write per shard touched. Call before commitIndex. */
  async putExtractions(extractions: Map<string, Extraction>): Promise<void> {
    this.assertWritable();
    for (const [shard, ids] of groupBy([...extractions.keys()], shardOf)) {
      const file = await this.extractionShard(shard);
      for (const id of ids) file.db.data.items[id] = extractions.get(id)!;
      await file.db.write();
    }
  }

  /** Flags items for a look (written to the decision shards, which hold the editor's state). */
  async flag(flags: Map<string, NeedsLook>, who: string): Promise<void> {
    this.assertWritable();
    for (const [shard, ids] of groupBy([...flags.keys()], shardOf)) {
      const file = this.decisionShard(shard);
      for (const id of ids) {
        const look = flags.get(id)!;
        const decision = (file.db.data.items[id] ??= { status: "pending", corrections: {}, updatedAt: look.at });
        decision.needsLook = look;
        file.db.data.history.push({ at: look.at, who, id, action: "flag", to: look.reason, ...(look.fields?.length === 1 ? { field: look.fields[0] } : {}) });
      }
      await file.db.write();
    }
  }

  /** Replaces index entries and writes the manifest once. */
  async commitIndex(entries: Map<string, IndexEntry>): Promise<void> {
    this.assertWritable();
    const items = this.manifest.db.data.items;
    const before = new Map([...entries.keys()].map((id) => [id, items[id]]));
    for (const [id, entry] of entries) items[id] = entry;
    try {
      await this.manifest.db.write();
    } catch (error) {
      for (const [id, old] of before) {
        if (old) items[id] = old;
        else delete items[id];
      }
      throw error;
    }
  }

  // ---- the editor's work -----------------------------------------------------------------

  async saveDraft(id: string, corrections: Corrections, who: string): Promise<StoredItem> {
    const extraction = await this.requireExtraction(id);
    return this.change(id, who, (decision, history, at) => {
      this.setCorrections(id, extraction.fields, decision, corrections, who, history, at);
      const corrected = Object.keys(decision.corrections).length > 0;
      if (corrected && decision.status !== "draft") {
        // Editing a decided item reopens it: the old decision no longer matches the fields.
        decision.status = "draft";
        delete decision.approved;
        delete decision.rejectReason;
        delete decision.override;
      } else if (!corrected && decision.status === "draft") {
        decision.status = "pending";
      }
    });
  }

  async approve(id: string, corrections: Corrections | undefined, who: string): Promise<StoredItem> {
    const extraction = await this.requireExtraction(id);
    const entry = this.get(id);
    return this.change(id, who, (decision, history, at) => {
      if (corrections) this.setCorrections(id, extraction.fields, decision, corrections, who, history, at);
      const flagged = Boolean(decision.needsLook || entry.duplicateOf || extraction.error || extraction.warnings.length > 0);
      decision.status = "approved";
      delete decision.rejectReason;
      decision.decidedBy = who;
      decision.decidedAt = at;
      if (flagged) decision.override = true;
      else delete decision.override;
      delete decision.needsLook;
      decision.approved = {
        fields: applyCorrections(extraction.fields, decision.corrections),
        at,
        reviewer: who,
        correctedFields: correctedFieldNames(decision.corrections),
      };
      history.push({ at, who, id, action: "approve", ...(flagged ? { to: "override" } : {}) });
    });
  }

  async reject(id: string, reason: string, who: string): Promise<StoredItem> {
    await this.requireExtraction(id);
    return this.change(id, who, (decision, history, at) => {
      decision.status = "rejected";
      decision.rejectReason = reason;
      decision.decidedBy = who;
      decision.decidedAt = at;
      delete decision.approved;
      delete decision.override;
      delete decision.needsLook;
      history.push({ at, who, id, action: "reject", to: reason });
    });
  }

  async recordExport(entry: { path: string; format: string; count: number; who: string }): Promise<void> {
    this.assertWritable();
    const exports = this.manifest.db.data.exports;
    exports.push({ at: now(), ...entry });
    try {
      await this.manifest.db.write();
    } catch (error) {
      exports.pop();
      throw error;
    }
  }

  // ---- internals -------------------------------------------------------------------------

  /** Applies one change to an item's decision and writes its shard; undone in memory if the write fails. */
  private async change(id: string, who: string, apply: (decision: Decision, history: HistoryEntry[], at: string) => void): Promise<StoredItem> {
    this.assertWritable();
    const shard = this.decisionShard(shardOf(id));
    const data = shard.db.data;
    const previous = data.items[id];
    const historyLength = data.history.length;
    const at = now();
    const decision: Decision = previous ? structuredClone(previous) : { status: "pending", corrections: {}, updatedAt: at };
    apply(decision, data.history, at);
    decision.updatedAt = at;
    data.items[id] = decision;
    try {
      await shard.db.write();
    } catch (error) {
      if (data.items[id] === decision) {
        if (previous) data.items[id] = previous;
        else delete data.items[id];
      }
      data.history.splice(historyLength, data.history.length - historyLength);
      throw error;
    }
    void who;
    return this.load(id);
  }

  private setCorrections(id: string, extracted: ArticleFields, decision: Decision, corrections: Corrections, who: string, history: HistoryEntry[], at: string): void {
    const before = applyCorrections(extracted, decision.corrections);
    decision.corrections = effectiveCorrections(extracted, corrections);
    const after = applyCorrections(extracted, decision.corrections);
    for (const field of FIELD_NAMES) {
      if (!sameValue(before[field], after[field])) history.push({ at, who, id, action: "edit", field, from: before[field], to: after[field] });
    }
  }

  private async requireExtraction(id: string): Promise<Extraction> {
    this.get(id);
    const extraction = await this.extraction(id);
    if (!extraction) throw new StoreError("not-found", `The extraction of ${this.get(id).file} is not in the review database; reopen the folder to extract it again.`);
    return extraction;
  }

  private assertWritable(): void {
    if (this.options.readOnly) throw new StoreError("unsupported", `${this.path} was opened read-only.`);
    if (this.lock?.isReleased) {
      throw new StoreError("unsupported", `This review database (${this.path}) was closed or opened again elsewhere in this program; reload the folder to go on.`);
    }
  }

  private decisionFile(shard: string): DurableJsonFile<DecisionShard> {
    return new DurableJsonFile<DecisionShard>(join(this.partsDir, `decisions-${shard}.json`), {
      maxSchemaVersion: SCHEMA_VERSION,
      onDamaged: this.options.readOnly ? "throw" : "recover",
      backups: this.options.backups ?? DEFAULT_BACKUPS,
      fs: this.options.fs,
      validate: (raw) => DecisionShard.parse(raw),
    });
  }

  private decisionShard(shard: string): Shard<DecisionShard> {
    let found = this.decisions.get(shard);
    if (!found) {
      const file = this.decisionFile(shard);
      found = { db: new Low(file, emptyDecisionShard(shard)), file };
      this.decisions.set(shard, found);
    }
    return found;
  }

  /** Reads every decision shard there is (the editor's work is always in memory: it is small). */
  private async loadDecisions(): Promise<void> {
    let names: string[];
    try {
      names = await readdir(this.partsDir);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return;
      throw new StoreError("failed", describeFsError(error, "read the folder", this.partsDir), { cause: error });
    }
    const shards = new Set(names.map((name) => /^decisions-([0-9a-f]{2})\.json(\.bak-\d+)?$/.exec(name)?.[1]).filter((s): s is string => Boolean(s)));
    await Promise.all(
      [...shards].map(async (shard) => {
        const file = this.decisionFile(shard);
        const db = new Low(file, emptyDecisionShard(shard));
        await db.read();
        if (db.data.shard !== shard) db.data.shard = shard;
        this.decisions.set(shard, { db, file });
        if (file.recovery) {
          this.notices.push(
            describeRecovery(`The editors' decisions for items whose id starts with "${shard}"`, file.path, file.recovery,
              file.recovery.recoveredFrom
                ? `${Object.keys(db.data.items).length} decisions were recovered; decisions on these items made after the backup was taken have to be made again.`
                : "No good backup was found: decisions on these items have to be made again."),
          );
        }
      }),
    );
  }

  private async extractionShard(shard: string): Promise<Shard<ExtractionShard>> {
    const cached = this.extractions.get(shard);
    if (cached) {
      // Most recently used last.
      this.extractions.delete(shard);
      this.extractions.set(shard, cached);
      return cached;
    }
    const file = new DurableJsonFile<ExtractionShard>(join(this.partsDir, `extraction-${shard}.json`), {
      maxSchemaVersion: SCHEMA_VERSION,
      onDamaged: this.options.readOnly ? "throw" : "recover",
      // A cache of what the extractor gives: it can be rebuilt from the raw files, so no backups.
      backups: false,
      fs: this.options.fs,
      validate: (raw) => ExtractionShard.parse(raw),
    });
    const db = new Low(file, emptyExtractionShard(shard));
    await db.read();
    if (file.recovery) {
      this.notices.push(describeRecovery(`The extraction cache for items whose id starts with "${shard}"`, file.path, file.recovery, "Those items are extracted again from their files when the folder is reopened."));
    }
    const entry = { db, file };
    this.extractions.set(shard, entry);
    const limit = this.options.extractionCacheShards ?? 8;
    for (const [key, value] of this.extractions) {
      if (this.extractions.size <= limit) break;
      // Never drop a shard with a write in flight: wait for it to land first.
      void value.file.settled();
      this.extractions.delete(key);
    }
    return entry;
  }

  /** Writes what a migration produced: parts first, the main file last, the old file kept. */
  private async finishMigration(found: { files: DbFiles; from: number }): Promise<void> {
    const kept = `${this.path}.v${found.from}-${new Date().toISOString().replace(/[:.]/g, "-")}`;
    try {
      await copyFile(this.path, kept);
      for (const [name, data] of Object.entries(found.files.parts)) {
        await writeFileDurably(join(this.partsDir, name), JSON.stringify(data), this.fs);
      }
    } catch (error) {
      throw new StoreError("failed", describeFsError(error, "upgrade the review database", this.path), { cause: error });
    }
    await this.manifest.db.write();
    this.notices.push(`The review database was upgraded from version ${found.from} to ${SCHEMA_VERSION} (now a small index plus shard files in ${basename(this.partsDir)}). The old file is kept as ${kept}.`);
  }
}

function merge(id: string, entry: IndexEntry, extraction: Extraction, decision: Decision | undefined): StoredItem {
  return {
    id,
    file: entry.file,
    ...(entry.copies?.length ? { copies: entry.copies } : {}),
    size: entry.size,
    mtimeMs: entry.mtimeMs,
    format: entry.format,
    encoding: entry.encoding,
    extraction,
    corrections: decision?.corrections ?? {},
    status: decision?.status ?? "pending",
    ...(decision?.rejectReason !== undefined ? { rejectReason: decision.rejectReason } : {}),
    ...(decision?.approved ? { approved: decision.approved } : {}),
    ...(decision?.override ? { override: true } : {}),
    ...(decision?.decidedBy ? { decidedBy: decision.decidedBy } : {}),
    ...(decision?.decidedAt ? { decidedAt: decision.decidedAt } : {}),
    ...(decision?.needsLook ? { needsLook: decision.needsLook } : {}),
    ...(entry.duplicateOf ? { duplicateOf: entry.duplicateOf } : {}),
    ...(entry.replaces ? { replaces: entry.replaces } : {}),
    ...(entry.replacedBy ? { replacedBy: entry.replacedBy } : {}),
    missing: entry.missing,
    createdAt: entry.createdAt,
    updatedAt: decision?.updatedAt ?? entry.scannedAt,
  };
}

export function describeRecovery(what: string, path: string, recovery: Recovery, consequence: string): string {
  const found = recovery.movedTo
    ? `${what} (${basename(path)}) could not be read because ${recovery.reason}. It was moved aside to ${recovery.movedTo} (kept as it was; nothing was overwritten).`
    : `${what} (${basename(path)}) was missing (${recovery.reason}).`;
  const restored = recovery.recoveredFrom
    ? ` The newest good backup, ${recovery.recoveredFrom} (taken ${recovery.backupTakenAt}), was restored.`
    : " No good backup was found, so it was started afresh.";
  return `${found}${restored} ${consequence}`;
}

function groupBy<T>(values: T[], key: (value: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const value of values) {
    const k = key(value);
    const list = groups.get(k);
    if (list) list.push(value);
    else groups.set(k, [value]);
  }
  return groups;
}

function safeReaddirSync(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await nodeFs.stat(path);
    return true;
  } catch {
    return false;
  }
}

const now = (): string => new Date().toISOString();
