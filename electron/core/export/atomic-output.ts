// Where an export may go, and writing it so that it appears whole or not at all: everything is
// written under a temporary name beside the destination, fsynced, and renamed into place. A failed
// or cancelled export removes its temporary file or folder.
import { randomBytes } from "node:crypto";
import { mkdir, open, readdir, realpath, rename, rm, rmdir, stat, unlink } from "node:fs/promises";
import { basename, dirname, join, resolve, sep } from "node:path";
import { isInside } from "../scan-folder.js";

/** A destination the export refuses; the router reports it as a bad request. */
export class ExportError extends Error {
  readonly code = "bad-request" as const;
}

/** fsyncs a folder so a rename in it lasts; some platforms cannot open folders, which is fine. */
export async function syncFolder(folder: string): Promise<void> {
  const handle = await open(folder, "r").catch(() => null);
  if (!handle) return;
  try {
    await handle.sync().catch(() => {});
  } finally {
    await handle.close();
  }
}

/** What the export must never write into or over. */
export interface ExportGuard {
  /** The opened scrape folder. */
  folder: string;
  /** The review database. */
  dbPath: string;
  /** Other files that must not be overwritten (the export manifest log). */
  protectedFiles?: string[];
}

/** The parts of a file handle an export uses; tests wrap a real one to inject failures. */
export interface OutputFile {
  write(data: Uint8Array): Promise<unknown>;
  sync(): Promise<void>;
  close(): Promise<void>;
}
export type OpenOutput = (path: string) => Promise<OutputFile>;

/** Opens a new file, never an existing one (and so never follows a planted link). */
export const openNewFile: OpenOutput = (path) => open(path, "wx");

const real = (path: string) => realpath(path).catch(() => resolve(path));

/**
 * Resolves the destination and refuses one inside the scrape folder, over the database or another
 * protected file, or of the wrong kind (a folder for a file export, a file or a non-empty folder for
 * a folder export).
 */
export async function checkDestination(destination: string, guard: ExportGuard, kind: "file" | "folder"): Promise<string> {
  const target = resolve(destination);
  const parent = await realpath(dirname(target)).catch(() => {
    throw new ExportError(`Cannot export to ${target}: the folder ${dirname(target)} does not exist.`);
  });
  const path = resolve(parent, basename(target));
  const folder = await real(guard.folder);
  if (path === folder || isInside(folder, path)) {
    throw new ExportError("Cannot export into the scrape folder itself: choose a destination outside it.");
  }
  if (path === (await real(guard.dbPath))) {
    throw new ExportError("Cannot export over the review database: choose another file name.");
  }
  // The store keeps its shards (`<db>.d/`), backups (`<db>.bak-N`) and lock beside the database
  // file, all named after it: none of them, nor anything inside them, is a destination.
  const db = await real(guard.dbPath);
  const dbFolder = dirname(db);
  const under = path.slice(dbFolder.length + 1).split(sep)[0] ?? "";
  if (isInside(dbFolder, path) && under.startsWith(`${basename(db)}.`)) {
    throw new ExportError("Cannot export over or into the review database's own files: choose another destination.");
  }
  for (const file of guard.protectedFiles ?? []) {
    if (path === (await real(file))) throw new ExportError(`Cannot export over ${basename(file)}, which Copydesk keeps: choose another name.`);
  }
  const existing = await stat(path).catch(() => null);
  if (kind === "file" && existing?.isDirectory()) throw new ExportError(`${path} is a folder: choose a file name.`);
  if (kind === "folder" && existing) {
    if (!existing.isDirectory()) throw new ExportError(`${path} is a file: a Markdown export is a folder; choose a new folder name.`);
    if ((await readdir(path)).length > 0) {
      throw new ExportError(`The folder ${path} is not empty: a Markdown export needs a new or empty folder.`);
    }
  }
  return path;
}

const tempName = (path: string) => `${path}.${process.pid}-${randomBytes(4).toString("hex")}.partial`;

/** A file written in buffered chunks under a temporary name; commit() renames it into place. */
export class AtomicFile {
  private buffered: string[] = [];
  private size = 0;
  private written = 0;
  private done = false;

  private constructor(
    readonly path: string,
    readonly temp: string,
    private readonly handle: OutputFile,
    private readonly bufferBytes: number,
  ) {}

  static async create(path: string, options: { open?: OpenOutput; bufferBytes?: number } = {}): Promise<AtomicFile> {
    const temp = tempName(path);
    const handle = await (options.open ?? openNewFile)(temp);
    return new AtomicFile(path, temp, handle, options.bufferBytes ?? 256 * 1024);
  }

  /** Buffers text and writes it out in large chunks; awaiting it is the back-pressure. */
  async write(text: string): Promise<void> {
    this.buffered.push(text);
    this.size += text.length;
    if (this.size >= this.bufferBytes) await this.flush();
  }

  get bytesWritten(): number {
    return this.written;
  }

  private async flush(): Promise<void> {
    if (this.buffered.length === 0) return;
    const chunk = Buffer.from(this.buffered.join(""), "utf8");
    this.buffered = [];
    this.size = 0;
    await this.handle.write(chunk);
    this.written += chunk.length;
  }

  /** Flushes, fsyncs, renames over the destination and fsyncs the folder. */
  async commit(): Promise<number> {
    await this.flush();
    await this.handle.sync();
    this.done = true;
    await this.handle.close();
    await rename(this.temp, this.path);
    await syncFolder(dirname(this.path));
    return this.written;
  }

  /** Removes the temporary file; safe to call after a failure at any point. */
  async discard(): Promise<void> {
    if (!this.done) {
      this.done = true;
      await this.handle.close().catch(() => {});
    }
    await unlink(this.temp).catch(() => {});
  }
}

/** A folder filled under a temporary name; commit() renames it into place. */
export class AtomicFolder {
  private bytes = 0;
  private readonly names = new Set<string>();

  private constructor(
    readonly path: string,
    readonly temp: string,
    private readonly open: OpenOutput,
  ) {}

  static async create(path: string, options: { open?: OpenOutput } = {}): Promise<AtomicFolder> {
    const temp = tempName(path);
    await mkdir(temp);
    return new AtomicFolder(path, temp, options.open ?? openNewFile);
  }

  get bytesWritten(): number {
    return this.bytes;
  }

  /** Writes one file, durably. The name must be a plain file name (checked). */
  async writeFile(name: string, text: string): Promise<void> {
    if (name !== basename(name) || name.startsWith(".") || name.includes("\\") || this.names.has(name)) {
      throw new Error(`Refusing the export file name ${JSON.stringify(name)}.`);
    }
    this.names.add(name);
    const handle = await this.open(join(this.temp, name));
    try {
      const data = Buffer.from(text, "utf8");
      await handle.write(data);
      await handle.sync();
      this.bytes += data.length;
    } finally {
      await handle.close();
    }
  }

  has(name: string): boolean {
    return this.names.has(name);
  }

  async commit(): Promise<number> {
    await syncFolder(this.temp);
    // An empty folder at the destination was accepted by checkDestination; rename needs it gone.
    await rmdir(this.path).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== "ENOENT") throw error;
    });
    await rename(this.temp, this.path);
    await syncFolder(dirname(this.path));
    return this.bytes;
  }

  async discard(): Promise<void> {
    await rm(this.temp, { recursive: true, force: true }).catch(() => {});
  }
}
