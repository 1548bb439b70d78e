// The review desk's operations on one opened folder: scan and extract, read an item with its
// raw text, record drafts and decisions, export. Transports (IPC, HTTP, CLI) call only this.
import { readFile, realpath, stat } from "node:fs/promises";
import { basename, join } from "node:path";
import type { ApprovalOverride, Corrections, ItemDetail, ItemSummary, Response, Session, SkippedFile, UndoState } from "../../shared/api.js";
import { applyCorrections, effectiveCorrections, sameValue } from "../../shared/corrections.js";
import { recordProblems } from "../../shared/validation.js";
import type { Extraction, FieldName } from "../../shared/record.js";
import { EXTRACTOR_VERSION, extractWithoutText, failedExtraction, scrapeText } from "./extract/index.js";
import { ExtractPool, startExtractPool } from "./extract-pool.js";
import { readAhead } from "./read-ahead.js";
import { exportApproved, type ExportOptions } from "./export/export-approved.js";
import { manifestPathFor } from "./export/export-manifest.js";
import type { ExportFormat, ExportSummary } from "../../shared/api.js";
import { sha256 } from "./hash.js";
import { fileStamp, RawTextCache, type RawText } from "./raw-text-cache.js";
import { isInside, listScrapeFiles } from "./scan-folder.js";
import { ItemSearch } from "./item-search.js";
import { hammingDistance, minConfidence, NEAR_IDENTICAL_BITS, storyKey, summariseExtraction } from "./store/index-entry.js";
import { ReviewStore, StoreError, type ItemView, type StoreOptions } from "./store/review-store.js";
import type { IndexEntry, NeedsLook, StoredItem } from "./store/schema.js";
import type { Direction } from "./store/step-log.js";

/** Larger files are listed as skipped rather than read whole into memory. */
export const MAX_SCRAPE_BYTES = 64 * 1024 * 1024;

/** New extractions are written out once this many raw bytes have been extracted, so memory stays flat. */
const EXTRACTION_FLUSH_BYTES = 32 * 1024 * 1024;

export interface OpenProgress {
  done: number;
  total: number;
  file: string;
}

export interface DeskOptions {
  folder: string;
  dbPath: string;
  reviewer: string;
  onProgress?: (progress: OpenProgress) => void;
  /** Passed to the store (tests inject a failing file system, smaller backups, …). */
  store?: StoreOptions;
  /** The extractor version to compare with (tests pretend the extractor changed). */
  extractorVersion?: string;
  /** An extractor to use instead of the app's (tests); it runs in this thread. */
  extract?: (bytes: Uint8Array, file: string) => Extraction;
  /**
   * Worker threads that extract a folder's new files (0 or 1: this thread). By default one per core,
   * at most 8, when the scan has POOL_MIN_FILES files or more to read; fewer are extracted in this thread.
   */
  extractWorkers?: number;
  /** Told of what works in a lesser way without failing (extraction back on one thread); for a log. */
  onWarning?: (message: string) => void;
  /**
   * "before" (the default): open returns once the folder has been checked for new, changed and
   * removed files. "background": open returns as soon as the database is read (under a second at
   * 100,000 items) and the check runs after; `desk.scanned` resolves when it is done, and listItems
   * and getSession show its results from then on.
   */
  rescan?: "before" | "background";
}

/** What a rescan found, for the notice shown on reopening. */
export interface ScanReport {
  added: number;
  changed: number;
  removed: number;
  returned: number;
  moved: number;
  reextracted: number;
  flagged: number;
  duplicates: number;
}

const collator = new Intl.Collator("en", { numeric: true });

export class Desk {
  private skipped: SkippedFile[] = [];
  /** Made on the first search: it keeps the folded text of every item. */
  private itemSearch: ItemSearch | undefined;
  private readonly rawTexts = new RawTextCache();
  /** What the last check of the folder found; null until it has run. */
  scan: ScanReport | null = null;
  /** Resolves when the check of the folder is done (null when it failed; the reason is in the notices). */
  scanned: Promise<ScanReport | null> = Promise.resolve(null);

