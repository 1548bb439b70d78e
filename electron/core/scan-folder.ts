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
}

/** Relative paths (forward slashes) of the supported files below `root`, sorted. */
export async function listScrapeFiles(root: string): Promise<FolderListing> {
  const realRoot = await realpath(root);
  const files: string[] = [];
  const skipped: SkippedFile[] = [];
  async function walk(folder: string, depth: number): Promise<void> {
    let entries;
    try {
      entries = await readdir(folder, { withFileTypes: true });
    } catch (error) {
      skipped.push({ file: toRelative(realRoot, folder) || ".", reason: `cannot read this folder (${(error as NodeJS.ErrnoException).code ?? "error"})` });
      return;
    }
    for (const entry of entries) {
      if (entry.name.startsWith(".")) continue;
      const full = join(folder, entry.name);
      const rel = toRelative(realRoot, full);
      let target = full;
      if (entry.isSymbolicLink()) {
        try {
          target = await realpath(full);
        } catch {
          skipped.push({ file: rel, reason: "a broken link" });
          continue;
        }
        if (!isInside(realRoot, target)) {
          skipped.push({ file: rel, reason: "a link to a place outside the opened folder" });
          continue;
        }
      }
      const info = await stat(target).catch(() => null);
      if (!info) {
        skipped.push({ file: rel, reason: "cannot be read" });
      } else if (info.isDirectory()) {
        if (depth < MAX_DEPTH && !entry.isSymbolicLink()) await walk(full, depth + 1);
      } else if (!info.isFile()) {
        skipped.push({ file: rel, reason: "not a regular file" });
      } else if (!SCRAPE_EXTENSIONS.has(extname(entry.name).toLowerCase())) {
        skipped.push({ file: rel, reason: `unsupported file type (${extname(entry.name) || "no extension"}); Copydesk reads .txt, .html, .json and .jsonl` });
      } else {
        files.push(rel);
      }
    }
  }
  await walk(realRoot, 0);
  files.sort();
  skipped.sort((a, b) => a.file.localeCompare(b.file));
  return { files, skipped };
}

export function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel !== "" && !rel.startsWith("..") && !rel.split(sep).includes("..") && !/^[a-zA-Z]:/.test(rel) && !rel.startsWith(sep);
}

const toRelative = (root: string, path: string): string => relative(root, path).split(sep).join("/");
