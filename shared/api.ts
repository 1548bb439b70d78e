// The one API contract: every operation's request and response schema. The IPC handlers, the
// preload bridge and the loopback HTTP transport are all derived from this table.
import { z } from "zod";
import type { ApiOp } from "./api-ops.js";
import { ArticleFields, Extraction, FieldName, ScrapeFormat } from "./record.js";

export const ItemStatus = z.enum(["pending", "draft", "approved", "rejected"]);
export type ItemStatus = z.infer<typeof ItemStatus>;

/** An editor's corrections: only the fields that differ from the extraction. */
export const Corrections = ArticleFields.partial();
export type Corrections = z.infer<typeof Corrections>;

/** Opaque to the renderer: the sha256 of the raw bytes, hex. */
export const ItemId = z.string().regex(/^[0-9a-f]{64}$/, "an item id is 64 hex digits");

export const ItemSummary = z.object({
  id: ItemId,
  file: z.string(),
  status: ItemStatus,
  title: z.string(),
  publisher: z.string(),
  publishedAt: z.string(),
  warningCount: z.number().int().nonnegative(),
  error: z.string().optional(),
  /** Lowest field confidence, for sorting doubtful items first. */
  minConfidence: z.number().min(0).max(1),
  missing: z.boolean(),
  /** The item this one repeats: the same story (same normalised title and date, near-identical body) scraped twice. */
  duplicateOf: ItemId.optional(),
  /** Why the item wants another look (e.g. the extractor now reads a corrected field differently). */
  needsLook: z.string().optional(),
});
export type ItemSummary = z.infer<typeof ItemSummary>;

/** Whether the review database's undo history has a step to undo, and one to redo (it spans items). */
export const UndoState = z.object({ canUndo: z.boolean(), canRedo: z.boolean() });
export type UndoState = z.infer<typeof UndoState>;

export const ItemDetail = ItemSummary.extend({
  format: ScrapeFormat,
  encoding: z.string(),
  /** The decoded raw text, re-read from disk; spans index into it. Always shown as text. */
  text: z.string(),
  /** Set when the file on disk no longer matches the bytes that were extracted. */
  textProblem: z.string().optional(),
  extraction: Extraction,
  corrections: Corrections,
  /** The extraction with the corrections applied: what approval would store. */
  fields: ArticleFields,
  rejectReason: z.string().optional(),
  approvedAt: z.string().optional(),
  reviewer: z.string().optional(),
  /** The undo history as of this answer (it is the database's, not the item's). */
  undo: UndoState,
});
export type ItemDetail = z.infer<typeof ItemDetail>;

export const Counts = z.object({
  total: z.number().int(),
  pending: z.number().int(),
  draft: z.number().int(),
  approved: z.number().int(),
  rejected: z.number().int(),
});

export const SkippedFile = z.object({ file: z.string(), reason: z.string() });
export type SkippedFile = z.infer<typeof SkippedFile>;

export const Session = z.object({
  folderName: z.string(),
  folder: z.string(),
  dbPath: z.string(),
  reviewer: z.string(),
  counts: Counts,
  /** Files that could not be taken into the queue, each with the reason. */
  skipped: z.array(SkippedFile),
  /** Things the editor should know about opening (a damaged database moved aside, …). */
  notices: z.array(z.string()),
  undo: UndoState,
});
export type Session = z.infer<typeof Session>;

/** The guideline problems the editor saw and chose to approve anyway. */
export const ApprovalOverride = z
  .object({ problems: z.array(z.object({ field: FieldName, message: z.string().max(500) }).strict()).min(1).max(20) })
  .strict();
export type ApprovalOverride = z.infer<typeof ApprovalOverride>;

const IdRequest = z.object({ id: ItemId }).strict();
const Empty = z.object({}).strict();

/** jsonl: one record a line; json: one array; csv: RFC 4180, one row a record; markdown: a folder, one file a record. */
export const ExportFormat = z.enum(["jsonl", "json", "csv", "markdown"]);
export type ExportFormat = z.infer<typeof ExportFormat>;

const ExportDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "a date is YYYY-MM-DD")
  .refine((d) => !Number.isNaN(Date.parse(d)) && new Date(d).toISOString().slice(0, 10) === d, "not a calendar date");
const ExportNames = z.array(z.string().trim().min(1).max(300)).max(200);

