// Exports the approved records of a review database in one of four formats, with the filters of
// the Export dialog, progress, cancellation, atomic writes and the export manifest.
import type { ExportFilter, ExportFormat, ExportSummary, SkippedFile } from "../../../shared/api.js";
import type { ExportRecord } from "../../../shared/export-record.js";
import type { StoredItem } from "../store/schema.js";
import { AtomicFile, AtomicFolder, checkDestination, ExportError, type ExportGuard, type OpenOutput } from "./atomic-output.js";
import { appendManifest, exportedKeys } from "./export-manifest.js";
import { recordProblem, toExportRecord } from "./export-record.js";
import { fileFormat } from "./file-formats.js";
import { markdownFile, markdownFileName } from "./markdown-files.js";
import { recordFilter } from "./select-records.js";

export interface ExportProgress {
  /** Records written so far. */
  done: number;
  /** Records selected for this export. */
  total: number;
}

export interface ExportOptions {
  format: ExportFormat;
  /** A file for jsonl, json and csv; a new or empty folder for markdown. */
  destination: string;
  guard: ExportGuard;
  /** Who exports: recorded in the manifest. */
  who: string;
  filter?: ExportFilter;
  /** CSV only: start with a UTF-8 byte order mark. */
  bom?: boolean;
  /** CSV only: neutralise cells a spreadsheet would run as formulas (see file-formats.ts). */
  escapeFormulas?: boolean;
  /** The export manifest log (export-manifest.ts); without it nothing is recorded and sinceLastExport is refused. */
  manifestPath?: string;
  onProgress?: (progress: ExportProgress) => void;
  /** Aborting stops the export between batches and removes what was written. */
  signal?: AbortSignal;
  /** Records per batch (and per progress report). */
  batchSize?: number;
  /** For tests: how files are opened (to inject a failing write) and how much is buffered. */
  open?: OpenOutput;
  bufferBytes?: number;
  now?: () => Date;
}

/** Markdown files written at once. */
const MARKDOWN_CONCURRENCY = 16;

export class ExportCancelledError extends Error {
  constructor() {
    super("The export was cancelled; nothing was written.");
    this.name = "ExportCancelledError";
  }
}

/** Selects, validates and orders the records an export would write. */
export async function selectRecords(items: readonly StoredItem[], options: Pick<ExportOptions, "filter" | "manifestPath">) {
  const filter = options.filter ?? {};
  if (filter.sinceLastExport && !options.manifestPath) throw new ExportError("An incremental export needs the export manifest of the review database.");
  const exported = filter.sinceLastExport && options.manifestPath ? await exportedKeys(options.manifestPath) : new Set<string>();
  const keep = recordFilter(filter, exported);
  const records: ExportRecord[] = [];
  const skipped: SkippedFile[] = [];
  for (const item of [...items].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))) {
    const record = toExportRecord(item);
    if (!record || !keep(record)) continue;
    const problem = recordProblem(record);
    if (problem) skipped.push({ file: item.file, reason: `not a valid export record (${problem})` });
    else records.push(record);
  }
  return { records, skipped };
}

export async function exportApproved(items: readonly StoredItem[], options: ExportOptions): Promise<ExportSummary> {
  const { format, signal } = options;
  const guard: ExportGuard = { ...options.guard, protectedFiles: [...(options.guard.protectedFiles ?? []), ...(options.manifestPath ? [options.manifestPath] : [])] };
  const path = await checkDestination(options.destination, guard, format === "markdown" ? "folder" : "file");
  const { records, skipped } = await selectRecords(items, options);
  const total = records.length;
  const batchSize = options.batchSize ?? 500;
  const cancelled = () => {
    if (signal?.aborted) throw new ExportCancelledError();
  };
  cancelled();
  options.onProgress?.({ done: 0, total });

  let bytes: number;
  if (format === "markdown") {
    const out = await AtomicFolder.create(path, { open: options.open });
    // Files are written (and fsynced) a few at a time: one by one, 10,000 fsyncs take long.
    const inFlight = new Set<Promise<void>>();
    let failure: { error: unknown } | null = null;
    try {
      for (const [index, record] of records.entries()) {
        if (index % batchSize === 0) cancelled();
        if (failure) break;
        let name = markdownFileName(record);
        for (let n = 2; out.has(name); n++) name = name.replace(/(-\d+)?\.md$/, `-${n}.md`);
        const write: Promise<void> = out
          .writeFile(name, markdownFile(record))
          .catch((error: unknown) => {
            failure ??= { error };
          })
          .finally(() => inFlight.delete(write));
        inFlight.add(write);
        if (inFlight.size >= MARKDOWN_CONCURRENCY) await Promise.race(inFlight);
        if ((index + 1) % batchSize === 0) options.onProgress?.({ done: index + 1, total });
      }
      await Promise.all(inFlight);
      if (failure) throw (failure as { error: unknown }).error;
      cancelled();
      bytes = await out.commit();
    } catch (error) {
      await Promise.allSettled(inFlight);
      await out.discard();
      throw error;
    }
  } else {
    const writer = fileFormat(format, { bom: options.bom, escapeFormulas: options.escapeFormulas });
    const out = await AtomicFile.create(path, { open: options.open, bufferBytes: options.bufferBytes });
    try {
      await out.write(writer.start());
      for (let first = 0; first < total; first += batchSize) {
        cancelled();
        await out.write(writer.batch(records.slice(first, first + batchSize), first));
        options.onProgress?.({ done: Math.min(first + batchSize, total), total });
      }
      await out.write(writer.end(total));
      cancelled();
      bytes = await out.commit();
    } catch (error) {
      await out.discard();
      throw error;
    }
  }
  options.onProgress?.({ done: total, total });

  if (options.manifestPath) {
    await appendManifest(options.manifestPath, {
      manifestVersion: 1,
      at: (options.now?.() ?? new Date()).toISOString(),
      who: options.who,
      format,
      path,
      bytes,
      count: total,
      filter: options.filter ?? {},
      records: records.map((r) => ({ sha256: r.provenance.sha256, file: r.provenance.file, approvedAt: r.provenance.approvedAt })),
    });
  }
  return { format, count: total, path, bytes, skipped };
}
