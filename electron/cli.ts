// The `copydesk` command line: extract, export, serve. Plain Node; never imports electron.
import { once } from "node:events";
import { mkdir } from "node:fs/promises";
import { parseArgs } from "node:util";
import { userInfo } from "node:os";
import { resolve } from "node:path";
import { Desk } from "./core/desk.js";
import { OpenFolder } from "./core/open-folder.js";
import { expandInputs, extractInputs } from "./core/extract-files.js";
import { startExtractPool } from "./core/extract-pool.js";
import { exportApproved } from "./core/export/export-approved.js";
import { manifestPathFor } from "./core/export/export-manifest.js";
import { ExportFilter, ExportFormat } from "../shared/api.js";
import { exportRecordJsonSchemaText } from "../shared/export-record.js";
import { z } from "zod";
import { defaultDbPath, defaultUserDataDir, rendererDir, sampleFolder } from "./core/paths.js";
import { startPreviewServer } from "./core/preview-server.js";
import { createRouter, OperationError } from "./core/router.js";
import { ReviewStore } from "./core/store/review-store.js";
import { dirname, join } from "node:path";

const USAGE = `Copydesk: a review desk for news scrapes.

Usage:
  copydesk extract <file|folder>... [--jsonl] [--workers N]
                                               extract article fields; --jsonl prints one JSON line per file;
                                               --workers: threads to extract on (default: one per core for 500 files or more)
  copydesk export --db <file> --out <path> [--format jsonl|json|csv|markdown] [--bom] [--escape-formulas]
                [--publisher NAME]... [--reviewer NAME]... [--from YYYY-MM-DD] [--to YYYY-MM-DD]
                [--since-last-export]
                                                write the approved records of a review database
                                                (markdown: --out is a new folder, one file per record)
  copydesk schema                               print the JSON Schema of an export record
  copydesk serve [folder] [--db <file>] [--port N] [--reviewer NAME]
                                                the review desk in your browser, on 127.0.0.1 only
                                                (the bundled sample folder when none is given)
  copydesk help`;

class UsageError extends Error {}

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case "extract":
        return await extract(rest);
      case "export":
        return await exportCommand(rest);
      case "schema":
        if (rest.length) throw new UsageError("schema takes no arguments.");
        await print(exportRecordJsonSchemaText());
        return 0;
      case "serve":
        return await serve(rest);
      case undefined:
      case "help":
      case "--help":
      case "-h":
        process.stdout.write(USAGE + "\n");
        return 0;
      default:
        throw new UsageError(`Unknown command "${command}".`);
    }
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
      process.stderr.write(`copydesk: ${(error as Error).message}\n\n${USAGE}\n`);
      return 2;
    }
    process.stderr.write(`copydesk: ${(error as Error).message}\n`);
    return 1;
  }
}

async function extract(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { jsonl: { type: "boolean", default: false }, workers: { type: "string" } } });
  if (positionals.length === 0) throw new UsageError("extract needs at least one file or folder.");
  const workers = values.workers === undefined ? undefined : Number(values.workers);
  if (workers !== undefined && !(Number.isInteger(workers) && workers >= 0)) throw new UsageError("--workers needs a whole number (0 or 1: one thread).");
  const inputs: { path: string; error?: string }[] = [];
  for await (const input of expandInputs(positionals)) inputs.push(input);
  const progress = process.stderr.isTTY;
  let failed = 0;
  let index = 0;
  const pool = startExtractPool({ files: inputs.length, size: workers, onWarning: warn });
  try {
    for await (const { input, line } of extractInputs(inputs, pool)) {
      if (!line || line.error) failed++;
      if (values.jsonl) {
        await print(JSON.stringify(line ?? { file: input.path, error: input.error }) + "\n");
      } else if (line) {
        const note = line.error ? `ERROR ${line.error}` : `${line.fields.title || "(no title)"} · ${line.fields.body.length} paragraphs · ${line.warnings.length} warnings`;
        await print(`${input.path}\t${note}\n`);
      } else {
        await print(`${input.path}\tERROR ${input.error}\n`);
      }
      if (progress) process.stderr.write(`\rextracting ${++index}/${inputs.length}`);
    }
  } finally {
    await pool.close();
  }
  if (progress) process.stderr.write(`\rextracted ${inputs.length} files, ${failed} with errors\n`);
  return 0;
}