/** Which approved records to export. Every filter given must match; none given: every approved record. */
export const ExportFilter = z
  .object({
    /** Any of these publishers (compared case-insensitively, after trimming). */
    publishers: ExportNames.optional(),
    /** Approved by any of these reviewers (compared the same way). */
    reviewers: ExportNames.optional(),
    /** publishedAt on or after this date (the date as printed, in the publisher's zone); undated records are left out. */
    publishedFrom: ExportDate.optional(),
    /** publishedAt on or before this date; undated records are left out. */
    publishedTo: ExportDate.optional(),
    /** Only records not in any earlier export of this review database (new approvals, and re-approvals after an edit). */
    sinceLastExport: z.boolean().optional(),
  })
  .strict()
  .refine((f) => !f.publishedFrom || !f.publishedTo || f.publishedFrom <= f.publishedTo, "publishedFrom is after publishedTo");
export type ExportFilter = z.infer<typeof ExportFilter>;

export const ExportSummary = z.object({
  format: ExportFormat,
  /** Records written. */
  count: z.number().int(),
  /** The file written, or for markdown the folder. */
  path: z.string(),
  /** Bytes written (for markdown: of all its files). */
  bytes: z.number().int(),
  /** Approved records left out because they no longer validate as an export record, each with the reason. */
  skipped: z.array(SkippedFile),
});
export type ExportSummary = z.infer<typeof ExportSummary>;

/** An undone or redone step: an edit of some fields, an approval or a rejection. */
export const StepSummary = z.object({ kind: z.enum(["edit", "approve", "reject"]), fields: z.array(FieldName) });
export type StepSummary = z.infer<typeof StepSummary>;

/** `step` and `item` (the item the step belongs to, as it is now) are absent when there was nothing to replay. */
const Replayed = z.object({ undo: UndoState, step: StepSummary.optional(), item: ItemDetail.optional() });

/** Each operation's request and response. */
export const api = {
  getSession: { request: Empty, response: Session },
  /** How far the folder's opening has got (getSession answers once it is over); null when it is over. */
  getOpening: {
    request: Empty,
    response: z.object({ opening: z.object({ done: z.number().int(), total: z.number().int(), file: z.string() }).nullable() }),
  },
  /** Asks the host to pick a folder (a native dialog in the app); the renderer never sends a path. */
  openFolder: { request: Empty, response: Session },
  listItems: { request: Empty, response: z.object({ items: z.array(ItemSummary) }) },
  /** Searches title, body text and file name on the host (the queue has no bodies); answers the matching ids. */
  searchItems: {
    request: z.object({ query: z.string().max(500, "a search is at most 500 characters") }).strict(),
    response: z.object({ ids: z.array(ItemId) }),
  },
  getItem: { request: IdRequest, response: ItemDetail },
  saveDraft: {
    request: z
      .object({
        id: ItemId,
        corrections: Corrections.strict(),
        /** The change continues typing into one field: it may join the newest undo step (the host decides, by time). */
        typing: z.boolean().optional(),
      })
      .strict(),
    response: ItemDetail,
  },
  approve: {
    request: z
      .object({
        id: ItemId,
        corrections: Corrections.strict().optional(),
        /** Approving a record that breaks the guidelines needs this explicit override; it is recorded. */
        override: ApprovalOverride.optional(),
      })
      .strict(),
    response: ItemDetail,
  },
  reject: {
    request: z.object({ id: ItemId, reason: z.string().trim().min(1, "a rejection needs a reason").max(500) }).strict(),
    response: ItemDetail,
  },
  /** Takes back the newest edit or decision, on whichever item it was. */
  undo: { request: Empty, response: Replayed },
  /** Makes the newest undone step again. */
  redo: { request: Empty, response: Replayed },
  exportApproved: {
    request: z
      .object({
        format: ExportFormat.default("jsonl"),
        filter: ExportFilter.optional(),
        /** CSV only: start with a UTF-8 byte order mark, which Excel needs to read CJK text correctly. */
        bom: z.boolean().optional(),
        /** CSV only: a cell starting with = + - @ or a tab gets a leading ' so a spreadsheet shows it as text, not a formula (scraped text is untrusted). */
        escapeFormulas: z.boolean().optional(),
      })
      .strict(),
    response: ExportSummary,
  },
} satisfies Record<ApiOp, { request: z.ZodType; response: z.ZodType }>;

export type Api = typeof api;
export type Request<K extends ApiOp> = z.input<Api[K]["request"]>;
export type Response<K extends ApiOp> = z.output<Api[K]["response"]>;

/** What every transport returns: the response, or an error a person can read. */
export type Result<T> = { ok: true; data: T } | { ok: false; error: { code: ErrorCode; message: string } };
export type ErrorCode = "bad-request" | "untrusted-sender" | "not-found" | "unsupported" | "failed";

/** The renderer's view of the API: one async method per operation. */
export type CopydeskApi = { [K in ApiOp]: (request: Request<K>) => Promise<Result<Response<K>>> };
