// A local copy of edits the store has not acknowledged yet, so that closing the window (or a
// crash, or a lost server) between a keystroke and its save loses nothing. Entries are removed as
// soon as the store acknowledges the save; whatever is left is offered back on the next start.
import type { Corrections } from "../../shared/api.js";

const KEY = "copydesk.unsaved.v1";

interface Entry {
  corrections: Corrections;
  at: string;
}
type Backup = Record<string, Record<string, Entry>>;

function read(): Backup {
  try {
    const parsed: unknown = JSON.parse(window.localStorage.getItem(KEY) ?? "{}");
    return typeof parsed === "object" && parsed !== null ? (parsed as Backup) : {};
  } catch {
    return {};
  }
}

function write(backup: Backup): void {
  try {
    for (const db of Object.keys(backup)) if (Object.keys(backup[db] ?? {}).length === 0) delete backup[db];
    if (Object.keys(backup).length === 0) window.localStorage.removeItem(KEY);
    else window.localStorage.setItem(KEY, JSON.stringify(backup));
  } catch {
    // Storage full or disabled: the autosave to the store still runs, only this safety net is gone.
  }
}

/** One backup per review database, so two folders never mix. */
export class DraftBackup {
  constructor(private readonly db: string) {}

  put(id: string, corrections: Corrections): void {
    const backup = read();
    backup[this.db] = { ...(backup[this.db] ?? {}), [id]: { corrections, at: new Date().toISOString() } };
    write(backup);
  }

  drop(id: string): void {
    const backup = read();
    if (!backup[this.db]?.[id]) return;
    delete backup[this.db]![id];
    write(backup);
  }

  entries(): [string, Entry][] {
    return Object.entries(read()[this.db] ?? {});
  }
}
