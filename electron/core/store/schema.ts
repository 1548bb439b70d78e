// What the review database holds. Validated on every read; raw text is never stored here.
import { z } from "zod";
import { ArticleFields, Extraction, FieldName, ScrapeFormat } from "../../../shared/record.js";
import { Corrections, ItemStatus } from "../../../shared/api.js";

export const SCHEMA_VERSION = 1;

export const StoredItem = z.object({
  id: z.string(),
  /** Path relative to the opened folder, with forward slashes. */
  file: z.string(),
  size: z.number(),
  mtimeMs: z.number(),
  format: ScrapeFormat,
  encoding: z.string(),
  extraction: Extraction,
  corrections: Corrections,
  status: ItemStatus,
  rejectReason: z.string().optional(),
  approved: z
    .object({ fields: ArticleFields, at: z.string(), reviewer: z.string(), correctedFields: z.array(FieldName) })
    .optional(),
  decidedBy: z.string().optional(),
  missing: z.boolean().default(false),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type StoredItem = z.infer<typeof StoredItem>;

export const HistoryEntry = z.object({
  at: z.string(),
  who: z.string(),
  id: z.string(),
  action: z.enum(["edit", "approve", "reject"]),
  field: FieldName.optional(),
  from: z.unknown().optional(),
  to: z.unknown().optional(),
});
export type HistoryEntry = z.infer<typeof HistoryEntry>;

export const ExportEntry = z.object({ at: z.string(), who: z.string(), path: z.string(), format: z.string(), count: z.number() });

export const DbData = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  folder: z.string(),
  items: z.record(z.string(), StoredItem),
  history: z.array(HistoryEntry),
  exports: z.array(ExportEntry),
});
export type DbData = z.infer<typeof DbData>;

export const emptyDb = (folder: string): DbData => ({ schemaVersion: SCHEMA_VERSION, folder, items: {}, history: [], exports: [] });
