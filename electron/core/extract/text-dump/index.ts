// Text-dump reader: whole pages saved as text. Classifies lines, finds the
// story (handling pages printed more than once), then reads the header, the
// credits and the related lists around it.
import { Draft, findSpan } from "../draft.js";
import type { Span } from "../../../../shared/record.js";
import { scoreAbsences } from "../absence.js";
import { setSource, type SourceRule } from "../source.js";
import { dateRank, findDates, formatDate, sameLocal, timeOnly, type FoundDate } from "../dates.js";
import { agencyCredit, namesWithOutletCredit, outletAfterNames, outletLike, parseBareNames, parseByline, parseCredit, parseDeskByline } from "../byline.js";
import { detectLanguage } from "../language.js";
import { brandFor, hostOf, matchProfile, type PublisherProfile } from "../profiles/index.js";
import { isHeadlineLike, listItemTexts, stripBullet, stripItemDate, INLINE_RELATED } from "../related.js";
import { bareUrl, cleanUrl, idFromUrl, isArticleUrl, shortlinkId } from "../ids.js";
import { choosePublisher, copyrightOwner, mastheadCandidates, navigationSections, profileVerdict, sameName, siteNameBesideTitle, siteNameTest, type ProfileVerdict } from "../publisher.js";
import { openingReporters } from "../dateline.js";
import { lineDateline, lineDates, splitLines, type Line } from "./lines.js";
import { EDITOR_LABEL, classifyLines, editorOf, type Classified } from "./classify.js";
import { firstParagraphDoubt, selectBody } from "./body.js";
import { bareNameByline, hasSourceLabel, parseMetaLine, type BareByline, pickHeaderDate, pickTitle, placeCredit, printHeaderOf, RE_PRINT_HEADER, wrappedTitle } from "./header.js";
import { pageRegions } from "./regions.js";
import { guessHomeZone } from "../home-zone.js";
import { pageData } from "./page-data.js";
import { slugWords } from "../url-slug.js";

export interface TextDumpOptions {
  /** A URL known from outside the text (a scraper record's `url`). */
  url?: string;
  /** A title known from outside the text (a scraper record's `title`), possibly with a site suffix. */
  title?: string;
  /** The site's name as a scraper record's metadata gives it (`og:site_name`): a metadata clue to the publisher. */
  siteNames?: string[];
}

