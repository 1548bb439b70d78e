// Scraper records (Scrapy-style JSON or JSON Lines): the page lives in `html`,
// `body`, `content` or `text`, with `url`, `title` and crawl metadata beside it.
// The inner document is extracted by the HTML or text-dump reader, and its spans
// are mapped back to offsets in the JSON text the editor sees (the inner string
// is escaped there, so offsets differ).
import { Draft, findSpan } from "./draft.js";
import { agencyCredit, BYLINE_OPENER, parseByline, splitNames } from "./byline.js";
import { setSource, type SourceContext } from "./source.js";
import { isSiteName, siteNameBesideTitle, splitSiteSuffix } from "./publisher.js";
import { hostOf, matchProfile } from "./profiles/index.js";
import { guessHomeZone } from "./home-zone.js";
import { normalizeIsoDate } from "./dates.js";
import { escapeRegExp, norm } from "./normalize.js";
import { DATE_KEYS, URL_KEYS, flatFields, keyOf, pick, pickString } from "./record-fields.js";
import { isHeadlineLike } from "./related.js";
import { extractHtml } from "./html.js";
import { extractTextDump } from "./text-dump/index.js";
import { isMarkdown, markdownToText } from "./markdown.js";
import { withoutTracking } from "./ids.js";
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





const TITLE_KEYS = ["title", "headline", "og:title", "ogtitle", "twitter:title"];
/** The site's name as the page gives it in its metadata (og:site_name and its scraper spellings). */
const SITE_KEYS = ["og:sitename", "ogsitename", "sitename", "metasitename", "publishername", "applicationname", "sourcehostname"];
const LANG_KEYS = ["lang", "language", "languagecode", "inlanguage", "metalang", "og:locale", "locale"];
const AUTHOR_KEYS = ["authors", "author", "byline", "creator"];
/** A scraper's list of the page's related headlines (a Scrapy item's `related`). */
const RELATED_KEYS = ["related", "relatedarticles", "relatedheadlines", "relatedtitles", "relatedstories", "relatedlinks", "relatedposts"];

/**
 * A date without a time, when another of the record's date keys (a variant spelling: `published_iso`,
 * `date_published_utc`) gives the same day with its time: that one.
 */
function moreExact(date: ReturnType<typeof normalizeIsoDate>, f: Map<string, string | string[]>, home: string | undefined): ReturnType<typeof normalizeIsoDate> {
  if (!date || date.value.length > 10) return date;
  for (const [k, v] of f) {
    if (typeof v !== "string" || !DATE_KEYS.some((base) => k !== base && k.startsWith(base))) continue;
    const other = normalizeIsoDate(v, home);
    if (other && other.value.length > 10 && other.value.startsWith(date.value)) return other;
  }
  return date;
}

/** What a record's reader knows about the page when it reads a credit from the record's fields. */
function recordSourceContext(draft: Draft): SourceContext {
  return { publisher: draft.fields.publisher, sections: [], dateline: draft.fields.dateline, header: "" };
}

/**
 * What the scraper itself read from the page (byline, publication date, site name), used where
 * the page it kept does not show them (a `content` holding only the story). Never the crawl time.
 */
