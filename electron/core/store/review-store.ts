// The review database of one opened folder: a manifest plus sharded decision and extraction files
// (see schema.ts for the layout), each a lowdb JSON file written durably. A change is appended to
// the change log (change-log.ts) before the call returns, so a decision the renderer sees
// acknowledged is on disk; when the append fails the change is undone in memory too, so what the
// desk shows is what is on disk. The shards catch up when the log is compacted.
import { readdirSync, readFileSync } from "node:fs";
import { isDeepStrictEqual } from "node:util";
import { copyFile, readdir, unlink } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { Low } from "lowdb";
import type { Corrections } from "../../../shared/api.js";
import { applyCorrections, correctedFieldNames, effectiveCorrections, sameValue } from "../../../shared/corrections.js";
import type { ArticleFields, Extraction } from "../../../shared/record.js";
import { FIELD_NAMES } from "../../../shared/record.js";
import type { FieldProblem } from "../../../shared/validation.js";
import { ChangeLog, type LogDamage } from "./change-log.js";
import { DEFAULT_BACKUPS, DurableJsonFile, nodeFs, writeFileDurably, type BackupPolicy, type Recovery, type StoreFs } from "./durable-json-file.js";
import { describeFsError, StoreError } from "./errors.js";
import { encodeManifest } from "./index-columns.js";
import { DatabaseLock } from "./lock.js";
import { describeUpgrade, migrate, type DbFiles } from "./migrations.js";
import {
  emptyDecisionShard,
  emptyExtractionShard,
  emptyJournalShard,
  emptyManifest,
  emptyStepLog,
  ExtractionShard,
  JournalShard,
  SCHEMA_VERSION,
  shardOf,
  StepLogFile,
  type ApprovedSnapshot,
  type ChangeRecord,
  type Decision,
  type DecisionShard,
  type HistoryEntry,
  type IndexEntry,
  type Manifest,
  type NeedsLook,
  type Step,
  type StepOp,
  type StoredItem,
} from "./schema.js";
import { applyChange, changedKeys, decisionState, StepLog, type Direction, type UndoState } from "./step-log.js";
import { validateDecisionShard, validateExtractionShard, validateManifest } from "./validate.js";

export { StoreError, DatabaseLockedError } from "./errors.js";

export interface StoreOptions {
  /** Reads only: no lock, no moving aside, no writes (the export command). */
  readOnly?: boolean;
  fs?: StoreFs;
  backups?: BackupPolicy | false;
  /** How many extraction shards stay in memory (each ~1/256 of the extractions). */
  extractionCacheShards?: number;
  lockStaleMs?: number;
  /** The change log is compacted into the shards once it holds this many records (and at open and close). */
  compactLogEvery?: number;
}

/** An item as the queue sees it: the index entry and the editor's decision, no extraction. */
export interface ItemView {
  id: string;
  entry: IndexEntry;
  decision: Decision | undefined;
}

type Shard<T> = { db: Low<T>; file: DurableJsonFile<T> };

/** How a change enters the undo history: as a new step (typing may join the newest), or as the replay of one. */
type StepInput = { kind: Step["kind"]; who: string; extracted: ArticleFields; typing?: boolean } | { replay: Direction };
/** Compacting the log rewrites the shards it touched: every few hundred saves keeps both small. */
const COMPACT_LOG_EVERY = 500;

