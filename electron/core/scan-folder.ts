// Lists the scrape files of a folder. Never follows a link out of the folder, never throws for
// one bad entry: what cannot be taken is returned with the reason.
import { readdir, realpath, stat } from "node:fs/promises";
import { extname, join, relative, sep } from "node:path";
import type { SkippedFile } from "../../shared/api.js";

export const SCRAPE_EXTENSIONS = new Set([".txt", ".html", ".htm", ".json", ".jsonl"]);
const MAX_DEPTH = 8;

export interface FolderListing {
  files: string[];
  skipped: SkippedFile[];
  /** Size and mtime of each listed file, from the walk's own stat (so a rescan need not stat again). */
  stats: Map<string, { size: number; mtimeMs: number }>;
}

/** How many entries of one folder are looked at (stat) at the same time. */
const STAT_BATCH = 128;

/** Relative paths (forward slashes) of the supported files below `root`, sorted. */
export async function listScrapeFiles(root: string): Promise<FolderListing> {
  const realRoot = await realpath(root);
  const files: string[] = [];
  const skipped: SkippedFile[] = [];
  const stats = new Map<string, { size: number; mtimeMs: number }>();
  async function walk(folder: string, depth: number): Promise<void> {
    let entries;
    try {
      entries = await readdir(folder, { withFileTypes: true });
    } catch (error) {
      skipped.push({ file: toRelative(realRoot, folder) || ".", reason: `cannot read this folder (${(error as NodeJS.ErrnoException).code ?? "error"})` });
      return;
    }
    const visible = entries.filter((entry) => !entry.name.startsWith("."));
    const subfolders: string[] = [];
    // Entries are looked at in parallel batches (a folder of 100,000 files is stat'ed in well under a second).
    for (let first = 0; first < visible.length; first += STAT_BATCH) {
      await Promise.all(visible.slice(first, first + STAT_BATCH).map(async (entry) => {
        const full = join(folder, entry.name);
        const rel = toRelative(realRoot, full);
        let target = full;
        if (entry.isSymbolicLink()) {
          try {
            target = await realpath(full);
          } catch {
            skipped.push({ file: rel, reason: "a broken link" });
            return;
          }
          if (!isInside(realRoot, target)) {
            skipped.push({ file: rel, reason: "a link to a place outside the opened folder" });
            return;
          }
        }
        const info = await stat(target).catch(() => null);
        if (!info) {
          skipped.push({ file: rel, reason: "cannot be read" });
        } else if (info.isDirectory()) {
          if (depth < MAX_DEPTH && !entry.isSymbolicLink()) subfolders.push(full);
        } else if (!info.isFile()) {
          skipped.push({ file: rel, reason: "not a regular file" });
        } else if (!SCRAPE_EXTENSIONS.has(extname(entry.name).toLowerCase())) {
          skipped.push({ file: rel, reason: `unsupported file type (${extname(entry.name) || "no extension"}); Copydesk reads .txt, .html, .json and .jsonl` });
        } else {
          files.push(rel);
          stats.set(rel, { size: info.size, mtimeMs: info.mtimeMs });
        }
      }));
    }
    for (const sub of subfolders.sort()) await walk(sub, depth + 1);
  }
  await walk(realRoot, 0);
  files.sort();
  skipped.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return { files, skipped, stats };
}

export function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel !== "" && !rel.startsWith("..") && !rel.split(sep).includes("..") && !/^[a-zA-Z]:/.test(rel) && !rel.startsWith(sep);
}

const toRelative = (root: string, path: string): string => relative(root, path).split(sep).join("/");