  private constructor(
    readonly folder: string,
    readonly store: ReviewStore,
    readonly reviewer: string,
    private readonly extract: (bytes: Uint8Array, file: string) => Extraction,
  ) {}

  static async open(options: DeskOptions): Promise<Desk> {
    const folder = await realpath(options.folder).catch(() => {
      throw new StoreError("not-found", `The folder ${options.folder} does not exist or cannot be read.`);
    });
    if (!(await stat(folder)).isDirectory()) throw new StoreError("bad-request", `${options.folder} is not a folder.`);
    const store = await ReviewStore.open(options.dbPath, folder, options.store);
    const desk = new Desk(folder, store, options.reviewer, options.extract ?? extractWithoutText);
    const hadItems = store.ids().length > 0;
    const check = async (): Promise<ScanReport> => {
      const { skipped, report } = await scanInto(store, folder, {
        reviewer: options.reviewer,
        extractorVersion: options.extractorVersion ?? EXTRACTOR_VERSION,
        extract: options.extract,
        workers: options.extractWorkers,
        onWarning: options.onWarning,
        onProgress: options.onProgress,
      });
      desk.skipped = skipped;
      desk.scan = report;
      if (hadItems) {
        const notice = describeScan(report);
        if (notice) store.notices.push(notice);
      }
      return report;
    };
    if (options.rescan === "background") {
      desk.scanned = check().catch((error: unknown) => {
        store.notices.push(`Copydesk could not check the folder for new or changed files: ${(error as Error).message} The queue shows the folder as it was when last opened.`);
        return null;
      });
      return desk;
    }
    try {
      await check();
      desk.scanned = Promise.resolve(desk.scan);
      return desk;
    } catch (error) {
      await store.close();
      throw error;
    }
  }

  /** Releases the database (its lock); the desk must not be used afterwards. */
  async close(): Promise<void> {
    await this.scanned;
    await this.store.close();
  }

  session(): Session {
    const counts = { total: 0, pending: 0, draft: 0, approved: 0, rejected: 0 };
    for (const view of this.store.views()) {
      if (view.entry.missing) continue;
      counts.total++;
      counts[view.decision?.status ?? "pending"]++;
    }
    return {
      folderName: basename(this.folder),
      folder: this.folder,
      dbPath: this.store.path,
      reviewer: this.reviewer,
      counts,
      skipped: this.skipped,
      notices: this.store.notices,
      undo: this.store.undoState(),
    };
  }

  /** The queue in file order (the store keeps its index sorted, so this does not sort 100,000 items). */
  listItems(): ItemSummary[] {
    return this.store.views().map(summarise);
  }

  /** Ids of the items whose title, body text or file name holds every word of the query (see item-search.ts). */
  searchItems(query: string): Promise<string[]> {
    this.itemSearch ??= new ItemSearch(this.store);
    return this.itemSearch.find(query);
  }

  async getItem(id: string): Promise<ItemDetail> {
    const entry = this.store.get(id);
    const raw = await this.readRaw(entry.file, id);
    await this.ensureExtraction(id, raw.bytes);
    return detail(await this.store.load(id), raw.text, raw.problem, this.store.undoState());
  }

  /** `typing`: the change continues typing into one field (it may join the newest undo step). */
  async saveDraft(id: string, corrections: Corrections, typing = false): Promise<ItemDetail> {
    const saved = await this.inOrder(id, async () => {
      await this.ensureExtraction(id);
      return this.store.saveDraft(id, corrections, this.reviewer, typing);
    });
    return this.getItemAfter(saved);
  }