function readRecordMeta(f: Map<string, string | string[]>, text: string, draft: Draft, url: string): void {
  const span = (v: string) => findSpan(text, 0, text.length, v);
  // An agency among the record's authors ("authors": ["Pti", "Dh Web Desk"]: the page's byline credited the wire) is the
  // credit, as an agency byline is; spelled as the page prints it where it does ("(PTI)"), not as the scraper cased it
  // (a word of its own: not "…_pti.jpg" in an image's address).
  const listed = draft.fields.source ? null : pick(f, AUTHOR_KEYS);
  const agency = (Array.isArray(listed) ? listed : listed ? [listed] : []).map((x) => agencyCredit(x.trim())).find(Boolean);
  if (agency) {
    const printed = [...text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}_/.-])${escapeRegExp(agency)}(?![\\p{L}\\p{N}_/.-])`, "giu"))].map((m) => m[0]).find((m) => m !== agency) ?? agency;
    setSource(draft, { text: printed, span: span(printed), rule: "byline" }, recordSourceContext(draft));
  }
  if (!draft.fields.authors.length) {
    const a = pick(f, AUTHOR_KEYS);
    // An author given as a profile link ("article:author": "https://…") names no one.
    // A raw byline string ("Por Ana Lima, g1 PR — Curitiba") is read as the page's byline: names, and the credit as the source.
    const by = typeof a === "string" && BYLINE_OPENER.test(a) ? parseByline(a) : null;
    if (by?.source && !draft.fields.source) setSource(draft, { text: by.source, span: span(by.source), rule: "byline" }, recordSourceContext(draft));
    const names = (by ? by.names : Array.isArray(a) ? a.flatMap((x) => splitNames(x)) : a ? splitNames(a) : []).filter((n) => !/^https?:|\//.test(n));
    for (const n of names) if (!isSiteName(n, [draft.fields.publisher])) draft.push("authors", n, span(n));
    draft.setList("authors", 0.7);
  }
  // Related headlines the scraper read from the page: part of the page's related list, after those its content holds.
  const rel = pick(f, RELATED_KEYS);
  if (Array.isArray(rel)) {
    for (const r of rel) if (isHeadlineLike(norm(r))) draft.push("related", norm(r), span(r));
    draft.setList("related", 0.8);
  }
  // The site's name as the scraper read it (og:site_name): better than a bare host or nothing.
  const site = pickString(f, SITE_KEYS);
  if (site && (draft.confidence.publisher ?? 0) < 0.5) draft.set("publisher", site, 0.7, span(site));
  const had = draft.fields.publishedAt;
  // The metadata's stamp also wins over the same date or local time printed without a zone: it adds the
  // offset the page states (a bare "date" key, which may be the crawl's, only fills an empty field).
  const d = pickString(f, had ? DATE_KEYS.slice(0, -1) : DATE_KEYS);
  // A stamp without a zone (news-please's "2024-09-23 14:32:00") is the publisher's local time, as a printed one is.
  const zoneless = d && !/(?:Z|[+-]\d\d:?\d\d)$/i.test(d.trim()) && /\d:\d\d/.test(d);
  const home = zoneless ? matchProfile({ pageUrls: url ? [url] : [], headLines: [], footerLines: [], credits: [] })?.profile.homeZone ??
    guessHomeZone({ urls: url ? [url] : [], publisher: draft.fields.publisher, language: draft.fields.language })?.zone : undefined;
  const rd = d ? moreExact(normalizeIsoDate(d, home), f, home) : null;
  const zoned = /[+-]\d\d:\d\d$/;
  // Or the same local time with an offset only assumed (a home zone, confidence under a stated one's).
  const sameButZoned = rd && had && zoned.test(rd.value) && (zoned.test(had)
    ? had.length === rd.value.length && had.slice(0, 19) === rd.value.slice(0, 19) && (draft.confidence.publishedAt ?? 0) < 0.9
    : rd.value.length > had.length && rd.value.startsWith(had));
  if (rd && (!had || sameButZoned)) {
    draft.set("publishedAt", rd.value, 0.75, span(d));
    draft.warnings = draft.warnings.filter((w) => w.field !== "publishedAt");
    draft.warn(had ? "publication time and offset taken from the scraper record's metadata (the page prints the same date without a zone)"
      : "publication date taken from the scraper record (the page it kept shows none)", "publishedAt");
  }
  // The language the page declares (<html lang>, og:locale) as the scraper read it: trusted over
  // detection from the text, as the HTML reader trusts the page's own lang attribute.
  const lang = pickString(f, LANG_KEYS, (s) => /^[a-z]{2,3}(?:[-_][a-z0-9]+)*$/i.test(s)).split(/[-_]/)[0]!.toLowerCase();
  if (lang && lang !== draft.fields.language) draft.set("language", lang, 0.9, null);
}

/**
 * A text dump whose headline was only guessed (no date or byline beside it): the headline the
 * record's metadata gives (og:title, or the title without its " | Site" suffix) wins when the
 * dump prints it as a line of its own above the story.
 */
function headlineFromRecord(f: Map<string, string | string[]>, inner: string, offsets: number[] | null, draft: Draft): void {
  if ((draft.confidence.title ?? 0) >= 0.75) return;
  const storyAt = draft.spans.body?.[0]?.start ?? Infinity;
  const seen = new Set<string>();
  for (const k of ["og:title", "twitter:title", "headline", "title"]) {
    const v = f.get(k);
    if (typeof v !== "string") continue;
    const whole = norm(v);
    // "Headline | Site", "Headline - Site": the part before the last separator.
    const cut = whole.match(/^(.{10,}?)\s+[|\-–—·]\s+[^|\-–—·]{2,60}$/)?.[1] ?? "";
    for (const t of [whole, cut]) {
      if (!t || seen.has(t) || t === draft.fields.title) continue;
      seen.add(t);
      const re = new RegExp(`^[ \\t\\u00A0]*${escapeRegExp(t).replace(/ /g, "[ \\t\\u00A0]+")}[ \\t\\u00A0]*$`, "m");
      const m = re.exec(inner);
      // Remapped spans index the JSON text: the story's first paragraph is compared there.
      const at = m ? (offsets ? offsets[m.index] ?? Infinity : m.index) : Infinity;
      if (!m || at > storyAt) continue;
      const start = m.index + m[0].length - m[0].trimStart().length;
      const end = m.index + m[0].trimEnd().length;
      draft.set("title", t, 0.8, offsets ? { start: offsets[start]!, end: offsets[Math.min(end, offsets.length - 1)]! } : null);
      draft.warnings = draft.warnings.filter((w) => w.field !== "title");
      return;
    }
  }
}

/** Keys that hold the page or its text, by name: "main_text", "bodyHtml", "content_html", "articleBody", "page_content". */
const CONTENT_KEY = /(?:text|html|content|body|article|page)$|^(?:text|html|content|body)/;

/** Does a string look like a page or a story (markup, or several lines of text), not a field value? */
function pageLike(v: string): boolean {
  return v.length >= 200 && (/<(?:html|body|p|div|article)\b/i.test(v.slice(0, 5000)) || (v.match(/\n/g)?.length ?? 0) >= 3);
}

/**
 * Where the record keeps the page: a known key at the top level; else a key named like page
 * content anywhere in the record ("main_text", "data.content_html"), the longest; else the longest
 * string that looks like a page. Returns the key (the last part of its path) and the value.
 */
export function findContent(rec: Record<string, unknown>): { key: string; value: string } | null {
  const key = CONTENT_KEYS.find((k) => typeof rec[k] === "string" && (rec[k] as string).trim());
  if (key) return { key, value: rec[key] as string };
  let named: { key: string; value: string } | null = null;
  let longest: { key: string; value: string } | null = null;
  let level: Record<string, unknown>[] = [rec];
  for (let depth = 0; depth < 3 && level.length; depth++) {
    const next: Record<string, unknown>[] = [];
    for (const o of level) {
      for (const [k, v] of Object.entries(o)) {
        if (typeof v === "string") {
          if (!pageLike(v)) continue;
          if (CONTENT_KEY.test(keyOf(k)) && (!named || v.length > named.value.length)) named = { key: k, value: v };
          if (!longest || v.length > longest.value.length) longest = { key: k, value: v };
        } else if (v && typeof v === "object" && !Array.isArray(v)) next.push(v as Record<string, unknown>);
      }
    }
    level = next;
  }
  return named ?? longest;
}

/** The string literal holding `value` under `"key":` in the JSON text (the key may occur more than once). */
function literalOf(text: string, key: string, value: string): ReturnType<typeof scanStringLiteral> {
  const name = `"${key}"`;
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
    const colon = /^\s*:\s*"/.exec(text.slice(at + name.length, at + name.length + 40));
    if (!colon) continue;
    const lit = scanStringLiteral(text, at + name.length + colon[0].length - 1);
    if (lit && lit.value === value) return lit;
  }
  return null;
}

/** A node's own text and what it is, by key spelling: `{sel, text}`, `{selector, content}`, `{tag, value}`. */
const NODE_TEXT_KEYS = ["text", "content", "value", "innertext", "textcontent"];
const NODE_KIND_KEYS = ["sel", "selector", "css", "xpath", "tag", "tagname", "type", "kind", "role", "class", "classname", "name"];
/**
 * Nodes that are not the story's running text, by what their selector names: page furniture (navigation,
 * cookie banners, share bars, comments, footers), captions, and the dek or lead under the headline.
 */
const NODE_NOT_TEXT = /\b(?:nav|header|footer|cookies?|consent|share|social|comments?|figcaption|caption|lead|dek|standfirst|summary|excerpt|subtitle|kicker|tags?|breadcrumbs?|ad|ads|advert\w*|promo|subscri\w*|newsletter|paywall)\b/i;

/**
 * A page kept as a list of nodes (`[{sel: "h1", text: "…"}, {sel: "p", text: "…"}]`), anywhere in the record
 * down to three levels: their texts in order are the page's text, one block each. A node whose selector names
 * furniture, a caption or a lead is left out; an `h1` node is the headline. Offsets map each character back to
 * the node's string in the JSON text (a separator to the end of the node before it).
 */
function nodeContent(rec: Record<string, unknown>, text: string): { value: string; offsets: number[]; title: string } | null {
  return firstInLists(rec, 3, (v) => {
    if (v.length < 3) return null;
    const objs = v.filter((x): x is Record<string, unknown> => !!x && typeof x === "object" && !Array.isArray(x));
    if (objs.length < v.length * 0.6) return null;
    const keys = new Map(Object.keys(objs[0]!).map((k) => [keyOf(k), k]));
    const tk = NODE_TEXT_KEYS.map((k) => keys.get(k)).find((k) => k && objs.filter((x) => typeof x[k] === "string").length >= objs.length * 0.6);
    if (!tk) return null;
    const kk = NODE_KIND_KEYS.map((k) => keys.get(k)).find((k) => k && typeof objs[0]![k] === "string");
    let title = "", from = 0;
    const blocks: Literal[] = [];
    for (const x of objs) {
      const t = x[tk];
      if (typeof t !== "string" || !t.trim()) continue;
      const kind = kk && typeof x[kk] === "string" ? (x[kk] as string) : "";
      if (!title && /(?:^|[\s>])h1\b/i.test(kind)) title = t.trim();
      if (kind && NODE_NOT_TEXT.test(kind.replace(/[-_]/g, " "))) continue;
      const lit = literalFrom(text, tk, t, from);
      if (!lit) return null;
      from = lit.offsets[lit.offsets.length - 1]!;
      blocks.push(lit);
    }
    const joined = joinBlocks(blocks);
    return joined && { ...joined, title };
  });
}

type Literal = NonNullable<ReturnType<typeof scanStringLiteral>>;

/**
 * Texts kept apart (nodes, paragraphs) as one page text, a blank line between blocks (CRs made spaces, so
 * offsets stay one per character); each character's offset is its literal's, a separator the end of the
 * block before it. Null when there is too little to be a page.
 */
function joinBlocks(blocks: Literal[]): { value: string; offsets: number[] } | null {
  let value = "";
  const offsets: number[] = [];
  let lastEnd = -1;
  for (const lit of blocks) {
    if (value) { value += "\n\n"; offsets.push(lastEnd, lastEnd); }
    value += lit.value.replace(/\r\n?/g, (m) => " ".repeat(m.length)).replace(/\r/g, " ");
    offsets.push(...lit.offsets.slice(0, -1));
    lastEnd = lit.offsets[lit.offsets.length - 1]!;
  }
  if (value.length < 200) return null;
  offsets.push(lastEnd);
  return { value, offsets };
}

/**
 * A story kept as a list of paragraph strings under a key named like content (a Scrapy item's
 * `body: ["…", "…"]`, `paragraphs`), at the top level: one block each, in order. What the scraper
 * swept in with them (a caption, "ALSO READ:", "Advertisement") is left to the text reader's line rules.
 */
function paragraphListContent(rec: Record<string, unknown>, text: string): { value: string; offsets: number[]; title: string } | null {
  for (const [key, v] of Object.entries(rec)) {
    if (!Array.isArray(v) || v.length < 2 || !(CONTENT_KEY.test(keyOf(key)) || keyOf(key) === "paragraphs")) continue;
    if (!v.every((x) => typeof x === "string")) continue;
    const open = new RegExp(`"${escapeRegExp(key)}"\\s*:\\s*\\[`).exec(text);
    if (!open) continue;
    // The array's string literals in order, each after a comma or the bracket.
    const blocks: Literal[] = [];
    let at = open.index + open[0].length;
    for (const item of v as string[]) {
      const next = /^[\s,]*"/.exec(text.slice(at, at + 200));
      const lit = next ? scanStringLiteral(text, at + next[0].length - 1) : null;
      if (!lit || lit.value !== item) { blocks.length = 0; break; }
      at = lit.offsets[lit.offsets.length - 1]! + 1;
      if (item.trim()) blocks.push(lit);
    }
    const joined = blocks.length ? joinBlocks(blocks) : null;
    if (joined) return { ...joined, title: "" };
  }
  return null;
}

/** The string literal holding `value` under `"key":` at or after `from` in the JSON text. */
function literalFrom(text: string, key: string, value: string, from: number): ReturnType<typeof scanStringLiteral> {
  const re = new RegExp(`"${escapeRegExp(key)}"\\s*:\\s*"`, "g");
  re.lastIndex = from;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const lit = scanStringLiteral(text, m.index + m[0].length - 1);
    if (lit && lit.value === value) return lit;
  }
  return null;
}

