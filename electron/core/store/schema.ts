// What the review database holds, file by file. Every file is validated when it is read; raw
// text is never stored. The layout (schema version 2) splits one database into plain JSON files:
//
//   review.json                      the manifest: schema version, folder, exports log, and the
//                                    index (per item: file, size, mtime, format, encoding,
//                                    extractor version, the few values the queue shows, a body
//                                    fingerprint, duplicate links). Written when a scan changes
//                                    something, or on export. Read whole at open.
//   review.json.d/decisions-XX.json  the editor's state of the items whose id starts with XX:
//                                    status, corrections, reject reason, reviewer, timestamps,
//                                    override and needs-a-look flags. Small; read at open.
//   review.json.d/journal-XX.json    the approved snapshots and the append-only history of those
//                                    items. Read when needed.
//   review.json.d/extraction-XX.json the extractor's output (fields, spans, confidence, warnings):
//                                    a cache that can be rebuilt from the raw files. Read when an
//                                    item is shown.
//
//   review.json.d/steps.json         the undo history: the newest steps (edits and decisions,
//                                    across items) that undo and redo walk. Read at open.
//   review.json.d/changes-N.jsonl    the change log (change-log.ts): one line per change, appended
//                                    durably before the call returns.
//
// An approve or edit appends one line to the change log; the journal and decisions shards and the
// step log catch up when the log is compacted (every few hundred changes, at close, and at the
// next open after a crash). Version 1 kept everything in one file; migrations.ts turns it into
// version 2. Version 3 stores the manifest's index as one list per field (index-columns.ts).
// Version 4 adds the step log, the journal's undo and redo entries and the change log (a build
// that ignored the log would miss changes, so it must refuse the file); the shards' layout is
// otherwise unchanged since version 2 and still says so (SHARD_SCHEMA_VERSION).
import { z } from "zod";
import { ArticleFields, Extraction, FieldName, ScrapeFormat } from "../../../shared/record.js";
import { Corrections, ItemStatus } from "../../../shared/api.js";

export const SCHEMA_VERSION = 4;
/** The shard files' layout has not changed since version 2. */
export const SHARD_SCHEMA_VERSION = 2;
/** The step log appeared in version 4. */
export const STEP_LOG_SCHEMA_VERSION = 4;

/** How an item duplicates another: byte for byte, or the same story scraped twice. */
export const DuplicateLink = z.object({
  id: z.string(),
  reason: z.enum(["same-story"]),
});

/** The manifest's entry for one item: enough to list, count and rescan without the caches. */
export const IndexEntry = z.object({
  /** Path relative to the opened folder, with forward slashes. */
  file: z.string(),
  /** Other files in the folder with exactly the same bytes (so the same id). */
  copies: z.array(z.string()).optional(),
  size: z.number(),
  mtimeMs: z.number(),
  format: ScrapeFormat,
  encoding: z.string(),
  extractorVersion: z.string(),
  /** The extracted values the queue shows (corrections are laid over them when listed). */
  title: z.string(),
  publisher: z.string(),
  publishedAt: z.string(),
  warningCount: z.number(),
  minConfidence: z.number(),
  error: z.string().optional(),
  /** A 64-bit simhash of the body (hex): with the normalised title and day, finds near-duplicates. */
  bodyHash: z.string().optional(),
  duplicateOf: DuplicateLink.optional(),
  /** The file is no longer in the folder (absent: false). */
  missing: z.boolean().optional(),
  /** The item this one replaces: the same file path held other bytes before. */
  replaces: z.string().optional(),
  replacedBy: z.string().optional(),
  createdAt: z.string(),
});
export type IndexEntry = z.infer<typeof IndexEntry>;

export const ExportEntry = z.object({ at: z.string(), who: z.string(), path: z.string(), format: z.string(), count: z.number() });
export type ExportEntry = z.infer<typeof ExportEntry>;
export type ApprovedSnapshot = z.infer<typeof ApprovedSnapshot>;

/** The manifest in memory: the index is a Map in file order (on disk it is stored as columns: see ManifestFile). */
export const Manifest = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  layout: z.literal("sharded"),
  folder: z.string(),
  items: z.map(z.string(), IndexEntry),
  exports: z.array(ExportEntry),
});
export type Manifest = z.infer<typeof Manifest>;

