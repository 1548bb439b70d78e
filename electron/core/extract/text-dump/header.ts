// The story header of a text dump: headline choice, and the meta lines around
// it (date, byline, source credit).
import { hanCount, wordCount } from "../normalize.js";
import { dateRank, endsWithYearAbbr, findDates, isWeekday, westernDigits, type FoundDate } from "../dates.js";
import { agencyCredit, BYLINE_OPENER, caselessName, outletLike, parseBareNames, parseByline, parseCreditRun, PHOTO_LABEL } from "../byline.js";
import { agreesWithSlug } from "../url-slug.js";
import { creditRole, printsSourceLabel, SOURCE_LABEL_WORDS } from "../credit-roles.js";
import { lineDates, lineNames, type Line } from "./lines.js";
import { unspacedLetters, type Classified } from "./classify.js";

/** A capital, a digit or a quote opens a headline; so does any letter of a script without capitals (Arabic, Hebrew, Thai, Hangul). */
const RE_TITLE_START = /^[\p{Lu}\p{N}"“‘'\p{Lo}]/u;
const RE_ABBR_END = /\b(?:[A-Z]\.){2,}$/;
const RE_LETTER = /\p{L}/u;
const RE_SEP_END = /[·•|]$/;
/** A capitalised label with a one- or two-word value. */
const RE_LABEL = /^[\p{Lu} ]{3,30}:\s*\S+(?:\s\S+)?$/u;
/** A label and a number, in any script ("Код новости: 48213", "News ID: 1403-0912"): a code line, not a headline. */
const RE_CODE_LINE = /^\p{L}[\p{L}\p{M} .]{0,30}[:：]\s*[#№]?\p{Nd}[\p{Nd}\-/.]*$/u;
/** A photo caption: a sentence closed by a bracketed credit or note ("… over 390 km. (File)", "… 1 March. [Photo: X]"). */
const RE_CAPTION_SHAPE = /[.!?。]["”’]?\s*[([（【][^()[\]（）【】]{1,40}[)\]）】]$/u;
/** A short bracketed credit closing a line ("… in Riyadh (SPA)", "… (File photo)"): as a rule a caption's. */
const RE_CREDIT_TAIL = /\s[([（【][^()[\]（）【】]{1,30}[)\]）】]$/u;
const RE_CLOCK = /(?:^|[^\d])\d{1,2}(?::|h)\d{2}(?!\d)/;
const RE_YEAR = /(?:^|\D)(?:19|20)\d{2}(?!\d)/;
const RE_EMAIL = /[\w.+-]@[\w-]+(?:\.[\w-]+)+/;
/** Does the line end with a closing bracket (the cheap test before the caption and credit patterns)? */
function closesWithBracket(t: string): boolean {
  const c = t.charCodeAt(t.length - 1);
  return c === 0x29 || c === 0x5d || c === 0xff09 || c === 0x3011;
}

/** A clock time and a year on one line: a time stamp, even in a date format not parsed ("Updated: July 23, 2024 7:19 pm IST", "5.mar.2024 às 14h32"). */
function isStamp(t: string): boolean {
  return RE_CLOCK.test(t) && RE_YEAR.test(t);
}

/** A clock time with a colon or a dot ("13.20", "15:04"), not part of a longer number. */
const RE_ANY_CLOCK = /(?<![\d.,:])(?:[01]?\d|2[0-3])[:.][0-5]\d(?![\d.,:])/;
const RE_WORD_RUN = /\p{L}+/gu;
/**
 * A clock time and at most two words beside it: an update stamp in any language ("Opdateret kl. 13.20",
 * "Updated 07:10", "Frissítve: 15:04"), not a headline.
 */
function isTimeStamp(t: string, words: number): boolean {
  if (words > 5 || !RE_ANY_CLOCK.test(t)) return false;
  let n = 0;
  for (const _ of t.matchAll(RE_WORD_RUN)) if (++n > 2) return false;
  return true;
}

export function isTitleLike(l: Classified): boolean {
  if (l.kind !== "text" || l.prose === 2) return false;
  // The rest depends on the text alone: once per distinct line (a page printed twice asks it of both copies).
  const f = l.facts;
  return (f.titleShaped ??= titleShaped(l));
}

const RE_THE = /^the\s/i;

function titleShaped(l: Line): boolean {
  const t = l.text;
  if (!RE_LETTER.test(t) || RE_LABEL.test(t) || RE_CODE_LINE.test(t)) return false; // "03/05/2024", "1 of 3", "NEWSPAPER SECTION: News"
  // A credit run ending in its separator ("Auckland Super City Reporter·NZ Herald·").
  if (RE_SEP_END.test(t)) return false;
  const han = l.stats.han;
  if (han >= 4) {
    if (!(han >= 6 && han <= 60 && !/[。]$/.test(t))) return false;
  } else if (t.length > l.stats.words * 12 && unspacedLetters(t) >= 10) {
    // Thai, Lao, Khmer, Burmese: words unspaced, so counted by letters (about five a word), up to thirty words.
    if (unspacedLetters(t) > 150) return false;
  } else {
    const wc = l.stats.words;
    if (wc < 3 || wc > 30) return false;
    if (/[.,;:]$/.test(t) && !RE_ABBR_END.test(t) && !endsWithYearAbbr(t)) return false;
    if (!RE_TITLE_START.test(t)) return false;
  }
  if (closesWithBracket(t) && RE_CAPTION_SHAPE.test(t)) return false;
  // An outlet's name on its own line ("The Canadian Press", "The Denver Post"): a credit, not a headline.
  if (l.stats.words <= 3 && RE_THE.test(t) && outletLike(t.slice(4))) return false;
  // (A stamp in Arabic-Indic or Persian digits too: "۱۲ آذر ۱۴۰۳ - ۱۴:۳۲".)
  if (isStamp(t) || isTimeStamp(westernDigits(t), l.stats.words)) return false;
  // No headline holds an e-mail address (a caption or a sign-off ending "… Name reporter name@site.com" does).
  if (t.includes("@") && RE_EMAIL.test(t)) return false;
  return lineNames(l).length === 0;
}

/** A kicker line does not end a sentence or a label. */
const RE_KICKER_STOP = /[.:;!?。]$/;
/** A site-suffix bar, set off by spaces; or Chinese sites' "Headline_Channel_Site", unspaced before Han characters. */
const TITLE_SEP = /\s(?:-|\||–|—|_)\s|_(?=[\u3400-\u9fff])/;
/** The date and time a browser prints before the page title at the top of each printed page ("11.2.2025 16.40 Headline | Site"). */
export const RE_PRINT_HEADER = /^\d{1,2}[/.]\d{1,2}[/.]\d{2,4},?\s+\d{1,2}[:.]\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?\s+/;
/** A print header: its stamp followed by the page's title (three words or more; "14/08/2024 09:05 GMT+7" is a stamp line). */
export function printHeaderOf(text: string): boolean {
  const m = RE_PRINT_HEADER.exec(text);
  return m !== null && wordCount(text.slice(m[0].length)) >= 3;
}
const TITLE_SPLIT = /^(.{10,}?)(?:\s+(?:-|\||–|—|_)\s+|_(?=[\u3400-\u9fff]))(.{2,})$/;

/** A browser-title line split at its bar ("Headline - Brand | site"), once per distinct line; null for none or a stamp line. */
function titleSplit(l: Classified): RegExpMatchArray | null {
  const f = l.facts;
  if (f.titleSplit === undefined) f.titleSplit = TITLE_SEP.test(f.text) && !isStamp(f.text) ? f.text.match(TITLE_SPLIT) : null;
  return f.titleSplit;
}

/**
 * The key a line counts for as a printing of a headline: a breadcrumb ending in the headline
 * ("ANSA.it › Lombardia › Headline") prints it again. Once per distinct line (pickTitle reads
 * every line of the page, once per copy).
 */
function crumbTail(l: Classified): string {
  const f = l.facts;
  if (f.crumbTail === undefined) {
    const crumb = f.text.includes("›") ? f.key.lastIndexOf("› ") : -1;
    f.crumbTail = crumb > 0 ? f.key.slice(crumb + 2) : f.key;
  }
  return f.crumbTail;
}

/** A date, stamp or byline line: the meta block a headline sits on. */
function isMetaLine(l: Classified): boolean {
  return l.kind === "meta" || l.kind === "byline" || (l.kind === "text" && lineDates(l).length > 0);
}

/** Short Han-only names and role words split by spaces or 、 ("佐藤健太、山本美咲", "记者 周頔 实习生 王可欣"): a byline, not a headline. */
const RE_CJK_NAME_LIST = /^\p{Script=Han}{2,6}(?:[\s\u3000、，,·・]+\p{Script=Han}{2,6})+$/u;

export interface TitlePick {
  line: Classified;
  score: number;
  /** [start, end) of the title within the line when a site suffix was cut. */
  cut?: { start: number; end: number; text: string };
}

/**
 * Picks the headline among the lines before the story's first paragraph (and from `floor` on: one copy's header).
 * `slug`: the words of the page URL's slug (see url-slug.ts), which repeat the headline's.
 */
export function pickTitle(lines: Classified[], bodyStart: number, brands: string[], slug: string[], floor = 0): TitlePick | null {
  // How often each candidate's text occurs on the page (a headline printed in every copy).
  // Only candidates' keys are counted; a length check spares hashing every other line.
  const counts = new Map<string, number>();
  const lens = new Set<number>();
  const kickerPairs: { at: number; joined: string }[] = [];
  for (let i = Math.max(floor, bodyStart - 45), e = bodyStart >= 0 ? bodyStart : lines.length; i < e; i++) {
    const l = lines[i]!;
    if (l.text) { counts.set(l.key, 0); lens.add(l.key.length); }
    // A short kicker line right above a longer one: the two joined ("Kicker: Headline") are counted like a candidate.
    const k = i > 0 ? lines[i - 1]! : undefined;
    if (k && k.kind === "text" && l.kind === "text" && l.prose < 2 && l.stats.words >= 4 && k.stats.words <= 8 && k.stats.words < l.stats.words && !RE_KICKER_STOP.test(k.text)) {
      const joined = `${k.key}: ${l.key}`;
      kickerPairs.push({ at: i, joined });
      counts.set(joined, 0);
      lens.add(joined.length);
    }
  }
  for (const l of lines) {
    if (!l.text) continue;
    const key = crumbTail(l);
    if (!lens.has(key.length)) continue;
    const c = counts.get(key);
    if (c !== undefined) counts.set(key, c + 1);
  }
  const brandKeys = brands.filter(Boolean).map((b) => b.toLowerCase());
  const from = Math.max(floor, bodyStart - 45);
  const end = bodyStart >= 0 ? bodyStart : lines.length;
  const cands: TitlePick[] = [];
  // Browser-title lines "Headline - Brand | site": the headline with the suffix cut.
  const cutTitles = new Map<number, { start: number; end: number; text: string }>();
  for (let i = 0; i < Math.min(lines.length, bodyStart > 0 ? bodyStart : lines.length); i++) {
    const l = lines[i]!;
    // (Not a stamp line: "Kompas.com - 05/03/2024, 14:32 WIB" is a credit and a date; nor a print header, whose
    // title is printed again as the headline line.)
    if (!l.text || l.kind === "blank" || l.kind === "meta" || RE_PRINT_HEADER.test(l.text)) continue;
    const m = titleSplit(l);
    // The part after the bar is a known brand, or the part before it is printed again as a line of its own.
    if (m && m[1] && m[2] && (brandKeys.some((b) => m[2]!.toLowerCase().includes(b)) || counts.has(m[1].toLowerCase()))) {
      const head = m[1];
      const at = l.raw.indexOf(head.split(" ")[0] ?? head);
      cutTitles.set(i, { start: l.start + Math.max(0, at), end: l.start + Math.max(0, at) + head.length, text: head });
    }
  }
  const cutKeys = new Set([...cutTitles.values()].map((c) => c.text.toLowerCase()));
  // A kicker printed on its own line right above the headline, and the two joined ("Kicker: Headline") in a
  // breadcrumb or a print copy: the headline is the line under the kicker, the joined line is no headline.
  const joinedKeys = new Set<string>();
  let underKicker = -1;
  for (const p of kickerPairs) if ((counts.get(p.joined) ?? 0) >= 1) { joinedKeys.add(p.joined); underKicker = p.at; }
  for (let i = from; i < end; i++) {
    const l = lines[i]!;
    const cut = cutTitles.get(i);
    if (!cut && !isTitleLike(l)) continue;
    let score = 1;
    const next: Classified[] = [];
    for (let j = i + 1; j < end && next.length < 3; j++) if (lines[j]!.kind !== "blank") next.push(lines[j]!);
    const prev: Classified[] = [];
    for (let j = i - 1; j >= 0 && prev.length < 2; j--) if (lines[j]!.kind !== "blank") prev.push(lines[j]!);
    // A bare name line under a headline is its byline only beside a date or byline line: alone
    // ("Go Public", "Quick Reads") it is as likely a menu item or a label.
    let anchored = false;
    for (const n of next) if (isMetaLine(n)) { anchored = true; break; }
    // A byline stacked over three short lines ("Jo Bell" / "Ottawa" / "The Canadian Press" / "Published …"): the
    // date line comes fourth, after a name line.
    if (!anchored && next.length === 3 && lineNames(next[0]!).length > 0 && next.every((n) => n.kind === "text" && n.stats.words <= 4)) {
      for (let j = next[2]!.i + 1; j < end; j++) {
        const n = lines[j]!;
        if (n.kind === "blank") continue;
        anchored = isMetaLine(n);
        break;
      }
    }
    if (anchored) {
      let near = false;
      for (let j = 0; j < 2 && j < next.length; j++) {
        const n = next[j]!;
        if (n.kind === "meta" || n.kind === "byline" || (n.kind === "text" && lineNames(n).length > 0)) { near = true; break; }
      }
      score += near ? 3 : 2;
    }
    // Under the headline's own date and byline lines: a caption or a dek printed inside the header block, not the headline.
    const inBlock = belowHeaderBlock(lines, i, from, cutTitles);
    if (inBlock) score -= 3;
    // Right under a date line (a meta line, or a stamp the classifier left as text: "۱۲ آذر ۱۴۰۳ - ۱۴:۳۲").
    else if (prev[0] && (prev[0].kind === "meta" || (prev[0].kind === "text" && !isTitleLike(prev[0]))) && lineDates(prev[0]).length > 0) score += 2;
    // Next to a photo credit ("Foto: X", "Fotó: Outlet"): the picture's caption.
    if ((next[0] && creditOfPhoto(next[0])) || (prev[0] && creditOfPhoto(prev[0]))) score -= 2;
    // The URL's slug spells the headline.
    if (slug.length && agreesWithSlug(slug, l.text)) score += 3;
    if ((counts.get(l.key) ?? 0) >= 2 || cutKeys.has(l.key)) score += 2;
    if (prev[0] && (prev[0].kind === "relHeader" || prev[0].kind === "skipHeader")) score -= 3;
    const above = i > 0 ? lines[i - 1]! : undefined;
    const below = lines[i + 1];
    // The lines next to this one across one blank line at most (a dump may print a blank line after each block).
    const aboveNear = above && !above.text && i > 1 ? lines[i - 2]! : above;
    const belowNear = below && !below.text && i + 2 < end ? lines[i + 2]! : below;
    if (i === underKicker) score += 2;
    else if (i === underKicker - 1 || joinedKeys.has(l.key)) score -= 3;
    // Right under a longer-than-a-label title-like line with nothing between (a blank line at most), shorter than this
    // one, printed again (in a breadcrumb, a second copy) or as long as a headline: a standfirst under its headline.
    // (Not the headline printed twice.)
    else if (aboveNear && aboveNear.text && i - aboveNear.i <= 2 && aboveNear.key !== l.key && !cutTitles.has(aboveNear.i) && isTitleLike(aboveNear) && aboveNear.stats.words >= 4 && sameScript(aboveNear, l) && (l.stats.words > aboveNear.stats.words || aboveNear.stats.words >= 6 || (counts.get(aboveNear.key) ?? 0) >= 2)) score -= 1;
    // The summary printed under the headline: its headline is the line right above it, and a line right
    // under it (a blank line between at most) is a second summary line, not the headline.
    if (below && i + 1 < end) {
      if (below.kind === "standfirst" || (below.kind === "text" && below.prose >= 1)) score += 2;
      else if (belowNear && belowNear.text && l.stats.words >= 6 && belowNear.stats.words >= 8 && belowNear.key !== l.key && isTitleLike(belowNear) && sameScript(belowNear, l)) score += 1;
    }
    if (aboveNear && aboveNear.i >= from && (aboveNear.kind === "standfirst" || (aboveNear.kind === "text" && aboveNear.prose === 2))) score -= 3;
    if (l.stats.han >= 4 && RE_CJK_NAME_LIST.test(l.text)) score -= 2;
    // A role line right under a bare name ("Jo Bell" / "Local Democracy Reporter"): the byline's, not a headline.
    if (above && above.kind === "text" && above.stats.words <= 4 && lineNames(above).length > 0 && isRoleLine(l)) score -= 3;
    if (closesWithBracket(l.text) && RE_CREDIT_TAIL.test(l.text)) score -= 1;
    // Headlines run longer than the labels and buttons of a page ("Listen to this article", "Subscriber-only feature").
    if (l.stats.han < 4) score += l.stats.words >= 6 ? 0.5 : l.stats.words <= 4 ? -0.5 : 0;
    if (cut) score += 2;
    score += (i - from) / (end - from + 1); // nearer the story wins ties
    cands.push(cut ? { line: l, score, cut } : { line: l, score });
  }
  let best: TitlePick | null = null;
  for (const c of cands) if (!best || c.score > best.score) best = c;
  return best;
}

/** A photo credit line: a credit label ("Foto: X"), or a line the classifier read as a caption's credit. */
function creditOfPhoto(l: Classified): boolean {
  return (l.kind === "text" || l.kind === "copyright" || l.kind === "credit" || l.kind === "caption") && l.text.length <= 120 && PHOTO_LABEL.test(l.text);
}

/**
 * Does line i stand below a header block that opens under another headline-like line? Walking up from it over date,
 * byline and name lines (and short role or credit lines between them), the first other line is a title-like line of
 * four words or more: that line is the headline the block belongs to, and line i is printed inside or after the
 * block (a caption, a dek), where no headline stands.
 */
function belowHeaderBlock(lines: Classified[], i: number, from: number, cutTitles: Map<number, { text: string }>): boolean {
  let meta = false;
  for (let j = i - 1, seen = 0; j >= from && seen < 8; j--) {
    const l = lines[j]!;
    if (!l.text) continue;
    seen++;
    if (isMetaLine(l) || (l.kind === "text" && lineNames(l).length > 0)) { meta = true; continue; }
    if (l.kind === "caption" || l.kind === "credit" || l.kind === "imageMeta" || (l.kind === "text" && l.stats.words <= 3 && !isTitleLike(l))) continue;
    // (Not the same headline printed again: a browser-title line at the top and the headline under the date.)
    const upper = cutTitles.get(j)?.text.toLowerCase() ?? l.key;
    return meta && upper !== lines[i]!.key && (cutTitles.has(j) || (isTitleLike(l) && (l.stats.words >= 4 || l.stats.han >= 6)));
  }
  return false;
}

/**
 * A headline wrapped onto the next line (a print's narrow column): the picked line and the line right under it,
 * joined by a space, as the page's browser-title or print-header line prints the headline whole. Null when not so.
 */
export function wrappedTitle(lines: Classified[], at: number): { text: string; end: number } | null {
  const l = lines[at]!;
  const next = lines[at + 1];
  if (!next || next.kind !== "text" || !next.text || next.prose === 2 || next.stats.words > 12) return null;
  const joined = `${l.text} ${next.text}`;
  for (let i = 0; i < at; i++) {
    const t = lines[i]!.text;
    if (t.length > joined.length && t.includes(joined)) return { text: joined, end: next.end };
  }
  return null;
}

const RE_LATIN_RUN = /[A-Za-z\u00C0-\u024F]+/g;
/**
 * Are two lines mostly in the same script (Latin or not)? A headline and its summary are written in the story's
 * language; an English SEO title printed above a Hindi headline is neither its headline nor its summary.
 */
function sameScript(a: Classified, b: Classified): boolean {
  return mostlyLatin(a) === mostlyLatin(b);
}
/**
 * Is half the line's text or more (spaces, digits and punctuation aside) in Latin letters? Once per distinct line
 * (pickTitle asks it of the same few header lines for each candidate and each copy of the page; its match and
 * replace made ~3% of what a page allocated).
 */
function mostlyLatin(l: Classified): boolean {
  const f = l.facts;
  return (f.mostlyLatin ??= latinText(f.text));
}
function latinText(t: string): boolean {
  let n = 0;
  for (const m of t.matchAll(RE_LATIN_RUN)) n += m[0].length;
  return n * 2 >= t.replace(/[\s\d\p{P}]/gu, "").length;
}

export interface DatePick {
  line: Classified;
  date: FoundDate;
}

/** Words that mark a modification stamp, in the languages of the corpus. */
const RE_UPDATE_WORD = /updated|modified|更新|수정|modifica|modifié|mis à jour|aggiornat[oa]|aktualisiert|actualizad[oa]|atualizad[oa]|bijgewerkt|aangepast|güncelleme|обновлен|оновлено|aktualizováno|aktualizované|publikované|päivitetty|diperbarui|تحديث|uppdaterad|oppdatert|opdateret|uppfært|atnaujinta|обновена|posodobljeno|zadnja posodobitev|opgedateer/i;
/** Words that mark the publication stamp. */
const RE_PUBLISH_WORD = /published|发布|등록|입력|publié|pubblicato|publicado|veröffentlicht|gepubliceerd|giriş|yayın|опубликовано|نشر|publicerad|publisert|publiceret|\bbirt\b|paskelbta|публикувана|objavljeno|gepubliseer/i;

/**
 * The most informative date among the header lines; ties go to the one nearest the headline. A date printed after a
 * modification word ("수정 2024-03-05 16:10", "(modifica il 5 marzo 2024 | 16:10)", "| Updated 6:10 PM …") is the
 * modification time: it loses to any other date in the header, however much more precise (a time printed only on the
 * modification stamp leaves the publication a date), and is used only when the page prints no other.
 */
export function pickHeaderDate(lines: Classified[], from: number, to: number, titleIdx: number): DatePick | null {
  let best: DatePick | null = null;
  let bestScore = -Infinity;
  for (let i = Math.max(0, from); i < Math.min(to, lines.length); i++) {
    const l = lines[i]!;
    if (l.kind !== "meta" && l.kind !== "byline" && l.kind !== "text") continue;
    if (l.kind === "text" && l.prose === 2) continue;
    // A browser's print header ("20/03/2025, 11:04 am<TAB>Headline | Site") dates the printing, not the story.
    if (printHeaderOf(l.text)) continue;
    const dates = lineDates(l);
    if (!dates.length) continue;
    // (Of the line, not of each date: asked once.)
    const updated = RE_UPDATE_WORD.test(l.text) && !RE_PUBLISH_WORD.test(l.text);
    const prevPublished = i > 0 && /^published\b/i.test(lines[i - 1]?.text ?? "");
    let prevEnd = 0;
    for (const d of dates) {
      const rank = dateRank(d);
      const updatedHere = RE_UPDATE_WORD.test(l.text.slice(prevEnd, d.start));
      prevEnd = d.end;
      // (A modification stamp's penalty outweighs the widest gap in rank, 30 - 10: it loses to any other date.)
      const score = rank * 10 - (updatedHere ? 25 : updated ? 3 : 0) + (prevPublished ? 1 : 0) - Math.abs(i - titleIdx) * 0.1;
      if (score > bestScore) { bestScore = score; best = { line: l, date: d }; }
    }
  }
  return best;
}

export interface MetaSegments {
  source?: { text: string; start: number; end: number };
  /** The source was labelled ("Source: GNA"), not read from what stands beside the date. */
  labelled?: boolean;
  /** How the source was read: labelled, in the date's own segment, from a byline or credit run, or a segment of its own. */
  rule?: "labelled" | "beside-date" | "byline" | "segment";
  byline?: { names: string[]; start: number; end: number };
}

/** What stands beside a date but credits no source: stamp labels, page furniture, an app promo ("ECNS App Download"). */
const NOT_SOURCE = /^(?:updated|published|posted|last (?:update[ds]?|modified)|modified|actualizado|publicado|atualizad[oa]|veröffentlicht|aktualisiert|aggiornato|pubblicato|bijgewerkt|aangepast|gepubliceerd|diperbarui|dipublikasikan|by\b|editor|staff|min read|share|\d+\s+min|print|close|home|menu|comments?|source|today|yesterday)\b|^(?:publié|modifié|mis à jour|обновлено|оновлено|aktualizováno|päivitetty|опубликовано|güncelleme|yayınlanma|giriş(?: tarihi)?|oluşturulma|نشر في|آخر تحديث|تاريخ النشر)(?:\s|$)|ago$|^[\d\s:,/.-]+$|^(?:on|at|in|from)$|\b(?:app|download)\b/i;

const RE_STAMP_LABEL = new RegExp(`^(?:${RE_UPDATE_WORD.source}|${RE_PUBLISH_WORD.source})`, "i");

function sourceLike(s: string): boolean {
  // (A weekday printed before the date, in any language of the table, is no credit: "Torsdag 7. mar. 2024".)
  // (Nor a place and the weekday: "Manaus, quinta-feira".)
  if (!s || s.length > 60 || NOT_SOURCE.test(s) || isWeekday(s) || isWeekday(s.slice(s.lastIndexOf(",") + 1).trim())) return false;
  // A stamp's label before its date ("Publicerad 19 november", "Atnaujinta 2024-06-12"), in any language of the two tables above.
  if (RE_STAMP_LABEL.test(s)) return false;
  if (/^[\w-]+(?:\.[\w-]+)+$/.test(s)) return true; // a domain: chinadaily.com.cn
  if (/^[a-z][a-z0-9]{3,19}$/.test(s) && /[a-z]{2}(?:hk|cn|tv|online|news|net|live)$/.test(s)) return true; // a site's handle: chinadailyhk
  if (hanCount(s) >= 2) return s.length <= 12 && !/[，。]/.test(s);
  return wordCount(s) <= 6 && /^[\p{Lu}]/u.test(s) && !/\d/.test(s);
}

/**
 * "Source: Xinhua", "来源： 新华网": the credit runs to a bar, a wide gap, a date or the next label ("Editor:",
 * "Published:", "作者：").
 */
const RE_LABELLED_SOURCE = new RegExp(`(?:^|[|\\s])(?:${SOURCE_LABEL_WORDS})\\s*[:：]\\s*([^|\\n]+?)(?=\\s*(?:\\||editor\\b|责任编辑|\\d{4}[-/年]|$|\\s{2,}|\\u3000|(?:作者|记者|编辑|责编|author|reporter|posted|${RE_PUBLISH_WORD.source}|${RE_UPDATE_WORD.source})\\s*[:：]))`, "i");
/**
 * Does the line print a labelled source credit ("来源：中国新闻网", "Source: GNA")? Such a credit is read wherever the header
 * prints it, though no date the extractor knows stands beside it (a stamp in a format not met yet).
 */
export function hasSourceLabel(l: Classified): boolean {
  // (A label needs its colon: most lines have none, and the search for the labels is dear.)
  return l.raw.length <= 200 && (l.raw.includes(":") || l.raw.includes("：")) && printsSourceLabel(l.raw);
}

/** Reads source credit and byline from one header line ("By X | site | Updated: date", "site 2015-10-21 19:16:03", "Source: Xinhua| date|Editor: Y"). */
export function parseMetaLine(l: Classified): MetaSegments {
  return (l.meta ??= metaOfFacts(l)) as MetaSegments;
}

/**
 * readMetaLine() through the line's facts: what it reads is the line's text but for its offsets, so the segments
 * are kept relative to the line's start (facts.meta) and moved to each printing of the line. Header lines repeat
 * from copy to copy and from page to page (line-cache.ts), and were read afresh each time.
 */
function metaOfFacts(l: Classified): MetaSegments {
  const f = l.facts;
  if (f.meta !== undefined) return shiftMeta(f.meta as MetaSegments, l.start);
  const m = readMetaLine(l);
  f.meta = shiftMeta(m, -l.start);
  return m;
}

/** The segments with their offsets moved by `by` (their strings and name lists shared: nothing changes them). */
function shiftMeta(m: MetaSegments, by: number): MetaSegments {
  const out = { ...m };
  if (m.source) out.source = { ...m.source, start: m.source.start + by, end: m.source.end + by };
  if (m.byline) out.byline = { ...m.byline, start: m.byline.start + by, end: m.byline.end + by };
  return out;
}

function readMetaLine(l: Classified): MetaSegments {
  const out: MetaSegments = {};
  const raw = l.raw;
  // A credit run joined by middle dots or bars: "Jo Bell, Al Roy · CBC News ·", "City Reporter·NZ Herald·", "Jo Bell | The Clarion".
  if (raw.length <= 120 && (raw.includes("·") || raw.includes("•") || raw.includes(" | "))) {
    const run = parseCreditRun(raw);
    if (run) {
      out.source = { text: run.source, start: l.start + run.sourceStart, end: l.start + run.sourceStart + run.source.length };
      out.rule = "byline";
      if (run.names.length) out.byline = { names: run.names, start: l.start, end: l.start + (run.sourceStart > 0 ? run.sourceStart : raw.length) };
      return out;
    }
  }
  // Labelled source: "Source: Xinhua", "来源： 新华网".
  const lab = raw.match(RE_LABELLED_SOURCE);
  if (lab && lab[1] !== undefined && lab.index !== undefined) {
    const val = lab[1].trim();
    const at = raw.indexOf(val, lab.index);
    if (val) { out.source = { text: val, start: l.start + at, end: l.start + at + val.length }; out.labelled = true; out.rule = "labelled"; }
  }
  // Segments split on bars and wide gaps.
  const segRe = /[^|\u00A0]+?(?=\s*(?:\||\s{2,}|[\u00A0][\s\u00A0]|$))/g;
  // " / " separates segments like a bar ("Rohit Mehra / TNN / Updated: …"); same length, so offsets hold.
  // A full-width slash between Han credits does too ("2024-03-05 14:32 聯合報／ 記者X／台北報導": outlet, reporter, place),
  // but not after a credit label ("文／X", "圖／X": text or picture by X).
  const plain = raw.replace(/\u00A0/g, " ").replace(/ \/ /g, " | ").replace(RE_HAN_SLASH, "|");
  const segmented = plain.includes("|");
  // A bare name list as the first of several segments is the byline when another segment is the credit
  // ("Rohit Mehra / TNN / date"); alone beside a date it is the credit itself when it reads as an outlet
  // ("Global Times | date"), else the byline ("Kyle Grech | date").
  let names: { names: string[]; start: number; end: number; text: string } | null = null;
  // Where a credit read from a segment was found: one printed before the byline is a section label
  // ("World News | Reported by Jo Bell | Updated: …"), since outlets credit themselves after the names;
  // a domain or a news agency before the byline is still the credit ("Reuters | By Jo Bell | date").
  let creditBeforeByline = false;
  // Most lines have no NBSP and no space to fold: their dates are the line's (cached) ones.
  const dates = plain === l.text ? lineDates(l) : findDates(plain);
  for (let m = segRe.exec(plain); m; m = segRe.exec(plain)) {
    let seg = m[0];
    let segStart = m.index;
    const lead = seg.length - seg.trimStart().length;
    seg = seg.trim();
    segStart += lead;
    if (!seg) continue;
    // (A segment opening with "By" is read as a byline below.)
    if (segmented && m.index === 0 && !out.byline && !BYLINE_OPENER.test(seg) && !dates.some((d) => d.start < segStart + seg.length)) {
      const bare = parseBareNames(seg);
      if (bare.length) { names = { names: bare, start: l.start + segStart, end: l.start + segStart + seg.length, text: seg }; continue; }
    }
    // (A Han segment may be a role byline: "記者王小明".)
    const by = BYLINE_OPENER.test(seg) || hanStart(seg) ? parseByline(seg) : null;
    if (by) {
      if (creditBeforeByline && !out.byline) { delete out.source; delete out.rule; creditBeforeByline = false; }
      if (!out.byline) out.byline = { names: by.names, start: l.start + segStart, end: l.start + segStart + seg.length };
      if (by.source && !out.source) {
        const at = raw.indexOf(by.source, segStart);
        out.source = { text: by.source, start: l.start + at, end: l.start + at + by.source.length };
        out.rule = "byline";
      }
      continue;
    }
    // Strip the date part; what is left before it may be a credit ("English.news.cn 2015-10-21 19:16:03").
    let rest = seg;
    let restStart = segStart;
    let dated = false;
    let dateLabel = false;
    for (const d of dates) {
      if (d.start >= segStart && d.start < segStart + seg.length) {
        dated = true;
        const cut = d.start - segStart;
        const before = seg.slice(0, cut).trim();
        // Words and a colon before the date are its label ("Data publicării: …", "Disiarkan pada: …"), not a credit.
        dateLabel = /[:：]$/.test(before);
        const after = seg.slice(Math.min(seg.length, d.end - segStart)).trim();
        // "Posted on 7 March 2025 at 12:15 pm by X and Y": a byline after the date, in the date's segment.
        const byAfter = out.byline ? -1 : after.search(RE_BY_AFTER_DATE);
        const by = byAfter >= 0 ? parseByline(after.slice(byAfter)) : null;
        if (by) {
          const at = raw.indexOf(after.slice(byAfter), d.end);
          out.byline = { names: by.names, start: l.start + at, end: l.start + at + after.length - byAfter };
        }
        if (before) { rest = before; restStart = segStart + seg.indexOf(before); }
        else { rest = after; restStart = segStart + seg.indexOf(after, cut); }
        break;
      }
    }
    if (dateLabel) continue;
    // "Valencia - 05 abr 2024": a place joined to the date by a dash (a dateline, not a credit), unless it is a domain.
    if (/\s[-–—]$/.test(rest) && !/^[\w-]+(?:\.[\w-]+)+\s/.test(rest)) continue;
    rest = rest.replace(/^[\s,;·]+|[\s:：·,;\-–—]+$/g, "");
    const paren = rest.match(/^\(([^()]+)\)$/);
    if (paren && paren[1]) { rest = paren[1]; restStart += 1; }
    if (!out.source && dates.length && sourceLike(rest) && !/^(?:source|editor)\s*[:：]/i.test(rest)) {
      out.source = { text: rest, start: l.start + restStart, end: l.start + restStart + rest.length };
      out.rule = dated ? "beside-date" : "segment";
      // (A credit printed with the date in one segment is the credit beside the date, not a section label.)
      creditBeforeByline = !out.byline && segmented && !dated && !/^[\w-]+(?:\.[\w-]+)+$/.test(rest) && !agencyCredit(rest);
    }
  }
  if (names && !out.byline) {
    if (out.source || !outletLike(names.text)) out.byline = { names: names.names, start: names.start, end: names.end };
    else if (dates.length && sourceLike(names.text)) { out.source = { text: names.text, start: names.start, end: names.end }; out.rule = "segment"; }
  }
  // A labelled Chinese author among a stamp line's credits, set off by single spaces ("… 来源: 大众日报 作者: 记者 X 通讯员 Y").
  const au = out.byline || !raw.includes("作者") ? null : RE_LABELLED_ZH_AUTHOR.exec(raw);
  const by = au ? parseByline(au[1]!) : null;
  if (au && by) out.byline = { names: by.names, start: l.start + au.index + au[0].length - au[1]!.length, end: l.start + au.index + au[0].length };
  return out;
}
/** "by" opening a byline after a date and its time ("… 12:15 pm by X"): the names' start. */
const RE_BY_AFTER_DATE = /(?<=^|\s)by\s+(?=\p{Lu})/u;
const RE_LABELLED_ZH_AUTHOR = /作者\s*[:：]\s*([^|\s][^|]*?)(?=\s+(?:责任编辑|責任編輯|编辑|編輯|责编|來源|来源|出处|出處)\s*[:：]|\s*\||\s{2,}|\u3000|$)/;

const RE_HAN_SLASH = /(?<!(?:^|\s)(?:文|作者|圖|图|攝|摄|攝影|摄影))(?<=\p{Script=Han}\s?)／/gu;
function hanStart(s: string): boolean {
  const c = s.charCodeAt(0);
  return c >= 0x3400 && c <= 0x9fff;
}

/** A short meta line the byline may stand beside: a date, "3 min read", a stamp label. */
function besideDate(l: Classified | undefined): boolean {
  return !!l && l.kind === "meta";
}

export interface BareByline {
  names: string[];
  start: number;
  end: number;
  /** A name whose role line says editor ("Anna Berg" / "Redaktør"): the editor, not an author. */
  editor?: { name: string; start: number; end: number };
}

/**
 * Bare name lines in the header block (the lines between the headline and the story) are the byline when they
 * stand right under the headline (two lines at most: Reuters, after a dek), beside a date line ("Jo Bell" /
 * "3 min read" / "Friday, 14 June 2024"), or in a run that ends right before the story (names on lines of their own
 * after the share buttons). Consecutive name lines are one byline; a short role line under a name ("Journalist",
 * "Redaktør") belongs to it and says whether that person wrote the story, edited it or took the pictures (see
 * credit-roles.ts). A name the story itself mentions is a place or a subject printed in the header ("São Paulo", a
 * kicker), not a reporter: reporters do not name themselves.
 */
export function bareNameByline(lines: Classified[], titleIdx: number, zoneTo: number, storyText: string): BareByline | null {
  const idx: number[] = [];
  const roles = new Map<number, ReturnType<typeof creditRole>>();
  // (Share and subscribe buttons printed beside each name, "X 기자" / "구독", are passed over.)
  for (let j = titleIdx + 1; j < zoneTo; j++) {
    const l = lines[j]!;
    if (l.kind === "blank" || l.kind === "share") continue;
    const above = idx.length ? idx[idx.length - 1]! : -1;
    if (above >= 0 && !roles.has(above) && namedAt(lines, idx, idx.length - 1) && isRoleLine(l)) { roles.set(above, creditRole(l.text)); continue; }
    idx.push(j);
  }
  for (let k = 0; k < idx.length; k++) {
    if (!namedAt(lines, idx, k)) continue;
    let e = k;
    while (namedAt(lines, idx, e + 1)) e++;
    const near = k < 2 || besideDate(lines[idx[k - 1]!]) || besideDate(lines[idx[e + 1]!]) || e === idx.length - 1;
    if (!near) { k = e; continue; }
    const names: string[] = [];
    let editor: BareByline["editor"];
    for (let r = k; r <= e; r++) {
      const l = lines[idx[r]!]!;
      const role = roles.get(l.i);
      for (const n of headerNames(lines, idx, r)) {
        if (storyText.includes(n) || role === "photo") continue;
        if (role === "editor") editor ??= { name: n, start: l.start, end: l.end };
        else names.push(n);
      }
    }
    if (names.length || editor) return { names, start: lines[idx[k]!]!.start, end: lines[idx[e]!]!.end, ...(editor ? { editor } : {}) };
    k = e;
  }
  return null;
}

/** A short line under a name that names no one and no date ("Journalist", "Southern Correspondent", "Local Democracy Reporting Service"): the person's role. */
function isRoleLine(l: Classified): boolean {
  return l.kind === "text" && l.text.length <= 40 && l.stats.words <= 4 && !RE_ROLE_STOP.test(l.text) && lineNames(l).length === 0 && lineDates(l).length === 0;
}
const RE_ROLE_STOP = /[.!?:;,]$|\d/;

/** Is the k-th of these lines a text line of bare names? */
function namedAt(lines: Classified[], idx: number[], k: number): boolean {
  return k < idx.length && lines[idx[k]!]!.kind === "text" && headerNames(lines, idx, k).length > 0;
}

/**
 * The names on the k-th of these header lines: its bare names; or, in a script without capitals (Hebrew, Thai …),
 * a short line of two to four words right above a date line, where the byline stands ("איתי כהן" / "פורסם: …").
 */
function headerNames(lines: Classified[], idx: number[], k: number): string[] {
  const l = lines[idx[k]!]!;
  const names = lineNames(l);
  if (names.length || !caselessName(l.text)) return names;
  const next = lines[idx[k + 1]!];
  return next && next.kind === "meta" && lineDates(next).length > 0 ? [l.text] : names;
}

/** "Riyadh - Gulfnews.com", "الرياض - العربية.نت": a place, a dash, and a site's domain: the domain is the credit. */
const RE_PLACE_CREDIT = /^[^-–—|\d]{2,30}?\s[-–—]\s(\S+\.(?:[a-z]{2,6}|نت|كوم))$/i;

export function placeCredit(text: string): string {
  return text.includes(".") ? text.match(RE_PLACE_CREDIT)?.[1] ?? "" : "";
}
