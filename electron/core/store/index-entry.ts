// What the manifest keeps about an extraction so the queue can be listed, counted and checked for
// duplicates without reading the extraction caches: the shown fields, and a story fingerprint.
import { createHash } from "node:crypto";
import type { Extraction } from "../../../shared/record.js";
import { FIELD_NAMES } from "../../../shared/record.js";

export interface ExtractionSummary {
  extractorVersion: string;
  format: Extraction["format"];
  encoding: string;
  title: string;
  publisher: string;
  publishedAt: string;
  warningCount: number;
  minConfidence: number;
  error?: string;
  storyKey?: string;
  bodyHash?: string;
}

export function summariseExtraction(extraction: Extraction): ExtractionSummary {
  const confidences = FIELD_NAMES.map((name) => extraction.confidence[name]).filter((c): c is number => c !== undefined);
  const key = storyKey(extraction.fields.title, extraction.fields.publishedAt);
  const body = extraction.fields.body.join("\n");
  return {
    extractorVersion: extraction.extractorVersion,
    format: extraction.format,
    encoding: extraction.encoding,
    title: extraction.fields.title,
    publisher: extraction.fields.publisher,
    publishedAt: extraction.fields.publishedAt,
    warningCount: extraction.warnings.length,
    minConfidence: confidences.length ? Math.min(...confidences) : 0,
    ...(extraction.error ? { error: extraction.error } : {}),
    ...(key ? { storyKey: key } : {}),
    ...(body.trim() ? { bodyHash: simhash(body) } : {}),
  };
}

/** Folds case, width, punctuation and spacing, so two scrapes of one headline compare equal. */
export function normaliseTitle(title: string): string {
  return title
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\p{P}\p{S}]+/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** Normalised title plus the calendar day of publication; empty when either is unknown. */
export function storyKey(title: string, publishedAt: string): string {
  const t = normaliseTitle(title);
  const day = /^\d{4}-\d{2}-\d{2}/.exec(publishedAt.trim())?.[0] ?? "";
  return t && day ? `${day} ${t}` : "";
}

/** A 64-bit simhash (16 hex digits) of the body's word 3-grams: near-identical bodies differ in few bits. */
export function simhash(text: string): string {
  const words = text.normalize("NFKC").toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  // Scripts without spaces (Chinese, Japanese) give one long "word": use character 3-grams instead.
  const tokens = words.length >= 8 ? words : [...text.replace(/\s+/g, "")];
  const counts = new Int32Array(64);
  for (let i = 0; i + 2 < tokens.length || (i === 0 && tokens.length > 0); i++) {
    const gram = tokens.slice(i, i + 3).join(" ");
    const digest = createHash("md5").update(gram).digest();
    for (let bit = 0; bit < 64; bit++) counts[bit]! += (digest[bit >> 3]! >> (bit & 7)) & 1 ? 1 : -1;
    if (tokens.length < 3) break;
  }
  let hex = "";
  for (let nibble = 0; nibble < 16; nibble++) {
    let value = 0;
    for (let b = 0; b < 4; b++) if (counts[nibble * 4 + b]! > 0) value |= 1 << b;
    hex += value.toString(16);
  }
  return hex;
}

export function hammingDistance(a: string, b: string): number {
  let distance = 0;
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    let x = parseInt(a[i]!, 16) ^ parseInt(b[i]!, 16);
    while (x) {
      distance += x & 1;
      x >>= 1;
    }
  }
  return distance + Math.abs(a.length - b.length) * 4;
}

/** Bodies whose simhashes differ in at most this many of 64 bits count as near-identical. */
export const NEAR_IDENTICAL_BITS = 6;
