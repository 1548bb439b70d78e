// The source credit's confidence, in one place (as choosePublisher is the publisher's): the readers find a credit by
// one of a few rules, and how it was found, and what else the page says about it, decide how far to trust it.
// Measured on the held-out corpus (npm run eval:confidence): before this, nearly every source scored 0.8 and a wrong
// one was as confident as a right one (ROC area 0.37; 0.13 on batch 16 read for the first time).
import type { Draft } from "./draft.js";
import type { Span } from "../../../shared/record.js";
import { agencyCredit } from "./byline.js";
import { printsSourceLabel } from "./credit-roles.js";
import { sameName } from "./publisher.js";
import { isWeekday } from "./dates.js";

/** How a reader found the source credit. */
export type SourceRule =
  /** A labelled credit: "Source: Xinhua", "来源：新华网", an element the theme names for the source. */
  | "labelled"
  /** The phrase printed in one segment with the date: "English.news.cn 2015-10-21 19:16:03". */
  | "beside-date"
  /** The outlet closing a credit run ("Jo Bell · CBC News ·"), or after the byline's names ("By Jo Bell and Bernama"). */
  | "byline"
  /** One segment of a bar-joined line with the date in another ("Global Times | 2024-03-05"). */
  | "segment"
  /** An agency alone on a line of the header block under the headline ("AFP" above the date). */
  | "agency-line"
  /** An agency alone on the line right above the headline: a portal's provider line ("Reuters" over a wire story). */
  | "provider-line"
  /** A place and a site's domain on a line of their own ("Riyadh - Gulfnews.com"). */
  | "place-domain"
  /** A short outlet-like line right above the date ("The Canadian Press" / "Published …"). */
  | "line-above"
  /** Metadata only: JSON-LD sourceOrganization. */
  | "metadata";

/** Confidence by rule, before what the value itself and the page say about it. */
const RULE_CONFIDENCE: Record<SourceRule, number> = {
  labelled: 0.9,
  "beside-date": 0.75,
  byline: 0.75,
  segment: 0.6,
  "agency-line": 0.8,
  "provider-line": 0.7,
  "place-domain": 0.8,
  "line-above": 0.55,
  metadata: 0.6,
};

/** An agency or a domain is what a source credit most often is: found beside the date, it is nearly sure. */
const AGENCY_OR_DOMAIN = 0.9;
/** A value the page also prints as something else (a section, the site's own masthead): an editor should look. */
const DOUBTFUL = 0.35;
/** An empty source where the page shows signs of a credit the readers did not take. */
const MISSED = 0.3;

export interface SourceFound {
  text: string;
  span?: Span | null;
  rule: SourceRule;
}

/** What the page says that bears on a source credit, beyond how it was found. */
export interface SourceContext {
  /** The publisher chosen for the page. */
  publisher: string;
  /** Navigation section labels of the page ("Business", "World", "Lombardia"); a function when costly to read (asked only for a credit found). */
  sections: Iterable<string> | (() => Iterable<string>);
  /** The dateline that opens the story, if any ("(ANSA) - MILANO, 05 MAR", "KYIV (Reuters)"). */
  dateline: string;
  /**
   * The header text above the story (where a credit is printed), to look for a credit label the readers did not take;
   * a function when costly to build (asked only when no credit was found).
   */
  header: string | (() => string);
  /**
   * Where the story starts in the text the spans index, for a reader that looks for the credit all over the page (an
   * HTML theme's source element): a credit printed after it is a sign-off, not the credit beside the date.
   */
  storyStart?: number | undefined;
}

/**
 * National news agencies, beside the international ones agencyCredit knows (byline.ts), by their usual short names
 * and in their own scripts: what a credit beside the date most often is, wherever a site reprints wire copy.
 */
