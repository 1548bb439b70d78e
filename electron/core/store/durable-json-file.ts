// A lowdb adapter that survives power cuts: lowdb's own writer renames a temp file but never
// fsyncs, so a crash can leave an empty or partial database. Here every write goes to a temp
// file that is fsynced, renamed over the target, and the folder is fsynced so the rename lasts.
//
// A file that does not parse (empty, truncated, zero-filled, not the expected layout) is moved
// aside, never overwritten, and the newest good rotated backup (`<file>.bak-1` … `.bak-N`) is put
// back in its place. Backups are copies of the last version known good, taken when a file is
// opened and found good (off the opening's critical path), at the first write of a session, and
// then every few minutes or writes.
//
// The file system functions are injectable so tests can make a disk full or read-only.
import * as nodeFsPromises from "node:fs/promises";
import { basename, dirname } from "node:path";
import type { Adapter } from "lowdb";
import { describeFsError, StoreError } from "./errors.js";

/** What the adapter needs from node:fs/promises; tests pass a wrapper that fails on purpose. */
export interface StoreFs {
  open(path: string, flags: string): Promise<FileHandleLike>;
  readFile(path: string): Promise<Buffer>;
  rename(from: string, to: string): Promise<void>;
  mkdir(path: string, options: { recursive: true }): Promise<unknown>;
  unlink(path: string): Promise<void>;
  copyFile(from: string, to: string): Promise<void>;
  stat(path: string): Promise<{ mtime: Date; size: number; ino: number; dev: number }>;
}

export interface FileHandleLike {
  writeFile(data: string | Uint8Array): Promise<void>;
  sync(): Promise<void>;
  /** Cuts the file back (a failed append to the change log). */
  truncate(length: number): Promise<void>;
  close(): Promise<void>;
}

export const nodeFs: StoreFs = {
  open: (path, flags) => nodeFsPromises.open(path, flags),
  readFile: (path) => nodeFsPromises.readFile(path),
  rename: nodeFsPromises.rename,
  mkdir: nodeFsPromises.mkdir,
  unlink: nodeFsPromises.unlink,
  copyFile: (from, to) => nodeFsPromises.copyFile(from, to),
  stat: nodeFsPromises.stat,
};

let tempCounter = 0;

/** temp file → write → fsync → rename over the target → fsync the folder. Leaves no temp file behind on failure. */
export async function writeFileDurably(path: string, text: string | Uint8Array, fs: StoreFs = nodeFs): Promise<void> {
  await fs.mkdir(dirname(path), { recursive: true });
  const temp = `${path}.${process.pid}.${++tempCounter}.tmp`;
  const file = await fs.open(temp, "w");
  try {
    await file.writeFile(text);
    await file.sync();
    await file.close();
  } catch (error) {
    await file.close().catch(() => {});
    await fs.unlink(temp).catch(() => {});
    throw error;
  }
  try {
    await fs.rename(temp, path);
  } catch (error) {
    await fs.unlink(temp).catch(() => {});
    throw error;
  }
  await syncFolder(dirname(path), fs);
}

export async function syncFolder(folder: string, fs: StoreFs = nodeFs): Promise<void> {
  let handle: FileHandleLike | undefined;
  try {
    handle = await fs.open(folder, "r");
    await handle.sync();
  } catch {
    // Windows cannot open or fsync a folder; the rename is as durable as that platform allows.
  } finally {
    await handle?.close().catch(() => {});
  }
}

/** What read() found wrong, and what it did about it. */
export interface Recovery {
  /** The damaged file, kept under this name (undefined when the file was missing). */
  movedTo?: string;
  reason: string;
  /** The backup that was put back, and when that backup was taken; undefined when none was good. */
  recoveredFrom?: string;
  backupTakenAt?: string;
}

export interface BackupPolicy {
  keep: number;
  everyMs: number;
  everyWrites: number;
}

export const DEFAULT_BACKUPS: BackupPolicy = { keep: 3, everyMs: 10 * 60 * 1000, everyWrites: 200 };

export interface DurableJsonFileOptions<T> {
  /** Parses and checks what was read (throws when it is not the expected layout). */
  validate: (value: unknown) => T;
  /** What is written for the data held in memory (default: the data itself). */
  serialize?: (data: T) => unknown;
  /** "throw" for readers that must not change anything on disk (the export command). */
  onDamaged?: "recover" | "throw";
  /** Files whose schemaVersion is above this come from a newer Copydesk: refused, left alone. */
  maxSchemaVersion: number;
  backups?: BackupPolicy | false;
  fs?: StoreFs;
}