  /**
   * Approves with the given corrections (or the saved ones). A record that breaks the guidelines
   * is refused unless the request carries an explicit override, which is then recorded.
   */
  async approve(id: string, corrections?: Corrections, override?: ApprovalOverride): Promise<ItemDetail> {
    const approved = await this.inOrder(id, async () => {
      await this.ensureExtraction(id);
      const item = await this.store.load(id);
      const extracted = item.extraction.fields;
      const fields = applyCorrections(extracted, effectiveCorrections(extracted, corrections ?? item.corrections));
      const problems = recordProblems(fields);
      if (problems.length > 0 && !override) {
        const list = problems.map((p) => `${p.field}: ${p.message}`).join("; ");
        throw new StoreError("bad-request", `This record breaks the guidelines (${list}). Correct it, or approve it with an explicit override.`);
      }
      return this.store.approve(id, corrections, this.reviewer, problems.length > 0 ? problems : undefined);
    });
    return this.getItemAfter(approved);
  }

  async reject(id: string, reason: string): Promise<ItemDetail> {
    const rejected = await this.inOrder(id, async () => {
      await this.ensureExtraction(id);
      return this.store.reject(id, reason, this.reviewer);
    });
    return this.getItemAfter(rejected);
  }

  /**
   * Runs one item's changes in the order they were asked for: each waits for the item's previous change. (Each
   * first awaits the item's extraction, which one call may find in memory while an earlier one still reads it from
   * disk: twelve quick saves could land out of order, the last typed value lost under an earlier one.)
   */
  private inOrder<T>(id: string, change: () => Promise<T>): Promise<T> {
    const prev = this.changing.get(id) ?? Promise.resolve();
    const run = prev.then(change, change);
    const done = run.then(() => undefined, () => undefined);
    this.changing.set(id, done);
    void done.then(() => { if (this.changing.get(id) === done) this.changing.delete(id); });
    return run;
  }
  private readonly changing = new Map<string, Promise<void>>();

  /** Undoes the newest step, or redoes the newest undone one, and returns its item as it is now. */
  async replay(direction: Direction): Promise<Response<"undo">> {
    const next = this.store.nextStep(direction);
    if (next) {
      try {
        await this.ensureExtraction(next.id);
      } catch (error) {
        if (!(error instanceof StoreError) || error.code !== "not-found") throw error;
        // A step whose item is gone would block every step behind it.
        await this.store.dropStep(direction);
        throw new StoreError("not-found", `${error.message} That step was dropped from the undo history; ${direction} again to go on.`);
      }
    }
    const done = await this.store.replay(direction, this.reviewer);
    if (!done) return { undo: this.store.undoState() };
    const step = { kind: done.step.kind, fields: done.step.changes.map((change) => change.field) };
    return { undo: this.store.undoState(), step, item: await this.getItemAfter(done.item) };
  }

  /** When the extraction cache lost an item (a damaged shard without a good backup), extracts it again from its file. */
  private async ensureExtraction(id: string, bytes?: Uint8Array): Promise<void> {
    const entry = this.store.get(id);
    if (await this.store.extraction(id)) return;
    const raw = bytes ?? (await this.readRaw(entry.file, id)).bytes;
    if (!raw || sha256(raw) !== id) {
      throw new StoreError("not-found", `The extraction of ${entry.file} was lost and the file no longer holds the same bytes, so it cannot be extracted again.`);
    }
    await this.store.putExtractions(new Map([[id, this.extract(raw, entry.file)]]));
  }

  /** Writes the approved records (filtered) to a file, or for markdown a folder; see export/export-approved.ts. */
  async exportApproved(
    destination: string,
    format: ExportFormat,
    options: Pick<ExportOptions, "filter" | "bom" | "escapeFormulas" | "onProgress" | "signal"> = {},
  ): Promise<ExportSummary> {
    // Only approved items are read in full: the rest of the extraction cache stays on disk.
    const approved = await this.store.loadMany(this.store.views().filter((v) => v.decision?.status === "approved").map((v) => v.id));
    const summary = await exportApproved(approved, {
      ...options,
      format,
      destination,
      guard: { folder: this.folder, dbPath: this.store.path },
      who: this.reviewer,
      manifestPath: manifestPathFor(this.store.path),
    });
    await this.store.recordExport({ path: summary.path, format, count: summary.count, who: this.reviewer });
    return summary;
  }

