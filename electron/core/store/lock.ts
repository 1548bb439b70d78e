// One process at a time per review database. `<db>.lock` is created exclusively and holds the
// owner's pid, host and start time; the owner touches it every 30 s. A lock is stale — and taken
// over — when its process is gone (same host), when it has not been touched for 2 minutes (a
// killed process on another host, or a reused pid), or when it does not parse (a crash while it
// was being written). A lock left by a killed process therefore never blocks for long.
import { hostname } from "node:os";
import { readFileSync, unlinkSync } from "node:fs";
import { open, readFile, rename, stat, unlink, utimes } from "node:fs/promises";
import { describeFsError, DatabaseLockedError, StoreError } from "./errors.js";

export const LOCK_REFRESH_MS = 30_000;
export const LOCK_STALE_MS = 120_000;

interface LockBody {
  pid: number;
  hostname: string;
  since: string;
  token: string;
}

const held = new Map<string, DatabaseLock>();
let exitHookInstalled = false;

export class DatabaseLock {
  private timer: NodeJS.Timeout | undefined;
  private released = false;

  private constructor(
    readonly path: string,
    private readonly token: string,
  ) {
    this.timer = setInterval(() => void utimes(path, new Date(), new Date()).catch(() => {}), LOCK_REFRESH_MS);
    this.timer.unref();
  }

  /** Takes the lock of `dbPath`, or throws DatabaseLockedError naming who holds it. */
  static async acquire(dbPath: string, options: { staleMs?: number } = {}): Promise<DatabaseLock> {
    const path = `${dbPath}.lock`;
    const mine = held.get(path);
    // The same process reopening the same database (the app reopening a folder): hand the lock over.
    if (mine) {
      mine.stopTimer();
      held.delete(path);
      mine.released = true;
    }
    const token = `${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2)}`;
    const body: LockBody = { pid: process.pid, hostname: hostname(), since: new Date().toISOString(), token };
    for (let attempt = 0; attempt < 3; attempt++) {
      try {
        const handle = await open(path, "wx");
        try {
          await handle.writeFile(JSON.stringify(body));
          await handle.sync();
        } finally {
          await handle.close();
        }
        const lock = new DatabaseLock(path, token);
        held.set(path, lock);
        installExitHook();
        return lock;
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code !== "EEXIST") throw new StoreError("failed", describeFsError(error, "create the lock file", path), { cause: error });
      }
      const holder = await readLock(path);
      if (holder.kind === "gone") continue;
      if (holder.kind === "held" && holder.body.pid === process.pid && holder.body.hostname === hostname()) {
        // Our own lock from an earlier open in this process whose object was dropped: take it over.
        await unlink(path).catch(() => {});
        continue;
      }
      if (holder.kind === "held" && !(await isStale(path, holder.body, options.staleMs ?? LOCK_STALE_MS))) {
        throw new DatabaseLockedError(dbPath, holder.body);
      }
      // Stale or unreadable: move it away under a unique name (only one taker wins the rename), then retry.
      await rename(path, `${path}.stale-${process.pid}-${attempt}`)
        .then(() => unlink(`${path}.stale-${process.pid}-${attempt}`))
        .catch(() => {});
    }
    throw new StoreError("failed", `Copydesk could not take the lock ${path}: another process keeps taking it. Close other Copydesk windows and try again.`);
  }

  /** Releases the lock (only if it is still ours). */
  async release(): Promise<void> {
    if (this.released) return;
    this.released = true;
    this.stopTimer();
    if (held.get(this.path) === this) held.delete(this.path);
    const holder = await readLock(this.path);
    if (holder.kind === "held" && holder.body.token === this.token) await unlink(this.path).catch(() => {});
  }

  get isReleased(): boolean {
    return this.released;
  }

  private stopTimer(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }

  /** Synchronous release for process exit. */
  releaseSync(): void {
    if (this.released) return;
    this.released = true;
    this.stopTimer();
    try {
      const body = JSON.parse(readFileSync(this.path, "utf8")) as LockBody;
      if (body.token === this.token) unlinkSync(this.path);
    } catch {
      // already gone
    }
  }
}

async function readLock(path: string): Promise<{ kind: "held"; body: LockBody } | { kind: "unreadable" } | { kind: "gone" }> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "ENOENT" ? { kind: "gone" } : { kind: "unreadable" };
  }
  try {
    const body = JSON.parse(text) as LockBody;
    if (typeof body.pid === "number" && typeof body.hostname === "string") return { kind: "held", body };
  } catch {
    // a lock cut short while it was written
  }
  // An empty lock may be one being written this very moment: only call it stale once it is old.
  const age = await stat(path).then((s) => Date.now() - s.mtimeMs).catch(() => Infinity);
  return age > 5_000 ? { kind: "unreadable" } : { kind: "held", body: { pid: -1, hostname: "(unknown)", since: "just now", token: "" } };
}

async function isStale(path: string, body: LockBody, staleMs: number): Promise<boolean> {
  if (body.hostname === hostname() && body.pid > 0 && !processAlive(body.pid)) return true;
  const touched = await stat(path).then((s) => s.mtimeMs).catch(() => 0);
  return Date.now() - touched > staleMs;
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.once("exit", () => {
    for (const lock of held.values()) lock.releaseSync();
  });
}