export class ReviewStore {
  readonly notices: string[] = [];
  private readonly decisions = new Map<string, Shard<DecisionShard>>();
  private readonly extractions = new Map<string, Shard<ExtractionShard>>();
  private readonly journals = new Map<string, Shard<JournalShard>>();
  private lock: DatabaseLock | null = null;
  private keepAllShards = false;
  private idsCache: string[] = [];
  private idsFor: Map<string, IndexEntry> | null = null;
  /** The undo history (read at open; empty and never written when read-only). */
  private stepsFile: Shard<StepLogFile> | null = null;
  private steps = new StepLog(emptyStepLog());
  private log: ChangeLog | null = null;
  /** Change-log records not yet known to be in the shards, oldest first (replayed into a journal shard read from disk). */
  private pending: ChangeRecord[] = [];
  private logDamage: LogDamage[] = [];
  private seq = 0;
  private compacting: Promise<unknown> = Promise.resolve();

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
      // Temp files of a write cut short (a crash, a kill): never renamed into place, safe to drop now that we hold the lock.
      if (lock) await removeTempFiles(path);
      let migration: { files: DbFiles; from: number } | null = null;
      const manifestFile = new DurableJsonFile<Manifest>(path, {
        maxSchemaVersion: SCHEMA_VERSION,
        onDamaged: readOnly ? "throw" : "recover",
        backups: options.backups ?? DEFAULT_BACKUPS,
        fs: options.fs,
        serialize: encodeManifest,
        validate: (raw) => {
          const migrated = migrate({ main: raw, parts: {} });
          if (migrated) migration = migrated;
          return validateManifest(migrated ? migrated.files.main : raw);
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
      if (!readOnly) await store.loadSteps();
      // Read-only (the export command) never writes the upgrade: it reads the upgraded parts from memory.
      if (found && readOnly) store.adopt(found.files.parts);
      await store.replayLog();
      // After a crash: the shards catch up now, so the log starts afresh.
      if (!readOnly && (store.pending.length > 0 || store.logDamage.length > 0)) await store.compact();
      if (!readOnly) {
        // Back up the files just read and found good, without making the opening wait for it.
        for (const file of [manifestFile, ...[...store.decisions.values()].map((s) => s.file)]) void file.backUpNow().catch(() => {});
      }
      return store;
    } catch (error) {
      await lock?.release();
      throw error;
    }
  }

  get folder(): string {
    return this.manifest.db.data.folder;
  }

  /** Resolves once the compactions and writes started so far have finished (backups included). */
  async settled(): Promise<void> {
    await this.compacting;
    const shards = [...this.decisions.values(), ...this.journals.values(), ...this.extractions.values(), ...(this.stepsFile ? [this.stepsFile] : [])];
    await Promise.all([this.manifest.file.settled(), ...shards.map((s) => s.file.settled())]);
  }

  private closing: Promise<void> | null = null;

  /** Releases the lock; the store must not be used afterwards. Closing again waits for the first close. */
  close(): Promise<void> {
    return (this.closing ??= this.closeOnce());
  }

  private async closeOnce(): Promise<void> {
    // What cannot be written now stays in the log, which the next open replays.
    if (!this.options.readOnly) await this.compact().catch(() => {});
    await this.log?.close();
    await this.settled();
    await this.lock?.release();
  }

  // ---- reading ---------------------------------------------------------------------------

  /** Item ids in file order (cached: listing 100,000 items must not walk the index object each time). */
  ids(): string[] {
    const items = this.manifest.db.data.items;
    if (this.idsFor !== items) {
      this.idsCache = [...items.keys()];
      this.idsFor = items;
    }
    return [...this.idsCache];
  }

  entry(id: string): IndexEntry | undefined {
    return this.manifest.db.data.items.get(id);
  }

  decision(id: string): Decision | undefined {
    return this.decisions.get(shardOf(id))?.db.data.items[id];
  }

  /** Every item, in file order (the manifest is kept sorted, so listing needs no sort). */
  views(): ItemView[] {
    const out = new Array<ItemView>(this.manifest.db.data.items.size);
    let i = 0;
    for (const [id, entry] of this.manifest.db.data.items) out[i++] = { id, entry, decision: this.decision(id) };
    return out;
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
    const decision = this.decision(id);
    const approved = decision?.status === "approved" ? (await this.journalShard(shardOf(id))).db.data.approved[id] : undefined;
    return merge(id, entry, extraction, decision, approved);
  }

  async loadMany(ids: string[]): Promise<StoredItem[]> {
    const out: StoredItem[] = [];
    const byShard = groupBy(ids, shardOf);
    for (const [shard, shardIds] of byShard) {
      const data = (await this.extractionShard(shard)).db.data.items;
      const approved = (await this.journalShard(shard)).db.data.approved;
      for (const id of shardIds) {
        const entry = this.entry(id);
        const extraction = data[id];
        const decision = this.decision(id);
        if (entry && extraction) out.push(merge(id, entry, extraction, decision, decision?.status === "approved" ? approved[id] : undefined));
      }
    }
    return out;
  }

  /** The history of one item, oldest first. */
  async historyOf(id: string): Promise<HistoryEntry[]> {
    return (await this.journalShard(shardOf(id))).db.data.history.filter((entry) => entry.id === id);
  }

  /**
   * Every item with its extraction, read synchronously. Reads every extraction shard: meant for
   * small databases and the read-only export command; the desk uses views() and load().
   */
  items(): StoredItem[] {
    const out: StoredItem[] = [];
    const names = new Set(safeReaddirSync(this.partsDir));
    const readSync = <T>(name: string, parse: (raw: unknown) => T): T | undefined =>
      names.has(name) ? parse(JSON.parse(readFileSync(join(this.partsDir, name), "utf8"))) : undefined;
    for (const [shard, ids] of groupBy(this.ids(), shardOf)) {
      const data = this.extractions.get(shard)?.db.data.items ?? readSync(`extraction-${shard}.json`, validateExtractionShard)?.items ?? {};
      const journal = this.journals.get(shard)?.db.data ?? this.replayJournal(shard, readSync(`journal-${shard}.json`, (raw) => JournalShard.parse(raw)) ?? emptyJournalShard(shard));
      const approved = journal.approved;
      for (const id of ids) {
        const extraction = data[id];
        const decision = this.decision(id);
        if (extraction) out.push(merge(id, this.get(id), extraction, decision, decision?.status === "approved" ? approved[id] : undefined));
      }
    }
    return out;
  }

  /** The whole history, oldest first (it is kept per shard; this reads every journal shard). */
  async history(): Promise<HistoryEntry[]> {
    const names = await readdir(this.partsDir).catch(() => [] as string[]);
    const shards = new Set(names.map((name) => /^journal-([0-9a-f]{2})\.json/.exec(name)?.[1]).filter((s): s is string => Boolean(s)));
    for (const record of this.pending) shards.add(shardOf(record.id)); // shards so far only in the change log
    const all: HistoryEntry[] = [];
    for (const shard of shards) all.push(...(await this.journalShard(shard)).db.data.history);
    return all.sort((a, b) => a.at.localeCompare(b.at));
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
      const journal = await this.journalShard(shard);
      for (const id of ids) {
        const look = flags.get(id)!;
        journal.db.data.history.push({ at: look.at, who, id, action: "flag", to: look.reason, ...(look.fields?.length === 1 ? { field: look.fields[0] } : {}) });
      }
      await journal.db.write();
      const file = this.decisionShard(shard);
      for (const id of ids) {
        const look = flags.get(id)!;
        const decision = (file.db.data.items[id] ??= { status: "pending", corrections: {}, updatedAt: look.at });
        decision.needsLook = look;
      }
      await file.db.write();
    }
  }