  /**
   * The detail a write answers with. Its text is the one last read for the item when there is one,
   * without checking the file again (two file system round trips each keystroke's save would wait
   * for): the window showing the item read it moments ago, and getItem checks the file each time.
   */
  private async getItemAfter(item: StoredItem): Promise<ItemDetail> {
    const raw = this.rawTexts.last(item.id) ?? (await this.readRaw(item.file, item.id));
    return detail(item, raw.text, raw.problem, this.store.undoState());
  }

  /**
   * Re-reads the raw file: raw text is never copied into the database. A file unchanged since it
   * was last read here (size, mtime, inode) comes from the cache, without its bytes.
   */
  private async readRaw(file: string, id: string): Promise<RawText & { bytes?: Uint8Array }> {
    const path = join(this.folder, file);
    try {
      const real = await realpath(path);
      if (!isInside(this.folder, real)) return { text: "", problem: "The file now points outside the opened folder; it is not shown." };
      const stamp = fileStamp(real, await stat(real));
      const cached = this.rawTexts.get(id, stamp);
      if (cached) return cached;
      const bytes = await readFile(real);
      const text = scrapeText(bytes);
      const raw: RawText =
        sha256(bytes) !== id ? { text, problem: "The file has changed on disk since it was extracted; highlights may be off. Reopen the folder to re-extract it." } : { text };
      this.rawTexts.set(id, stamp, raw);
      return { ...raw, bytes };
    } catch (error) {
      return { text: "", problem: `The raw file cannot be read now (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}).` };
    }
  }
}

interface ScanContext {
  reviewer: string;
  extractorVersion: string;
  /** An injected extractor (tests), run in this thread; without one the app's runs on worker threads. */
  extract?: (bytes: Uint8Array, file: string) => Extraction;
  workers?: number;
  onWarning?: (message: string) => void;
  onProgress?: (p: OpenProgress) => void;
}

/** A file of the folder as the scan read it, handed on in file order. */
interface ScannedFile {
  file: string;
  /** Why the file is left out (listed as skipped). */
  skip?: string;
  error?: unknown;
  /** New or changed bytes; absent for a file unchanged since the last scan and for a copy of an earlier file. */
  read?: {
    info: { size: number; mtimeMs: number };
    id: string;
    size: number;
    knownId?: string;
    known?: IndexEntry;
    existing?: IndexEntry;
    reextract: boolean;
    extraction?: Promise<Extraction>;
  };
}

/**
 * Brings the database in line with the folder. A file whose size and mtime match its entry is
 * taken as unchanged without being read (as git does); anything else is read and hashed. New
 * files are extracted; a file with new bytes becomes a new item and the old one is marked as
 * replaced; files that disappeared are marked missing; undecided items are extracted again when
 * the extractor version changed. Corrections and decisions are never changed here: where the
 * extractor now reads a corrected field differently, or a reviewed file changed, the item is
 * flagged for a look.
 *
 * Files are read and hashed in order here; their extractions run on the pool's worker threads a
 * few files ahead, and each file's outcome is recorded in file order, so ids, reports, duplicates
 * and the flushes are those of a one-file-at-a-time scan.
 */
