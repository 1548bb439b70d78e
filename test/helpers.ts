// Shared by the Node tests: real files in temp folders, never mocks of the file system.
import { cpSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { classifyLines } from "../electron/core/extract/text-dump/classify.js";
import { splitLines } from "../electron/core/extract/text-dump/lines.js";

export const repoRoot = resolve(fileURLToPath(new URL(".", import.meta.url)), "..");
/** The corpus scrapes bundled as the app's sample folder (a copy of the handbook's corpus). */
export const sampleScrapes = join(repoRoot, "samples", "scrapes");
/** The handbook's corpus where the handbook sits beside the repo, else the bundled copy of it. */
export const handbookScrapes = [join(repoRoot, "..", "shared", "corpus", "scrapes"), sampleScrapes].find((dir) => existsSync(dir))!;
/** Our held-out-style scrapes (sites the handbook corpus lacks). */
export const heldoutScrapes = join(repoRoot, "test", "fixtures", "heldout", "scrapes");
export const goldFolder = join(repoRoot, "test", "fixtures", "gold");
export const SAMPLE = "000_de0f63e2a1ef871e.txt";

export function tempDir(t: { after: (fn: () => void) => void }, prefix = "copydesk-test-"): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** A temp copy of some of the sample scrapes, so a test can change the folder freely. */
export function copyScrapes(t: { after: (fn: () => void) => void }, names: string[]): string {
  const dir = tempDir(t, "copydesk-scrapes-");
  for (const name of names) cpSync(join(sampleScrapes, name), join(dir, name));
  return dir;
}

/** An invented story of three paragraphs (a ferry timetable), for extractor tests that need a body of prose. */
export const FERRY_STORY = [
  "The harbour board approved on Tuesday a plan to add two evening sailings to the island ferry route from next month, after a year of complaints about crowding.",
  "Commuters who spoke at the meeting said the last boat leaves too early for shift workers, and asked the board to keep the extra sailings on weekends as well.",
  "The board said the new timetable would be reviewed after six months, and that ticket prices would not change before the end of the year.",
];

/** A text as the UTF-8 bytes a scrape file holds. */
export const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
/** The kind the text-dump classifier gives one line alone (see text-dump/classify.ts). */
export const lineKind = (line: string): string => classifyLines(splitLines(line))[0]!.kind;
