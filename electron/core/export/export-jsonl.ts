// Approved records out as JSON Lines: one record a line, the guideline fields plus provenance.
// Written to a temp file and renamed into place, so a failed export never leaves half a file.
import { createWriteStream } from "node:fs";
import { realpath, rename, stat, unlink } from "node:fs/promises";
import { basename, dirname, resolve } from "node:path";
import { once } from "node:events";
import type { ArticleFields, FieldName } from "../../../shared/record.js";
import { isInside } from "../scan-folder.js";
import { StoreError } from "../store/review-store.js";
import type { StoredItem } from "../store/schema.js";
import { syncFolder } from "../store/durable-json-file.js";

export interface ExportRecord extends ArticleFields {
  provenance: {
    file: string;
    sha256: string;
    extractorVersion: string;
    correctedFields: FieldName[];
    reviewer: string;
    approvedAt: string;
  };
}

export interface ExportSummary {
  count: number;
  path: string;
  bytes: number;
}

export function exportRecord(item: StoredItem): ExportRecord | null {
  if (item.status !== "approved" || !item.approved) return null;
  return {
    ...item.approved.fields,
    provenance: {
      file: basename(item.file),
      sha256: item.id,
      extractorVersion: item.extraction.extractorVersion,
      correctedFields: item.approved.correctedFields,
      reviewer: item.approved.reviewer,
      approvedAt: item.approved.at,
    },
  };
}

/** Refuses destinations that would write into the scrapes or over the database. */
export async function checkDestination(destination: string, guard: { folder: string; dbPath: string }): Promise<string> {
  const target = resolve(destination);
  const parent = await realpath(dirname(target)).catch(() => {
    throw new StoreError("bad-request", `Cannot export to ${target}: the folder ${dirname(target)} does not exist.`);
  });
  const real = resolve(parent, basename(target));
  const folder = await realpath(guard.folder);
  if (real === folder || isInside(folder, real)) {
    throw new StoreError("bad-request", "Cannot export into the scrape folder itself: choose a destination outside it.");
  }
  const db = await realpath(guard.dbPath).catch(() => resolve(guard.dbPath));
  if (real === db) throw new StoreError("bad-request", "Cannot export over the review database: choose another file name.");
  if ((await stat(real).catch(() => null))?.isDirectory()) throw new StoreError("bad-request", `${real} is a folder: choose a file name.`);
  return real;
}

export async function exportApprovedJsonl(items: StoredItem[], destination: string, guard: { folder: string; dbPath: string }): Promise<ExportSummary> {
  const path = await checkDestination(destination, guard);
  const temp = `${path}.${process.pid}.partial`;
  const out = createWriteStream(temp, { encoding: "utf8" });
  let count = 0;
  try {
    for (const item of [...items].sort((a, b) => a.file.localeCompare(b.file))) {
      const record = exportRecord(item);
      if (!record) continue;
      count++;
      if (!out.write(JSON.stringify(record) + "\n")) await once(out, "drain");
    }
    out.end();
    await once(out, "finish");
    await rename(temp, path);
  } catch (error) {
    out.destroy();
    await unlink(temp).catch(() => {});
    throw error;
  }
  await syncFolder(dirname(path));
  return { count, path, bytes: (await stat(path)).size };
}
