// The review database: one lowdb JSON file per opened folder. Every change is written durably
// before the call returns, so a decision the renderer sees acknowledged is on disk.
import { existsSync } from "node:fs";
import { Low } from "lowdb";
import type { ArticleFields } from "../../../shared/record.js";
import { FIELD_NAMES } from "../../../shared/record.js";
import type { Corrections } from "../../../shared/api.js";
import { applyCorrections, correctedFieldNames, effectiveCorrections, sameValue } from "../../../shared/corrections.js";
import { DurableJsonFile } from "./durable-json-file.js";
import { DbData, emptyDb, type HistoryEntry, type StoredItem } from "./schema.js";

export class StoreError extends Error {
  constructor(
    readonly code: "not-found" | "bad-request",
    message: string,
  ) {
    super(message);
  }
}

export class ReviewStore {
  private constructor(
    private readonly db: Low<DbData>,
    readonly path: string,
    readonly notices: string[],
  ) {}

  static async open(path: string, folder: string, options: { readOnly?: boolean } = {}): Promise<ReviewStore> {
    const adapter = new DurableJsonFile<DbData>(path, (value) => DbData.parse(value), options.readOnly ? "throw" : "move-aside");
    const db = new Low<DbData>(adapter, emptyDb(folder));
    if (options.readOnly && !existsSync(path)) throw new StoreError("not-found", `There is no review database at ${path}.`);
    await db.read();
    const notices: string[] = [];
    if (adapter.damaged) {
      notices.push(
        `The review database could not be read because ${adapter.damaged.reason}. It was moved aside to ${adapter.damaged.movedTo} (nothing was overwritten) and a new one was started.`,
      );
    }
    return new ReviewStore(db, path, notices);
  }

  get folder(): string {
    return this.db.data.folder;
  }

  items(): StoredItem[] {
    return Object.values(this.db.data.items);
  }

  history(): readonly HistoryEntry[] {
    return this.db.data.history;
  }

  find(id: string): StoredItem | undefined {
    return this.db.data.items[id];
  }

  get(id: string): StoredItem {
    const item = this.db.data.items[id];
    if (!item) throw new StoreError("not-found", `No item ${id.slice(0, 12)}… in this review database.`);
    return item;
  }

  /** Adds or refreshes scanned items in one write. */
  async putScanned(items: StoredItem[], missingIds: string[]): Promise<void> {
    for (const item of items) this.db.data.items[item.id] = item;
    for (const id of missingIds) {
      const item = this.db.data.items[id];
      if (item) item.missing = true;
    }
    await this.db.write();
  }

  async saveDraft(id: string, corrections: Corrections, who: string): Promise<StoredItem> {
    const item = this.get(id);
    this.setCorrections(item, corrections, who);
    const corrected = Object.keys(item.corrections).length > 0;
    if (corrected && item.status !== "draft") {
      // Editing a decided item reopens it: the old decision no longer matches the fields.
      item.status = "draft";
      delete item.approved;
      delete item.rejectReason;
    } else if (!corrected && item.status === "draft") {
      item.status = "pending";
    }
    await this.db.write();
    return item;
  }

  async approve(id: string, corrections: Corrections | undefined, who: string): Promise<StoredItem> {
    const item = this.get(id);
    if (corrections) this.setCorrections(item, corrections, who);
    const at = now();
    item.status = "approved";
    delete item.rejectReason;
    item.decidedBy = who;
    item.approved = {
      fields: applyCorrections(item.extraction.fields, item.corrections),
      at,
      reviewer: who,
      correctedFields: correctedFieldNames(item.corrections),
    };
    item.updatedAt = at;
    this.db.data.history.push({ at, who, id, action: "approve" });
    await this.db.write();
    return item;
  }

  async reject(id: string, reason: string, who: string): Promise<StoredItem> {
    const item = this.get(id);
    const at = now();
    item.status = "rejected";
    item.rejectReason = reason;
    item.decidedBy = who;
    delete item.approved;
    item.updatedAt = at;
    this.db.data.history.push({ at, who, id, action: "reject", to: reason });
    await this.db.write();
    return item;
  }

  async recordExport(entry: { path: string; format: string; count: number; who: string }): Promise<void> {
    this.db.data.exports.push({ at: now(), ...entry });
    await this.db.write();
  }

  private setCorrections(item: StoredItem, corrections: Corrections, who: string): void {
    const extracted = item.extraction.fields;
    const before: ArticleFields = applyCorrections(extracted, item.corrections);
    item.corrections = effectiveCorrections(extracted, corrections);
    const after: ArticleFields = applyCorrections(extracted, item.corrections);
    const at = now();
    for (const field of FIELD_NAMES) {
      if (!sameValue(before[field], after[field])) {
        this.db.data.history.push({ at, who, id: item.id, action: "edit", field, from: before[field], to: after[field] });
      }
    }
    item.updatedAt = at;
  }
}

const now = (): string => new Date().toISOString();
