// Extraction on worker threads, so that a large folder uses every core and the caller's event
// loop (the Electron main process) stays free. Files go to a few workers, one file per worker at a
// time, their bytes transferred; results come back as plain (structured-clone) data. A worker
// that throws or dies on a file gives that file a failure and is replaced; when workers cannot be
// started at all, extraction runs in this thread instead, with one warning: it never fails a batch.
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { Extraction } from "../../shared/record.js";
import { extractWithoutText, failedExtraction } from "./extract/index.js";
import type { AheadLimit } from "./read-ahead.js";
import type { WorkerMessage, WorkerTask } from "./serve-extractions.js";

/** More workers than this gain little on a desk's folder and each holds its own copy of the extractor. */
export const MAX_POOL_SIZE = 8;

/**
 * Below this many files the default is this thread: each worker loads and warms up its own copy of the
 * extractor (~0.8 s of CPU), which a small batch does not win back (300 files on 2 cores: 3.8 s in this
 * thread, 7.5 s through the pool; 2,000 files: 9.6 s against 8.5 s). An explicit pool size is taken as given.
 */
export const POOL_MIN_FILES = 500;

export function defaultPoolSize(): number {
  return Math.min(availableParallelism(), MAX_POOL_SIZE);
}

export interface ExtractPoolOptions<R> {
  /** The worker module, which calls serveExtractions (serve-extractions.ts); only a pool of workers needs one. */
  script?: URL;
  /** The same extraction in this thread: with 0 or 1 worker, and when workers cannot be started. */
  inThread: (bytes: Uint8Array, file: string) => R;
  /** The result for a file its worker threw or died on. */
  failure: (file: string, message: string) => R;
  /** Workers to start (default one per core, at most MAX_POOL_SIZE); 0 or 1 extracts in this thread. */
  size?: number;
  /** Told once when workers cannot be started and extraction falls back to this thread. */
  onWarning?: (message: string) => void;
}

const STOPPED = "the extraction was stopped before this file was done";

interface Task<R> extends WorkerTask {
  done: (result: R) => void;
}

interface Slot<R> {
  worker: Worker;
  ready: boolean;
  task?: Task<R>;
  error?: Error;
}

export class ExtractPool<R> {
  /** Workers the pool keeps running; 0 when it extracts in this thread. */
  size: number;
  /** Set when workers could not be started (and extraction runs in this thread). */
  warning: string | undefined;
  private readonly slots = new Set<Slot<R>>();
  private readonly queue: Task<R>[] = [];
  private closed = false;

  constructor(private readonly options: ExtractPoolOptions<R>) {
    const size = Math.floor(options.size ?? defaultPoolSize());
    this.size = size > 1 ? size : 0;
    for (let i = 0; i < this.size; i++) this.spawn();
    this.dispatch();
  }

  /**
   * How far a caller should start files ahead of the one it handles: each worker has its next
   * file waiting while a result is handled, within 32 MB of raw bytes (the memory bound).
   */
  get ahead(): AheadLimit {
    return { items: Math.max(1, 2 * this.size), weight: 32 * 1024 * 1024 };
  }

  /** Never rejects: a file that fails gets the `failure` result. The bytes are transferred: do not use them afterwards. */
  extract(bytes: Uint8Array, file: string): Promise<R> {
    return new Promise((done) => {
      if (this.closed) return done(this.options.failure(file, STOPPED));
      this.queue.push({ bytes, file, done });
      this.dispatch();
    });
  }

  /** Stops the workers; files still waiting get a failure result. */
  async close(): Promise<void> {
    this.closed = true;
    for (const task of this.queue.splice(0)) task.done(this.options.failure(task.file, STOPPED));
    const slots = [...this.slots];
    this.slots.clear();
    await Promise.all(
      slots.map((slot) => {
        if (slot.task) slot.task.done(this.options.failure(slot.task.file, STOPPED));
        return slot.worker.terminate();
      }),
    );
  }

  private spawn(): void {
    let worker: Worker;
    try {
      worker = startWorker(this.options.script);
    } catch (error) {
      this.fallBack(error as Error);
      return;
    }
    const slot: Slot<R> = { worker, ready: false };
    this.slots.add(slot);
    worker.on("message", (message: WorkerMessage<R>) => {
      if (message.type === "ready") slot.ready = true;
      else if (slot.task) {
        const { file, done } = slot.task;
        slot.task = undefined;
        done(message.type === "done" ? message.result : this.threw(file, message.message));
      }
      this.dispatch();
    });
    worker.on("error", (error) => (slot.error = error));
    worker.on("exit", (code) => {
      if (!this.slots.delete(slot)) return; // closed
      const reason = slot.error ? slot.error.message : `exit code ${code}`;
      if (!slot.ready) return this.fallBack(new Error(reason));
      if (slot.task) {
        const message = `the extractor's worker thread stopped on this file (${reason}); the other files were extracted. Check whether the file is a page at all (very large, or not text)`;
        slot.task.done(this.options.failure(slot.task.file, message));
      }
      if (this.size > 0) this.spawn();
      this.dispatch();
    });
  }