async function scanInto(store: ReviewStore, folder: string, ctx: ScanContext): Promise<{ skipped: SkippedFile[]; report: ScanReport }> {
  const { files, skipped, stats } = await listScrapeFiles(folder);
  const report: ScanReport = { added: 0, changed: 0, removed: 0, returned: 0, moved: 0, reextracted: 0, flagged: 0, duplicates: 0 };
  const idByFile = new Map<string, string>();
  for (const view of store.views()) {
    // A live entry wins over a missing one for the same path.
    if (!idByFile.has(view.entry.file) || !view.entry.missing) idByFile.set(view.entry.file, view.id);
  }
  const seen = new Map<string, string>();
  const copies = new Map<string, string[]>();
  const entries = new Map<string, IndexEntry>();
  const extractions = new Map<string, Extraction>();
  const flags = new Map<string, NeedsLook>();
  let buffered = 0;
  const now = new Date().toISOString();

  /** Taken as unchanged without being read: the size and mtime of its entry, extracted by this extractor (or decided). */
  const unchanged = (id: string, known: IndexEntry | undefined, info: { size: number; mtimeMs: number }): known is IndexEntry =>
    !!known && !known.missing && known.size === info.size && known.mtimeMs === info.mtimeMs && !stale(store, id, known, ctx);
  const toRead = files.filter((file) => {
    const id = idByFile.get(file);
    const info = stats.get(file);
    return !(id && info && unchanged(id, store.entry(id), info));
  }).length;
  const pool = ctx.extract
    ? new ExtractPool({ size: 0, inThread: ctx.extract, failure: failedExtraction })
    : startExtractPool({ size: ctx.workers, files: toRead, onWarning: ctx.onWarning });

  async function readOne(file: string): Promise<ScannedFile> {
    try {
      const path = join(folder, file);
      const info = stats.get(file) ?? (await stat(path));
      if (info.size === 0) return { file, skip: "the file is empty" };
      if (info.size > MAX_SCRAPE_BYTES) {
        return { file, skip: `the file is ${Math.round(info.size / 1048576)} MB, larger than the ${MAX_SCRAPE_BYTES / 1048576} MB a scrape may be` };
      }
      const knownId = idByFile.get(file);
      const known = knownId ? store.entry(knownId) : undefined;
      if (knownId && unchanged(knownId, known, info) && !seen.has(knownId)) {
        seen.set(knownId, file);
        return { file };
      }
      const bytes = await readFile(path);
      const id = sha256(bytes);
      const first = seen.get(id);
      if (first) {
        copies.set(id, [...(copies.get(id) ?? []), file]);
        return { file, skip: `the same bytes as ${first}` };
      }
      seen.set(id, file);
      const existing = store.entry(id);
      const reextract = !!existing && stale(store, id, existing, ctx);
      const size = bytes.length; // before the bytes are transferred to a worker
      const extraction = !existing || reextract ? pool.extract(bytes, file) : undefined;
      return { file, read: { info, id, size, knownId, known, existing, reextract, extraction } };
    } catch (error) {
      return { file, error };
    }
  }
  async function* readAll(): AsyncGenerator<ScannedFile> {
    for (const file of files) yield await readOne(file);
  }

  /** Records a new or changed file (and its extraction) in the index. */
  async function record(file: string, read: NonNullable<ScannedFile["read"]>): Promise<void> {
    const { info, id, knownId, known, existing } = read;
    const extraction = await read.extraction;
    if (extraction && read.reextract) {
      report.reextracted++;
      const look = await correctionConflicts(store, id, extraction, now);
      if (look) flags.set(id, look);
    }
    if (existing?.missing) report.returned++;
    else if (existing && existing.file !== file) report.moved++;
    const entry: IndexEntry = {
      ...(existing ?? { createdAt: now }),
      ...(extraction ? summariseExtraction(extraction) : {}),
      file,
      size: info.size,
      mtimeMs: info.mtimeMs,
    } as IndexEntry;
    delete entry.missing;
    delete entry.replacedBy;
    if (extraction && !extraction.error) delete entry.error;
    if (knownId && knownId !== id && known && !known.missing) {
      // The same path now holds other bytes: a new item; the old one stays, with its decisions, marked replaced.
      report.changed++;
      entries.set(knownId, { ...known, missing: true, replacedBy: id });
      entry.replaces = knownId;
      const decision = store.decision(knownId);
      if (decision && (decision.status !== "pending" || Object.keys(decision.corrections).length > 0)) {
        flags.set(id, { at: now, reason: `The file changed after it was reviewed (it was ${decision.status}); the earlier decision stays with the old version.` });
      }
    }
    else if (!existing) report.added++;
    entries.set(id, entry);
    if (extraction) {
      extractions.set(id, extraction);
      buffered += read.size;
      if (buffered > EXTRACTION_FLUSH_BYTES) {
        await store.putExtractions(extractions);
        extractions.clear();
        buffered = 0;
      }
    }
  }

  let index = 0;
  try {
    for await (const scanned of readAhead(readAll(), pool.ahead, (s) => (s.read?.extraction ? s.read.size : 0))) {
      if (index % 100 === 0) ctx.onProgress?.({ done: index, total: files.length, file: scanned.file });
      index++;
      try {
        if (scanned.error) throw scanned.error;
        if (scanned.skip) skipped.push({ file: scanned.file, reason: scanned.skip });
        else if (scanned.read) await record(scanned.file, scanned.read);
      } catch (error) {
        if (error instanceof StoreError) throw error;
        skipped.push({ file: scanned.file, reason: `cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})` });
      }
    }
  } finally {
    await pool.close();
  }
  ctx.onProgress?.({ done: files.length, total: files.length, file: "" });

  const current = (id: string): IndexEntry => entries.get(id) ?? store.entry(id)!;
  for (const view of store.views()) {
    if (seen.has(view.id) || view.entry.missing || entries.get(view.id)?.missing) continue;
    entries.set(view.id, { ...view.entry, missing: true });
    report.removed++;
  }
  for (const id of seen.keys()) {
    const entry = current(id);
    const list = copies.get(id);
    if (!sameList(entry.copies ?? [], list ?? [])) {
      const updated = { ...entry };
      if (list) updated.copies = list;
      else delete updated.copies;
      entries.set(id, updated);
    }
  }
  report.duplicates = linkDuplicates(store.ids().concat([...entries.keys()]), current, entries);

  if (extractions.size) await store.putExtractions(extractions);
  if (flags.size) {
    await store.flag(flags, ctx.reviewer);
    report.flagged = flags.size;
  }
  if (entries.size) await store.commitIndex(entries);
  return { skipped, report };
}