  /** Sets many decisions at once, one write per shard (imports and benchmarks; the desk uses approve/reject/saveDraft). */
  async putDecisions(decisions: Map<string, Decision & { approved?: ApprovedSnapshot }>, history: HistoryEntry[] = []): Promise<void> {
    this.assertWritable();
    const historyByShard = groupBy(history, (entry) => shardOf(entry.id));
    const idsByShard = groupBy([...decisions.keys()], shardOf);
    for (const shard of new Set([...idsByShard.keys(), ...historyByShard.keys()])) {
      const journal = await this.journalShard(shard);
      const file = this.decisionShard(shard);
      for (const id of idsByShard.get(shard) ?? []) {
        const { approved, ...decision } = decisions.get(id)!;
        if (approved) journal.db.data.approved[id] = approved;
        file.db.data.items[id] = decision;
      }
      journal.db.data.history.push(...(historyByShard.get(shard) ?? []));
      await journal.db.write();
      await file.db.write();
    }
  }

  /** Replaces index entries and writes the manifest once. */
  async commitIndex(entries: Map<string, IndexEntry>): Promise<void> {
    this.assertWritable();
    const data = this.manifest.db.data;
    const before = data.items;
    const merged = new Map(before);
    for (const [id, entry] of entries) merged.set(id, entry);
    data.items = inFileOrder(merged);
    try {
      await this.manifest.db.write();
    } catch (error) {
      data.items = before;
      throw error;
    }
  }

