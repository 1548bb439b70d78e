// HTML reader. Metadata from JSON-LD (NewsArticle), OpenGraph / article: meta,
// <time> and canonical links; the story text from Mozilla Readability (on a
// linkedom DOM), with captions, deks, promos and credits filtered by the same
// line rules as text dumps; related headlines from related/more-from boxes and
// inline "RELATED:" links, in page order.
import { parseHTML } from "linkedom";
import { Readability } from "@mozilla/readability";
import { Draft, findSpan } from "./draft.js";
import { scoreAbsences } from "./absence.js";
import { norm, hanCount, textStats } from "./normalize.js";
import { findDates, formatDate, normalizeIsoDate, type FoundDate } from "./dates.js";
import { parseDateline } from "./dateline.js";
import { BYLINE_OPENER, isNewsroomDesk, outletAfterNames, outletLike, parseBareNames, parseByline, parseCreditRun, splitNames } from "./byline.js";
import { detectLanguage } from "./language.js";
import { brandFor, hostOf, matchProfile } from "./profiles/index.js";
import { choosePublisher, copyrightOwner, isSiteName, profileVerdict, sameName, siteNameBesideTitle } from "./publisher.js";
import { INLINE_RELATED, RELATED_HEADER, SKIP_HEADER, isHeadlineLike, stripBullet } from "./related.js";
import { idFromUrl, shortlinkId } from "./ids.js";
import { guessHomeZone } from "./home-zone.js";
import { creditRole, unlabelledSource } from "./credit-roles.js";
import { setSource, type SourceFound } from "./source.js";
import { classifyLines, editorOf } from "./text-dump/classify.js";
import { lineFacts, makeLine, type Line } from "./text-dump/lines.js";

/* eslint-disable @typescript-eslint/no-explicit-any */
type El = any;

export interface HtmlOptions {
  /** URL known from outside the page (a scraper record). */
  url?: string;
  /** Title known from outside the page. */
  title?: string;
  /** The site's name from a scraper record's metadata, when the page's own tags may lack it. */
  siteNames?: string[];
}

const ARTICLE_TYPES = /^(?:NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|BlogPosting|LiveBlogPosting|OpinionNewsArticle|BackgroundNewsArticle|Report)$/;
const RELATED_BOX = /(?:^|[\s_-])(?:related|more-(?:from|in|stories|news)|most-(?:read|viewed|popular)|popular|recommended|read-next|trending|also-read|see-also)(?:$|[\s_-])/i;
const NOT_RELATED_BOX = /(?:^|[\s_-])(?:tags?|topics?|keywords|sponsor\w*|promo\w*|ad|ads|advert\w*|share|social|nav|menu|footer|newsletter|breadcrumbs?|comments?)(?:$|[\s_-])/i;
/** Class words of boxes inside the content that are not the story (a donation appeal among them: "pt-donate-box", "x-inline-support"). */
const NOT_BODY_CLASS = /(?:^|[\s_-])(?:dek|standfirst|subtitle|subhead|summary|excerpt|caption|credit|byline|related|promo|newsletter|tags|share|timestamps?|meta|ad|advert\w*|cp-credit|bio|comments?|donat\w*|support|disclaimer)(?:$|[\s_-])/i;
/**
 * An element's classes that may say what it holds: without the ones naming a CMS field's data type, as Drupal's
 * story field is classed ("field--name-body field--type-text-with-summary": a text field that has a summary).
 */
function roleClasses(el: El): string {
  const cls = String(el.getAttribute?.("class") ?? "");
  return cls.includes("--type-") ? cls.replace(/\S*--type-\S*/g, "") : cls;
}

/** Elements whose text is code or markup, never shown: an inline script in an <h1> must not reach the title. */
const HIDDEN_TEXT = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE"]);

function textOf(el: El): string {
  if (!el) return "";
  if (!el.firstElementChild || !el.querySelector("script, style, noscript, template")) return norm(String(el.textContent ?? ""));
  let out = "";
  const walk = (n: El): void => {
    for (let c = n.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) out += String(c.textContent ?? "");
      else if (c.nodeType === 1 && !HIDDEN_TEXT.has(String(c.tagName).toUpperCase())) walk(c);
    }
  };
  walk(el);
  return norm(out);
}

/** A fragment (a scraper's `content`) parses without <body> in linkedom: wrap it so the page has one. */
function parsePage(html: string): El {
  const whole = /<(?:html|body)[\s>]/i.test(html.slice(0, 4096));
  return (parseHTML(whole ? html : `<!doctype html><html><body>${html}</body></html>`) as { document: El }).document;
}

function ldObjects(document: El): any[] {
  const out: any[] = [];
  const visit = (x: any): void => {
    if (!x || typeof x !== "object") return;
    if (Array.isArray(x)) { x.forEach(visit); return; }
    out.push(x);
    if (x["@graph"]) visit(x["@graph"]);
  };
  for (const s of document.querySelectorAll('script[type="application/ld+json"]')) {
    try { visit(JSON.parse(String(s.textContent ?? ""))); } catch { /* a broken JSON-LD block is ignored */ }
  }
  // A @graph (Yoast, WordPress) names its author and publisher by reference: {"@id": ".../#organization"}.
  const byId = new Map<string, any>();
  for (const o of out) if (typeof o["@id"] === "string" && (o.name || o.headline)) byId.set(o["@id"], o);
  const deref = (x: any): any => (Array.isArray(x) ? x.map(deref) : x && typeof x === "object" && !x.name && byId.has(x["@id"]) ? byId.get(x["@id"]) : x);
  for (const o of out) for (const k of ["author", "publisher", "sourceOrganization", "isPartOf"]) if (o[k]) o[k] = deref(o[k]);
  return out;
}

function ldType(o: any): string[] {
  const t = o?.["@type"];
  return Array.isArray(t) ? t.map(String) : t ? [String(t)] : [];
}

