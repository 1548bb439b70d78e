// Entry point of the extractor: raw bytes in, decoded text and fields out. Never throws.
import type { Extraction } from "../../../shared/record.js";
import { emptyFields } from "../../../shared/record.js";

export const EXTRACTOR_VERSION = "0.0.0";

export interface ScrapeResult extends Extraction {
  /** The decoded raw text, line endings folded to \n; every span indexes into it. */
  text: string;
}

export function extractScrape(bytes: Uint8Array, fileName: string): ScrapeResult {
  void fileName;
  const text = new TextDecoder().decode(bytes);
  return { extractorVersion: EXTRACTOR_VERSION, format: "text", encoding: "utf-8", text, fields: emptyFields(), spans: {}, confidence: {}, warnings: [] };
}
