// The export manifest: an append-only JSON Lines log beside the review database, one line per
// finished export saying what it contained. "Since the last export" reads it. It is written after
// the export is renamed into place, so a failed export is never recorded; a damaged line is
// skipped, which can only make a later incremental export include a record again, never lose one.
import { open, readFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { z } from "zod";
import { ExportFilter, ExportFormat } from "../../../shared/api.js";
import { syncFolder } from "./atomic-output.js";

export const ManifestRecord = z.object({ sha256: z.string(), file: z.string(), approvedAt: z.string() });
export type ManifestRecord = z.infer<typeof ManifestRecord>;

export const ExportManifest = z.object({
  manifestVersion: z.literal(1),
  at: z.string(),
  who: z.string(),
  format: ExportFormat,
  path: z.string(),
  bytes: z.number(),
  count: z.number(),
  filter: ExportFilter,
  records: z.array(ManifestRecord),
});
export type ExportManifest = z.infer<typeof ExportManifest>;

/** `reviews/x-1234.json` keeps its manifest in `reviews/x-1234.exports.jsonl`. */
export function manifestPathFor(dbPath: string): string {
  return join(dirname(dbPath), `${basename(dbPath).replace(/\.json$/i, "")}.exports.jsonl`);
}

export async function readManifests(path: string): Promise<{ manifests: ExportManifest[]; damagedLines: number }> {
  const text = await readFile(path, "utf8").catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return "";
    throw error;
  });
  const manifests: ExportManifest[] = [];
  let damagedLines = 0;
  for (const line of text.split("\n")) {
    if (!line.trim()) continue;
    try {
      manifests.push(ExportManifest.parse(JSON.parse(line)));
    } catch {
      damagedLines++;
    }
  }
  return { manifests, damagedLines };
}

/** The key of one approved version of an item: re-approving an item makes a new one. */
export const exportedKey = (record: { sha256: string; approvedAt: string }) => `${record.sha256}@${record.approvedAt}`;

export async function exportedKeys(path: string): Promise<Set<string>> {
  const { manifests } = await readManifests(path);
  return new Set(manifests.flatMap((m) => m.records.map(exportedKey)));
}

/** Appends one manifest line and fsyncs it. */
export async function appendManifest(path: string, manifest: ExportManifest): Promise<void> {
  const line = JSON.stringify(ExportManifest.parse(manifest)) + "\n";
  const handle = await open(path, "a");
  try {
    // A line torn by a crash would glue onto the next one; start on a fresh line if needed.
    const size = (await handle.stat()).size;
    await handle.write(size > 0 && !(await endsWithNewline(path)) ? "\n" + line : line);
    await handle.sync();
  } finally {
    await handle.close();
  }
  await syncFolder(dirname(path));
}

async function endsWithNewline(path: string): Promise<boolean> {
  const handle = await open(path, "r");
  try {
    const size = (await handle.stat()).size;
    const { buffer } = await handle.read(Buffer.alloc(1), 0, 1, size - 1);
    return buffer[0] === 0x0a;
  } finally {
    await handle.close();
  }
}
