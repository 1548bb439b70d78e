// The article record of ../shared/corpus/GUIDELINES.md and what the extractor says about it.
// Runs anywhere: no Node, DOM or Electron imports.
import { z } from "zod";

export const TEXT_FIELDS = ["title", "publisher", "source", "publishedAt", "dateline", "editor", "language", "externalId", "url"] as const;
export const LIST_FIELDS = ["authors", "body", "related"] as const;
/** Every field, in the order of the guidelines' table. */
export const FIELD_NAMES = [
  "title", "publisher", "source", "publishedAt", "dateline", "authors",
  "editor", "body", "related", "language", "externalId", "url",
] as const;

export type TextField = (typeof TEXT_FIELDS)[number];
export type ListField = (typeof LIST_FIELDS)[number];
export const FieldName = z.enum(FIELD_NAMES);
export type FieldName = z.infer<typeof FieldName>;

export const ArticleFields = z.object({
  title: z.string(),
  publisher: z.string(),
  source: z.string(),
  publishedAt: z.string(),
  dateline: z.string(),
  authors: z.array(z.string()),
  editor: z.string(),
  body: z.array(z.string()),
  related: z.array(z.string()),
  language: z.string(),
  externalId: z.string(),
  url: z.string(),
});
export type ArticleFields = z.infer<typeof ArticleFields>;

export const emptyFields = (): ArticleFields => ({
  title: "", publisher: "", source: "", publishedAt: "", dateline: "", authors: [],
  editor: "", body: [], related: [], language: "", externalId: "", url: "",
});

/** A half-open range [start, end) of UTF-16 offsets into the decoded raw text; `index` names the list item it backs. */
export const Span = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  index: z.number().int().nonnegative().optional(),
});
export type Span = z.infer<typeof Span>;

export const Warning = z.object({
  field: FieldName.optional(),
  message: z.string(),
});
export type Warning = z.infer<typeof Warning>;

/**
 * A stretch of the decoded text the extractor set aside, in the same offsets as spans: lines of
 * page furniture it dropped (navigation, share buttons, captions, footers, …; `label` says which),
 * or one copy of a page printed several times (`copy` counts from 1; `kept` when the body was
 * taken from it; `label` reads like "copy 2 of 3 (truncated)").
 */
export const Region = z.object({
  kind: z.enum(["boilerplate", "copy"]),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  copy: z.number().int().positive().optional(),
  kept: z.boolean().optional(),
  label: z.string().max(200).optional(),
});
export type Region = z.infer<typeof Region>;

export const ScrapeFormat = z.enum(["text", "html", "json", "unsupported"]);
export type ScrapeFormat = z.infer<typeof ScrapeFormat>;

/** What the extractor returns for one raw file (the decoded text itself travels separately). */
export const Extraction = z.object({
  extractorVersion: z.string(),
  format: ScrapeFormat,
  encoding: z.string(),
  fields: ArticleFields,
  spans: z.partialRecord(FieldName, z.array(Span)),
  confidence: z.partialRecord(FieldName, z.number().min(0).max(1)),
  warnings: z.array(Warning),
  /** What the raw pane dims or marks; absent for formats without line structure and in records of extractor versions before 1.2. */
  regions: z.array(Region).optional(),
  /** Set when nothing usable could be read; the fields are then empty. */
  error: z.string().optional(),
});
export type Extraction = z.infer<typeof Extraction>;
