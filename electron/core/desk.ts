// The review desk's operations on one opened folder: scan and extract, read an item with its
// raw text, record drafts and decisions, export. Transports (IPC, HTTP, CLI) call only this.
import { readFile, realpath, stat } from "node:fs/promises";
import { basename, join } from "node:path";
import type { Corrections, ItemDetail, ItemSummary, Session, SkippedFile } from "../../shared/api.js";
import { applyCorrections } from "../../shared/corrections.js";
import { FIELD_NAMES } from "../../shared/record.js";
import { EXTRACTOR_VERSION, extractScrape } from "./extract/index.js";
import { exportApproved, type ExportOptions } from "./export/export-approved.js";
import { manifestPathFor } from "./export/export-manifest.js";
import type { ExportFormat, ExportSummary } from "../../shared/api.js";
import { sha256 } from "./hash.js";
import { isInside, listScrapeFiles } from "./scan-folder.js";
import { ReviewStore, StoreError } from "./store/review-store.js";
import type { StoredItem } from "./store/schema.js";

/** Larger files are listed as skipped rather than read whole into memory. */
export const MAX_SCRAPE_BYTES = 64 * 1024 * 1024;

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
}

export class Desk {
  private constructor(
    readonly folder: string,
    readonly store: ReviewStore,
    readonly reviewer: string,
    private readonly skipped: SkippedFile[],
  ) {}

  static async open(options: DeskOptions): Promise<Desk> {
    const folder = await realpath(options.folder).catch(() => {
      throw new StoreError("not-found", `The folder ${options.folder} does not exist or cannot be read.`);
    });
    if (!(await stat(folder)).isDirectory()) throw new StoreError("bad-request", `${options.folder} is not a folder.`);
    const store = await ReviewStore.open(options.dbPath, folder);
    const skipped = await scanInto(store, folder, options.onProgress);
    return new Desk(folder, store, options.reviewer, skipped);
  }

  session(): Session {
    const items = this.store.items().filter((item) => !item.missing);
    const count = (status: StoredItem["status"]) => items.filter((item) => item.status === status).length;
    return {
      folderName: basename(this.folder),
      folder: this.folder,
      dbPath: this.store.path,
      reviewer: this.reviewer,
      counts: { total: items.length, pending: count("pending"), draft: count("draft"), approved: count("approved"), rejected: count("rejected") },
      skipped: this.skipped,
      notices: this.store.notices,
    };
  }

  listItems(): ItemSummary[] {
    return this.store
      .items()
      .sort((a, b) => a.file.localeCompare(b.file))
      .map(summarise);
  }

  async getItem(id: string): Promise<ItemDetail> {
    const item = this.store.get(id);
    const { text, problem } = await this.readRaw(item);
    return detail(item, text, problem);
  }

  async saveDraft(id: string, corrections: Corrections): Promise<ItemDetail> {
    return this.getItemAfter(await this.store.saveDraft(id, corrections, this.reviewer));
  }

  async approve(id: string, corrections?: Corrections): Promise<ItemDetail> {
    return this.getItemAfter(await this.store.approve(id, corrections, this.reviewer));
  }

  async reject(id: string, reason: string): Promise<ItemDetail> {
    return this.getItemAfter(await this.store.reject(id, reason, this.reviewer));
  }