/**
 * An article an API response wraps in a list (Diffbot's `objects`, `data`, `results`, `articles`, `items`):
 * the first object of a list, down to two levels, that holds page content, with the list's length. The
 * wrapper's own fields (the request's URL, a language) still count, after the article's.
 */
function wrappedArticle(rec: Record<string, unknown>): { article: Record<string, unknown>; of: number } | null {
  return firstInLists(rec, 2, (v) => {
    const first = v[0];
    if (!first || typeof first !== "object" || Array.isArray(first)) return null;
    // A page or story, not one node of a page kept as a node list ({sel: "h1", text: "…"}).
    const content = findContent(first as Record<string, unknown>);
    return content && pageLike(content.value) ? { article: first as Record<string, unknown>, of: v.length } : null;
  });
}

/** The first answer `pick` gives for a list in the record, walking nested objects breadth-first down to `depth` levels. */
function firstInLists<T>(rec: Record<string, unknown>, depth: number, pick: (list: unknown[]) => T | null): T | null {
  let level: Record<string, unknown>[] = [rec];
  for (let d = 0; d < depth && level.length; d++) {
    const next: Record<string, unknown>[] = [];
    for (const o of level) {
      for (const v of Object.values(o)) {
        if (!v || typeof v !== "object") continue;
        if (!Array.isArray(v)) { next.push(v as Record<string, unknown>); continue; }
        const found = pick(v);
        if (found !== null) return found;
      }
    }
    level = next;
  }
  return null;
}