export function extractTextDump(text: string, draft: Draft, opts: TextDumpOptions = {}): void {
  const lines = classifyLines(splitLines(text));
  const body = selectBody(lines);
  const B = body.firstLine;

  // --- URL and id lines
  let pageUrl = "";
  let urlSpan: { start: number; end: number } | null = null;
  let idLine: Classified | null = null;
  for (const l of lines) {
    if (l.kind === "id" && !idLine) idLine = l;
    if (l.kind === "url" && !pageUrl) {
      const m = l.text.match(/https?:\/\/\S+$/) ?? l.text.match(/https?:\/\/\S+/);
      if (m && isArticleUrl(cleanUrl(m[0]))) {
        pageUrl = cleanUrl(m[0]);
        urlSpan = findSpan(text, l.start, l.end, pageUrl);
      } else if (!m) {
        // Printed without its scheme: given with https:// (the span is the address as printed).
        const bare = cleanUrl(bareUrl(l.text));
        if (bare && isArticleUrl(bare)) { pageUrl = bare; urlSpan = findSpan(text, l.start, l.end, bare.slice(8)); }
      }
    }
  }
  if (!pageUrl) {
    // The address a share bar prints for copying ("Share: Weibo | WeChat | Copy link http://…", "复制链接：http://…"): the page's own.
    for (const l of lines) {
      // (One search for the address first: most lines have none, and three searches for the words cost 2% of a dump.)
      const m = l.text.length < 300 && l.key.includes("http") && (l.key.includes("link") || l.key.includes("链接") || l.key.includes("連結")) ? RE_COPY_LINK.exec(l.text) : null;
      if (m && isArticleUrl(cleanUrl(m[1]!))) { pageUrl = cleanUrl(m[1]!); urlSpan = findSpan(text, l.start, l.end, pageUrl); break; }
    }
  }
  if (!pageUrl && opts.url) pageUrl = opts.url;
  const data = pageData(lines);
  if (!pageUrl && data.url && isArticleUrl(cleanUrl(data.url.value))) {
    pageUrl = cleanUrl(data.url.value);
    urlSpan = { start: data.url.line.start + mapOffset(data.url.line, data.url.at), end: data.url.line.start + mapOffset(data.url.line, data.url.at + data.url.value.length) };
  }

  // --- profile
  const headLines: string[] = [];
  const footerLines: string[] = [];
  for (const l of lines) {
    // Each footer once: a page printed two or three times repeats it, and every profile's footer patterns run over the list.
    if (l.kind === "copyright") { if (!footerLines.includes(l.text)) footerLines.push(l.text); }
    else if (l.kind !== "blank" && headLines.length < 8) headLines.push(l.text);
  }
  const credits: string[] = [];
  for (let i = 0, n = B >= 0 ? B : lines.length; i < n; i++) {
    const l = lines[i]!;
    if (l.kind === "meta" || l.kind === "byline") {
      const s = parseMetaLine(l).source;
      if (s) credits.push(s.text);
    }
  }
  const match = matchProfile({ pageUrls: pageUrl ? [pageUrl] : [], headLines, footerLines, credits });
  const profile: PublisherProfile | undefined = match?.profile;

  // --- language (from the story text; profile only as a fallback)
  let bodySample = "";
  let bodyHan = 0;
  for (const p of body.paragraphs) {
    bodyHan += p.stats.han;
    if (bodySample.length < 1500) bodySample += (bodySample ? "\n" : "") + p.text;
  }
  const language = detectLanguage(bodySample || lines.map((l) => l.text).join("\n"), profile?.language ?? "");
  draft.set("language", language, bodySample ? (bodyHan > 20 ? 0.95 : 0.85) : 0.4);

  // --- publisher: the profile's brand; else the clues vote, once the headline is known (the site name in a browser-title line is one)
  const mastheads = mastheadCandidates(headLines);
  const owners = footerLines.map(copyrightOwner).filter(Boolean);

  if (B < 0) {
    draft.warn("no story paragraphs found: the page has no run of prose lines (navigation or index page?)", "body");
  }

  // --- headline
  const brands = [...(profile ? [brandFor(profile, language), profile.brand, ...profile.mastheads] : []), mastheads[0] ?? "", ...owners];
  let limit = B >= 0 ? B : lines.length;
  const slug = pageUrl ? slugWords(pageUrl) : [];
  let title = pickTitle(lines, limit, brands, slug);
  // A page printed again below itself has a header above each copy; a later copy's wins only when
  // clearly better (the first copy is a truncated print version with a bare or shouted headline).
  // (A headline with a meta line beside it and printed again scores 5 or more: nothing below can be clearly better.)
  for (let k = 1; k < body.copyClusters.length && !(title && title.score >= 5); k++) {
    const at = body.copyClusters[k]!.lines[0]!.i;
    const t = pickTitle(lines, at, brands, slug, body.copyClusters[k - 1]!.lines.at(-1)!.i + 1);
    if (t && (!title || t.score >= title.score + 1)) { title = t; limit = at; }
  }
  let titleIdx = -1;
  if (title) {
    titleIdx = title.line.i;
    const wrapped = title.cut ? null : wrappedTitle(lines, titleIdx);
    if (title.cut) draft.set("title", title.cut.text, 0.7, { start: title.cut.start, end: title.cut.end });
    else if (wrapped) draft.set("title", wrapped.text, 0.8, { start: title.line.start, end: wrapped.end });
    else draft.set("title", title.line.text, title.score >= 5 ? 0.9 : title.score >= 3 ? 0.75 : 0.5, { start: title.line.start, end: title.line.end });
    if (title.score < 3) draft.warn("headline guessed: no date, byline or source line next to it", "title");
  } else if (opts.title) {
    draft.set("title", opts.title, 0.5);
  } else {
    draft.warn("no headline found before the story", "title");
  }

  readPublisher(lines, text, draft, match ? profileVerdict(match, language, mastheads[0]) : null, {
    mastheads, owners, credits, title: draft.fields.title, cutFrom: title?.cut ? title.line : null, pageUrl, recordTitle: opts.title ?? "", siteNames: opts.siteNames ?? [],
  });

  // --- header zone: a few lines above the headline down to the story
  const zoneFrom = titleIdx >= 0 ? Math.max(0, titleIdx - 4) : Math.max(0, limit - 12);
  const zoneTo = limit;

  // date
  const picked = pickHeaderDate(lines, zoneFrom, zoneTo, titleIdx >= 0 ? titleIdx : zoneFrom);
  let date: FoundDate | null = picked?.date ?? null;
  let dateLine: Classified | null = picked?.line ?? null;
  if (!date) {
    // No date in the header: a short date line anywhere outside the story (foot of the page).
    for (const l of lines) {
      if (l.kind !== "meta" || body.allLines.has(l.i)) continue;
      const ds = lineDates(l);
      if (ds[0]) { date = ds[0]; dateLine = l; break; }
    }
  }
  if (!date && data.date) {
    // Only a relative stamp ("3 hours ago") on the page: the stamp in its machine data.
    const d = findDates(data.date.value)[0];
    if (d) { date = { ...d, start: d.start + data.date.at, end: d.end + data.date.at }; dateLine = data.date.line; }
  }
  if (date && dateLine && date.hour === undefined) {
    // The time on a line of its own under the date ("05 marzo 2024" / "14:32", "Tuesday, 05 Mar 2024" / "4:12 PM MYT").
    const next = lines.slice(dateLine.i + 1, dateLine.i + 3).find((l) => l.kind !== "blank");
    const t = next && next.text.length <= 20 ? timeOnly(next.text) : null;
    if (t) date = { ...date, ...t };
  }
  if (date && dateLine) {
    // Same local time printed elsewhere with a zone ("2:12 PM" in the header, "2:12 PM UTC" at the foot).
    if (dateRank(date) === 2) {
      for (const l of lines) {
        if (l === dateLine || (l.kind !== "meta" && l.kind !== "text") || l.prose === 2) continue;
        const z = lineDates(l).find((d) => dateRank(d) === 3 && sameLocal(d, date!));
        if (z) { date = z; dateLine = l; break; }
      }
    }
    // No profile: the home zone the page's domain, the brand or the language make plain, if any.
    const home = profile?.homeZone || date.hour === undefined || date.offset || (date.zone && date.zoneText !== "CST") ? null : guessHomeZone({ urls: pageUrl ? [pageUrl] : [], publisher: draft.fields.publisher, language, headerLines: headerTexts(lines, B >= 0 ? B : limit, draft.fields.title.toLowerCase()) });
    const f = formatDate(date, profile?.homeZone ?? home?.zone);
    const span = { start: dateLine.start + mapOffset(dateLine, date.start), end: dateLine.start + mapOffset(dateLine, date.end) };
    draft.set("publishedAt", f.value, f.offsetFrom === "page" ? 0.9 : f.offsetFrom === "profile" ? (home ? 0.7 : 0.85) : dateRank(date) === 1 ? 0.8 : 0.6, span);
    if (f.offsetFrom === "profile") {
      draft.warn(`no time zone on the page: ${f.value.slice(-6)} ${home ? `assumed from ${home.why}` : `from the ${profile!.brand} profile`}`, "publishedAt");
    } else if (f.offsetFrom === "" && date.hour !== undefined) {
      draft.warn("no time zone on the page and no publisher profile: time given without an offset", "publishedAt");
    }
    if (/(?:updated|modified)[^|]*$/i.test(dateLine.text.slice(0, date.start))) draft.warn("only an \"Updated\" stamp on the page: used as the publication time", "publishedAt");
  } else {
    draft.warn("no publication date found on the page", "publishedAt");
  }

  // source and byline from the header lines
  let source: { text: string; start: number; end: number; rule: SourceRule } | undefined;
  let sourceLabelled = false;
  let byline: { names: string[]; start: number; end: number; conf: number } | undefined;
  for (let i = zoneFrom; i < zoneTo; i++) {
    const l = lines[i]!;
    if (l.kind !== "meta" && l.kind !== "byline" && l.kind !== "text") continue;
    if (l.kind === "text" && l.prose === 2) continue;
    // A browser's print header ("3.4.2025 9.15 Headline | Site") names the site, not a credit.
    if ((l.kind === "meta" && RE_PRINT_HEADER.test(l.text)) || printHeaderOf(l.text)) continue;
    if (l.kind === "meta" || l.kind === "byline" || lineDates(l).length || hasSourceLabel(l)) {
      const seg = parseMetaLine(l);
      // A labelled credit ("Source: GNA") over a phrase read beside the date ("General News of Thursday").
      // (Fields named, not spread: a spread of the segment, whose shape varies, was this function's costliest line.)
      if (seg.source && (!source || (seg.labelled && !sourceLabelled))) { source = { text: seg.source.text, start: seg.source.start, end: seg.source.end, rule: seg.rule ?? "segment" }; sourceLabelled = !!seg.labelled; }
      if (!byline && seg.byline) byline = { names: seg.byline.names, start: seg.byline.start, end: seg.byline.end, conf: 0.85 };
    }
    if (!byline && l.kind === "byline") {
      const b = parseByline(l.text);
      if (b) byline = { names: b.names, start: l.start, end: l.end, conf: 0.85 };
    }
    // An agency alone on a line between the headline and the story ("AFP" above the date) is the credit.
    const agency = !source && i > titleIdx && titleIdx >= 0 && l.kind === "text" ? agencyCredit(l.text) : "";
    if (agency) source = { text: agency, ...(findSpan(text, l.start, l.end, agency) ?? { start: l.start, end: l.end }), rule: "agency-line" };
  }
  // A headline read from a browser-title line above the page: the byline block is under the headline as printed.
  let headIdx = titleIdx;
  if (title?.cut) {
    const key = title.cut.text.toLowerCase();
    for (let i = titleIdx + 1; i < zoneTo; i++) if (lines[i]!.key === key) { headIdx = i; break; }
  }
  if (!source) source = providerLine(lines, text, headIdx, draft.fields.publisher);
  // Bare name lines in the header block: under the headline, beside the date, or right before the story.
  let headerEditor: BareByline["editor"];
  if (!byline && titleIdx >= 0) {
    // (The lead joined by a loop: the slice-map-join chain, fed arrays of two element kinds, threw this whole function
    // out of optimised code on every call for some pages.)
    let lead = "";
    for (let k = 0; k < 4 && k < body.paragraphs.length; k++) lead += (k ? "\n" : "") + body.paragraphs[k]!.text;
    const bare = bareNameByline(lines, headIdx, zoneTo, lead);
    if (bare?.names.length) {
      byline = { names: bare.names, start: bare.start, end: bare.end, conf: 0.65 };
      // The outlet after the names on their line ("Jo Bell, LRT.lt") credits the story, as a credit beside the date does.
      const outlet = source ? "" : outletAfterNames(text.slice(bare.start, bare.end));
      if (outlet) source = { text: outlet, ...(findSpan(text, bare.start, bare.end, outlet) ?? { start: bare.start, end: bare.end }), rule: "byline" };
    }
    headerEditor = bare?.editor;
  }
  // A teaser read as the story's first paragraph can stand above the byline ("teaser" / "By X" / date): a byline line
  // right under the first paragraph, before the second, is the story's byline.
  const [p0, p1] = body.paragraphs;
  if (!byline && p0 && p1) {
    for (let i = p0.i + 1; i < Math.min(p1.i, p0.i + 4) && !byline; i++) {
      const l = lines[i]!;
      const b = l.kind === "byline" ? parseMetaLine(l).byline ?? parseByline(l.text) : null;
      if (b) byline = { names: b.names, start: l.start, end: l.end, conf: 0.7 };
    }
  }
  // A byline closing the story ("Author: X" / "Editor: Y" under the last paragraph), when the header has none.
  const pLast = body.paragraphs.at(-1);
  if (!byline && pLast) {
    for (let i = pLast.i + 1, seen = 0; i < lines.length && seen < 4 && !byline; i++) {
      const l = lines[i]!;
      if (!l.text) continue;
      seen++;
      // (Or a Han reporter credit in brackets: "（記者/王旭、李娜）", "（记者 王旭）".)
      const inner = l.kind === "byline" ? null : RE_BRACKETED_HAN.exec(l.text)?.[1];
      const b = l.kind === "byline" ? parseByline(l.text) : inner ? parseByline(inner) : null;
      if (b) byline = { names: b.names, start: l.start, end: l.end, conf: 0.7 };
      // (A desk's credit, "Text: X / Desk", or a sign-off naming the reporter's outlets, "Minh Thu (TTXVN/Vietnam+)".)
      let desk = b ? [] : parseDeskByline(l.text);
      if (!b && !desk.length) desk = namesWithOutletCredit(l.text);
      if (desk.length) byline = { names: desk, start: l.start, end: l.end, conf: 0.7 };
    }
  }
  // A place and a site's domain on a line of their own in the header block ("Riyadh - Gulfnews.com") credit the site
  // (after the headline, or, with no headline found, from just above the date).
  const creditFrom = titleIdx >= 0 ? titleIdx + 1 : dateLine ? Math.max(0, dateLine.i - 2) : zoneTo;
  if (!source) {
    for (let i = creditFrom; i < zoneTo && !source; i++) {
      const l = lines[i]!;
      const c = l.kind === "text" && l.prose !== 2 && l.text.length <= 60 ? placeCredit(l.text) : "";
      if (c) source = { text: c, ...(findSpan(text, l.start, l.end, c) ?? { start: l.start, end: l.end }), rule: "place-domain" };
    }
  }
  // An outlet's name alone on the line right above the date (and the stamps printed with it), under the headline
  // ("Jo Bell" / "The Canadian Press" / "Published …"; "QNA" / "05 Mar 2024"; "Tribune News Service" / "Updated At: …" /
  // "Posted At: …"): the credit printed next to the date. Not a second author.
  // (Under the headline as printed: a masthead above the page's date line, under a browser-title line, is no credit;
  // nor is the headline's own second line, "… Bapanas Guyur Stok" / "SPHP ke Pasar", a headline wrapped over two.)
  if (!source && dateLine && headIdx >= 0) {
    let k = dateLine.i - 1;
    while (k > headIdx && (lines[k]!.kind === "blank" || lines[k]!.kind === "meta")) k--;
    const l = lines[k]!;
    const headlineEnd = headIdx === titleIdx ? draft.spans.title?.[0]?.end ?? 0 : 0;
    if (k > headIdx && l.start >= headlineEnd && l.kind === "text" && l.text.length <= 40 && l.stats.words <= 5 && outletLike(l.text)) {
      source = { text: l.text, start: l.start, end: l.end, rule: "line-above" };
      if (byline) byline = { ...byline, names: byline.names.filter((n) => n !== l.text) };
    }
  }

  // --- body
  for (const p of body.paragraphs) draft.push("body", p.text, { start: p.start, end: p.end }, true);
  // (The confidence is scoreBody's, from this evidence, once the other fields are known.)
  draft.bodyEvidence = { method: "prose", copies: body.copies, truncated: body.truncated, firstDoubt: firstParagraphDoubt(lines, body.paragraphs) };

  // --- dateline (and a Chinese reporter credit after it)
  const first = body.paragraphs[0];
  const dl = first ? lineDateline(first) : null;
  if (first && dl) draft.set("dateline", dl.text, /\(|电|讯/.test(dl.text) ? 0.9 : 0.8, findSpan(text, first.start, first.end, dl.text));
  // With no byline: the reporters the dateline credits, or those of "【环球时报记者 X 特约记者 Y】" opening a story with none.
  const credited = !first || byline ? [] : dl ? dl.authors : openingReporters(first.text)?.names ?? [];
  if (first && credited.length) {
    for (const n of credited) draft.push("authors", n, findSpan(text, first.start, first.end, n));
    draft.setList("authors", dl ? 0.85 : 0.8);
  }

  // --- credits closing the story: editor, reporting credit
  let editor: { text: string; start: number; end: number; conf: number } | undefined;
  let reporting: string[] = [];
  let reportingLine: Classified | undefined;
  for (const l of lines) {
    if (!editor) {
      const e = l.kind === "editor" ? editorOf(l.text) : null;
      if (e) editor = { text: e, ...(findSpan(text, l.start, l.end, e) ?? { start: l.start, end: l.end }), conf: 0.9 };
      else if (l.kind === "meta" || l.kind === "byline") {
        // "Editor: Y", or "| Editor Y" as a segment of its own ("Penulis X | Editor Y"), or "Reported by X, Edited by Y".
        // Or a Chinese credit among the stamp line's others ("… 作者：Y 责任编辑：Z").
        const name = l.raw.match(RE_EDITOR_SEGMENT)?.[1]?.trim() || editorOf(l.text);
        if (name) editor = { text: name, ...(findSpan(text, l.start, l.end, name) ?? { start: l.start, end: l.end }), conf: 0.85 };
      }
    }
    if (l.kind === "credit") {
      const c = parseCredit(l.text);
      if (c) {
        if (!reporting.length && c.authors.length) { reporting = c.authors; reportingLine = l; }
        if (!editor && c.editors[0]) {
          const e = c.editors.join(", ");
          editor = { text: e, ...(findSpan(text, l.start, l.end, c.editors[0]) ?? { start: l.start, end: l.end }), conf: 0.8 };
        }
      }
    }
  }
  // A name with an editor's role line in the header block, when no credit names the editor.
  if (!editor && headerEditor) editor = { text: headerEditor.name, ...(findSpan(text, headerEditor.start, headerEditor.end, headerEditor.name) ?? { start: headerEditor.start, end: headerEditor.end }), conf: 0.7 };
  if (editor) draft.set("editor", editor.text, editor.conf, { start: editor.start, end: editor.end });

  // --- authors (a byline naming the site itself names no person; a copyright owner who is the person writing, a
  // newsletter's author signing "© 2024 Name", still is one)
  const siteNames = () => {
    const writers = ownersWriting(lines, owners);
    return [draft.fields.publisher, ...brands.filter((b) => !writers.includes(b))];
  };
  if (!draft.fields.authors.length) {
    if (byline) {
      for (const n of people(byline.names, siteNames())) draft.push("authors", n, findSpan(text, byline.start, byline.end, n) ?? findSpan(text, byline.start, byline.end, n.toUpperCase()) ?? { start: byline.start, end: byline.end });
      draft.setList("authors", byline.conf);
    } else if (reporting.length && reportingLine) {
      for (const n of people(reporting, siteNames())) draft.push("authors", n, findSpan(text, reportingLine.start, reportingLine.end, n));
      draft.setList("authors", 0.75);
    }
  }

  // --- related headlines
  readRelated(lines, text, draft, body.allLines, titleIdx >= 0 && B >= 0 ? Math.min(titleIdx, B - 1) : titleIdx, B);

  // --- url and id
  if (pageUrl) draft.set("url", pageUrl, urlSpan ? 0.85 : 0.7, urlSpan);
  if (idLine) draft.set("externalId", idLine.text, 0.8, { start: idLine.start, end: idLine.end });
  else if (pageUrl) {
    const id = idFromUrl(pageUrl);
    if (id) draft.set("externalId", id, 0.75, urlSpan ? findSpan(text, urlSpan.start, urlSpan.end, id) : null);
    // Else the site's shortlink to the post, printed on the page, carries it.
    else for (const l of lines) {
      const short = l.kind === "url" ? shortlinkId(l.text, pageUrl) : "";
      if (short) { draft.set("externalId", short, 0.7, findSpan(text, l.start, l.end, short)); break; }
    }
  }

  scoreAbsences(draft, {
    profile: profile && (profile.language ?? language) === language ? profile : undefined,
    cleanHeader: Boolean(title && title.score >= 3 && draft.fields.publishedAt),
    story: body.paragraphs.length >= 3,
    text,
  });
  setSource(draft, source && { text: source.text, span: { start: source.start, end: source.end }, rule: source.rule }, {
    publisher: draft.fields.publisher,
    // (Menus above the headline: a credit line under it, "By X | site | Updated: …", is no menu.)
    // (A function, not a getter: an object literal with accessors kept this whole function out of optimised code.)
    sections: () => navigationSections(lines.slice(0, headIdx >= 0 ? Math.min(16, headIdx) : 16).map((l) => l.text)),
    dateline: draft.fields.dateline,
    // (No storyStart: the credit is looked for in the header block only, which ends where the story starts.)
    header: () => headerText(lines, B),
  });

  // --- what the raw pane dims and marks (last: it needs every field's spans)
  draft.regions = pageRegions(text, lines, body, draft.spans);
}

/**
 * A portal's provider line: an agency alone on the line right above the headline ("Reuters" over the headline on a
 * news portal carrying the wire's story) credits the story, as the credit beside the date does; not on the agency's
 * own site, where it is the masthead.
 */
function providerLine(lines: Classified[], text: string, headIdx: number, publisher: string): { text: string; start: number; end: number; rule: SourceRule } | undefined {
  let k = headIdx - 1;
  while (k >= 0 && lines[k]!.kind === "blank") k--;
  const l = k >= 0 ? lines[k]! : null;
  const agency = l && l.text.length <= 40 ? agencyCredit(l.text) : "";
  if (!l || !agency || (publisher && sameName(agency, publisher))) return undefined;
  return { text: agency, ...(findSpan(text, l.start, l.end, agency) ?? { start: l.start, end: l.end }), rule: "provider-line" };
}

/** The page's text above the story (where a credit beside the date is printed). */
function headerText(lines: Classified[], storyAt: number): string {
  let out = "";
  for (let i = 0, n = storyAt >= 0 ? storyAt : Math.min(lines.length, 40); i < n; i++) out += lines[i]!.text + "\n";
  return out;
}

/** An editor credit inside a meta line: "Editor: Y", "| Editor Y", "Edited by Y" (up to a bar, a date or the end). */
const RE_EDITOR_SEGMENT = new RegExp(`(?:${EDITOR_LABEL}\\s*[:：]|(?:^|\\|)\\s*editor\\s|\\bedited\\s+by\\s)\\s*([^|\\d]+?)\\s*(?=\\||\\d{4}-|$)`, "i");

/** The names that are not the site's own (a byline naming the site itself names no person). */
function people(names: string[], siteNames: string[]): string[] {
  const isSite = siteNameTest(siteNames);
  return names.filter((n) => !isSite(n));
}

interface PublisherClues {
  mastheads: string[];
  owners: string[];
  /** Credits printed beside the date (the source), which may spell the site's name. */
  credits: string[];
  title: string;
  /** The browser-title line the headline was cut from, if it was. */
  cutFrom: Classified | null;
  pageUrl: string;
  /** A title known from outside the text (a scraper record's), which may carry the site suffix. */
  recordTitle: string;
  /** Site names from a scraper record's metadata. */
  siteNames: string[];
}

function readPublisher(lines: Classified[], text: string, draft: Draft, known: ProfileVerdict | null, clues: PublisherClues): void {
  const suffixes: string[] = [siteNameBesideTitle(clues.recordTitle, clues.title)].filter(Boolean);
  const hosts: string[] = clues.pageUrl ? [hostOf(clues.pageUrl)] : [];
  let titleAt = -1;
  let topSections: Set<string> | undefined;
  const sections = (): Set<string> => (topSections ??= navigationSections(lines.slice(0, 16).map((l) => l.text)));
  for (const l of lines) {
    if (!l.text) continue;
    if (titleAt < 0 && clues.title && l.text.includes(clues.title)) titleAt = l.i;
    // The browser-title line at the top, or in the header a browser prints on each page ("12/06/2024, 18:02 Headline | Site").
    // (A print header opens with the date's digits: the test spares the regex on every other line.)
    const c0 = l.text.charCodeAt(0);
    const print = l.first === l && c0 >= 48 && c0 <= 57 && RE_PRINT_HEADER.exec(l.text);
    const s = l === clues.cutFrom || l.i < 12 || print ? siteNameBesideTitle(print ? l.text.slice(print[0].length) : l.text, clues.title, sections) : "";
    if (s) suffixes.push(s);
    // Staff e-mail addresses are on the site's own domain more often than not: a host clue. (A repeat adds none.)
    if (l.first === l && (l.kind !== "text" || l.prose !== 2) && l.text.includes("@")) for (const m of l.text.matchAll(/@([a-z0-9-]+(?:\.[a-z0-9-]+)+)/gi)) hosts.push(m[1]!);
  }
  const choice = choosePublisher({
    metadata: clues.siteNames, mastheads: clues.mastheads, copyrightOwners: clues.owners, browserTitles: suffixes, hosts, spellings: clues.credits,
    credits: selfCredits(lines, clues.credits, titleAt), people: ownersWriting(lines, clues.owners), language: draft.fields.language,
  }, known);
  if (!choice) {
    draft.warn("no publisher found: no profile matched and the page shows no masthead, copyright owner or site name", "publisher");
    return;
  }
  draft.set("publisher", choice.name, choice.confidence, spanOf(lines, text, choice.name));
  if (choice.warning) draft.warn(choice.warning, "publisher");
}

/** Where the page prints a publisher's name: the first line holding it, ignoring case. */
function spanOf(lines: Classified[], text: string, name: string): Span | null {
  const k = name.toLowerCase();
  // A repeated line has its first copy's key, already tried: only first copies are searched.
  const l = lines.find((x) => x.text && x.first === x && x.key.includes(k));
  return l ? findSpan(text, l.start, l.end, name) ?? findSpan(text, l.start, l.end, l.text.slice(l.key.indexOf(k), l.key.indexOf(k) + k.length)) : null;
}


/** Credits beside the byline or date that the page also prints as a line of its own above the headline: the site's own name. */
function selfCredits(lines: Classified[], credits: string[], titleAt: number): string[] {
  const out: string[] = [];
  for (const c of credits) {
    const k = c.toLowerCase();
    for (let i = 0; i < titleAt; i++) if (lines[i]!.key === k) { out.push(c); break; }
  }
  return out;
}

/** Copyright owners that read as a person's name printed as the byline: a line of its own beside a date line, or after "By". */
function ownersWriting(lines: Classified[], owners: string[]): string[] {
  const out: string[] = [];
  for (const o of owners) {
    if (parseBareNames(o).length !== 1) continue;
    const k = o.toLowerCase();
    const byline = lines.some((l, i) => l.key === k
      ? [lines[i - 1], lines[i + 1], lines[i + 2]].some((n) => n && n.kind === "meta" && lineDates(n).length > 0)
      : l.kind === "byline" && l.key.includes(k));
    if (byline) out.push(o);
  }
  return out;
}

/** Offset in the raw line for an offset in its normalised text (they differ only where spaces were folded). */
function mapOffset(l: Classified, normOffset: number): number {
  if (l.raw === l.text) return normOffset;
  // Walk both strings, skipping extra white space in the raw line.
  let r = 0;
  let n = 0;
  const raw = l.raw;
  const t = l.text;
  while (n < normOffset && r < raw.length) {
    if (isSpaceUnit(raw.charCodeAt(r)) && (t[n] === " ")) {
      while (r < raw.length && isSpaceUnit(raw.charCodeAt(r))) r++;
      n++;
    } else if (isZeroWidthUnit(raw.charCodeAt(r)) && t.charCodeAt(n) !== raw.charCodeAt(r)) r++; // removed (ZWNJ/ZWJ between letters stay)
    else { r++; n++; }
  }
  return Math.min(r, raw.length);
}

/** /[\s\u00A0\u3000]/ on one code unit, by its code (a regex test per character was most of mapOffset). */
function isSpaceUnit(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 ||
    c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** /[\u200B-\u200D\u2060\uFEFF]/ on one code unit. */
function isZeroWidthUnit(c: number): boolean {
  return (c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff;
}

/** A line that could be an item of a header-less headline list (once per distinct line: copies of the page repeat them). */
function headlineLine(l: Classified): boolean {
  const f = l.facts;
  if (f.headline === undefined) {
    const item = stripBullet(f.text);
    f.headline = isHeadlineLike(item, true, item === f.text ? f.stats : undefined);
  }
  return f.headline;
}

/** Is the next line with text after `from` a plain headline-like line, an item of the list above it? */
function nextIsItem(lines: Classified[], from: number, storyLines: Set<number>): boolean {
  let k = from;
  while (k < lines.length && !lines[k]!.text) k++;
  const it = lines[k];
  return !!it && it.kind === "text" && !storyLines.has(it.i) && relatedHeadline(it);
}

/** A list line's item, bullet and trailing date removed (once per distinct line: copies of the page repeat their lists). */
function relatedItem(l: Line): string {
  const f = l.facts;
  return (f.item ??= stripItemDate(stripBullet(f.text)));
}

/** Does a list line's item read as a headline? Once per distinct line, like relatedItem. */
function relatedHeadline(l: Classified): boolean {
  const f = l.facts;
  if (f.itemHeadline === undefined) {
    const item = relatedItem(l);
    f.itemHeadline = isHeadlineLike(item, false, item === f.text ? f.stats : undefined);
  }
  return f.itemHeadline;
}

/** Does the line end in an ellipsis and open a story paragraph (a truncated copy of it)? */
function cutStoryLine(l: Classified, lines: Classified[], storyLines: Set<number>): boolean {
  const last = l.key.charCodeAt(l.key.length - 1);
  if (last !== 0x2026 && last !== 0x2e) return false;
  const m = /^(.{20,}?)\s*(?:…|\.{3})$/.exec(l.key);
  if (!m) return false;
  for (const n of storyLines) if (lines[n]!.key.startsWith(m[1]!)) return true;
  return false;
}

/** A list number printed on a line of its own above each item ("1", "2." …). */
const LIST_NUMBER = /^\d{1,2}[.)]?$/;
/** Tab labels printed between a list header and its items ("Top" / "Latest" / "Discussion"). */
const LIST_TAB = /^(?:top|latest|new|newest|recent|popular|trending|discussion|comments|all|today|this week|most (?:read|viewed|shared)|aktuell|neueste|beliebt|récents|populaires|recientes|populares|recentes|terbaru|terpopuler|最新|最热|热门|排行|トップ|新着|人気|الأحدث)$/;

/** A date printed without its year under a list item ("Jun 28", "28 June", "3 days ago", "1d ago"). */
const SHORT_DATE = /^(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s\d{1,2}|\d{1,2}\.?\s(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?|\d{1,2}\s?(?:minutes?|mins?|m|hours?|hrs?|h|days?|d|weeks?|wks?|w|months?|mo)\sago|just now|yesterday|jana|juzi|ieri|gestern|hier|ayer|ontem|kemarin|semalam|χθες|אתמול|أمس)$/;

/** A date line closing a card: a date with or without its year, alone on its line. */
function cardDate(it: Classified): boolean {
  if (it.kind === "meta") return lineDates(it).length > 0 && stripItemDate(it.text) === it.text;
  return it.kind === "text" && it.text.length <= 16 && SHORT_DATE.test(it.key);
}

/**
 * A list whose items are cards (a newsletter's post list: headline, subtitle, author, date): dates
 * close each item, with two or more lines above each date. Returns the card groups (the lines between
 * one date and the next) and the list's last line, or null when the list is a plain one. Scans the
 * list up to its end (a blank line, the footer, the story, another header).
 */
function cardGroups(lines: Classified[], from: number, storyLines: Set<number>): { groups: Classified[][]; last: number } | null {
  const groups: Classified[][] = [];
  let cur: Classified[] = [];
  let texts = 0;
  let j = from;
  for (; j < lines.length && j < from + 80; j++) {
    const it = lines[j]!;
    if (it.kind === "blank" || it.kind === "copyright" || it.kind === "relHeader" || it.kind === "skipHeader" || storyLines.has(it.i)) break;
    if (cardDate(it)) { groups.push(cur); cur = []; continue; }
    cur.push(it);
    texts++;
  }
  return groups.length >= 2 && texts >= 2 * groups.length ? { groups, last: j - 1 } : null;
}

/** A short label standing alone above a list ("Læs også", "Kapcsolódó", any language's "Read also"): one to three words, no sentence. */
function listLabel(lines: Classified[], h: number): boolean {
  const l = lines[h]!;
  return l.kind === "text" && l.prose === 0 && l.stats.words <= 3 && l.text.length <= 30 && !RE_LABEL_STOP.test(l.text) && (h === 0 || !lines[h - 1]!.text);
}
const RE_LABEL_STOP = /[.!?;,]$/;

/** Adds a related headline, unless it is the page's own headline (listed in a "latest posts" list of its site). */
function pushRelated(draft: Draft, text: string, ownTitle: string, item: string, line: Classified): boolean {
  return (!ownTitle || item.toLowerCase() !== ownTitle) && draft.push("related", item, findSpan(text, line.start, line.end, item));
}

function readRelated(lines: Classified[], text: string, draft: Draft, storyLines: Set<number>, titleIdx: number, bodyStart: number): void {
  let headed = 0;
  let headerless = 0;
  let startAt = Math.max(0, titleIdx + 1);
  // A list heading in the few lines above the headline ("Must Read" / one item / the headline): its items are related
  // too, in page order; the list ends at the headline.
  for (let k = titleIdx - 1, seen = 0; k >= 0 && seen < 4; k--) {
    if (!lines[k]!.text) continue;
    seen++;
    if (lines[k]!.kind === "relHeader") { startAt = k; break; }
  }
  let storyEnd = -1;
  for (const n of storyLines) if (n > storyEnd) storyEnd = n;
  const own = draft.fields.title.toLowerCase();
  for (let i = startAt; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.kind === "inlineRelated") {
      const m = l.text.match(INLINE_RELATED);
      if (m && m[1]) { const item = m[1].trim(); if (pushRelated(draft, text, own, item, l)) headed++; }
      continue;
    }
    if (l.kind === "skipHeader" || l.kind === "ad") {
      // Tags, sponsored links, an ad slot: skip the block (an ad slot inside the story ends at the story's next paragraph;
      // in a dump without blank lines, the block ends at the next list header).
      while (i + 1 < lines.length && lines[i + 1]!.kind !== "blank" && !storyLines.has(i + 1) && lines[i + 1]!.kind !== "relHeader") i++;
      continue;
    }
    if (l.kind === "relHeader") {
      const items: { item: string; line: Classified }[] = [];
      const cards = cardGroups(lines, i + 1, storyLines);
      if (cards) {
        // A card list: each card's first headline (its subtitle and author lines are not items).
        for (const g of cards.groups) {
          for (const it of g) {
            const item = stripBullet(it.text);
            if (isHeadlineLike(item, false, item === it.text ? it.stats : undefined)) { items.push({ item, line: it }); break; }
          }
        }
        for (const { item, line } of items) if (pushRelated(draft, text, own, item, line)) headed++;
        i = cards.last;
        continue;
      }
      let labels = 0;
      let spaced = false;
      for (let j = i + 1; j < lines.length; j++) {
        const it = lines[j]!;
        // A blank line or the page footer ends the list; but blank lines between the heading and its first item do
        // not, nor do the blank lines of a list printed with one after each item (as its first item has).
        if (it.kind === "blank") {
          if (!items.length) continue;
          if (items.length === 1 && items[0]!.line.i === j - 1) spaced = nextIsItem(lines, j, storyLines);
          if (spaced) continue;
        }
        if (it.kind === "blank" || it.kind === "copyright" || it.i === titleIdx) { i = j; break; }
        if (storyLines.has(it.i)) { i = j - 1; break; }
        // A number on its own line above each item ("1" / "Headline" / "2" / …).
        if (LIST_NUMBER.test(it.text)) continue;
        const item = relatedItem(it);
        // "Published" / a date under each item; a headline with its date after it is an item.
        if (it.kind === "meta" && (item === it.text || !relatedHeadline(it))) continue;
        if (it.kind === "text" && it.text.length <= 16 && SHORT_DATE.test(it.key)) continue;
        // Tab labels between the header and the first item ("Latest" / "Top" / "Discussion").
        if (!items.length && labels < 2 && LIST_TAB.test(it.key)) { labels++; continue; }
        // A promo ("Download the X app …") or the start of a story paragraph cut short ("… Birkenhead Nort…", a truncated
        // copy of the page) is no headline: the list ended above it.
        const cut = cutStoryLine(it, lines, storyLines);
        if (cut || it.kind === "relHeader" || it.kind === "skipHeader" || it.kind === "promo" || !relatedHeadline(it)) {
          // A last "item" with a paragraph right under it is that section's heading ("Acknowledgement of Country").
          if (!cut && items.length && items[items.length - 1]!.line.i === j - 1 && it.kind === "text" && (it.prose > 0 || it.stats.words >= 20)) items.pop();
          i = j - 1;
          break;
        }
        items.push({ item, line: it });
        i = j;
      }
      const unnumbered = listItemTexts(items.map((x) => x.item));
      items.forEach(({ line }, k) => { if (pushRelated(draft, text, own, unnumbered[k]!, line)) headed++; });
      continue;
    }
    // A header-less run of headlines after the story started (a date under an item does not break it):
    // three or more anywhere; two when the run stands alone after the story's last paragraph.
    if (bodyStart >= 0 && i > bodyStart && l.kind === "text" && !storyLines.has(l.i) && headlineLine(l)) {
      let j = i + 1;
      const run: Classified[] = [l];
      for (; j < lines.length; j++) {
        const it = lines[j]!;
        if (it.kind === "meta" && j + 1 < lines.length && lines[j + 1]!.kind === "text") continue;
        if (it.kind !== "text" || storyLines.has(it.i) || !headlineLine(it)) break;
        run.push(it);
      }
      const distinct = new Set(run.map((r) => r.key)).size;
      // (Alone under a heading of its own too: a short label line with a blank line above it, in any language.)
      const alone = i > storyEnd && (i === 0 || lines[i - 1]!.kind !== "text" || listLabel(lines, i - 1)) && (j >= lines.length || lines[j]!.kind !== "text");
      // (Not the site's imprint printed right above its copyright line: "Editor-in-chief: …", "Address: …".)
      const imprint = j < lines.length && lines[j]!.kind === "copyright";
      if (!imprint && (distinct >= 3 || (distinct === 2 && alone))) {
        // (A most-read list under a heading not known as one: "1 Headline", "2 Headline" … lose their numbers.)
        const items = listItemTexts(run.map((it) => stripBullet(it.text)));
        run.forEach((it, k) => { if (pushRelated(draft, text, own, items[k]!, it)) headerless++; });
      }
      i = j - 1;
    }
  }
  draft.setList("related", headerless > headed ? 0.6 : 0.8);
  if (headerless) draft.warn(`${headerless} related headlines taken from a list without a heading`, "related");
}

/** A line of Han text wrapped in brackets: what is inside. */
const RE_BRACKETED_HAN = /^[（(]([\u3400-\u9fff][^（()）]{1,40})[）)]$/;

const RE_COPY_LINK = /(?:\b(?:copy link|permalink|short ?link|link to this (?:article|story|page))|复制链接|複製連結|本文链接|本文連結)\s*[:：]?\s*(https?:\/\/\S+)$/i;

/**
 * The page's lines above the story (at most the first 40), where a masthead names its place: not the headline or
 * a browser-title line holding it, captions or sentences.
 */
function headerTexts(lines: readonly Classified[], to: number, title: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < Math.min(to, 40); i++) {
    const l = lines[i]!;
    if (l.text && l.kind !== "caption" && l.prose === 0 && !(title && l.key.includes(title))) out.push(l.text);
  }
  return out;
}