function ldName(x: any): string {
  if (!x) return "";
  if (typeof x === "string") return norm(x);
  if (Array.isArray(x)) return ldName(x[0]);
  return typeof x.name === "string" ? norm(x.name) : "";
}

function ldNames(x: any): string[] {
  if (!x) return [];
  const list = Array.isArray(x) ? x : [x];
  // A desk named as the author ("Staff Reporter") names no one.
  return list.map(ldName).filter((n) => n && !isNewsroomDesk(n));
}

/** Source-text span of a value that may be entity-escaped or interrupted by tags: anchored on its first and last words. */
export function approxSpan(text: string, value: string, from = 0): { start: number; end: number } | null {
  const exact = findSpan(text, from, text.length, value);
  if (exact) return exact;
  const words = value.split(" ").filter(Boolean);
  if (words.length < 4) return null;
  const k = Math.min(4, Math.floor(words.length / 2));
  let start = -1;
  for (let i = 0; i + k <= Math.min(words.length, 8) && start < 0; i++) {
    const at = text.indexOf(words.slice(i, i + k).join(" "), from);
    if (at >= 0) start = at;
  }
  if (start < 0) return null;
  for (let i = words.length; i - k >= Math.max(0, words.length - 8); i--) {
    const probe = words.slice(i - k, i).join(" ");
    const at = text.indexOf(probe, start);
    if (at >= 0 && at - start < value.length * 3 + 200) return { start, end: at + probe.length };
  }
  return null;
}

