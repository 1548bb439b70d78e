// Scraper records (Scrapy-style JSON or JSON Lines): the page lives in `html`,
// `body`, `content` or `text`, with `url`, `title` and crawl metadata beside it.
// The inner document is extracted by the HTML or text-dump reader, and its spans
// are mapped back to offsets in the JSON text the editor sees (the inner string
// is escaped there, so offsets differ).
import { Draft, findSpan } from "./draft.js";
import { splitNames } from "./byline.js";
import { isSiteName } from "./publisher.js";
import { normalizeIsoDate } from "./dates.js";
import { extractHtml } from "./html.js";
import { extractTextDump } from "./text-dump/index.js";
import type { FieldName, Span } from "../../../shared/record.js";

const CONTENT_KEYS = ["html", "raw_html", "page_html", "body", "content", "text", "article", "page"];

/** Decodes the JSON string literal starting at `quote` and records, for each UTF-16 unit, its offset in `src`. */
export function scanStringLiteral(src: string, quote: number): { value: string; offsets: number[] } | null {
  if (src[quote] !== '"') return null;
  let value = "";
  const offsets: number[] = [];
  for (let i = quote + 1; i < src.length; ) {
    const c = src[i]!;
    if (c === '"') { offsets.push(i); return { value, offsets }; }
    if (c === "\\") {
      const n = src[i + 1];
      if (n === "u") {
        const code = parseInt(src.slice(i + 2, i + 6), 16);
        if (Number.isNaN(code)) return null;
        offsets.push(i); value += String.fromCharCode(code); i += 6; continue;
      }
      const map: Record<string, string> = { n: "\n", t: "\t", r: "\r", b: "\b", f: "\f", '"': '"', "\\": "\\", "/": "/" };
      if (n === undefined || map[n] === undefined) return null;
      offsets.push(i); value += map[n]; i += 2; continue;
    }
    offsets.push(i); value += c; i++;
  }
  return null;
}

function remapSpans(draft: Draft, offsets: number[]): void {
  const at = (k: number) => offsets[Math.min(Math.max(0, k), offsets.length - 1)]!;
  for (const [field, list] of Object.entries(draft.spans) as [FieldName, Span[]][]) {
    draft.spans[field] = list.map((s) => ({ ...s, start: at(s.start), end: s.end >= offsets.length - 1 ? at(offsets.length - 1) : at(s.end) }));
  }
}

function firstRecord(text: string, fileName: string, draft: Draft): Record<string, unknown> | string {
  try {
    const v = JSON.parse(text) as unknown;
    if (Array.isArray(v)) {
      if (v.length > 1) draft.warn(`the JSON file holds ${v.length} records; only the first was read`);
      return (v[0] && typeof v[0] === "object" ? v[0] : "the JSON array holds no record object") as Record<string, unknown> | string;
    }
    return v && typeof v === "object" ? (v as Record<string, unknown>) : "the JSON value is not an object with page fields";
  } catch (e) {
    const lines = text.split("\n").filter((l) => l.trim());
    if (lines.length > 1 || /\.jsonl$|\.ndjson$/i.test(fileName)) {
      try {
        const v = JSON.parse(lines[0] ?? "") as unknown;
        if (lines.length > 1) draft.warn(`the JSON Lines file holds ${lines.length} records; only the first was read`);
        if (v && typeof v === "object") return v as Record<string, unknown>;
      } catch { /* reported below */ }
    }
    return `invalid JSON (${e instanceof Error ? e.message : String(e)}); the scraper record could not be read`;
  }
}

/** The first string (or string list) among a record's keys. */
function pick(rec: Record<string, unknown>, keys: string[]): string | string[] {
  for (const k of keys) {
    const v = rec[k];
    if (typeof v === "string" && v.trim()) return v;
    if (Array.isArray(v) && v.length && v.every((x) => typeof x === "string")) return v as string[];
  }
  return "";
}