  /** Writes the approved records (filtered) to a file, or for markdown a folder; see export/export-approved.ts. */
  async exportApproved(
    destination: string,
    format: ExportFormat,
    options: Pick<ExportOptions, "filter" | "bom" | "onProgress" | "signal"> = {},
  ): Promise<ExportSummary> {
    const summary = await exportApproved(this.store.items(), {
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

  private async getItemAfter(item: StoredItem): Promise<ItemDetail> {
    return this.getItem(item.id);
  }

  /** Re-reads the raw file: raw text is never copied into the database. */
  private async readRaw(item: StoredItem): Promise<{ text: string; problem?: string }> {
    const path = join(this.folder, item.file);
    try {
      const real = await realpath(path);
      if (!isInside(this.folder, real)) return { text: "", problem: "The file now points outside the opened folder; it is not shown." };
      const bytes = await readFile(real);
      const text = extractScrape(bytes, item.file).text;
      if (sha256(bytes) !== item.id) return { text, problem: "The file has changed on disk since it was extracted; highlights may be off. Reopen the folder to re-extract it." };
      return { text };
    } catch (error) {
      return { text: "", problem: `The raw file cannot be read now (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}).` };
    }
  }
}

/** Reads every supported file, extracts what is new or stale, and marks what disappeared. */
async function scanInto(store: ReviewStore, folder: string, onProgress?: (p: OpenProgress) => void): Promise<SkippedFile[]> {
  const { files, skipped } = await listScrapeFiles(folder);
  const seen = new Map<string, string>();
  const changed: StoredItem[] = [];
  for (const [index, file] of files.entries()) {
    onProgress?.({ done: index, total: files.length, file });
    try {
      const path = join(folder, file);
      const info = await stat(path);
      if (info.size === 0) {
        skipped.push({ file, reason: "the file is empty" });
        continue;
      }
      if (info.size > MAX_SCRAPE_BYTES) {
        skipped.push({ file, reason: `the file is ${Math.round(info.size / 1048576)} MB, larger than the ${MAX_SCRAPE_BYTES / 1048576} MB a scrape may be` });
        continue;
      }
      const bytes = await readFile(path);
      const id = sha256(bytes);
      const first = seen.get(id);
      if (first) {
        skipped.push({ file, reason: `the same bytes as ${first}` });
        continue;
      }
      seen.set(id, file);
      const known = store.find(id);
      if (known && known.extraction.extractorVersion === EXTRACTOR_VERSION && known.file === file && !known.missing) continue;
      changed.push(scanned(known, id, file, bytes, info));
    } catch (error) {
      skipped.push({ file, reason: `cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})` });
    }
  }
  onProgress?.({ done: files.length, total: files.length, file: "" });
  const missing = store.items().filter((item) => !seen.has(item.id) && !item.missing).map((item) => item.id);
  if (changed.length || missing.length) await store.putScanned(changed, missing);
  return skipped;
}

function scanned(known: StoredItem | undefined, id: string, file: string, bytes: Uint8Array, info: { size: number; mtimeMs: number }): StoredItem {
  const now = new Date().toISOString();
  // Only pending items are re-extracted: an editor's work is never replaced under them.
  const extraction = known && known.status !== "pending" ? known.extraction : extractWithoutText(bytes, file);
  return {
    ...(known ?? { id, corrections: {}, status: "pending" as const, createdAt: now }),
    file,
    size: info.size,
    mtimeMs: info.mtimeMs,
    format: extraction.format,
    encoding: extraction.encoding,
    extraction,
    missing: false,
    updatedAt: now,
  };
}

function extractWithoutText(bytes: Uint8Array, file: string): StoredItem["extraction"] {
  const { text: _text, ...extraction } = extractScrape(bytes, file);
  return extraction;
}

function summarise(item: StoredItem): ItemSummary {
  const fields = applyCorrections(item.extraction.fields, item.corrections);
  const confidences = FIELD_NAMES.map((name) => item.extraction.confidence[name]).filter((c): c is number => c !== undefined);
  return {
    id: item.id,
    file: item.file,
    status: item.status,
    title: fields.title,
    publisher: fields.publisher,
    publishedAt: fields.publishedAt,
    warningCount: item.extraction.warnings.length,
    ...(item.extraction.error ? { error: item.extraction.error } : {}),
    minConfidence: confidences.length ? Math.min(...confidences) : 0,
    missing: item.missing,
  };
}

function detail(item: StoredItem, text: string, problem: string | undefined): ItemDetail {
  return {
    ...summarise(item),
    format: item.format,
    encoding: item.encoding,
    text,
    ...(problem ? { textProblem: problem } : {}),
    extraction: item.extraction,
    corrections: item.corrections,
    fields: applyCorrections(item.extraction.fields, item.corrections),
    ...(item.rejectReason ? { rejectReason: item.rejectReason } : {}),
    ...(item.approved ? { approvedAt: item.approved.at, reviewer: item.approved.reviewer } : {}),
  };
}
