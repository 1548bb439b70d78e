// Which approved records an export takes: the filters of the Export dialog and `copydesk export`.
import type { ExportFilter } from "../../../shared/api.js";
import type { ExportRecord } from "../../../shared/export-record.js";
import { exportedKey } from "./export-manifest.js";

const fold = (s: string) => s.normalize("NFC").trim().toLocaleLowerCase("en");

/** The date part of publishedAt as printed (the publisher's calendar day), or null when undated. */
export function publishedDate(publishedAt: string): string | null {
  const day = publishedAt.slice(0, 10);
  return /^\d{4}-\d{2}-\d{2}$/.test(day) ? day : null;
}

/** A predicate for the filter; `exported` holds the keys of records in earlier exports. */
export function recordFilter(filter: ExportFilter, exported: ReadonlySet<string>): (record: ExportRecord) => boolean {
  const publishers = filter.publishers?.length ? new Set(filter.publishers.map(fold)) : null;
  const reviewers = filter.reviewers?.length ? new Set(filter.reviewers.map(fold)) : null;
  const { publishedFrom: from, publishedTo: to } = filter;
  return (record) => {
    if (publishers && !publishers.has(fold(record.publisher))) return false;
    if (reviewers && !reviewers.has(fold(record.provenance.reviewer))) return false;
    if (from || to) {
      const day = publishedDate(record.publishedAt);
      if (!day || (from && day < from) || (to && day > to)) return false;
    }
    if (filter.sinceLastExport && exported.has(exportedKey(record.provenance))) return false;
    return true;
  };
}