const Codes = z.array(z.number().int().nonnegative());
/** The manifest on disk (version 3): the index as one list per field (see index-columns.ts, whose checks go further: equal lengths, codes within their lists). */
export const ManifestFile = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  layout: z.literal("columns"),
  folder: z.string(),
  exports: z.array(ExportEntry),
  index: z.object({
    ids: z.array(z.string()),
    file: z.array(z.string()),
    size: z.array(z.number()),
    mtimeMs: z.array(z.number()),
    title: z.array(z.string()),
    publishedAt: z.array(z.string()),
    warningCount: z.array(z.number()),
    minConfidence: z.array(z.number()),
    bodyHash: z.array(z.string().nullable()),
    format: Codes,
    encoding: Codes,
    extractorVersion: Codes,
    publisher: Codes,
    createdAt: Codes,
    dict: z.object({ format: z.array(ScrapeFormat), encoding: z.array(z.string()), extractorVersion: z.array(z.string()), publisher: z.array(z.string()), createdAt: z.array(z.string()) }),
    rare: z.record(
      z.string().regex(/^(0|[1-9]\d*)$/),
      z.object({ copies: z.array(z.string()).optional(), error: z.string().optional(), duplicateOf: DuplicateLink.optional(), missing: z.boolean().optional(), replaces: z.string().optional(), replacedBy: z.string().optional() }),
    ),
  }),
});
export type ManifestFile = z.infer<typeof ManifestFile>;

export const ApprovedSnapshot = z.object({
  fields: ArticleFields,
  at: z.string(),
  reviewer: z.string(),
  correctedFields: z.array(FieldName),
  /** Set when the editor approved despite guideline problems, which are listed. */
  validationOverridden: z.boolean().optional(),
  problems: z.array(z.object({ field: FieldName, message: z.string() })).optional(),
});

/** Something changed under the editor's feet; shown until the item is decided again. */
export const NeedsLook = z.object({ at: z.string(), reason: z.string(), fields: z.array(FieldName).optional() });
export type NeedsLook = z.infer<typeof NeedsLook>;

/** The editor's work on one item. Items nobody touched have no entry (pending, no corrections). */
export const Decision = z.object({
  status: ItemStatus,
  corrections: Corrections,
  rejectReason: z.string().optional(),
  /** Approved although the item was flagged (warnings, extraction error, duplicate, needs a look). */
  override: z.boolean().optional(),
  decidedBy: z.string().optional(),
  decidedAt: z.string().optional(),
  needsLook: NeedsLook.optional(),
  updatedAt: z.string(),
});
export type Decision = z.infer<typeof Decision>;

export const HistoryEntry = z.object({
  at: z.string(),
  who: z.string(),
  id: z.string(),
  /** undo and redo: `field` with `from` and `to` for a field, or `from` and `to` the status. */
  action: z.enum(["edit", "approve", "reject", "flag", "undo", "redo"]),
  field: FieldName.optional(),
  from: z.unknown().optional(),
  to: z.unknown().optional(),
});
export type HistoryEntry = z.infer<typeof HistoryEntry>;

/**
 * What every shard file starts with: its layout version, which id prefix it holds and the last
 * change-log record it holds (change-log.ts; absent: none).
 */
const shardHeader = { schemaVersion: z.literal(SHARD_SCHEMA_VERSION), shard: z.string(), logSeq: z.number().int().nonnegative().optional() };

export const DecisionShard = z.object({
  ...shardHeader,
  items: z.record(z.string(), Decision),
});
export type DecisionShard = z.infer<typeof DecisionShard>;

export const JournalShard = z.object({
  ...shardHeader,
  /** The fields as approved, per approved item. */
  approved: z.record(z.string(), ApprovedSnapshot),
  /** Append-only: entries are added, never changed or removed. */
  history: z.array(HistoryEntry),
});
export type JournalShard = z.infer<typeof JournalShard>;

export const ExtractionShard = z.object({
  ...shardHeader,
  items: z.record(z.string(), Extraction),
});
export type ExtractionShard = z.infer<typeof ExtractionShard>;

/** An item's decision apart from its corrections: what approving or rejecting sets and an edit of a decided item clears. */
export const DecisionState = z.object({
  status: ItemStatus,
  rejectReason: z.string().optional(),
  override: z.boolean().optional(),
  decidedBy: z.string().optional(),
  decidedAt: z.string().optional(),
  needsLook: NeedsLook.optional(),
  /** The approved snapshot without its fields, which are always the extraction with the corrections. */
  approved: ApprovedSnapshot.omit({ fields: true, correctedFields: true }).optional(),
});
export type DecisionState = z.infer<typeof DecisionState>;

