// Errors of the main process go to a log file in the user-data folder, rotated by size so it
// never grows without bound: main.log, then main.1.log … main.<keep>.log.
import { appendFileSync, existsSync, mkdirSync, renameSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";

export interface LogFile {
  path: string;
  write(level: "info" | "warn" | "error", message: string): void;
}

export function openLogFile(folder: string, options: { maxBytes?: number; keep?: number; name?: string } = {}): LogFile {
  const maxBytes = options.maxBytes ?? 1024 * 1024;
  const keep = options.keep ?? 3;
  const name = options.name ?? "main";
  const path = join(folder, `${name}.log`);
  const rotated = (n: number) => join(folder, `${name}.${n}.log`);
  mkdirSync(folder, { recursive: true });

  function rotate(): void {
    rmSync(rotated(keep), { force: true });
    for (let n = keep - 1; n >= 1; n--) if (existsSync(rotated(n))) renameSync(rotated(n), rotated(n + 1));
    renameSync(path, rotated(1));
  }

  return {
    path,
    write(level, message) {
      try {
        if (existsSync(path) && statSync(path).size >= maxBytes) rotate();
        appendFileSync(path, `${new Date().toISOString()} ${level.toUpperCase()} ${message.replace(/\n/g, "\n    ")}\n`);
      } catch {
        // Logging must never take the app down with it.
      }
    },
  };
}
