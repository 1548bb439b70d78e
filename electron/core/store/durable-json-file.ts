// A lowdb adapter that survives power cuts: lowdb's own writer renames a temp file but never
// fsyncs, so a crash can leave an empty or partial database. Here every write goes to a temp
// file that is fsynced, renamed over the target, and the folder is fsynced so the rename lasts.
// A file that does not parse is moved aside, never overwritten.
import { open, readFile, rename, mkdir, unlink } from "node:fs/promises";
import { dirname } from "node:path";
import type { Adapter } from "lowdb";

let tempCounter = 0;

export async function writeFileDurably(path: string, text: string | Uint8Array): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temp = `${path}.${process.pid}.${++tempCounter}.tmp`;
  const file = await open(temp, "w");
  try {
    await file.writeFile(text);
    await file.sync();
  } catch (error) {
    await file.close();
    await unlink(temp).catch(() => {});
    throw error;
  }
  await file.close();
  await rename(temp, path);
  await syncFolder(dirname(path));
}

export async function syncFolder(folder: string): Promise<void> {
  let handle;
  try {
    handle = await open(folder, "r");
    await handle.sync();
  } catch {
    // Windows cannot open or fsync a folder; the rename is as durable as that platform allows.
  } finally {
    await handle?.close();
  }
}

export interface DamagedFile {
  movedTo: string;
  reason: string;
}

export class DurableJsonFile<T> implements Adapter<T> {
  /** Set by read() when the file was damaged and moved aside. */
  damaged: DamagedFile | null = null;
  private queue: Promise<void> = Promise.resolve();

  constructor(
    readonly path: string,
    private readonly validate: (value: unknown) => T,
    /** "throw" for readers that must not change anything on disk (the export command). */
    private readonly onDamaged: "move-aside" | "throw" = "move-aside",
  ) {}

  async read(): Promise<T | null> {
    let text: string;
    try {
      text = await readFile(this.path, "utf8");
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
      throw error;
    }
    try {
      return this.validate(JSON.parse(text));
    } catch (error) {
      const reason = text.trim() === "" ? "the file is empty" : `it does not parse (${(error as Error).message.split("\n")[0]})`;
      if (this.onDamaged === "throw") throw new Error(`${this.path} cannot be read: ${reason}.`);
      const movedTo = `${this.path}.damaged-${new Date().toISOString().replace(/[:.]/g, "-")}`;
      await rename(this.path, movedTo);
      this.damaged = { movedTo, reason };
      return null;
    }
  }

  /** Writes one after another, so an earlier slow write never lands over a later one. */
  write(data: T): Promise<void> {
    const text = JSON.stringify(data);
    const next = this.queue.then(() => writeFileDurably(this.path, text));
    this.queue = next.catch(() => {});
    return next;
  }
}
