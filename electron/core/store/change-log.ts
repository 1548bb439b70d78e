// The store's write-ahead log of the editor's work. A save or a decision appends one JSON line
// (the item's decision and approved snapshot after the change, and the history it added) and
// fsyncs the file: one small append instead of rewriting two shard files (temp file, fsync,
// rename, fsync of the folder), which is what a keystroke's save waited for. The shards catch up
// at compaction (review-store.ts): they are written the usual way, each stamped with the last
// record it holds (`logSeq`), and only then are the log files it sealed removed; replay skips
// the records a shard already holds, so a crash at any point replays correctly.
//
// Files are `changes-<generation>.jsonl` in the shards' folder. Appends never go to a file that
// existed at open: a torn last line (an append cut short by a crash, never acknowledged) is then
// never glued to a new record. A line that does not parse anywhere else is damage: the records
// that parse are replayed and the file is moved aside, never overwritten.
import { readdir } from "node:fs/promises";
import { join } from "node:path";
import { nodeFs, syncFolder, type FileHandleLike, type StoreFs } from "./durable-json-file.js";
import { describeFsError, StoreError } from "./errors.js";
import { ChangeRecord } from "./schema.js";

const NAME = /^changes-(\d+)\.jsonl$/;
const fileName = (generation: number): string => `changes-${generation}.jsonl`;

export interface LogDamage {
  generation: number;
  file: string;
  reason: string;
}

export class ChangeLog {
  /** Bytes in the file of the current generation; null until it is created. */
  private bytes: number | null = null;
  /** The highest record sequence number appended (or read at load). */
  private lastSeq = 0;
  private queue: Promise<unknown> = Promise.resolve();
  /** The current generation's file, open from its first append until it is sealed (or an append fails). */
  private handle: FileHandleLike | null = null;

  private constructor(
    private readonly dir: string,
    private readonly fs: StoreFs,
    /** The generation appends go to; its file is created at the first append. */
    private generation: number,
    /** Generations on disk whose records are not known to be in the shards yet. */
    private unsealed: number[],
  ) {}

  /** Reads every log file in the folder, oldest first. */
  static async load(dir: string, fs: StoreFs = nodeFs): Promise<{ log: ChangeLog; records: ChangeRecord[]; damaged: LogDamage[] }> {
    const names = await readdir(dir).catch((error: NodeJS.ErrnoException) => {
      if (error.code === "ENOENT") return [] as string[];
      throw new StoreError("failed", describeFsError(error, "read the folder", dir), { cause: error });
    });
    const generations = names.flatMap((name) => NAME.exec(name)?.slice(1).map(Number) ?? []).sort((a, b) => a - b);
    const records: ChangeRecord[] = [];
    const damaged: LogDamage[] = [];
    for (const generation of generations) {
      const file = join(dir, fileName(generation));
      let text: string;
      try {
        text = (await fs.readFile(file)).toString("utf8");
      } catch (error) {
        throw new StoreError("failed", describeFsError(error, "read", file), { cause: error });
      }
      const lines = text.split("\n");
      lines.pop(); // "" when the file ends with a newline; else an append cut short, never acknowledged
      let bad = 0;
      for (const line of lines) {
        const record = parseRecord(line);
        if (record) records.push(record);
        else bad++;
      }
      if (bad > 0) damaged.push({ generation, file, reason: `${bad} of its ${lines.length} lines do not parse` });
    }
    const last = generations[generations.length - 1] ?? 0;
    const log = new ChangeLog(dir, fs, last + 1, generations);
    records.sort((a, b) => a.seq - b.seq);
    log.lastSeq = records[records.length - 1]?.seq ?? 0;
    return { log, records, damaged };
  }

  /** Appends one record and returns once it is on disk. A failed append is cut off again, so the file is as before. */
  append(record: ChangeRecord): Promise<void> {
    const line = `${JSON.stringify(record)}\n`;
    const run = this.queue.then(async () => {
      const file = join(this.dir, fileName(this.generation));
      const created = this.bytes === null;
      this.lastSeq = Math.max(this.lastSeq, record.seq);
      try {
        if (created) await this.fs.mkdir(this.dir, { recursive: true });
        // Kept open between appends: a save waits for its write and fsync only, not for an open
        // and a close as well (each a round trip to the file system's threads, slow on a busy machine).
        const handle = (this.handle ??= await this.fs.open(file, "a"));
        try {
          await handle.writeFile(line);
          await handle.sync();
        } catch (error) {
          await handle.truncate(this.bytes ?? 0).catch(() => {});
          await this.closeFile(); // the next append opens it afresh
          throw error;
        }
        if (created) {
          this.unsealed.push(this.generation);
          await syncFolder(this.dir, this.fs); // the new file's name lasts too
        }
        this.bytes = (this.bytes ?? 0) + Buffer.byteLength(line);
      } catch (error) {
        throw new StoreError("failed", describeFsError(error, "save", file), { cause: error });
      }
    });
    this.queue = run.catch(() => {});
    return run;
  }

  /**
   * Ends the file appends go to (after the appends queued so far): returns every generation on
   * disk up to now and the last record they hold; later appends start a new file.
   */
  seal(): Promise<{ generations: number[]; upTo: number }> {
    const run = this.queue.then(async () => {
      await this.closeFile();
      if (this.bytes !== null) this.generation++;
      this.bytes = null;
      const generations = this.unsealed;
      this.unsealed = [];
      return { generations, upTo: this.lastSeq };
    });
    this.queue = run.catch(() => {});
    return run;
  }

  /** Removes sealed files whose records the shards now hold. */
  async remove(generations: number[]): Promise<void> {
    for (const generation of generations) await this.fs.unlink(join(this.dir, fileName(generation))).catch(() => {});
    await syncFolder(this.dir, this.fs);
  }

  /** Gives back sealed generations that could not be compacted (a shard write failed): the next compaction takes them. */
  unseal(generations: number[]): void {
    this.unsealed.unshift(...generations);
  }

  /** Moves a sealed, damaged log aside (kept as it was) once what parsed of it is in the shards. */
  async moveAside(damage: LogDamage): Promise<string> {
    const target = `${damage.file}.damaged-${new Date().toISOString().replace(/[:.]/g, "-")}`;
    await this.fs.rename(damage.file, target);
    await syncFolder(this.dir, this.fs);
    return target;
  }

  /** Resolves when the appends queued so far have finished. */
  settled(): Promise<unknown> {
    return this.queue;
  }

  /** Closes the file appends go to, after the appends queued so far (the next append opens it again). */
  close(): Promise<void> {
    const run = this.queue.then(() => this.closeFile());
    this.queue = run.catch(() => {});
    return run;
  }

  private async closeFile(): Promise<void> {
    const handle = this.handle;
    this.handle = null;
    await handle?.close().catch(() => {});
  }
}

function parseRecord(line: string): ChangeRecord | null {
  try {
    const parsed = ChangeRecord.safeParse(JSON.parse(line));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