  // ---- the editor's work -----------------------------------------------------------------

  /** `typing`: the change continues typing into a field, so it may join the newest undo step. */
  async saveDraft(id: string, corrections: Corrections, who: string, typing = false): Promise<StoredItem> {
    const extraction = await this.requireExtraction(id);
    return this.change(id, (decision, journal, at) => {
      const changed = this.setCorrections(id, extraction.fields, decision, corrections, who, journal.history, at);
      const corrected = Object.keys(decision.corrections).length > 0;
      const decided = decision.status === "approved" || decision.status === "rejected";
      if (decided && !changed) return; // saving the same values again leaves the decision alone
      if (decided) {
        // Any change to a decided item reopens it, reverts included: the decision no longer matches the fields.
        delete journal.approved[id];
        delete decision.rejectReason;
        delete decision.override;
      }
      decision.status = corrected ? "draft" : "pending";
    }, { kind: "edit", who, extracted: extraction.fields, typing });
  }

  /** `overridden`: the guideline problems the editor approved anyway (recorded in the snapshot and history). */
  async approve(id: string, corrections: Corrections | undefined, who: string, overridden?: FieldProblem[]): Promise<StoredItem> {
    const extraction = await this.requireExtraction(id);
    const entry = this.get(id);
    return this.change(id, (decision, journal, at) => {
      if (corrections) this.setCorrections(id, extraction.fields, decision, corrections, who, journal.history, at);
      // Warnings alone are common and do not make an override; an error, a duplicate or an open flag do.
      const flagged = Boolean(decision.needsLook || entry.duplicateOf || extraction.error);
      decision.status = "approved";
      delete decision.rejectReason;
      decision.decidedBy = who;
      decision.decidedAt = at;
      if (flagged) decision.override = true;
      else delete decision.override;
      delete decision.needsLook;
      journal.approved[id] = {
        fields: applyCorrections(extraction.fields, decision.corrections),
        at,
        reviewer: who,
        correctedFields: correctedFieldNames(decision.corrections),
        ...(overridden ? { validationOverridden: true, problems: overridden } : {}),
      };
      journal.history.push({ at, who, id, action: "approve", ...(overridden ? { to: { validationOverridden: overridden } } : flagged ? { to: "override" } : {}) });
    }, { kind: "approve", who, extracted: extraction.fields });
  }

  async reject(id: string, reason: string, who: string): Promise<StoredItem> {
    const extraction = await this.requireExtraction(id);
    return this.change(id, (decision, journal, at) => {
      decision.status = "rejected";
      decision.rejectReason = reason;
      decision.decidedBy = who;
      decision.decidedAt = at;
      delete journal.approved[id];
      delete decision.override;
      delete decision.needsLook;
      journal.history.push({ at, who, id, action: "reject", to: reason });
    }, { kind: "reject", who, extracted: extraction.fields });
  }

  // ---- undo and redo ---------------------------------------------------------------------

  undoState(): UndoState {
    return this.steps.state();
  }

  /** The step undo (or redo) would replay next, if any. */
  nextStep(direction: Direction): Step | undefined {
    return this.steps.next(direction);
  }