const WIRES = [
  "qna", "wam", "spa", "kuna", "bna", "ona", "mena", "petra", "irna", "anadolu", "aa", "ihlas", "dha",
  "bta", "čtk", "ctk", "tasr", "mti", "pap", "anp", "belga", "apa", "sda", "keystone-sda", "ntb", "tt", "ritzau", "stt",
  "lusa", "europa press", "agência brasil", "télam", "notimex", "prensa latina", "agi", "adnkronos", "epd", "kna",
  "hina", "tanjug", "sta", "mia", "ana-mpa", "ukrinform", "unian", "interfax", "ria novosti", "belta", "kazinform",
  "antara", "pna", "vna", "bernama", "jiji", "kyodo", "ians", "uni", "ani", "tnn", "app", "nan", "kbc", "gna", "nna",
  "新华社", "新華社", "中新社", "中新网", "中新網", "中央社", "共同通信", "時事通信", "연합뉴스", "뉴시스", "뉴스1",
  "тасс", "синьхуа", "риа новости", "интерфакс", "укрінформ", "бта", "белта", "وام", "واس", "قنا", "بنا", "كونا", "أ ف ب",
];
const RE_WIRE = new RegExp(`^(?:${WIRES.join("|")})$`, "iu");
/** An agency named by what it is: "Tribune News Service", "Press Trust of India", "Agencia EFE". */
const RE_AGENCY_WORDS = /\b(?:news (?:agency|service)|press (?:agency|trust)|agencia|agence|agentur|ajansı)\b|通讯社|通訊社|агентство/iu;
const RE_DOMAIN = /^[\w-]+(?:\.[\w-]+)+$/;

/** Is the credit a news agency or a site's domain (what a source credit most often is)? */
function agencyOrDomain(s: string): boolean {
  // (A short wire name counts in capitals only, as wires print it: "Spa" or "Uni" may be anything.)
  const wire = RE_WIRE.test(s) && (s.length > 4 || s === s.toUpperCase());
  return Boolean(agencyCredit(s)) || wire || RE_AGENCY_WORDS.test(s) || RE_DOMAIN.test(s);
}

/** The agency a dateline credits: "KYIV (Reuters)", "New Delhi, Mar 5 (PTI)", "МОСКВА, 5 марта. /ТАСС/". */
function datelineAgency(dateline: string): string {
  for (const m of dateline.matchAll(/[(（/]\s*([^()（）/]{2,40}?)\s*[)）/]/g)) {
    const a = agencyCredit(m[1]!) || (RE_WIRE.test(m[1]!) ? m[1]! : "");
    if (a) return a;
  }
  return "";
}

/** Is the agency the site itself ("(AP)" on AP News, "(Yonhap)" on Yonhap News Agency)? Its own copy needs no credit. */
function ownWire(agency: string, publisher: string): boolean {
  const a = agency.toLowerCase().replace(/^the\s+/, "");
  const p = publisher.toLowerCase().replace(/^the\s+/, "");
  return Boolean(p) && (sameName(agency, publisher) || p.startsWith(`${a} `));
}