/**
 * What the scraper itself read from the page (byline, publication date), used
 * where the page it kept does not show them (a `content` holding only the story).
 * Never the crawl time.
 */
function readRecordMeta(rec: Record<string, unknown>, text: string, draft: Draft): void {
  const span = (v: string) => findSpan(text, 0, text.length, v);
  if (!draft.fields.authors.length) {
    const a = pick(rec, ["authors", "author", "byline", "creator"]);
    const names = Array.isArray(a) ? a.flatMap((x) => splitNames(x)) : a ? splitNames(a) : [];
    for (const n of names) if (!isSiteName(n, [draft.fields.publisher])) draft.push("authors", n, span(n));
    draft.setList("authors", 0.7);
  }
  // The site's name as the scraper read it (og:site_name): better than a bare host or nothing.
  const site = pick(rec, ["site_name", "siteName", "publisher_name"]);
  if (typeof site === "string" && site && (draft.confidence.publisher ?? 0) < 0.5) draft.set("publisher", site.trim(), 0.7, span(site));
  if (!draft.fields.publishedAt) {
    const d = pick(rec, ["published", "published_at", "publishedAt", "date_published", "datePublished", "date_publish", "pubdate", "pub_date", "publish_date", "date"]);
    const f = typeof d === "string" ? normalizeIsoDate(d) : null;
    if (f) {
      draft.set("publishedAt", f.value, 0.75, span(d as string));
      draft.warnings = draft.warnings.filter((w) => w.field !== "publishedAt");
      draft.warn("publication date taken from the scraper record (the page it kept shows none)", "publishedAt");
    }
  }
}

/** Returns an error message when nothing could be read. */
export function extractJsonRecord(text: string, draft: Draft, fileName: string): string | undefined {
  const rec = firstRecord(text, fileName, draft);
  if (typeof rec === "string") return rec;
  const key = CONTENT_KEYS.find((k) => typeof rec[k] === "string" && (rec[k] as string).trim());
  if (!key) return `the JSON record has no page content (none of ${CONTENT_KEYS.join(", ")})`;
  const inner = rec[key] as string;
  const url = typeof rec.url === "string" ? rec.url : typeof rec.link === "string" ? rec.link : undefined;
  const title = typeof rec.title === "string" ? rec.title : typeof rec.headline === "string" ? rec.headline : undefined;
  const isHtml = /<(?:html|body|p|div|article)\b/i.test(inner.slice(0, 5000));
  const inDraft = new Draft();
  const innerText = isHtml ? inner : inner.replace(/\r\n?/g, "\n");
  if (isHtml) extractHtml(innerText, inDraft, { ...(url ? { url } : {}), ...(title ? { title } : {}) });
  else extractTextDump(innerText, inDraft, { ...(url ? { url } : {}), ...(title ? { title } : {}) });
  // Map spans from the inner string to the JSON text.
  const keyAt = text.search(new RegExp(`"${key}"\\s*:\\s*"`));
  const lit = keyAt >= 0 ? scanStringLiteral(text, text.indexOf('"', text.indexOf(":", keyAt))) : null;
  if (lit && lit.value === inner && innerText === inner) remapSpans(inDraft, lit.offsets);
  else { inDraft.spans = {}; draft.warn("spans could not be mapped into the JSON text; fields are shown without highlights"); }
  draft.fields = inDraft.fields;
  draft.spans = inDraft.spans;
  draft.confidence = inDraft.confidence;
  draft.absence = inDraft.absence;
  for (const w of inDraft.warnings) draft.warn(w.message, w.field);
  if (!draft.fields.url && url) draft.set("url", url, 0.8, null);
  readRecordMeta(rec, text, draft);
  if (typeof rec.crawled_at === "string" && !draft.fields.publishedAt) {
    draft.warn("the record's crawled_at is the crawl time, not the publication time; publishedAt left empty", "publishedAt");
  }
  return undefined;
}