  /**
   * Takes back the newest step (undo) or makes the next undone one again (redo), on whichever item
   * it belongs to: the fields it changed and the parts of the decision it changed go back to how
   * they were. Recorded in the item's history. Null when there is nothing to replay.
   */
  async replay(direction: Direction, who: string): Promise<{ step: Step; item: StoredItem } | null> {
    const step = this.steps.next(direction);
    if (!step) return null;
    const { id } = step;
    const extraction = await this.requireExtraction(id);
    const item = await this.change(id, (decision, journal, at) => {
      const fields = applyCorrections(extraction.fields, decision.corrections);
      const corrections: Record<string, unknown> = { ...decision.corrections };
      for (const change of step.changes) {
        const value = applyChange(change, fields[change.field], direction);
        corrections[change.field] = value;
        journal.history.push({ at, who, id, action: direction, field: change.field, from: fields[change.field], to: value });
      }
      decision.corrections = effectiveCorrections(extraction.fields, corrections as Corrections);
      const target = direction === "undo" ? step.before : step.after;
      if (decision.status !== target.status) journal.history.push({ at, who, id, action: direction, from: decision.status, to: target.status });
      const keys = changedKeys(step);
      for (const key of keys) {
        if (key === "approved") continue;
        const value = target[key];
        if (value === undefined) delete (decision as Record<string, unknown>)[key];
        else (decision as Record<string, unknown>)[key] = value;
      }
      if (keys.includes("approved")) {
        // The snapshot's fields are the extraction with the corrections, as approval froze them.
        if (target.approved && decision.status === "approved") {
          journal.approved[id] = { ...target.approved, fields: applyCorrections(extraction.fields, decision.corrections), correctedFields: correctedFieldNames(decision.corrections) };
        } else delete journal.approved[id];
      }
    }, { replay: direction });
    return { step, item };
  }

