// `copydesk extract`: the app's extractor over files and folders, one JSON line per file,
// streamed as it goes. One bad file gives a line with an error; it never stops the batch.
import { readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { extractScrape, type ScrapeResult } from "./extract/index.js";
import { listScrapeFiles } from "./scan-folder.js";

export interface ExtractLine {
  file: string;
  fields: ScrapeResult["fields"];
  spans: ScrapeResult["spans"];
  confidence: ScrapeResult["confidence"];
  warnings: ScrapeResult["warnings"];
  format: ScrapeResult["format"];
  encoding: string;
  extractorVersion: string;
  error?: string;
}

/** Expands folders to their scrape files; plain files are taken as given. */
export async function* expandInputs(inputs: string[]): AsyncGenerator<{ path: string; error?: string }> {
  for (const input of inputs) {
    const info = await stat(input).catch(() => null);
    if (!info) yield { path: input, error: "no such file or folder" };
    else if (info.isDirectory()) for (const file of (await listScrapeFiles(input)).files) yield { path: join(input, file) };
    else yield { path: input };
  }
}

export async function extractFile(path: string): Promise<ExtractLine> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    return { ...toLine(path, extractScrape(new Uint8Array(), path)), error: `cannot read the file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})` };
  }
  return toLine(path, extractScrape(bytes, path));
}

function toLine(file: string, result: ScrapeResult): ExtractLine {
  const { text: _text, fields, spans, confidence, warnings, format, encoding, extractorVersion, error } = result;
  return { file, fields, spans, confidence, warnings, format, encoding, extractorVersion, ...(error ? { error } : {}) };
}