/** An undecided item whose extraction came from another extractor version, or whose cache was lost. */
function stale(store: ReviewStore, id: string, entry: IndexEntry, ctx: ScanContext): boolean {
  if (entry.extractorVersion === ctx.extractorVersion) return false;
  const status = store.decision(id)?.status ?? "pending";
  return status === "pending" || status === "draft";
}

/** Corrected fields where the extractor now reads something else than before, and not what the editor wrote. */
async function correctionConflicts(store: ReviewStore, id: string, extraction: Extraction, at: string): Promise<NeedsLook | undefined> {
  const corrections = store.decision(id)?.corrections ?? {};
  const names = Object.keys(corrections) as FieldName[];
  if (!names.length) return undefined;
  const before = await store.extraction(id);
  const fields = names.filter((name) => {
    const corrected = corrections[name];
    const now = extraction.fields[name];
    return !sameValue(corrected, now) && (!before || !sameValue(before.fields[name], now));
  });
  if (!fields.length) return undefined;
  return {
    at,
    fields,
    reason: `The extractor (version ${extraction.extractorVersion}) now reads ${fields.join(", ")} differently from before and from your correction; check which is right.`,
  };
}

/**
 * Marks the same story scraped twice: same normalised title and day, bodies whose simhashes differ
 * in at most a few bits. The first file (by name) is the original; later ones link to it.
 * Returns how many items are duplicates.
 */