  /** Forgets the step undo (or redo) would replay, when its item is gone from the database. */
  async dropStep(direction: Direction): Promise<void> {
    this.assertWritable();
    const restore = this.steps.mark();
    this.steps.drop(direction);
    try {
      await this.stepsFile?.db.write();
    } catch (error) {
      restore();
      throw error;
    }
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

  /**
   * Applies one change to an item and writes it: the journal shard (approved snapshot and history)
   * and the decisions shard (status and corrections). When a write fails, the change is undone in
   * memory and the error says what happened.
   */
  private async change(id: string, apply: (decision: Decision, journal: JournalShard, at: string) => void, step: StepInput): Promise<StoredItem> {
    this.assertWritable();
    const shard = shardOf(id);
    const journal = await this.journalShard(shard);
    const decisions = this.decisionShard(shard);
    const data = decisions.db.data;
    const previous = data.items[id];
    const previousSnapshot = journal.db.data.approved[id];
    const historyLength = journal.db.data.history.length;
    const at = now();
    const decision: Decision = previous ? structuredClone(previous) : { status: "pending", corrections: {}, updatedAt: at };
    apply(decision, journal.db.data, at);
    decision.updatedAt = at;
    data.items[id] = decision;
    const restoreSteps = this.steps.mark();
    const stepOp = "replay" in step ? { op: step.replay } : this.stepFor(id, step, previous, previousSnapshot, decision, journal.db.data.approved[id], at);
    // One record holds the change for both shards and the undo history; the call returns once it
    // is durable. Each is stamped with it, so replay after their next write skips it.
    // Never below the clock: numbers keep growing across sessions even if a shard's stamp was lost to a restored backup.
    const seq = (this.seq = Math.max(this.seq + 1, Date.now()));
    data.logSeq = seq;
    journal.db.data.logSeq = seq;
    if (stepOp) this.steps.apply(stepOp, seq);
    const record: ChangeRecord = { seq, id, decision, approved: journal.db.data.approved[id] ?? null, history: journal.db.data.history.slice(historyLength), ...(stepOp ? { step: stepOp } : {}) };
    const failed = await this.log!.append(record).then(
      () => null,
      (error: unknown) => ({ reason: error }),
    );
    if (failed) {
      // (Both stamps stay: a stamp with no record behind it skips nothing in a replay.)
      if (data.items[id] === decision) {
        if (previous) data.items[id] = previous;
        else delete data.items[id];
      }
      if (previousSnapshot) journal.db.data.approved[id] = previousSnapshot;
      else delete journal.db.data.approved[id];
      journal.db.data.history.splice(historyLength, journal.db.data.history.length - historyLength);
      restoreSteps();
      throw failed.reason;
    }
    this.pending.push(record);
    if (this.pending.length >= (this.options.compactLogEvery ?? COMPACT_LOG_EVERY)) void this.compact().catch(() => {}); // kept in the log until a later try succeeds
    return this.load(id);
  }

  /** The undo-history operation for the change just applied (a new step, which typing may join); null when it changed nothing. */
  private stepFor(id: string, input: Exclude<StepInput, { replay: Direction }>, previous: Decision | undefined, previousSnapshot: ApprovedSnapshot | undefined, decision: Decision, snapshot: ApprovedSnapshot | undefined, at: string): StepOp | null {
    const from = applyCorrections(input.extracted, previous?.corrections ?? {});
    const to = applyCorrections(input.extracted, decision.corrections);
    const fields = FIELD_NAMES.filter((field) => !sameValue(from[field], to[field])).map((field) => ({ field, from: from[field], to: to[field] }));
    const before = decisionState(previous, previousSnapshot);
    const after = decisionState(decision, snapshot);
    if (fields.length === 0 && isDeepStrictEqual(before, after)) return null;
    return { op: "record", step: { kind: input.kind, id, who: input.who, at, fields, before, after }, typing: input.typing ?? false, ms: Date.now() };
  }

  /** Reads the change log: its records go into the decision shards now, and into each journal shard when it is read. */
  private async replayLog(): Promise<void> {
    const { log, records, damaged } = await ChangeLog.load(this.partsDir, this.fs);
    this.log = log;
    this.logDamage = damaged;
    this.pending = records;
    for (const shard of this.decisions.values()) this.seq = Math.max(this.seq, shard.db.data.logSeq ?? 0);
    for (const record of records) {
      this.seq = Math.max(this.seq, record.seq);
      const data = this.decisionShard(shardOf(record.id)).db.data;
      if (record.seq <= (data.logSeq ?? 0)) continue;
      data.items[record.id] = record.decision;
      data.logSeq = record.seq;
    }
    // The undo history (not read when read-only) takes the steps it does not hold yet.
    if (this.stepsFile) for (const record of records) if (record.step && record.seq > this.steps.logSeq) this.steps.apply(record.step, record.seq);
    for (const d of damaged) {
      this.notices.push(
        `The change log ${basename(d.file)} could not be read entirely (${d.reason}, probably damaged on disk). The changes that could be read were kept; ` +
          `the file is moved aside (kept as it was, nothing overwritten). Saves and decisions in the lines that do not parse have to be made again.`,
      );
    }
  }

  /** Applies the change-log records a journal shard read from disk does not hold yet. */
  private replayJournal(shard: string, data: JournalShard): JournalShard {
    for (const record of this.pending) {
      if (shardOf(record.id) !== shard || record.seq <= (data.logSeq ?? 0)) continue;
      if (record.approved) data.approved[record.id] = record.approved;
      else delete data.approved[record.id];
      data.history.push(...record.history);
      data.logSeq = record.seq;
    }
    return data;
  }

  /**
   * Writes the shards the change log's records touched (stamped with the last record each holds),
   * then removes the log files those records came from. One at a time; appends go on meanwhile,
   * into a new file.
   */
  private compact(): Promise<void> {
    const run = this.compacting.then(async () => {
      const log = this.log;
      if (!log) return;
      const { generations, upTo } = await log.seal();
      if (generations.length === 0) return;
      try {
        const sealed = this.pending.filter((r) => r.seq <= upTo);
        for (const shard of new Set(sealed.map((r) => shardOf(r.id)))) {
          await (await this.journalShard(shard)).db.write();
          await this.decisionShard(shard).db.write();
        }
        if (this.stepsFile && sealed.some((r) => r.step)) await this.stepsFile.db.write();
      } catch (error) {
        log.unseal(generations);
        throw error;
      }
      const damaged = this.logDamage.filter((d) => generations.includes(d.generation));
      await log.remove(generations.filter((g) => !damaged.some((d) => d.generation === g)));
      for (const d of damaged) await log.moveAside(d).catch(() => {});
      this.logDamage = this.logDamage.filter((d) => !damaged.includes(d));
      this.pending = this.pending.filter((r) => r.seq > upTo);
    });
    this.compacting = run.catch(() => {});
    return run;
  }

  /** Replaces the corrections, logging each field that changed; says whether any did. */
  private setCorrections(id: string, extracted: ArticleFields, decision: Decision, corrections: Corrections, who: string, history: HistoryEntry[], at: string): boolean {
    const before = applyCorrections(extracted, decision.corrections);
    decision.corrections = effectiveCorrections(extracted, corrections);
    const after = applyCorrections(extracted, decision.corrections);
    let changed = false;
    for (const field of FIELD_NAMES) {
      if (sameValue(before[field], after[field])) continue;
      history.push({ at, who, id, action: "edit", field, from: before[field], to: after[field] });
      changed = true;
    }
    return changed;
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
      validate: validateDecisionShard,
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

  /** Reads the undo history. Losing it loses only undo: it has no backups, and a damaged file is moved aside and started afresh. */
  private async loadSteps(): Promise<void> {
    const file = new DurableJsonFile<StepLogFile>(join(this.partsDir, "steps.json"), {
      maxSchemaVersion: SCHEMA_VERSION,
      onDamaged: "recover",
      backups: false,
      fs: this.options.fs,
      validate: (raw) => StepLogFile.parse(raw),
    });
    const db = new Low(file, emptyStepLog());
    await db.read();
    if (file.recovery?.movedTo) this.notices.push(describeRecovery("The undo history", file.path, file.recovery, "Your decisions and corrections are not affected; only what Undo can take back starts afresh."));
    this.stepsFile = { db, file };
    this.steps = new StepLog(db.data);
  }

  private extractionShard(shard: string): Promise<Shard<ExtractionShard>> {
    return this.lazyShard(this.extractions, shard, `extraction-${shard}.json`, emptyExtractionShard(shard), validateExtractionShard, {
      // A cache of what the extractor gives: it can be rebuilt from the raw files, so no backups.
      backups: false,
      what: `The extraction cache for items whose id starts with "${shard}"`,
      consequence: "Those items are extracted again from their files when they are opened.",
    });
  }

  private journalShard(shard: string): Promise<Shard<JournalShard>> {
    return this.lazyShard(this.journals, shard, `journal-${shard}.json`, emptyJournalShard(shard), (raw) => JournalShard.parse(raw), {
      onLoad: (data) => this.replayJournal(shard, data),
      backups: this.options.backups ?? DEFAULT_BACKUPS,
      what: `The approved snapshots and history of items whose id starts with "${shard}"`,
      consequence: "Approved items whose snapshot is missing are shown and exported from their extraction and corrections, which approval does not change.",
    });
  }

  /** Shards read on demand, a few kept in memory (least recently used dropped first). */
  private async lazyShard<T>(
    cache: Map<string, Shard<T>>,
    shard: string,
    name: string,
    empty: T,
    validate: (raw: unknown) => T,
    how: { backups: BackupPolicy | false; what: string; consequence: string; onLoad?: (data: T) => void },
  ): Promise<Shard<T>> {
    const cached = cache.get(shard);
    if (cached) {
      cache.delete(shard);
      cache.set(shard, cached);
      return cached;
    }
    const file = new DurableJsonFile<T>(join(this.partsDir, name), {
      maxSchemaVersion: SCHEMA_VERSION,
      onDamaged: this.options.readOnly ? "throw" : "recover",
      backups: how.backups,
      fs: this.options.fs,
      validate,
    });
    const db = new Low<T>(file, empty);
    await db.read();
    const raced = cache.get(shard);
    if (raced) return raced; // another caller read it meanwhile: keep one copy
    how.onLoad?.(db.data);
    if (file.recovery) this.notices.push(describeRecovery(how.what, file.path, file.recovery, how.consequence));
    const entry = { db, file };
    cache.set(shard, entry);
    const limit = this.keepAllShards ? Infinity : (this.options.extractionCacheShards ?? 8);
    for (const [key, value] of cache) {
      if (cache.size <= limit) break;
      // A shard with a write in flight stays until the write lands (writes await before returning, so this is brief).
      if (value === entry || value.file.busy) continue;
      cache.delete(key);
    }
    return entry;
  }

  /** Holds a migration's parts in memory instead of on disk (read-only opens). */
  private adopt(parts: Record<string, unknown>): void {
    this.keepAllShards = true;
    for (const [name, data] of Object.entries(parts)) {
      const match = /^(decisions|journal|extraction)-([0-9a-f]{2})\.json$/.exec(name);
      if (!match) continue;
      const [, kind, shard] = match as unknown as [string, string, string];
      const file = new DurableJsonFile<unknown>(join(this.partsDir, name), { maxSchemaVersion: SCHEMA_VERSION, onDamaged: "throw", validate: (raw) => raw });
      const db = new Low<unknown>(file, data);
      db.data = data;
      const cache = (kind === "decisions" ? this.decisions : kind === "journal" ? this.journals : this.extractions) as Map<string, Shard<unknown>>;
      cache.set(shard, { db, file });
    }
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
    this.notices.push(`The review database was upgraded from version ${found.from} to ${SCHEMA_VERSION} (${describeUpgrade(found.from, basename(this.partsDir))}). The old file is kept as ${kept}.`);
  }
}

function merge(id: string, entry: IndexEntry, extraction: Extraction, decision: Decision | undefined, snapshot: ApprovedSnapshot | undefined): StoredItem {
  // A lost journal shard: the approved fields are the extraction with the corrections, which approval froze.
  const approved =
    decision?.status === "approved"
      ? (snapshot ?? {
          fields: applyCorrections(extraction.fields, decision.corrections),
          at: decision.decidedAt ?? decision.updatedAt,
          reviewer: decision.decidedBy ?? "",
          correctedFields: correctedFieldNames(decision.corrections),
        })
      : undefined;
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
    ...(approved ? { approved } : {}),
    ...(decision?.override ? { override: true } : {}),
    ...(decision?.decidedBy ? { decidedBy: decision.decidedBy } : {}),
    ...(decision?.decidedAt ? { decidedAt: decision.decidedAt } : {}),
    ...(decision?.needsLook ? { needsLook: decision.needsLook } : {}),
    ...(entry.duplicateOf ? { duplicateOf: entry.duplicateOf } : {}),
    ...(entry.replaces ? { replaces: entry.replaces } : {}),
    ...(entry.replacedBy ? { replacedBy: entry.replacedBy } : {}),
    missing: entry.missing ?? false,
    createdAt: entry.createdAt,
    updatedAt: decision?.updatedAt ?? entry.createdAt,
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

/** The index with its entries ordered by file name (code unit order), so the queue reads in order. */
function inFileOrder(items: Map<string, IndexEntry>): Map<string, IndexEntry> {
  let sorted = true;
  let previous: string | undefined;
  for (const entry of items.values()) {
    if (previous !== undefined && previous > entry.file) {
      sorted = false;
      break;
    }
    previous = entry.file;
  }
  if (sorted) return items;
  return new Map([...items].sort(([, a], [, b]) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)));
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

async function removeTempFiles(dbPath: string): Promise<void> {
  const base = basename(dbPath);
  const isTemp = /\.\d+\.\d+\.tmp$/;
  const drop = async (folder: string, keep: (name: string) => boolean) => {
    const names = await readdir(folder).catch(() => [] as string[]);
    await Promise.all(names.filter((name) => isTemp.test(name) && keep(name)).map((name) => unlink(join(folder, name)).catch(() => {})));
  };
  // Only the index's own temp files (`review.json.<pid>.<n>.tmp`, and `review.json.bak-1.<pid>.<n>.tmp`
  // of a backup cut short), nothing else that lives beside it.
  await drop(dirname(dbPath), (name) => /^(bak-\d+\.)?\d+\.\d+\.tmp$/.test(name.slice(base.length + 1)) && name.startsWith(`${base}.`));
  await drop(`${dbPath}.d`, () => true);
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