/** "More information" as the title of a box of headline links inside a story (El País's "Más información"). */
const MORE_INFO_BOX = /^(?:más información|mais informações|more information|plus d['’]informations|weitere informationen|meer informatie|ulteriori informazioni)$/i;

/** Is this <article> a teaser card (little text) rather than a story? Cached: every link of a story asks of its <article>. */
const CARDS = new WeakMap<object, boolean>();
function isCard(el: El): boolean {
  let card = CARDS.get(el);
  if (card === undefined) { card = String(el.textContent ?? "").length <= 300; CARDS.set(el, card); }
  return card;
}

/**
 * A paragraph that is a list label in bold and a link ("<p><strong>À lire aussi</strong> <a>Headline</a></p>"): an inline
 * related item, printed without the colon INLINE_RELATED looks for.
 */
/**
 * A credit element a theme names for the source, beside the byline ("<div class="td-post-source">BERNAMA</div>",
 * "byline-source"): a short text, not a link list or a sentence.
 */
function sourceElement(document: El): El | null {
  // ("article-origins": the credit's name on some Austrian and German themes.)
  for (const el of document.querySelectorAll('[class*="source" i], [class*="origin" i]') as Iterable<El>) {
    if (!/(?:^|[\s_-])(?:source|origins?)(?:$|[\s_-])/i.test(String(el.getAttribute?.("class") ?? ""))) continue;
    const t = textOf(el);
    if (t && t.length <= 60 && !/[.!?]$|https?:/.test(t) && !el.querySelector?.("a, img, video, source")) return el;
  }
  return labelledBesideTime(document);
}

/** An element beside the page's <time> whose text is a labelled credit ("<time>…</time> <span class=credit>Source: X</span>"). */
function labelledBesideTime(document: El): El | null {
  for (const time of document.querySelectorAll("time") as Iterable<El>) {
    for (const el of (time.parentElement?.children ?? []) as Iterable<El>) {
      const t = el === time ? "" : textOf(el);
      if (t && t.length <= 80 && unlabelledSource(t) !== t && !el.querySelector?.("a, img")) return el;
    }
  }
  return null;
}

const RE_EDITOR_WORD = /editor|编辑|編輯|редактор/i;
/**
 * An analytics data layer's article id: "articleId", "content_id", Spanish "idNota" / "id_noticia", Portuguese "idMateria" …
 * (Not a CMS's "postID": the held-out gold reads none there.)
 */
/** Meta tags naming the article's id in the CMS. */
const META_ID_NAMES = ["contentid", "articleid", "article:id", "article_id", "content_id"];
const RE_DATA_LAYER_ID = /["'](?:(?:article|content|story|news|nota|noticia|articulo|materia)_?id|id_?(?:article|content|story|news|nota|noticia|articulo|materia))["']\s*:\s*["']?(\d{4,}|(?=[A-Z]*\d)(?=\d*[A-Z])[A-Z\d]{20,32}(?![\w-]))["']?/i;

/** The last paragraph opening with a copyright notice ("<p>Copyright 2025 by KOMO News …"), for a page without a footer. */
function lastCopyrightLine(document: El): string {
  let last = "";
  for (const p of document.querySelectorAll("p")) {
    const t = textOf(p);
    if (t.length < 200 && /^(?:copyright\b|©)/i.test(t)) last = t;
  }
  return last;
}

function labelledLink(el: El): boolean {
  const lead = el.firstElementChild;
  if (!lead || !/^(?:strong|b)$/i.test(String(lead.tagName)) || !el.querySelector?.("a")) return false;
  return RELATED_HEADER.test(textOf(lead));
}

function relatedContext(a: El, order: Map<El, number>): "inline" | "box" | "" {
  let el = a.parentElement;
  for (let depth = 0; el && depth < 8; depth++, el = el.parentElement) {
    const tag = String(el.tagName ?? "").toLowerCase();
    if (tag === "body" || tag === "html") return "";
    const cls = `${el.getAttribute?.("class") ?? ""} ${el.getAttribute?.("id") ?? ""}`;
    if (depth < 2 && (tag === "p" || tag === "div") && (INLINE_RELATED.test(textOf(el)) || labelledLink(el))) return "inline";
    if (NOT_RELATED_BOX.test(cls) || tag === "nav" || tag === "footer") return "";
    if (RELATED_BOX.test(cls)) return "box";
    // A list, or a card, headed by the paragraph just before it ("<p><strong>Read also:</strong></p><ul>…",
    // "<p><strong>Related:</strong></p><div class="card"><a>…</a></div>").
    if (tag === "ul" || tag === "ol" || (tag === "div" && isCard(el))) {
      const prev = el.previousElementSibling;
      const pt = prev && /^(?:p|div|span|strong|b)$/i.test(String(prev.tagName)) ? textOf(prev) : "";
      if (pt && pt.length < 60 && RELATED_HEADER.test(pt)) return "box";
    }
    if (tag === "section" || tag === "aside" || tag === "div" || tag === "ul") {
      const h = el.querySelector?.("h2, h3, h4, h5, header");
      // A box's heading is printed above its links: a heading below the link heads another box inside this one
      // (a "Related" list after the donation links at the foot of the story).
      const ht = h && (order.get(h) ?? 0) < (order.get(a) ?? 0) ? textOf(h) : "";
      if (ht && SKIP_HEADER.test(ht)) return "";
      if (ht && RELATED_HEADER.test(ht)) return "box";
      // A box titled by its first line rather than a heading (<p class="…_t">Más información</p>).
      const first = el.firstElementChild;
      const ft = first && first !== h && !first.contains?.(a) ? textOf(first) : "";
      if (ft && ft.length < 60 && (RELATED_HEADER.test(ft) || MORE_INFO_BOX.test(ft))) return "box";
    }
    // A teaser card (an <article> holding one headline) inside a box is an item of the box, not the story.
    if (tag === "main" || (tag === "article" && !isCard(el))) return "";
  }
  return "";
}

export function extractHtml(html: string, draft: Draft, opts: HtmlOptions = {}): void {
  // Scripts and styles are parsed as raw text; only JSON-LD is read from them.
  const document = parsePage(html);
  const meta = new Map<string, string>();
  for (const m of document.querySelectorAll("meta")) {
    const k = String(m.getAttribute("property") ?? m.getAttribute("name") ?? m.getAttribute("itemprop") ?? "").toLowerCase();
    const v = m.getAttribute("content");
    if (k && v && !meta.has(k)) meta.set(k, norm(String(v)));
  }
  const ld = ldObjects(document);
  const art = ld.find((o) => ldType(o).some((t) => ARTICLE_TYPES.test(t))) ?? {};
  const canonical = norm(String(document.querySelector('link[rel="canonical"]')?.getAttribute("href") ?? ""));
  const ogUrl = meta.get("og:url") ?? "";
  const ldUrl = typeof art.mainEntityOfPage === "string" ? art.mainEntityOfPage : String(art.mainEntityOfPage?.["@id"] ?? art.url ?? "");
  // Microdata names the page as JSON-LD does: <link itemprop="mainEntityOfPage" href="…">.
  const microUrl = String(document.querySelector('[itemprop="mainEntityOfPage"]')?.getAttribute("href") ?? "");
  const url = [canonical, ogUrl, ldUrl, microUrl, opts.url ?? ""].find((u) => /^https?:\/\//i.test(u)) ?? "";
  const article = document.querySelector("article") ?? document.querySelector("main") ?? document.body;

  // language
  const langAttr = String(document.documentElement?.getAttribute("lang") ?? meta.get("og:locale") ?? art.inLanguage ?? "");
  const primary = langAttr.split(/[-_]/)[0]?.toLowerCase() ?? "";

  // profile
  const footer = document.querySelector("footer");
  const match = matchProfile({ pageUrls: [url, canonical, ogUrl].filter(Boolean), headLines: [], footerLines: footer ? [textOf(footer)] : [], credits: [] });
  const profile = match?.profile;

  // title: the printed <h1>, else metadata, else <title> without its site suffix
  const mastheads = mastheadsOf(document);
  const siteNames = [meta.get("og:site_name") ?? "", ldName(art.publisher), ...mastheads];
  const h1t = printedHeadline(document, article, norm(String(art.headline ?? meta.get("og:title") ?? "")), siteNames);
  const headline = h1t && h1t.length < 300 ? h1t : norm(String(art.headline ?? meta.get("og:title") ?? ""));
  const pageTitles = [textOf(document.querySelector("title")), norm(opts.title ?? "")].filter(Boolean);

  // publisher: the profile's brand; else the page's clues vote (metadata, browser title, copyright, masthead, URL)
  let publisher = "";
  let pubConf = 0;
  const suffixes = pageTitles.map((t) => (headline ? siteNameBesideTitle(t, headline) : t.match(/^.{10,}?\s[|\-–—]\s([^|\-–—]{2,60})$/)?.[1]?.trim() ?? "")).filter(Boolean);
  {
    const choice = choosePublisher({
      metadata: [meta.get("og:site_name") ?? opts.siteNames?.[0] ?? "", ldName(art.publisher), ldName(ld.find((o) => ldType(o).includes("WebSite"))), meta.get("application-name") ?? ""].filter(Boolean),
      browserTitles: suffixes,
      copyrightOwners: [copyrightOwner(textOf(document.querySelector("footer, #footer, .site-footer, .footer, .copyright")) || lastCopyrightLine(document))].filter(Boolean),
      mastheads,
      hosts: [url, opts.url ?? ""].map(hostOf).filter(Boolean),
      language: primary,
    }, match ? profileVerdict(match, primary || match.profile.language || "en", mastheads[0]) : null);
    if (choice) {
      publisher = choice.name; pubConf = choice.confidence;
      if (choice.warning) draft.warn(choice.warning, "publisher");
    }
  }
  if (publisher) draft.set("publisher", publisher, pubConf, findSpan(html, 0, html.length, publisher));

  let title = headline;
  let titleConf = h1t ? 0.9 : 0.75;
  if (!title && pageTitles[0]) {
    // The page's <title> (or the record's), without the site name when that is the publisher found above.
    const whole = pageTitles[0];
    const cut = suffixes.find((x) => publisher && sameName(x, publisher) && whole.endsWith(x));
    title = cut ? whole.slice(0, whole.length - cut.length).replace(/\s*[|\-–—:·»_]\s*$/, "") : whole;
    // A section label left before the site name ("Headline | Paraná | G1"): one to three words after a bar.
    if (cut) title = title.replace(SECTION_AFTER_BAR, "");
    titleConf = 0.5;
  }
  if (title) draft.set("title", title, titleConf, approxSpan(html, title, html.indexOf("<body") > 0 ? html.indexOf("<body") : 0));

  // date
  const timeEl = article?.querySelector?.("time[datetime]") ?? document.querySelector("time[datetime]");
  const rawDate = meta.get("article:published_time") ?? (typeof art.datePublished === "string" ? art.datePublished : "") ??
    "";
  const candidates = [rawDate, ...["datepublished", "parsely-pub-date", "pubdate", "publishdate", "publish-date", "dc.date.issued", "dc.date", "sailthru.date", "date"].map((k) => meta.get(k) ?? ""), String(timeEl?.getAttribute("datetime") ?? "")];
  let home: ReturnType<typeof guessHomeZone> = null;
  // The home zone the page's domain, brand or language make plain (a page without a lang attribute: its headline's
  // script, as a Chinese CMS page tells it).
  const zoneLanguage = primary || (title && hanCount(title) >= 4 ? detectLanguage(title) : "");
  const homeZone = () => guessHomeZone({ urls: [url, opts.url ?? ""], publisher, language: zoneLanguage });
  for (const c of candidates) {
    if (!c) continue;
    let f = normalizeIsoDate(c, profile?.homeZone);
    if (!f) continue;
    // A date without its time in the metadata ("date" 2024-12-03): the page may print that day with the time.
    const printed = f.value.length === 10 ? printedOnDay(f.value, article ?? document) : null;
    if (printed) {
      home = profile?.homeZone ? null : homeZone();
      f = formatDate(printed, profile?.homeZone ?? home?.zone);
    }
    // A time without a zone and no profile: the home zone the page's domain, the brand or the language make plain, if any.
    if (!f.offsetFrom && f.value.includes("T") && (home = homeZone())) f = normalizeIsoDate(c, home.zone) ?? f;
    // A UTC stamp is written with the offset of the local time the page prints for it, the same instant.
    let printedText = "";
    const local = /(?:Z|[+-]00:00)$/.test(f.value) ? printedLocal(f.value, article ?? document) : "";
    if (local) f = { ...f, value: local };
    // A CMS that writes its last save as the publication time too (published equal to modified in the metadata),
    // under a page that prints an earlier "Published" time with its zone: the printed time is the first publication.
    else if (c === rawDate && c === (meta.get("article:modified_time") ?? art.dateModified)) {
      const printed = printedDate(article ?? document);
      const first = printed?.date.zone && printed.date.hour !== undefined ? formatDate(printed.date) : null;
      if (first && Date.parse(first.value) < Date.parse(f.value)) { f = first; printedText = printed!.text; }
    }
    draft.set("publishedAt", f.value, f.offsetFrom === "page" ? 0.95 : home && f.offsetFrom === "profile" ? 0.7 : 0.85, findSpan(html, 0, html.length, printedText || c));
    if (f.offsetFrom === "profile") draft.warn(`no time zone on the page: ${f.value.slice(-6)} ${home ? `assumed from ${home.why}` : `from the ${profile!.brand} profile`}`, "publishedAt");
    break;
  }
  if (!draft.fields.publishedAt) {
    // No date in the metadata: the date a publication-date element prints ("<div class="pub_date">05 Mar 2024 2:32 pm").
    const printed = printedDate(article ?? document) ?? printedDate(document);
    if (printed) {
      const home = profile?.homeZone ? null : homeZone();
      const f = formatDate(printed.date, profile?.homeZone ?? home?.zone);
      draft.set("publishedAt", f.value, 0.6, findSpan(html, 0, html.length, printed.text));
      draft.warn(`publication date read from the page's text (no date in its metadata)${f.offsetFrom === "profile" && home ? `; ${f.value.slice(-6)} assumed from ${home.why}` : ""}`, "publishedAt");
    } else draft.warn("no publication date in the page metadata or a <time> element", "publishedAt");
  }

  // authors: the byline as printed; JSON-LD (every author, but sometimes a stale template's) when it agrees or
  // there is no byline; meta author often names only the first
  const people = (x: unknown) => (Array.isArray(x) ? x : x ? [x] : []).filter((a: any) => !ldType(a).some((t) => /Organization$/.test(t)));
  let authors = ldNames(people(art.author));
  let authorsConf = 0.9;
  const by = article?.querySelector?.('.byline, .article-author, [rel="author"], .author, [itemprop="author"]');
  const printedBy: PrintedByline = by ? readAuthorBlock(by) : printedByline(article);
  const printed = printedBy.names;
  if (printed.length && !printed.every((n) => authors.some((a) => a.toLowerCase() === n.toLowerCase()))) {
    authors = printed; authorsConf = 0.75;
  }
  // A person the byline block prints as the photographer is no author, though the JSON-LD lists them.
  if (printedBy.photo?.length) authors = authors.filter((a) => !printedBy.photo!.some((p) => p.toLowerCase() === a.toLowerCase()));
  if (!authors.length && meta.get("author")) { authors = splitNames(meta.get("author")!); authorsConf = 0.6; }
  authors = authors.filter((a) => !isSiteName(a, [publisher, ...siteNames]));
  for (const a of authors) draft.push("authors", a, findSpan(html, html.indexOf("<body") > 0 ? html.indexOf("<body") : 0, html.length, a) ?? findSpan(html, 0, html.length, a));
  draft.setList("authors", authorsConf);

  // source credit printed beside the date, else JSON-LD sourceOrganization
  const srcEl = article?.querySelector?.(".source, .article-source, .story-source, [itemprop='sourceOrganization']") ?? sourceElement(document);
  const elSource = unlabelledSource(textOf(srcEl));
  const bylineSource = printedBy.source || outletBesideNames(article ?? document, draft.fields.authors);
  const sourceText = elSource || bylineSource || ldName(art.sourceOrganization);
  const sourceFound: SourceFound | null = sourceText && sourceText.length < 80
    ? { text: sourceText, span: findSpan(html, bodyFrom(html), html.length, sourceText) ?? findSpan(html, 0, html.length, sourceText), rule: elSource ? "labelled" : bylineSource ? "byline" : "metadata" }
    : null;

  // editor credit: a short element holding it, alone or as one part of a bar-joined credit row
  // ("<span class=editor>Editor: Fu Rong</span>", "[Editor: X]", "Penulis: X | Editor: Y")
  // (The innermost such element: a wrapper's text runs on into the date beside it.)
  let credit: { editor: string; length: number } | undefined;
  for (const el of document.querySelectorAll("div, span, p, li") as Iterable<El>) {
    if ((el.children?.length ?? 0) > 4) continue;
    const t = textOf(el);
    if (t.length > 120 || (credit && t.length >= credit.length) || !RE_EDITOR_WORD.test(t)) continue;
    // (Not the site's imprint in its footer, "Editor: X" naming the paper's editor.)
    if (el.closest?.("footer, .footer, #footer")) continue;
    const editor = t.split("|").map((seg) => editorOf(seg.trim())).find(Boolean);
    if (editor) credit = { editor, length: t.length };
  }
  if (credit) draft.set("editor", credit.editor, 0.8, findSpan(html, 0, html.length, credit.editor));

  // related: inline RELATED links and related boxes, in page order
  const relFrom = { at: 0 };
  let relCount = 0;
  // Elements in document order (a box heading must come before the link).
  const order = new Map<El, number>();
  for (const e of document.querySelectorAll("*")) order.set(e, order.size);
  for (const a of document.querySelectorAll("a, p")) {
    if (String(a.tagName).toLowerCase() === "p") {
      // "<p>RELATED | Headline</p>" printed without a link (a scraper's article HTML keeps no anchors).
      const t = a.querySelector("a") ? "" : textOf(a);
      const m = t && t.length < 250 ? INLINE_RELATED.exec(t) : null;
      const h = m ? m[m.length - 1]!.trim() : "";
      if (h && isHeadlineLike(h) && draft.push("related", h, approxSpan(html, h, relFrom.at) ?? approxSpan(html, h))) relCount++;
      continue;
    }
    const ctx = relatedContext(a, order);
    if (!ctx) continue;
    // (A card's headline in its own element, "<a><h3>Headline</h3><span>3 days ago</span></a>": the headline alone.)
    const t = stripBullet(textOf(a.querySelector("h2, h3, h4") ?? a));
    // (A box's heading or tab printed as a link, "MORE FROM AUTHOR", "Related articles", names no story.)
    if (RELATED_HEADER.test(t)) continue;
    if (!isHeadlineLike(t) && !(ctx === "inline" && t.length > 10)) continue;
    const span = approxSpan(html, t, relFrom.at) ?? approxSpan(html, t);
    if (draft.push("related", t, span)) relCount++;
  }
  draft.setList("related", 0.8);

  // id and url
  if (url) draft.set("url", url, canonical ? 0.95 : 0.8, findSpan(html, 0, html.length, url));
  let id = url ? idFromUrl(url) : "";
  let idConf = 0.8;
  if (!id) {
    const withId = document.querySelector("[data-article-id], [data-post-id], [data-story-id]");
    id = String(withId?.getAttribute("data-article-id") ?? withId?.getAttribute("data-post-id") ?? withId?.getAttribute("data-story-id") ?? "");
    if (!id) id = String(article?.getAttribute?.("id") ?? "").match(/^post-(\d+)$/)?.[1] ?? "";
    // An analytics data layer naming the article ("var dataLayer = [{'articleId':'3412345', …}]").
    if (!id) id = RE_DATA_LAYER_ID.exec(html)?.[1] ?? "";
    // WordPress names the post on <body> too: class="… postid-718234".
    if (!id) id = String(document.body?.getAttribute?.("class") ?? "").match(/(?:^|\s)postid-(\d+)(?:\s|$)/)?.[1] ?? "";
    // A CMS's id in a meta tag: <meta name="contentid" content="19283746">.
    if (!id) id = META_ID_NAMES.map((k) => meta.get(k) ?? "").find((v) => /^\d{4,}$/.test(v)) ?? "";
    // The page's shortlink names its post or node: WordPress "/?p=718234", Drupal "/node/1148236".
    if (!id && url) id = shortlinkId(String(document.querySelector('link[rel="shortlink"]')?.getAttribute("href") ?? ""), url);
    idConf = 0.7;
  }
  if (id) draft.set("externalId", id, idConf, findSpan(html, 0, html.length, id));

  // dateline element, read before Readability rewrites the DOM
  const dlEl = article?.querySelector?.(".dateline");
  const dlText = textOf(dlEl);
  const dek = boldDek(article ?? document, meta.get("description") || meta.get("og:description") || "");

  // body
  let blocks: string[] = [];
  let readFrom: "readability" | "fallback" = "readability";
  try {
    const parsed = new Readability(document, { keepClasses: true, charThreshold: 200 }).parse();
    if (parsed?.content) {
      const { document: doc } = parseHTML(`<!doctype html><html><body>${parsed.content}</body></html>`) as { document: El };
      blocks = paragraphsOf(doc.body);
    }
  } catch (e) {
    draft.warn(`Readability failed (${e instanceof Error ? e.message : String(e)}); story read from the <article> element`, "body");
  }
  if (!blocks.length) {
    readFrom = "fallback";
    const again = parsePage(html);
    blocks = paragraphsOf(again.querySelector("article") ?? again.body);
  }
  if (dek && blocks[0] === dek) blocks.shift();
  let cursor = html.indexOf("<body") > 0 ? html.indexOf("<body") : 0;
  for (const p of blocks) {
    const span = approxSpan(html, p, cursor);
    if (span) cursor = span.end;
    draft.push("body", p, span);
  }
  // (The confidence is scoreBody's, from this evidence, once the other fields are known.)
  draft.bodyEvidence = { method: readFrom, description: meta.get("description") || meta.get("og:description") || "" };
  if (!blocks.length) draft.warn("no story paragraphs found in the page", "body");

  // dateline
  const first = draft.fields.body[0] ?? "";
  if (dlText && first.startsWith(dlText)) draft.set("dateline", dlText, 0.95, findSpan(html, 0, html.length, dlText));
  else {
    const dl = first ? parseDateline(first) : null;
    if (dl) draft.set("dateline", dl.text, 0.8, approxSpan(html, dl.text) ?? findSpan(html, 0, html.length, dl.text.split(" ")[0] ?? ""));
    // The reporters the dateline credits ("湖北日报讯（记者X 通讯员Y）"), when no byline named any.
    if (dl?.authors.length && !draft.fields.authors.length) {
      for (const n of dl.authors) draft.push("authors", n, approxSpan(html, n, draft.spans.body?.[0]?.start ?? 0));
      draft.setList("authors", 0.8);
    }
  }

  const lang = primary || detectLanguage(draft.fields.body.join("\n"), profile?.language ?? "");
  draft.set("language", lang, primary ? 0.95 : hanCount(first) > 10 ? 0.9 : 0.8, null);
  scoreAbsences(draft, {
    profile: profile && (profile.language ?? lang) === lang ? profile : undefined,
    cleanHeader: Boolean(headline && draft.fields.publishedAt),
    story: blocks.length >= 3,
    text: html,
  });
  const storyStart = draft.spans.body?.[0]?.start;
  setSource(draft, sourceFound, {
    publisher: draft.fields.publisher,
    sections: [...document.querySelectorAll("nav a")].map((a: El) => textOf(a)).filter(Boolean),
    dateline: draft.fields.dateline,
    header: () => visibleText(html.slice(bodyFrom(html), storyStart ?? html.length)),
    storyStart,
  });
  void relCount;
}

/** Where the page's <body> opens in the raw HTML (0 when it has none): spans of printed text are searched from there. */
function bodyFrom(html: string): number {
  const i = html.indexOf("<body");
  return i > 0 ? i : 0;
}

/** The text a stretch of raw HTML shows: scripts, styles and tags dropped (for a label search, not for spans). */
function visibleText(html: string): string {
  return html.replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, " ").replace(/<[^>]+>/g, "\n").replace(/&nbsp;/g, " ");
}

const RE_CLOCK_TEXT = /(?<![\d:])(\d{1,2})(?::|h|\.)(\d{2})(?!\d)(?:\s*([AaPp])\.?[Mm]\.?)?/;

/**
 * The UTC instant `utc` (ISO, with seconds) in the offset of the time of day the page prints for it: the first `<time>`
 * element stating this instant, or else the first element of a publication-date class, whose text holds a clock time
 * ("Published: Tue 5 Mar 2024, 2:32 PM" for 10:32Z gives +04:00; "05/03/2024 à 14:32" for 13:32Z gives +01:00).
 * "" when none does, or when the difference is no whole quarter hour of a real zone.
 */
function printedLocal(utc: string, root: El): string {
  const at = Date.parse(utc);
  if (Number.isNaN(at)) return "";
  const els: El[] = [...(root?.querySelectorAll?.("time, [class*='publish'], [class*='pub-date'], [class*='posted-on']") ?? [])].slice(0, 8);
  for (const el of els) {
    const dt = String(el.getAttribute?.("datetime") ?? "");
    if (dt && Date.parse(dt) !== at) continue;
    const t = textOf(el);
    const m = t.length < 120 ? t.match(RE_CLOCK_TEXT) : null;
    if (!m) continue;
    let h = Number(m[1]);
    const min = Number(m[2]);
    if (m[3]) h = (h % 12) + (/p/i.test(m[3]) ? 12 : 0);
    if (h > 23 || min > 59) continue;
    const u = new Date(at);
    let delta = (h * 60 + min - (u.getUTCHours() * 60 + u.getUTCMinutes()) + 1440) % 1440;
    if (delta > 840) delta -= 1440;
    if (delta === 0 || delta % 15 !== 0) return "";
    const local = new Date(at + delta * 60000).toISOString().slice(0, 19);
    const a = Math.abs(delta);
    return `${local}${delta < 0 ? "-" : "+"}${String(Math.floor(a / 60)).padStart(2, "0")}:${String(a % 60).padStart(2, "0")}`;
  }
  return "";
}

/** Elements whose class names a publication date, in the themes news sites use. */
const DATE_ELEMENTS = "time, [class*='date'], [class*='publish'], [class*='pub-date'], [class*='posted-on'], [class~='time'], [class*='header-time'], [class*='pubtime']";
/** A stamp printed in parts, the year apart from the month and day ("<em>2025</em> <em>03</em>/<em>14</em> 18:32:05", Xinhua's editions). */
const RE_SPLIT_YEAR = /^(\d{4})\s+(\d{1,2})\/(\d{1,2})(?=\s|$)/;

/** The dates the first `n` date elements print (short texts only: a long one is a paragraph), with each element's class and text. */
function dateElements(root: El, n: number): { cls: string; text: string; dates: FoundDate[] }[] {
  const out: { cls: string; text: string; dates: FoundDate[] }[] = [];
  for (const el of [...(root?.querySelectorAll?.(DATE_ELEMENTS) ?? [])].slice(0, n)) {
    const text = textOf(el);
    if (text.length < 120) out.push({ cls: String(el.getAttribute?.("class") ?? ""), text, dates: findDates(text.replace(RE_SPLIT_YEAR, "$1-$2-$3")) });
  }
  return out;
}

/**
 * The first date a publication-date element prints (with its text, for the span), preferring one with a time of
 * day; an element naming an update ("updated", "modified") only when no other has a date. Null when none does.
 */
function printedDate(root: El): { date: FoundDate; text: string } | null {
  let best: { date: FoundDate; text: string; rank: number } | null = null;
  for (const { cls, text, dates: [d] } of dateElements(root, 12)) {
    if (!d) continue;
    const rank = (/updat|modif/i.test(`${cls} ${text}`) ? 0 : 2) + (d.hour !== undefined ? 1 : 0);
    if (!best || rank > best.rank) best = { date: d, text: text.slice(d.start, d.end), rank };
  }
  return best && { date: best.date, text: best.text };
}

/**
 * The day `day` (YYYY-MM-DD) with its time of day as the page prints it: in the first of a few date elements
 * ("Τρίτη, 3 Δεκεμβρίου 2024 09:40") holding that date and a clock time. Null when none does.
 */
function printedOnDay(day: string, root: El): FoundDate | null {
  for (const { dates } of dateElements(root, 8)) {
    const d = dates.find((x) => x.hour !== undefined && formatDate({ ...x, hour: undefined }).value === day);
    if (d) return d;
  }
  return null;
}

/** Class names of a byline block in themes that prefix their own ("jeg_meta_author", "td-post-author-name"), not an author's bio box. */
const BYLINE_CLASS = /(?:^|[\s_-])(?:byline|authors?)(?:$|[\s_-])/i;
const NOT_BYLINE_CLASS = /bio|box|avatar|image|img|photo|about|desc|social|follow|more|list|widget/i;

/** A short section label closing a <title> after a bar, once the site name is cut: " | Paraná", " | World News". */
const SECTION_AFTER_BAR = /(?<=.{10})\s\|\s+[\p{L}'’.]+(?:\s+[\p{L}'’.]+){0,2}$/u;

/** A role element inside an author's element ("<span class=author-role>Journalist</span>"). */
const ROLE_SELECTOR = '[class*="role"], [class*="job"], [class*="position"], [class*="function"]';

/**
 * The byline element found, with the elements of the same class beside it (one per person, as many themes print
 * them), each read without its role element; a role that says photographer takes that person out of the authors.
 */
interface PrintedByline { names: string[]; source?: string; photo?: string[] }
function readAuthorBlock(by: El): PrintedByline {
  const cls = String(by.getAttribute?.("class") ?? "");
  const siblings = cls && by.parentElement ? [...by.parentElement.children].filter((c: El) => c.getAttribute?.("class") === cls) : [];
  const els: El[] = siblings.length >= 2 ? siblings : [by];
  if (els.length === 1 && !by.querySelector?.(ROLE_SELECTOR)) return readByline(textOf(by), by);
  const names: string[] = [];
  const photo: string[] = [];
  let source: string | undefined;
  for (const el of els) {
    const roleEl = el.querySelector?.(ROLE_SELECTOR);
    const role = roleEl ? textOf(roleEl) : "";
    let t = textOf(el);
    if (role && t.endsWith(role)) t = t.slice(0, -role.length).trim();
    const one = readByline(t);
    source ??= one.source;
    (creditRole(role) === "photo" ? photo : creditRole(role) === "editor" ? [] : names).push(...one.names);
  }
  return { names, ...(source ? { source } : {}), photo };
}

/**
 * A byline element's names, and the agency credited with them ("By Jo Bell and Bernama") or the outlet closing a
 * credit run ("By Jo Bell | jo@clarion.example | The Daily Clarion"), if any.
 */
function readByline(t: string, el?: El): { names: string[]; source?: string } {
  // "Elīna Ozola (Latvian Radio)", "Jo Bell, Example News": the names, and the outlet after them as the credit.
  const outlet = BYLINE_OPENER.test(t) ? "" : outletAfterNames(t);
  const bare = outlet ? parseBareNames(t) : [];
  if (bare.length) return { names: bare, source: outlet };
  const parsed = (BYLINE_OPENER.test(t) ? parseByline(t) : null) ?? { names: splitNames(t) };
  const run = parsed.source ? null : parseCreditRun(t);
  const by = run ? { names: parsed.names.length ? parsed.names : run.names, source: run.source } : parsed;
  // Names printed as links side by side with nothing between them but a space ("<a>Jo Bell</a> <a>Al Roy</a>"), which
  // the element's text runs together into one "name": one name a link, when every link is one.
  const links = el && by.names.length <= 1 ? el.querySelectorAll?.("a") ?? [] : [];
  if (links.length < 2) return by;
  const each = [...links].map((a: El) => splitNames(textOf(a)));
  return each.every((n) => n.length === 1) ? { ...by, names: each.flat() } : by;
}

/**
 * The outlet a byline block prints as an element of its own after the names ("<div><a>Jo Bell</a><div>The Daily
 * Clarion</div></div>"): the credit, as the outlet after the names on a text dump's byline line is.
 */
function outletBesideNames(root: El, authors: string[]): string {
  if (!root || !authors.length) return "";
  const isAuthor = (t: string) => authors.some((a) => a.toLowerCase() === t.toLowerCase());
  for (const el of root.querySelectorAll?.("div, span, p") ?? []) {
    const kids = [...(el.children ?? [])] as El[];
    if (kids.length < 2 || kids.length > authors.length + 1) continue;
    const texts = kids.map(textOf);
    const outlet = texts.at(-1)!;
    if (texts.slice(0, -1).every(isAuthor) && outlet.length <= 40 && outlet.split(/\s+/).length <= 5 && outletLike(outlet)) return outlet;
  }
  return "";
}

/** The printed byline of a page whose theme names it in its own way: the first such element whose text is names. */
function printedByline(article: El): { names: string[]; source?: string } {
  for (const el of article?.querySelectorAll?.('[class*="byline"], [class*="author"]') ?? []) {
    const cls = String(el.getAttribute("class") ?? "");
    if (!BYLINE_CLASS.test(cls) || NOT_BYLINE_CLASS.test(cls)) continue;
    const t = textOf(el);
    const by = t && t.length < 150 ? readByline(t, el) : null;
    if (by?.names.length) return by;
  }
  // Else a short element of any class whose text opens with a by-word ("By …", "Por …", "كتب …").
  for (const el of article?.querySelectorAll?.("div, span, p") ?? []) {
    const t = textOf(el);
    if (!t || t.length > 100 || !BYLINE_OPENER.test(t) || el.querySelector?.("div, p")) continue;
    const by = parseByline(t);
    if (by) return by;
  }
  return { names: [] };
}

/**
 * The headline as printed: the <h1> of the story (the one the metadata headline names, when
 * there is one), not a site logo set in an <h1>.
 */
function printedHeadline(document: El, article: El, metaHeadline: string, siteNames: string[]): string {
  const texts: string[] = [];
  for (const root of [article, document]) {
    for (const el of root?.querySelectorAll?.("h1") ?? []) {
      const t = textOf(el);
      if (t && t.length < 300 && !texts.includes(t) && !isSiteName(t, siteNames)) texts.push(t);
    }
    if (texts.length) break;
  }
  const key = metaHeadline.toLowerCase();
  const named = key ? texts.find((t) => t.toLowerCase() === key || key.startsWith(t.toLowerCase()) || t.toLowerCase().startsWith(key)) : undefined;
  return named ?? texts[0] ?? "";
}

/** Masthead texts: the site title or logo in the page header (WordPress .site-title, a home link, a logo's alt text). */
function mastheadsOf(document: El): string[] {
  const out: string[] = [];
  for (const el of document.querySelectorAll(".site-title, .site-name, .logo, .brand, a[rel='home']")) {
    const t = textOf(el) || norm(String(el.querySelector?.("img[alt]")?.getAttribute("alt") ?? el.getAttribute?.("alt") ?? ""));
    if (t && !out.includes(t)) out.push(t);
    if (out.length >= 3) break;
  }
  return out;
}

const STORY_LIST = /^(?:ul|ol)$/i;

/**
 * The dek printed as the story's first paragraph: set wholly in bold and the same text as the page's description
 * (VRT's intro). Either alone is common in story paragraphs (a bold first line, a description copied from the lead).
 */
function boldDek(root: El, description: string): string {
  if (!description) return "";
  for (const p of root?.querySelectorAll?.("p") ?? []) {
    const t = textOf(p);
    if (t !== description) continue;
    const only = p.children?.length === 1 ? p.firstElementChild : null;
    return only && /^(?:strong|b)$/i.test(String(only.tagName)) && textOf(only) === t ? t : "";
  }
  return "";
}

/**
 * A paragraph in a small box beside a picture ("<div class=imgbox><img><p>caption</p><p>credit</p></div>", a figure
 * written without <figure>): the picture's caption.
 */
function inImageBox(el: El, root: El): boolean {
  const box = el.parentElement;
  if (!box || box === root || (box.children?.length ?? 0) > 3) return false;
  // (Readability wraps a lone picture in a paragraph of its own.)
  const picture = (x: El): boolean => /^(?:img|picture)$/i.test(String(x.tagName));
  for (const c of box.children as Iterable<El>) if (picture(c) || (c !== el && c.children?.length === 1 && picture(c.children[0]) && !textOf(c))) return true;
  return false;
}

/** Story paragraphs of a Readability result: <p>/<blockquote>/<li> text minus captions, deks, promos and credits. */
function paragraphsOf(root: El): string[] {
  if (!root) return [];
  const out: string[] = [];
  // Lines kept however short: the items of a list in the story (a timetable, readings), and the line introducing it.
  const listed = new Set<number>();
  for (const el of root.querySelectorAll("p, blockquote, li, h2, h3")) {
    const tag = String(el.tagName).toLowerCase();
    // (A paragraph holding paragraphs, as invalid markup nests them, is read through its inner ones.)
    if ((tag === "blockquote" || tag === "p") && el.querySelector("p")) continue;
    if (tag === "li" && (el.querySelector("p") || el.closest?.("nav, footer"))) continue;
    let skip = false;
    for (let a = el; a && a !== root; a = a.parentElement) {
      const t = String(a.tagName ?? "").toLowerCase();
      if (t === "figure" || t === "figcaption" || t === "aside" || t === "form" || t === "nav" || t === "footer" || t === "header") { skip = true; break; }
      if (NOT_BODY_CLASS.test(roleClasses(a))) { skip = true; break; }
    }
    if (skip || inImageBox(el, root)) continue;
    const t = textOf(el);
    if (!t) continue;
    if (el.querySelector("time") && t.length < 100) continue; // a timestamp line kept by Readability
    if (tag === "h2" || tag === "h3") continue;
    if (tag === "li") {
      // An item of a story's own list, not of a list of links (related headlines, a menu).
      if (el.querySelector("a") || el.closest?.("ul, ol")?.closest?.("li")) continue;
      listed.add(out.length);
    }
    if (tag === "p" && labelledLink(el)) continue;
    if (tag === "p" && /[:：]$/.test(t) && STORY_LIST.test(String(el.nextElementSibling?.tagName ?? "")) && !el.nextElementSibling?.querySelector("a")) listed.add(out.length);
    out.push(t);
  }
  // The text-dump line rules drop captions, credits, share lines and "RELATED:" lines here too.
  const lines: Line[] = out.map((t, i) => makeLine(i, 0, 0, t, lineFacts(t, t.toLowerCase(), textStats(t))));
  return classifyLines(lines).filter((l) => l.kind === "text" && (l.prose > 0 || l.text.length > 40 || listed.has(l.i))).map((l) => l.text);
}
