// The shown text of the raw files read last. Every save and decision answers with the item's
// detail, raw text included; without this, each keystroke's save would read, hash and decode the
// file again (the extractor's decoding: a few ms for a page, more for HTML). An entry holds only
// while the file has the size, mtime and inode it was read with (what the rescan trusts too);
// anything else reads the file afresh.
import type { Stats } from "node:fs";

export interface RawText {
  text: string;
  /** Why the text may not match the extraction (changed on disk, unreadable, outside the folder). */
  problem?: string;
}

export const fileStamp = (path: string, info: Pick<Stats, "size" | "mtimeMs" | "ino">): string => `${path}\0${info.size}\0${info.mtimeMs}\0${info.ino}`;

export class RawTextCache {
  /** Item id → the file's stamp when read, and its text; in use order, the oldest first. */
  private readonly entries = new Map<string, { stamp: string; raw: RawText }>();

  constructor(private readonly limit = 8) {}

  get(id: string, stamp: string): RawText | undefined {
    const entry = this.entries.get(id);
    if (!entry || entry.stamp !== stamp) return undefined;
    this.entries.delete(id);
    this.entries.set(id, entry);
    return entry.raw;
  }

  /** The text last read for the item, however the file is now (see Desk.getItemAfter). */
  last(id: string): RawText | undefined {
    return this.entries.get(id)?.raw;
  }

  set(id: string, stamp: string, raw: RawText): void {
    this.entries.delete(id);
    this.entries.set(id, { stamp, raw });
    for (const oldest of this.entries.keys()) {
      if (this.entries.size <= this.limit) break;
      this.entries.delete(oldest);
    }
  }
}