async function exportCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      db: { type: "string" },
      out: { type: "string" },
      format: { type: "string", default: "jsonl" },
      bom: { type: "boolean", default: false },
      "escape-formulas": { type: "boolean", default: false },
      publisher: { type: "string", multiple: true },
      reviewer: { type: "string", multiple: true },
      from: { type: "string" },
      to: { type: "string" },
      "since-last-export": { type: "boolean", default: false },
    },
  });
  if (!values.db || !values.out) throw new UsageError("export needs --db <file> and --out <path>.");
  const format = ExportFormat.safeParse(values.format);
  if (!format.success) throw new UsageError(`Unknown export format "${values.format}"; use one of ${ExportFormat.options.join(", ")}.`);
  const filter = ExportFilter.safeParse({
    ...(values.publisher ? { publishers: values.publisher } : {}),
    ...(values.reviewer ? { reviewers: values.reviewer } : {}),
    ...(values.from ? { publishedFrom: values.from } : {}),
    ...(values.to ? { publishedTo: values.to } : {}),
    ...(values["since-last-export"] ? { sinceLastExport: true } : {}),
  });
  if (!filter.success) throw new UsageError(`Bad export filter: ${z.prettifyError(filter.error)}`);
  const dbPath = resolve(values.db);
  const store = await ReviewStore.open(dbPath, "", { readOnly: true });
  const progress = process.stderr.isTTY;
  // The database is only read; what was exported goes to the manifest log beside it.
  const summary = await exportApproved(store.items(), {
    format: format.data,
    destination: values.out,
    guard: { folder: store.folder, dbPath: store.path },
    who: process.env.COPYDESK_REVIEWER ?? userInfo().username,
    filter: filter.data,
    bom: values.bom,
    escapeFormulas: values["escape-formulas"],
    manifestPath: manifestPathFor(store.path),
    onProgress: progress ? ({ done, total }) => process.stderr.write(`\rexporting ${done}/${total}`) : undefined,
  });
  if (progress) process.stderr.write("\n");
  for (const { file, reason } of summary.skipped) process.stderr.write(`copydesk: left out ${file}: ${reason}\n`);
  process.stdout.write(`Exported ${summary.count} approved records to ${summary.path} (${summary.format}, ${summary.bytes} bytes).\n`);
  return 0;
}

async function serve(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { db: { type: "string" }, port: { type: "string", default: "0" }, reviewer: { type: "string" } },
  });
  if (positionals.length > 1) throw new UsageError("serve takes one folder.");
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port must be a whole number from 0 to 65535, not "${values.port}".`);
  const folder = resolve(positionals[0] ?? sampleFolder());
  const dbPath = resolve(values.db ?? defaultDbPath(defaultUserDataDir(), folder));
  const reviewer = values.reviewer ?? process.env.COPYDESK_REVIEWER ?? userInfo().username;
  // The server answers while the folder opens: the page shows how far the opening has got.
  const printProgress = progressPrinter();
  const opened = new OpenFolder((f, onProgress) => Desk.open({ folder: f, dbPath, reviewer, onProgress: (p) => (onProgress(p), printProgress?.(p)), onWarning: warn }), folder);
  const router = createRouter({
    desk: () => opened.desk(),
    opening: () => opened.opening(),
    openFolder: async () => {
      throw new OperationError("unsupported", "The browser preview serves one folder; restart `copydesk serve <folder>` to open another.");
    },
    exportDestination: async (_format, suggestedName) => {
      const exportsFolder = join(dirname(dbPath), "exports");
      await mkdir(exportsFolder, { recursive: true });
      return join(exportsFolder, suggestedName);
    },
  });
  const server = await startPreviewServer({ router, staticDir: rendererDir(), port }).catch(async (error: NodeJS.ErrnoException) => {
    await opened.close();
    if (error.code === "EADDRINUSE") throw new Error(`port ${port} on 127.0.0.1 is in use; pick another with --port, or --port 0 for any free one.`);
    throw error;
  });
  process.stdout.write(`Copydesk is serving ${folder} at ${server.url}\n`);
  // Stopping while the folder is still being read waits for the reading to end, then closes the
  // desk (which compacts its change log and releases the database's lock).
  const stopped = new Promise<void>((done) => {
    const stop = () => void server.close().then(() => opened.close()).catch(() => {}).then(done);
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });
  const desk = await opened.desk().catch(async (error: unknown) => {
    await server.close(); // a folder that cannot be opened leaves nothing to serve
    throw error;
  });
  const { counts, skipped } = desk.session();
  process.stdout.write(
    `  ${counts.total} items (${counts.approved} approved, ${counts.rejected} rejected), ${skipped.length} files skipped\n` +
      `  review database: ${dbPath}\n  press Ctrl+C to stop\n`,
  );
  await stopped;
  return 0;
}

/** A warning that does not stop the command (extraction back on one thread, say). */
function warn(message: string): void {
  process.stderr.write(`copydesk: ${message}\n`);
}

/** Streams to stdout, waiting when a slow reader has its buffer full, so memory stays flat. */
async function print(text: string): Promise<void> {
  if (!process.stdout.write(text)) await once(process.stdout, "drain");
}

function progressPrinter() {
  if (!process.stderr.isTTY) return undefined;
  return ({ done, total }: { done: number; total: number }) => {
    process.stderr.write(done === total ? `\ropened ${total} files\n` : `\rreading ${done + 1}/${total}`);
  };
}
