// What the manifest keeps about an extraction so the queue can be listed, counted and checked for
// duplicates without reading the extraction caches: the shown fields, and a story fingerprint.
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
  bodyHash?: string;
}

/** The lowest confidence of any field (0 when none has one). */
export function minConfidence(extraction: Extraction): number {
  const confidences = FIELD_NAMES.map((name) => extraction.confidence[name]).filter((c): c is number => c !== undefined);
  return confidences.length ? Math.min(...confidences) : 0;
}

export function summariseExtraction(extraction: Extraction): ExtractionSummary {
  const body = extraction.fields.body.join("\n");
  return {
    extractorVersion: extraction.extractorVersion,
    format: extraction.format,
    encoding: extraction.encoding,
    title: extraction.fields.title,
    publisher: extraction.fields.publisher,
    publishedAt: extraction.fields.publishedAt,
    warningCount: extraction.warnings.length,
    minConfidence: minConfidence(extraction),
    ...(extraction.error ? { error: extraction.error } : {}),
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
  // Scripts without spaces (Chinese, Japanese) give few long "words": use characters instead.
  const tokens = words.length >= 8 ? words : [...text.replace(/\s+/g, "")];
  const hashes = tokens.map(fnv1a);
  const counts = new Int32Array(64);
  const grams = Math.max(1, hashes.length - 2);
  for (let i = 0; i < grams; i++) {
    const a = hashes[i] ?? 0;
    const b = hashes[i + 1] ?? 0;
    const c = hashes[i + 2] ?? 0;
    const low = mix(a ^ Math.imul(b, 0x9e3779b1) ^ Math.imul(c, 0x85ebca77));
    const high = mix(low ^ 0x5bd1e995 ^ Math.imul(a + c, 0xc2b2ae3d));
    for (let bit = 0; bit < 32; bit++) {
      counts[bit]! += (low >>> bit) & 1 ? 1 : -1;
      counts[32 + bit]! += (high >>> bit) & 1 ? 1 : -1;
    }
  }
  let hex = "";
  for (let nibble = 0; nibble < 16; nibble++) {
    let value = 0;
    for (let b = 0; b < 4; b++) if (counts[nibble * 4 + b]! > 0) value |= 1 << b;
    hex += value.toString(16);
  }
  return hex;
}

function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/** murmur3's finaliser: spreads every input bit over the whole word. */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
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