function linkDuplicates(ids: string[], current: (id: string) => IndexEntry, entries: Map<string, IndexEntry>): number {
  const groups = new Map<string, string[]>();
  for (const id of new Set(ids)) {
    const entry = current(id);
    const key = storyKey(entry.title, entry.publishedAt);
    if (entry.missing || !key || !entry.bodyHash) {
      if (entry.duplicateOf) entries.set(id, withoutDuplicate(entry));
      continue;
    }
    const list = groups.get(key);
    if (list) list.push(id);
    else groups.set(key, [id]);
  }
  let count = 0;
  for (const group of groups.values()) {
    group.sort((a, b) => collator.compare(current(a).file, current(b).file));
    const originals: string[] = [];
    for (const id of group) {
      const entry = current(id);
      const original = originals.find((o) => hammingDistance(current(o).bodyHash!, entry.bodyHash!) <= NEAR_IDENTICAL_BITS);
      if (original) {
        count++;
        if (entry.duplicateOf?.id !== original) entries.set(id, { ...entry, duplicateOf: { id: original, reason: "same-story" } });
      } else {
        originals.push(id);
        if (entry.duplicateOf) entries.set(id, withoutDuplicate(entry));
      }
    }
  }
  return count;
}

function withoutDuplicate(entry: IndexEntry): IndexEntry {
  const { duplicateOf: _dropped, ...rest } = entry;
  return rest as IndexEntry;
}

const sameList = (a: string[], b: string[]): boolean => a.length === b.length && a.every((x, i) => x === b[i]);

function describeScan(r: ScanReport): string | null {
  const parts = [
    r.added && `${r.added} new`,
    r.changed && `${r.changed} changed on disk (kept as new items; the old versions keep their decisions)`,
    r.removed && `${r.removed} no longer in the folder (marked missing; their decisions are kept)`,
    r.returned && `${r.returned} back in the folder`,
    r.moved && `${r.moved} moved or renamed`,
    r.reextracted && `${r.reextracted} undecided items extracted again by the new extractor (corrections kept)`,
    r.flagged && `${r.flagged} flagged for a look`,
  ].filter(Boolean);
  return parts.length ? `Since this folder was last opened: ${parts.join("; ")}.` : null;
}

function summarise({ id, entry, decision }: ItemView): ItemSummary {
  const corrections = decision?.corrections ?? {};
  return {
    id,
    file: entry.file,
    status: decision?.status ?? "pending",
    title: corrections.title ?? entry.title,
    publisher: corrections.publisher ?? entry.publisher,
    publishedAt: corrections.publishedAt ?? entry.publishedAt,
    warningCount: entry.warningCount,
    ...(entry.error ? { error: entry.error } : {}),
    minConfidence: entry.minConfidence,
    missing: entry.missing ?? false,
    ...(entry.duplicateOf ? { duplicateOf: entry.duplicateOf.id } : {}),
    ...(decision?.needsLook ? { needsLook: decision.needsLook.reason } : {}),
  };
}

function detail(item: StoredItem, text: string, problem: string | undefined, undo: UndoState): ItemDetail {
  const fields = applyCorrections(item.extraction.fields, item.corrections);
  return {
    id: item.id,
    file: item.file,
    status: item.status,
    title: fields.title,
    publisher: fields.publisher,
    publishedAt: fields.publishedAt,
    warningCount: item.extraction.warnings.length,
    ...(item.extraction.error ? { error: item.extraction.error } : {}),
    // Not summariseExtraction: it also fingerprints the body, which every save would pay for.
    minConfidence: minConfidence(item.extraction),
    missing: item.missing,
    ...(item.duplicateOf ? { duplicateOf: item.duplicateOf.id } : {}),
    ...(item.needsLook ? { needsLook: item.needsLook.reason } : {}),
    format: item.format,
    encoding: item.encoding,
    text,
    ...(problem ? { textProblem: problem } : {}),
    extraction: item.extraction,
    corrections: item.corrections,
    fields,
    ...(item.rejectReason ? { rejectReason: item.rejectReason } : {}),
    ...(item.approved ? { approvedAt: item.approved.at, reviewer: item.approved.reviewer } : {}),
    undo,
  };
}