const FieldValue = z.union([z.string(), z.array(z.string())]);
/**
 * One field's change. A text field is stored whole; a list only as the entries that differ,
 * starting at `index`, so a typo fixed in one paragraph does not store the whole body twice.
 */
export const FieldChange = z.object({ field: FieldName, from: FieldValue, to: FieldValue, index: z.number().int().nonnegative().optional() });
export type FieldChange = z.infer<typeof FieldChange>;

/** One undoable step: an edit, an approval or a rejection of one item, with the state before and after. */
export const Step = z.object({
  kind: z.enum(["edit", "approve", "reject"]),
  id: z.string(),
  who: z.string(),
  at: z.string(),
  changes: z.array(FieldChange),
  before: DecisionState,
  after: DecisionState,
});
export type Step = z.infer<typeof Step>;

/** The undo history: `steps` oldest first; the first `done` are in effect, the rest were undone and can be redone. */
export const StepLogFile = z
  .object({
    schemaVersion: z.literal(STEP_LOG_SCHEMA_VERSION),
    steps: z.array(Step),
    done: z.number().int().nonnegative(),
    /** The last change-log record the history holds (see ChangeRecord). */
    logSeq: z.number().int().nonnegative().optional(),
    /** When the newest step was typing that more typing may still join: the time (ms) of its last keystroke. Kept in
     *  the file so that typing which a compaction or a crash cut in two still joins into one step. */
    typingAt: z.number().optional(),
  })
  .refine((log) => log.done <= log.steps.length, "done counts more steps than there are");
export type StepLogFile = z.infer<typeof StepLogFile>;

/**
 * A change to the undo history, as the change log records it: a new step (given whole, with the
 * time it was made, so that replaying it joins typing the same way), or an undo or redo.
 */
export const StepOp = z.discriminatedUnion("op", [
  z.object({
    op: z.literal("record"),
    step: Step.omit({ changes: true }).extend({ fields: z.array(z.object({ field: FieldName, from: FieldValue, to: FieldValue })) }),
    typing: z.boolean(),
    ms: z.number(),
  }),
  z.object({ op: z.enum(["undo", "redo"]) }),
]);
export type StepOp = z.infer<typeof StepOp>;

/** One line of a change log (change-log.ts): an item's state after one save or decision. */
export const ChangeRecord = z.object({
  seq: z.number().int().nonnegative(),
  id: z.string(),
  decision: Decision,
  /** The approved snapshot after the change (null: none). */
  approved: ApprovedSnapshot.nullable(),
  /** The history entries the change added. */
  history: z.array(HistoryEntry),
  /** What the change did to the undo history, if anything. */
  step: StepOp.optional(),
});
export type ChangeRecord = z.infer<typeof ChangeRecord>;


/** One item with everything the store knows about it: what the desk and the export work with. */
export const StoredItem = z.object({
  id: z.string(),
  file: z.string(),
  copies: z.array(z.string()).optional(),
  size: z.number(),
  mtimeMs: z.number(),
  format: ScrapeFormat,
  encoding: z.string(),
  extraction: Extraction,
  corrections: Corrections,
  status: ItemStatus,
  rejectReason: z.string().optional(),
  approved: ApprovedSnapshot.optional(),
  override: z.boolean().optional(),
  decidedBy: z.string().optional(),
  decidedAt: z.string().optional(),
  needsLook: NeedsLook.optional(),
  duplicateOf: DuplicateLink.optional(),
  replaces: z.string().optional(),
  replacedBy: z.string().optional(),
  missing: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type StoredItem = z.infer<typeof StoredItem>;

/** Items are spread over 256 shards by the first two hex digits of their id. */
export const shardOf = (id: string): string => id.slice(0, 2);

export const emptyManifest = (folder: string): Manifest => ({ schemaVersion: SCHEMA_VERSION, layout: "sharded", folder, items: new Map(), exports: [] });
export const emptyDecisionShard = (shard: string): DecisionShard => ({ schemaVersion: SHARD_SCHEMA_VERSION, shard, items: {} });
export const emptyJournalShard = (shard: string): JournalShard => ({ schemaVersion: SHARD_SCHEMA_VERSION, shard, approved: {}, history: [] });
export const emptyStepLog = (): StepLogFile => ({ schemaVersion: STEP_LOG_SCHEMA_VERSION, steps: [], done: 0 });
export const emptyExtractionShard = (shard: string): ExtractionShard => ({ schemaVersion: SHARD_SCHEMA_VERSION, shard, items: {} });