export class NewerSchemaError extends StoreError {}

export class DurableJsonFile<T> implements Adapter<T> {
  /** Set by read() when the file was damaged or missing and something was done about it. */
  recovery: Recovery | null = null;
  private queue: Promise<void> = Promise.resolve();
  private readonly fs: StoreFs;
  private readonly backups: BackupPolicy | false;
  /** The file on disk is known to be good (read and validated, or written by us). */
  private knownGood = false;
  private lastBackupAt = 0;
  private writesSinceBackup = 0;

  constructor(
    readonly path: string,
    private readonly options: DurableJsonFileOptions<T>,
  ) {
    this.fs = options.fs ?? nodeFs;
    this.backups = options.backups ?? DEFAULT_BACKUPS;
  }

  backupPath(n: number): string {
    return `${this.path}.bak-${n}`;
  }

  async read(): Promise<T | null> {
    let bytes: Buffer;
    try {
      bytes = await this.fs.readFile(this.path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw new StoreError("failed", describeFsError(error, "read", this.path), { cause: error });
      if (this.options.onDamaged === "throw" || !(await this.anyBackup())) return null;
      return this.recover({ reason: "the file is missing although its backups are there" });
    }
    const parsed = this.parse(bytes);
    if (parsed.ok) {
      this.knownGood = true;
      return parsed.value;
    }
    if (this.options.onDamaged === "throw") throw new StoreError("failed", `${this.path} cannot be read: ${parsed.reason}.`);
    const movedTo = await this.moveAside();
    return this.recover({ movedTo, reason: parsed.reason });
  }

  private pending = 0;

  /** A write is queued or in flight. */
  get busy(): boolean {
    return this.pending > 0;
  }

  /** Writes one after another, so an earlier slow write never lands over a later one. */
  write(data: T): Promise<void> {
    const text = JSON.stringify(this.options.serialize ? this.options.serialize(data) : data);
    this.pending++;
    const next = this.queue.then(async () => {
      await this.maybeBackUp();
      try {
        await writeFileDurably(this.path, text, this.fs);
      } catch (error) {
        throw new StoreError("failed", describeFsError(error, "save", this.path), { cause: error });
      }
      this.knownGood = true;
      this.writesSinceBackup++;
    });
    this.queue = next.catch(() => {}).finally(() => this.pending--);
    return next;
  }

  /** Resolves when every write issued so far has finished (whether or not it succeeded). */
  settled(): Promise<void> {
    return this.queue;
  }

  private parse(bytes: Buffer): { ok: true; value: T } | { ok: false; reason: string } {
    const text = bytes.toString("utf8");
    if (text.trim() === "") return { ok: false, reason: bytes.length === 0 ? "the file is empty" : "the file holds only white space" };
    if (/^\0+$/.test(text)) return { ok: false, reason: `the file holds only zero bytes (${bytes.length} of them): a write cut short by a crash or power cut` };
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch (error) {
      const zeros = text.includes("\0") ? " (it contains zero bytes)" : "";
      return { ok: false, reason: `it does not parse${zeros}: ${(error as Error).message.split("\n")[0]}; probably cut short` };
    }
    const version = (raw as { schemaVersion?: unknown } | null)?.schemaVersion;
    if (typeof version === "number" && version > this.options.maxSchemaVersion) {
      throw new NewerSchemaError(
        "unsupported",
        `${this.path} was written by a newer Copydesk (database version ${version}; this one reads up to ${this.options.maxSchemaVersion}). ` +
          `It was left untouched. Update Copydesk to open it.`,
      );
    }
    try {
      return { ok: true, value: this.options.validate(raw) };
    } catch (error) {
      if (error instanceof StoreError) throw error;
      const first = (error as Error).message.split("\n").slice(0, 6).join(" ").replace(/\s+/g, " ").slice(0, 300);
      return { ok: false, reason: `it is not a Copydesk review database of the expected layout (${first})` };
    }
  }

  private async moveAside(): Promise<string> {
    const stamp = new Date().toISOString().replace(/[:.]/g, "-");
    let target = `${this.path}.damaged-${stamp}`;
    for (let n = 2; await exists(this.fs, target); n++) target = `${this.path}.damaged-${stamp}-${n}`;
    try {
      await this.fs.rename(this.path, target);
    } catch (error) {
      throw new StoreError("failed", `${describeFsError(error, "move aside the damaged file", this.path)} It was left as it is; nothing was overwritten.`, { cause: error });
    }
    await syncFolder(dirname(this.path), this.fs);
    return target;
  }

  private async anyBackup(): Promise<boolean> {
    if (!this.backups) return false;
    for (let n = 1; n <= this.backups.keep; n++) if (await exists(this.fs, this.backupPath(n))) return true;
    return false;
  }

  /** Puts the newest backup that is good back in place; a damaged backup is left where it is. */
  private async recover(found: Omit<Recovery, "recoveredFrom" | "backupTakenAt">): Promise<T | null> {
    const recovery: Recovery = { ...found };
    this.recovery = recovery;
    if (!this.backups) return null;
    for (let n = 1; n <= this.backups.keep; n++) {
      const backup = this.backupPath(n);
      let bytes: Buffer;
      let takenAt: Date;
      try {
        bytes = await this.fs.readFile(backup);
        takenAt = (await this.fs.stat(backup)).mtime;
      } catch {
        continue;
      }
      const parsed = this.parse(bytes);
      if (!parsed.ok) continue;
      try {
        await writeFileDurably(this.path, bytes, this.fs);
      } catch (error) {
        throw new StoreError("failed", describeFsError(error, "restore the backup over the damaged", this.path), { cause: error });
      }
      this.knownGood = true;
      recovery.recoveredFrom = basename(backup);
      recovery.backupTakenAt = takenAt.toISOString();
      return parsed.value;
    }
    return null;
  }

  /**
   * Backs up the current file now (queued behind any write in flight), unless `.bak-1` already is
   * this very version. Called at open, so the newest backup is the last version known good.
   */
  backUpNow(): Promise<void> {
    const next = this.queue.then(() => this.maybeBackUp(true));
    this.queue = next.catch(() => {});
    return next;
  }

  /** Rotates `.bak-1…N` and links the current good file as `.bak-1`, when one is due. */
  private async maybeBackUp(force = false): Promise<void> {
    const policy = this.backups;
    if (!policy || !this.knownGood) return;
    const due = force || this.lastBackupAt === 0 || Date.now() - this.lastBackupAt >= policy.everyMs || this.writesSinceBackup >= policy.everyWrites;
    if (!due) return;
    let temp: string | undefined;
    try {
      const [current, newest] = await Promise.all([this.fs.stat(this.path).catch(() => null), this.fs.stat(this.backupPath(1)).catch(() => null)]);
      if (!current) return;
      // File times are coarse (a clock tick): only a backup strictly newer than the file is surely a copy of it.
      if (newest && newest.size === current.size && newest.mtime.getTime() > current.mtime.getTime()) {
        // This version is already the newest backup.
        this.lastBackupAt = Date.now();
        this.writesSinceBackup = 0;
        return;
      }
      await this.fs.unlink(this.backupPath(policy.keep)).catch(ignoreMissing);
      for (let n = policy.keep - 1; n >= 1; n--) await this.fs.rename(this.backupPath(n), this.backupPath(n + 1)).catch(ignoreMissing);
      // A real copy, not a hard link: damage written into the file in place must not reach its backup.
      // Copied to a temp name and renamed, so a process killed mid-copy never leaves a partial
      // `.bak-1` (the temp file is removed at the next open). Not fsynced: a backup cut short by a
      // power cut fails validation and the next one is used.
      temp = `${this.backupPath(1)}.${process.pid}.${++tempCounter}.tmp`;
      await this.fs.copyFile(this.path, temp);
      await this.fs.rename(temp, this.backupPath(1));
    } catch {
      if (temp) await this.fs.unlink(temp).catch(() => {});
      // A backup that cannot be taken must not stop the save itself; the next one will try again.
      return;
    }
    this.lastBackupAt = Date.now();
    this.writesSinceBackup = 0;
  }
}

function ignoreMissing(error: NodeJS.ErrnoException): void {
  if (error.code !== "ENOENT") throw error;
}

async function exists(fs: StoreFs, path: string): Promise<boolean> {
  try {
    await fs.stat(path);
    return true;
  } catch {
    return false;
  }
}
