// One stored item as an export record: its approved snapshot in guideline order, plus provenance.
import { ExportRecord } from "../../../shared/export-record.js";
import { FIELD_NAMES, type ArticleFields } from "../../../shared/record.js";
import type { StoredItem } from "../store/schema.js";

/**
 * Whether the editor approved despite guideline problems (an explicit override, recorded in the
 * approved snapshot). Approving a flagged item (a duplicate, a needs-a-look) is not this.
 */
export const validationOverridden = (item: StoredItem): boolean => item.approved?.validationOverridden === true;

/** The record for an approved item; null for any other item. Not validated here (see validateRecord). */
export function toExportRecord(item: StoredItem): ExportRecord | null {
  if (item.status !== "approved" || !item.approved) return null;
  const fields = {} as Record<keyof ArticleFields, unknown>;
  for (const name of FIELD_NAMES) fields[name] = item.approved.fields[name];
  return {
    ...(fields as ArticleFields),
    provenance: {
      file: item.file,
      sha256: item.id,
      extractorVersion: item.extraction.extractorVersion,
      correctedFields: item.approved.correctedFields,
      validationOverridden: validationOverridden(item),
      reviewer: item.approved.reviewer,
      approvedAt: item.approved.at,
    },
  };
}

/** Checks a record against the export schema; returns the reason a person can read, or null. */
export function recordProblem(record: ExportRecord): string | null {
  const parsed = ExportRecord.safeParse(record);
  if (parsed.success) return null;
  return parsed.error.issues.map((issue) => `${issue.path.join(".") || "record"}: ${issue.message}`).join("; ");
}
