// `copydesk extract`: the app's extractor over files and folders, one JSON line per file,
// streamed as it goes, in input order. One bad file gives a line with an error; it never stops the batch.
import { readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import type { Extraction } from "../../shared/record.js";
import { extractWithoutText } from "./extract/index.js";
import type { ExtractPool } from "./extract-pool.js";
import { readAhead } from "./read-ahead.js";
import { listScrapeFiles } from "./scan-folder.js";

export interface ExtractLine {
  file: string;
  fields: Extraction["fields"];
  spans: Extraction["spans"];
  confidence: Extraction["confidence"];
  warnings: Extraction["warnings"];
  format: Extraction["format"];
  encoding: string;
  extractorVersion: string;
  error?: string;
}

export interface Input {
  path: string;
  /** Set when the input cannot be extracted at all (it does not exist). */
  error?: string;
}

/** Expands folders to their scrape files; plain files are taken as given. */
export async function* expandInputs(inputs: string[]): AsyncGenerator<Input> {
  for (const input of inputs) {
    const info = await stat(input).catch(() => null);
    if (!info) yield { path: input, error: "no such file or folder" };
    else if (info.isDirectory()) for (const file of (await listScrapeFiles(input)).files) yield { path: join(input, file) };
    else yield { path: input };
  }
}

/**
 * Each input with its line (null for an input with an error), in input order; files are read and
 * extracted on the pool a few ahead of the one handed on.
 */
export async function* extractInputs(inputs: Iterable<Input>, pool: ExtractPool<Extraction>): AsyncGenerator<{ input: Input; line: ExtractLine | null }> {
  async function* started() {
    for (const input of inputs) yield { input, size: 0, ...(input.error ? {} : await startFile(input.path, pool)) };
  }
  for await (const { input, line } of readAhead(started(), pool.ahead, (s) => s.size)) yield { input, line: line ? await line : null };
}

async function startFile(path: string, pool: ExtractPool<Extraction>): Promise<{ line: Promise<ExtractLine>; size: number }> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const line = { ...toLine(path, extractWithoutText(new Uint8Array(), path)), error: `cannot read the file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})` };
    return { line: Promise.resolve(line), size: 0 };
  }
  const size = bytes.length; // before the bytes are transferred to a worker
  return { line: pool.extract(bytes, path).then((extraction) => toLine(path, extraction)), size };
}

function toLine(file: string, result: Extraction): ExtractLine {
  const { fields, spans, confidence, warnings, format, encoding, extractorVersion, error } = result;
  return { file, fields, spans, confidence, warnings, format, encoding, extractorVersion, ...(error ? { error } : {}) };
}