/** The place that opens a dateline, upper- or title-case ("MILANO" in "(ANSA) - MILANO, 05 MAR", "KYIV" in "KYIV (Reuters)"). */
function datelinePlace(dateline: string): string {
  const rest = dateline.replace(/^\s*[(（][^)）]*[)）]\s*[-–—]?\s*/, "");
  return rest.match(/^([\p{L}][\p{L} .'-]*?)\s*(?:[,(（]|$)/u)?.[1]?.trim() ?? "";
}

/** Is the credit printed after the story's start (a sign-off such as "Source: CNA/lw(ac)" closing the story)? */
function afterStoryStart(found: SourceFound, ctx: SourceContext): boolean {
  return found.rule !== "metadata" && !!found.span && ctx.storyStart !== undefined && found.span.start > ctx.storyStart;
}

/** The confidence that the page has no source, when the only credit found closes the story: the site's sign-off is none. */
const SIGN_OFF_ONLY = 0.5;

/**
 * The place the story's dateline names is no credit ("MILANO" printed above the date, "(ANSA) - MILANO, 05 MAR -"
 * opening the story): the credit a reader took is dropped when it is that place.
 */
function isDatelinePlace(value: string, dateline: string): boolean {
  const place = datelinePlace(dateline);
  return Boolean(place) && place.toLowerCase() === value.trim().toLowerCase();
}

/** A stamp's word, which no outlet's name holds ("Originally published", "Global Times Published"). */
const RE_STAMP_WORD = /\b(?:published|updated|posted|modified|publicado|actualizado|publié|veröffentlicht|aktualisiert)\b/i;

/**
 * What is odd in a credit, as no outlet's name is: a colon (a label read with its value, "Fuente： Xinhua", or a
 * clock, "(星期四) 18:42"), a weekday ("Manaus, quinta-feira"), a stamp's word ("Originally published"); "" if none.
 */
function oddCredit(v: string): string {
  if (/[:：]/.test(v)) return "holds a colon (a label or a time read with it?)";
  if (v.split(/[\s,()（）]+/).some((w) => w && isWeekday(w))) return "names a weekday";
  if (RE_STAMP_WORD.test(v)) return "holds a date stamp's word";
  return "";
}

export interface SourceJudgement {
  confidence: number;
  warning?: string;
}

/**
 * How far to trust a source credit:
 * - a labelled credit: high; an agency or a domain found beside the date, on the byline or alone on its line: high;
 *   an agency's provider line above the headline: fair (a portal's, or a section's, label);
 * - a phrase beside the date, an outlet after the byline's names: fair; one segment of a bar-joined line, a line
 *   above the date: lower;
 * - a credit holding a colon, a weekday or a stamp's word, or equal to a navigation section, or the site's own name
 *   read from a line or segment of its own: low, with a warning saying what to check.
 */
export function judgeSource(found: SourceFound, ctx: SourceContext): SourceJudgement {
  const v = found.text.trim();
  let confidence = RULE_CONFIDENCE[found.rule];
  if (found.rule !== "metadata" && found.rule !== "provider-line" && agencyOrDomain(v)) confidence = Math.max(confidence, AGENCY_OR_DOMAIN);
  const odd = oddCredit(v);
  if (odd) return { confidence: Math.min(confidence, DOUBTFUL), warning: `source "${v}" ${odd}: check the credit beside the date` };
  // (A domain or a wire in a breadcrumb is the site's home link or the wire's own section: still a credit.)
  const section = !agencyOrDomain(v) && [...(typeof ctx.sections === "function" ? ctx.sections() : ctx.sections)].some((s) => s.trim().toLowerCase() === v.toLowerCase());
  if (section) return { confidence: Math.min(confidence, DOUBTFUL), warning: `source "${v}" is also a navigation section of the page: check that the page prints it as the credit beside the date` };
  // The site's own name is a credit some pages print beside the date ("Global Times | date", "Jo Bell · CBC News ·")
  // and others only as the masthead: read from a line or a segment of its own, it may be the masthead.
  // (A domain is printed as the credit, not as the masthead: "By X | chinadaily.com.cn | Updated: …".)
  if (ctx.publisher && !agencyOrDomain(v) && sameName(v, ctx.publisher) && (found.rule === "line-above" || found.rule === "segment")) {
    return { confidence: Math.min(confidence, 0.5), warning: `source "${v}" is the site's own name: check that the page prints it beside the date and not only as its masthead` };
  }
  return { confidence };
}

/**
 * How far to trust that a page has no source credit, at most (absence.ts gives the share of pages without one): not
 * far when the header prints a credit label the readers did not take, or the dateline credits an agency other than
 * the site ("KYIV (Reuters)" on Yahoo News): such pages most often print the credit beside the date.
 */
export function judgeMissingSource(ctx: SourceContext): SourceJudgement | null {
  if (printsSourceLabel(typeof ctx.header === "function" ? ctx.header() : ctx.header)) return { confidence: MISSED, warning: "no source read, but the page's header prints a source label: check the credit beside the date" };
  const agency = datelineAgency(ctx.dateline);
  if (agency && !ownWire(agency, ctx.publisher)) {
    return { confidence: MISSED, warning: `no source read, but the dateline credits ${agency}: check whether the page prints it beside the date` };
  }
  return null;
}

/**
 * Sets the source field from what a reader found (or caps the confidence that there is none), with the warning an
 * editor can act on. Call after scoreAbsences (it lowers the absence confidence that sets). What a reader found is
 * no credit beside the date when it is the place the dateline names ("MILANO" above the date of "(ANSA) - MILANO, 05
 * MAR") or when it closes the story (a sign-off): the field stays empty.
 */
export function setSource(draft: Draft, found: SourceFound | null | undefined, ctx: SourceContext): void {
  if (found && found.text.trim() && afterStoryStart(found, ctx)) {
    draft.absent("source", Math.min(draft.absence.source ?? 1, SIGN_OFF_ONLY));
    draft.warn(`no credit beside the date; "${found.text.trim()}" closes the story (a sign-off), so it was not taken as the source`, "source");
    return;
  }
  if (found && found.text.trim() && !isDatelinePlace(found.text, ctx.dateline)) {
    const j = judgeSource(found, ctx);
    // (A record's reader may find the credit after the page's reader found none: its doubts go.)
    draft.warnings = draft.warnings.filter((w) => w.field !== "source");
    draft.set("source", found.text, j.confidence, found.span ?? null);
    if (j.warning) draft.warn(j.warning, "source");
    return;
  }
  if (draft.fields.source) return;
  const miss = judgeMissingSource(ctx);
  if (!miss) return;
  draft.absent("source", Math.min(draft.absence.source ?? 1, miss.confidence));
  if (miss.warning) draft.warn(miss.warning, "source");
}
