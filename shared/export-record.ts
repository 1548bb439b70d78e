// The export record: one approved article as it leaves Copydesk (a JSONL line, a JSON array
// element, a CSV row, a Markdown file's front matter). The JSON Schema shipped with the app
// (`copydesk schema`, schema/export-record.schema.json) is generated from this zod schema.
// Runs anywhere: no Node, DOM or Electron imports.
import { z } from "zod";
import { FIELD_NAMES, FieldName, type ArticleFields } from "./record.js";

/** Bumped when a field is renamed or removed, or its meaning changes; adding a field is not a bump. */
export const EXPORT_RECORD_VERSION = 1;

const text = (description: string) => z.string().describe(description);
const list = (description: string) => z.array(z.string()).describe(description);

/** The guideline fields (GUIDELINES.md), described for the JSON Schema. */
export const ExportFields = z.strictObject({
  title: text("The headline as printed, once, without a site suffix."),
  publisher: text("The brand of the site or outlet that published the page."),
  source: text("The source or credit line printed next to the date, as printed; \"\" if none."),
  publishedAt: text(
    "ISO 8601. With a time: seconds and a UTC offset (the page's, else the publisher's home zone when known, else none). Date only: YYYY-MM-DD. \"\" if the page gives no date.",
  ),
  dateline: text("The dateline that opens the story, as printed, without the dash that follows it; \"\" if none."),
  authors: list("Byline names, in order, without \"By\" or titles; [] if none."),
  editor: text("The editor credit; \"\" if none."),
  body: list("The story's paragraphs, in order, each once, white space collapsed."),
  related: list("Headlines listed as related or more news on the page, in page order, each once; [] if none."),
  language: text("BCP 47 primary tag of the story."),
  externalId: text("A document id the site left in the page; \"\" if none."),
  url: text("The page's canonical URL when the scrape contains it; \"\" if none."),
});

export const ExportProvenance = z
  .strictObject({
    file: text("The raw scrape's path relative to the opened folder, with forward slashes (for a file at the top: its name)."),
    sha256: z
      .string()
      .regex(/^[0-9a-f]{64}$/)
      .describe("sha256 of the raw scrape's bytes, lower-case hex: the item's id in the review database."),
    extractorVersion: text("The version of the extractor that produced the fields the editor reviewed."),
    correctedFields: z.array(FieldName).describe("The fields the editor changed from the extraction, in guideline order; [] if none."),
    validationOverridden: z
      .boolean()
      .describe("True when the editor approved the record although a validation check failed."),
    reviewer: text("Who approved the record."),
    approvedAt: z.iso.datetime({ offset: true }).describe("When the record was approved (ISO 8601)."),
  })
  .describe("Where the record came from and who vouched for it.");
export type ExportProvenance = z.infer<typeof ExportProvenance>;

export const ExportRecord = ExportFields.extend({ provenance: ExportProvenance }).meta({
  title: "Copydesk export record",
  description: `One approved article exported by Copydesk (record version ${EXPORT_RECORD_VERSION}): the guideline fields plus provenance.`,
});
export type ExportRecord = z.infer<typeof ExportRecord>;

/** The JSON Schema (draft 2020-12) of an export record, generated from the zod schema. */
export function exportRecordJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(ExportRecord, { target: "draft-2020-12" }) as Record<string, unknown>;
}

/** The JSON Schema as the shipped file holds it: two-space indented, with a final newline. */
export const exportRecordJsonSchemaText = (): string => JSON.stringify(exportRecordJsonSchema(), null, 2) + "\n";

// ---- CSV -----------------------------------------------------------------------------------
// One row per record. Body paragraphs are joined with a blank line ("\n\n"); every other list
// (authors, related, provenance.correctedFields) with a line break ("\n"), so a cell shows one item
// per line in a spreadsheet. Guideline values never hold line breaks inside a list item (white space
// is collapsed), so these joins split back exactly; an empty list is an empty cell. JSONL and JSON
// are the lossless formats.

export const CSV_PROVENANCE_COLUMNS = [
  "provenance.file",
  "provenance.sha256",
  "provenance.extractorVersion",
  "provenance.correctedFields",
  "provenance.validationOverridden",
  "provenance.reviewer",
  "provenance.approvedAt",
] as const;
export const CSV_COLUMNS = [...FIELD_NAMES, ...CSV_PROVENANCE_COLUMNS] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];
export const CSV_BODY_SEPARATOR = "\n\n";
export const CSV_LIST_SEPARATOR = "\n";

export function toCsvRow(record: ExportRecord): Record<CsvColumn, string> {
  const row = {} as Record<CsvColumn, string>;
  for (const name of FIELD_NAMES) {
    const value = record[name];
    row[name] = Array.isArray(value) ? value.join(name === "body" ? CSV_BODY_SEPARATOR : CSV_LIST_SEPARATOR) : value;
  }
  const p = record.provenance;
  row["provenance.file"] = p.file;
  row["provenance.sha256"] = p.sha256;
  row["provenance.extractorVersion"] = p.extractorVersion;
  row["provenance.correctedFields"] = p.correctedFields.join(CSV_LIST_SEPARATOR);
  row["provenance.validationOverridden"] = String(p.validationOverridden);
  row["provenance.reviewer"] = p.reviewer;
  row["provenance.approvedAt"] = p.approvedAt;
  return row;
}

/** The inverse of toCsvRow, for readers of Copydesk CSV (and the round-trip tests). */
export function fromCsvRow(row: Record<string, string>): ExportRecord {
  const split = (cell: string | undefined, separator: string) => (cell ? cell.split(separator) : []);
  const fields: Record<string, string | string[]> = {};
  for (const name of FIELD_NAMES) {
    const cell = row[name] ?? "";
    fields[name] = name === "body" ? split(cell, CSV_BODY_SEPARATOR) : name === "authors" || name === "related" ? split(cell, CSV_LIST_SEPARATOR) : cell;
  }
  return ExportRecord.parse({
    ...(fields as ArticleFields),
    provenance: {
      file: row["provenance.file"],
      sha256: row["provenance.sha256"],
      extractorVersion: row["provenance.extractorVersion"],
      correctedFields: split(row["provenance.correctedFields"], CSV_LIST_SEPARATOR),
      validationOverridden: row["provenance.validationOverridden"] === "true",
      reviewer: row["provenance.reviewer"],
      approvedAt: row["provenance.approvedAt"],
    },
  });
}