  /** Workers cannot be started (a missing script, no threads): extract in this thread from now on. */
  private fallBack(error: Error): void {
    if (this.size === 0) return;
    this.size = 0;
    this.warning = `Extraction runs on one core, in the main thread: its worker threads could not be started (${error.message}).`;
    this.options.onWarning?.(this.warning);
    this.dispatch();
  }

  private dispatch(): void {
    if (this.size === 0) {
      // Workers still busy finish their file; idle ones go.
      for (const slot of this.slots) if (!slot.task) (this.slots.delete(slot), void slot.worker.terminate());
      for (const task of this.queue.splice(0)) task.done(this.inThread(task));
    }
    for (const slot of this.slots) {
      const task = slot.ready && !slot.task ? this.queue.shift() : undefined;
      if (task) {
        slot.task = task;
        const bytes = transferable(task.bytes);
        slot.worker.postMessage({ bytes, file: task.file } satisfies WorkerTask, [bytes.buffer as ArrayBuffer]);
      }
      // A worker keeps the process alive only while a file waits on it: an idle pool never holds up an exit,
      // and a caller awaiting a result is never left behind by one.
      if (slot.task || (!slot.ready && this.queue.length > 0)) slot.worker.ref();
      else slot.worker.unref();
    }
  }

  private inThread({ bytes, file }: Task<R>): R {
    try {
      return this.options.inThread(bytes, file);
    } catch (error) {
      return this.threw(file, error instanceof Error ? error.message : String(error));
    }
  }

  private threw(file: string, message: string): R {
    return this.options.failure(file, `the extractor failed on this file: ${message}`);
  }
}

/**
 * The app's extractor on a pool of `extract-worker` threads; `files`: how many the caller has to
 * extract, if known. In the packaged app the worker and everything it imports sit inside app.asar:
 * Electron sets up asar reading in worker threads as in the main process (electron/electron#33216,
 * since Electron 18), so nothing is unpacked (unpacking the worker alone would not help: its
 * imports stay in the archive). Should a worker still fail to load there, the pool falls back to
 * the main thread and the warning goes to the log.
 */
export function startExtractPool(options: Pick<ExtractPoolOptions<Extraction>, "size" | "onWarning"> & { files?: number } = {}): ExtractPool<Extraction> {
  // Beside this module: extract-worker.ts from the sources, extract-worker.js once built.
  const script = new URL(new URL(import.meta.url).pathname.endsWith(".ts") ? "./extract-worker.ts" : "./extract-worker.js", import.meta.url);
  const size = options.size ?? (options.files !== undefined && options.files < POOL_MIN_FILES ? 0 : undefined);
  return new ExtractPool({ script, size, onWarning: options.onWarning, inThread: extractWithoutText, failure: failedExtraction });
}

/**
 * A worker for `script`. From the TypeScript sources (tests and scripts run under `node --import
 * tsx`), Node 20 does not apply the parent's --import hooks to a worker's entry (nodejs/node#47747,
 * tsx#354), so the worker registers tsx itself before importing the .ts file. Built JavaScript
 * (the app, the command line) is started directly.
 */
function startWorker(script: URL | undefined): Worker {
  if (!script) throw new Error("no worker script was given");
  if (!script.pathname.endsWith(".ts")) return new Worker(script);
  // Resolved here: the eval'd boot script would resolve bare names from the working folder.
  const tsx = import.meta.resolve("tsx/esm/api");
  const boot = `import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(script.href)}); });`;
  return new Worker(boot, { eval: true });
}

/**
 * Transferring moves a whole ArrayBuffer: only bytes that own theirs whole are moved as they are;
 * a view into a larger buffer (a slice, Node's small-Buffer pool) is copied out first, so the
 * transfer never detaches memory something else uses.
 */
function transferable(bytes: Uint8Array): Uint8Array {
  const whole = bytes.buffer instanceof ArrayBuffer && bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
  return whole ? bytes : new Uint8Array(bytes);
}