/** Returns an error message when nothing could be read. */
export function extractJsonRecord(text: string, draft: Draft, fileName: string): string | undefined {
  const outer = firstRecord(text, fileName, draft);
  if (typeof outer === "string") return outer;
  const wrapped = findContent(outer) ? null : wrappedArticle(outer);
  if (wrapped && wrapped.of > 1) draft.warn(`the JSON record lists ${wrapped.of} articles; only the first was read`);
  const rec = wrapped?.article ?? outer;
  const content = findContent(rec) ?? nodeContent(rec, text) ?? paragraphListContent(rec, text);
  if (!content) return `the JSON record has no page content (none of ${CONTENT_KEYS.join(", ")}, and no other field holds page text or HTML)`;
  const { value: inner } = content;
  const f = flatFields(rec);
  if (wrapped) for (const [k, v] of flatFields(outer)) if (!f.has(k)) f.set(k, v);
  // (Without the tracking parameters of the share link a crawl was fed: the page's canonical address.)
  const url = withoutTracking(pickString(f, URL_KEYS, (s) => /^https?:\/\/\S+$/i.test(s))) || undefined;
  let title = ("title" in content && content.title) || pickString(f, TITLE_KEYS) || undefined;
  // The site's name from the metadata, or beside the headline in the page's <title> a scraper kept apart (news-please's title_page).
  const siteNames = [pickString(f, SITE_KEYS), title ? siteNameBesideTitle(pickString(f, ["titlepage", "pagetitle", "htmltitle", "titlefull"]), title) : ""].filter(Boolean);
  // Or the scraper kept the <title> as the title: "Headline - Site" is the headline, and the site's name.
  const suffixed = title ? splitSiteSuffix(title, hostOf(url ?? ""), siteNames) : null;
  if (suffixed) {
    title = suffixed.headline;
    if (!siteNames.length && suffixed.named) siteNames.push(suffixed.site);
  }
  const isHtml = /<(?:html|body|p|div|article)\b/i.test(inner.slice(0, 5000));
  const inDraft = new Draft();
  // Markdown (a crawler's `markdown` field) is read as the text it shows, each character mapped back to the Markdown.
  const md = !isHtml && isMarkdown("key" in content ? content.key : "", inner) ? markdownToText(inner) : null;
  const innerText = isHtml ? inner : md ? md.text : inner.replace(/\r\n?/g, "\n");
  const opts = { ...(url ? { url } : {}), ...(title ? { title } : {}), siteNames };
  if (isHtml) extractHtml(innerText, inDraft, opts);
  else extractTextDump(innerText, inDraft, opts);
  // The Markdown's level-one heading is the page's <h1>: the headline, whatever the text reader guessed.
  if (md?.h1) {
    inDraft.set("title", md.text.slice(md.h1.start, md.h1.end), 0.85, md.h1);
    inDraft.warnings = inDraft.warnings.filter((w) => w.field !== "title");
  }
  // Map spans from the inner string to the JSON text.
  const lit = "offsets" in content ? { value: inner, offsets: content.offsets } : literalOf(text, content.key, inner);
  const offsets = !lit ? null : md ? md.offsets.map((k) => lit.offsets[k]!) : innerText === inner ? lit.offsets : null;
  if (offsets) remapSpans(inDraft, offsets);
  else { inDraft.spans = {}; draft.warn("spans could not be mapped into the JSON text; fields are shown without highlights"); }
  draft.fields = inDraft.fields;
  draft.spans = inDraft.spans;
  draft.confidence = inDraft.confidence;
  draft.absence = inDraft.absence;
  draft.bodyEvidence = inDraft.bodyEvidence;
  for (const w of inDraft.warnings) draft.warn(w.message, w.field);
  if (!draft.fields.url && url) draft.set("url", url, 0.8, null);
  if (!isHtml) headlineFromRecord(f, innerText, offsets, draft);
  readRecordMeta(f, text, draft, url ?? "");
  if (!draft.fields.publishedAt && pickString(f, ["crawledat", "fetchedat", "crawlts", "loadedtime"])) {
    draft.warn("the record's crawl time is not the publication time; publishedAt left empty", "publishedAt");
  }
  return undefined;
}
