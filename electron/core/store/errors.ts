// Errors the store raises, worded for the person at the desk: what happened and what to do.
import type { ErrorCode } from "../../../shared/api.js";

export class StoreError extends Error {
  constructor(
    readonly code: Extract<ErrorCode, "not-found" | "bad-request" | "failed" | "unsupported">,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** Another Copydesk process holds the database. */
export class DatabaseLockedError extends StoreError {
  constructor(
    readonly path: string,
    readonly holder: { pid: number; hostname: string; since: string },
  ) {
    super(
      "unsupported",
      `The review database ${path} is already open in another Copydesk (process ${holder.pid} on ${holder.hostname}, since ${holder.since}). ` +
        `Close that window or command first, or open this folder with another database (--db). Copydesk refuses to open one database twice, so no one's work is overwritten.`,
    );
  }
}

/** Turns a file system error into a sentence: what failed, where, and what to do about it. */
export function describeFsError(error: unknown, action: string, path: string): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  const what = `Copydesk could not ${action} ${path}`;
  switch (code) {
    case "ENOSPC":
      return `${what}: the disk is full (ENOSPC). Nothing was lost: the last saved state is intact and was not overwritten. Free some space, then try again.`;
    case "EDQUOT":
      return `${what}: the disk quota is used up (EDQUOT). Nothing was lost: the last saved state is intact. Free some space, then try again.`;
    case "EROFS":
      return `${what}: the disk is read-only (EROFS). Nothing was lost. Open the folder with a review database on a writable disk (--db <file>).`;
    case "EACCES":
    case "EPERM":
      return `${what}: permission denied (${code}). Nothing was lost. Make the folder writable, or choose another review database (--db <file>).`;
    case "ENOTDIR":
      return `${what}: part of that path is a file, not a folder (ENOTDIR). Choose another location for the review database (--db <file>).`;
    case "EIO":
      return `${what}: the disk reported an input/output error (EIO). Nothing was overwritten; check the disk, then try again.`;
    default:
      return `${what}: ${(error as Error)?.message ?? String(error)}`;
  }
}
