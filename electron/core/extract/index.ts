// Entry point of the extractor: raw bytes in, decoded text and fields out.
// Never throws: whatever goes wrong becomes `error` or a warning on the result,
// so one bad file never stops a batch.
import type { Extraction, ScrapeFormat } from "../../../shared/record.js";
import { emptyFields } from "../../../shared/record.js";
import { decodeBytes } from "./decode.js";
import { detectFormat } from "./detect-format.js";
import { Draft } from "./draft.js";
import { extractTextDump } from "./text-dump/index.js";
import { extractHtml } from "./html.js";
import { scoreBody } from "./body-confidence.js";
import { extractJsonRecord } from "./json-record.js";

// 1.2: regions (dropped furniture, repeated copies); 1.3: publisher by vote of clues, empty-field confidence, unseen layouts;
// 1.7: more byline, related-list, date and furniture rules (held-out batch 5); 1.7.1: legacy encodings of more scripts;
// 1.8: languages, zones, bylines, credits, ids and lists of held-out batch 6.
// 1.9: batch 7; 1.10: headline choice on general evidence, role lines, franc for language, Central European decoding,
// ICU month names, API-wrapped records (held-out batch 8).
// 1.14: publisher confidence from agreeing and disputing clues (an edition, a wire's marks, a paper's website flagged);
// related-list ends and headings; held-out batch 16.
// 1.15: held-out batches 17 and 18; body and source confidence from evidence (body-confidence.ts, source.ts).
export const EXTRACTOR_VERSION = "1.16.0";

/** Files above this size are not parsed (a 50 MB "page" is a crawl accident, not an article). */
export const MAX_BYTES = 16 * 1024 * 1024;

export interface ScrapeResult extends Extraction {
  /** The decoded raw text, line endings folded to \n; every span indexes into it. */
  text: string;
}

function failed(format: ScrapeFormat, encoding: string, text: string, error: string, draft?: Draft): ScrapeResult {
  return {
    extractorVersion: EXTRACTOR_VERSION, format, encoding, text,
    fields: emptyFields(), spans: {}, confidence: {}, warnings: draft?.warnings ?? [], error,
  };
}

/**
 * The text extractScrape would give for these bytes (what the raw pane shows and every span
 * indexes into), without extracting: decoding is a small part of the extractor's work.
 */
export function scrapeText(bytes: Uint8Array): string {
  if (!bytes || bytes.length === 0 || bytes.length > MAX_BYTES) return "";
  const decoded = decodeBytes(bytes);
  return decoded.error ? "" : decoded.text;
}

export function extractScrape(bytes: Uint8Array, fileName: string): ScrapeResult {
  let format: ScrapeFormat = "text";
  let encoding = "";
  let text = "";
  try {
    if (!bytes || bytes.length === 0) return failed("text", "", "", "the file is empty: nothing to extract");
    if (bytes.length > MAX_BYTES) {
      const mb = (bytes.length / 1048576).toFixed(1);
      return failed(detectFormat(fileName, ""), "", "", `the file is ${mb} MB, over the ${MAX_BYTES / 1048576} MB limit for one page; it is probably not a single article (split it or check the scraper)`);
    }
    const decoded = decodeBytes(bytes);
    encoding = decoded.encoding;
    text = decoded.text;
    if (decoded.error) return failed("text", encoding, "", decoded.error);
    format = detectFormat(fileName, text);
    if (format === "unsupported") {
      return failed("unsupported", encoding, text, `unsupported file type "${fileName.match(/\.[^.]+$/)?.[0] ?? fileName}": Copydesk reads .txt, .html and .json/.jsonl scrapes`);
    }
    const draft = new Draft();
    if (decoded.note && encoding !== "utf-8") draft.warn(decoded.note);
    if (decoded.replaced > 0) draft.warn(`${decoded.replaced} byte sequence(s) could not be decoded and show as \uFFFD; check the encoding`);
    if (!text.trim()) return failed(format, encoding, text, "the file holds only white space: nothing to extract");
    let error: string | undefined;
    if (format === "text") extractTextDump(text, draft);
    else if (format === "html") extractHtml(text, draft);
    else error = extractJsonRecord(text, draft, fileName);
    scoreBody(draft, draft.bodyEvidence);
    draft.finish(text.length);
    if (!error && draft.fields.body.length === 0 && !draft.fields.title) error = "no article found on the page (no headline and no story paragraphs)";
    return {
      extractorVersion: EXTRACTOR_VERSION, format, encoding, text,
      fields: draft.fields, spans: draft.spans, confidence: draft.confidence, warnings: draft.warnings,
      ...(draft.regions.length ? { regions: draft.regions } : {}),
      ...(error ? { error } : {}),
    };
  } catch (e) {
    // A bug in a reader must not stop the batch: report it on this file.
    return failed(format, encoding, text, `extractor failed on this file: ${e instanceof Error ? e.message : String(e)}`);
  }
}

/** extractScrape without its decoded text: what the store keeps and a worker thread sends back (the raw text is re-read from disk). */
export function extractWithoutText(bytes: Uint8Array, fileName: string): Extraction {
  const { text: _text, ...extraction } = extractScrape(bytes, fileName);
  return extraction;
}

/** The result for a file the extractor could not finish (its worker thread threw or died on it). */
export function failedExtraction(fileName: string, error: string): Extraction {
  const { text: _text, ...extraction } = failed(detectFormat(fileName, ""), "", "", error);
  return extraction;
}
