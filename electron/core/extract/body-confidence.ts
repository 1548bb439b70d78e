// Body confidence, computed in one place from the evidence the readers leave (how the story was found, the copies
// of the page) and from the paragraphs kept: doubtful lines at the story's edges and inside it. The desk sends
// editors to the least confident fields first, so what matters is that a body holding a caption, a promo, a dek or
// a sign-off, or missing a paragraph, ranks below a clean one; each doubt also leaves a warning an editor can act on.
//
// Runs once per file over a handful of paragraphs (no per-line work): the checks below read the first, the last
// and the short paragraphs only.
import type { Draft } from "./draft.js";
import { parseDateline } from "./dateline.js";
import { norm } from "./normalize.js";

/** What the reader knows about how it found the story. */
export interface BodyEvidence {
  /** "prose": the longest run of prose lines of a text dump; "readability": Readability on an HTML page; "fallback": the <article> element or the whole page. */
  method: "prose" | "readability" | "fallback";
  /** Copies of the story on the page (a page printed twice), and whether one of them is cut short. */
  copies?: number;
  truncated?: boolean;
  /** Why the first paragraph may be a dek read as the story's (text dumps: see firstParagraphDoubt). */
  firstDoubt?: "" | "byline" | "picture" | "label";
  /** The page's description (meta description, a record's summary): a first paragraph equal to it may be the dek. */
  description?: string;
}

interface Doubt {
  /** How much the doubt lowers the confidence. */
  weight: number;
  message: string;
}

/** Confidence of a clean body by how it was found (three paragraphs or more, no doubt). */
const BASE: Record<BodyEvidence["method"], number> = { prose: 0.9, readability: 0.9, fallback: 0.7 };
/** The lowest confidence a found body gets. */
const FLOOR = 0.2;

/** Sets the body's confidence and warnings from the draft's paragraphs and the reader's evidence (call once, after the other fields). */
export function scoreBody(draft: Draft, ev: BodyEvidence | undefined): void {
  const body = draft.fields.body;
  if (!body.length || !ev) return;
  const doubts = bodyDoubts(body, ev, draft.fields.publisher);
  let conf = BASE[ev.method];
  for (const d of doubts) {
    conf -= d.weight;
    draft.warn(d.message, "body");
  }
  draft.setList("body", Math.max(FLOOR, Math.round(conf * 100) / 100));
}

/** Everything that makes this body doubtful, strongest first in no particular order. */
export function bodyDoubts(body: string[], ev: BodyEvidence, publisher = ""): Doubt[] {
  const doubts: Doubt[] = [];
  const first = body[0]!;
  const last = body[body.length - 1]!;
  if (body.length < 3) doubts.push({ weight: 0.35, message: `only ${body.length} paragraph${body.length > 1 ? "s" : ""} found: the story may be cut short or read from the wrong block` });
  if ((ev.copies ?? 1) > 1) {
    doubts.push({ weight: ev.truncated ? 0.05 : 0, message: `page repeated ${ev.copies}×, kept the first full copy${ev.truncated ? " (one copy is truncated; paragraphs merged in order)" : ""}` });
  }
  // The first paragraph: a dek, a summary or a caption printed above the story.
  if (ev.firstDoubt) doubts.push({ weight: 0.2, message: `first paragraph may be a summary: ${FIRST_DOUBT[ev.firstDoubt]}: '${clip(first)}'` });
  else if (ev.description && body.length > 1 && sameText(first, ev.description)) doubts.push({ weight: 0.2, message: `first paragraph may be the dek: it is the page's description: '${clip(first)}'` });
  if (body.length > 1 && !parseDateline(first) && parseDateline(body[1]!)) doubts.push({ weight: 0.25, message: `first paragraph may be a summary: the dateline opens the second: '${clip(first)}'` });
  // Captions, ad slots and stray short lines kept as paragraphs (each kind lowers the confidence once).
  const caption = body.find(captionShaped);
  if (caption) doubts.push({ weight: 0.25, message: `kept a line that reads like a photo caption or credit: '${clip(caption)}'` });
  const ad = body.find((p) => p.length < 200 && RE_AD_NOTICE.test(p));
  if (ad) doubts.push({ weight: 0.25, message: `kept a line that reads like an ad slot's notice: '${clip(ad)}'` });
  const stray = body.find((p, i) => p !== caption && strayShortLine(body, i));
  if (stray) doubts.push({ weight: 0.1, message: `kept a short line that is no sentence: '${clip(stray)}'` });
  if (body.length > 1) {
    const why = signOffShaped(last, publisher);
    if (why) doubts.push({ weight: 0.25, message: `last paragraph may be a sign-off or promo (${why}): '${clip(last)}'` });
  }
  return doubts;
}

/** A paragraph for a warning: its first 80 characters. */
function clip(p: string): string {
  return p.length > 80 ? `${p.slice(0, 79)}…` : p;
}

function sameText(a: string, b: string): boolean {
  return norm(a).toLowerCase() === norm(b).toLowerCase();
}

/**
 * Shapes of a picture's caption or credit: a photo label ("Photo:", "Ảnh:", "Foto:", "写真"), a photographer and
 * outlet in capitals before a slash ("JANE DOE / THE HERALD FILES …"), a credit in brackets closing the line with
 * a slash or a dash between a name and an agency ("(Xinhua/Li Ming)", "(Ali Veli - Agency)", "（北京＝記者/王）").
 */
const RE_PHOTO_LABEL = /(?:^|[\s(（\-–—|])(?:photo|foto|ảnh|фото|φωτογραφία|fotografía|fotografia|bild|kuva|zdjęcie|fotoğraf|사진|写真|图|圖)(?:\s+\p{L}+){0,2}\s*[:：/]/iu;
const RE_CAPS_CREDIT = /^\p{Lu}{2,}(?:\s+\p{Lu}{2,}){1,3}\s*\/\s*\p{Lu}/u;
const RE_BRACKET_CREDIT = /[(（][^()（）]{2,60}(?:\/|\s[-–]\s)[^()（）]{2,60}[)）]$/;
export function captionShaped(p: string): boolean {
  // (Captions are short; and the cheap tests first: these searches run on every paragraph of every page.)
  if (p.length > 300) return false;
  const last = p.charCodeAt(p.length - 1);
  return ((last === 0x29 || last === 0xff09) && RE_BRACKET_CREDIT.test(p)) || RE_CAPS_CREDIT.test(p) ||
    ((p.includes(":") || p.includes("：") || p.includes("/")) && RE_PHOTO_LABEL.test(p));
}

const FIRST_DOUBT = { byline: "it stands above the byline", picture: "it stands above the picture, right under the byline or date", label: "a label stands above it" } as const;

/** An ad slot's notice left in the story ("This advertisement has not loaded yet …", "Sponsored content"). */
const RE_AD_NOTICE = /\b(?:advertisement|sponsored)\b/i;

/** A sentence ends in a stop, a question or exclamation mark, or a closing quote after one; a list's lead-in in a colon. */
const RE_SENTENCE_END = /[.!?。！？…:：]["”’»」』)）]?$/;
/** A short line that is no sentence (a stamp, a subhead, a "READ:" link): under 60 characters and no closing stop. */
export function shortNonSentence(p: string): boolean {
  return p.length < 60 && !RE_SENTENCE_END.test(p);
}
/**
 * A short non-sentence standing alone: not an item of a list (a run of such lines, or lines under a lead-in ending
 * in a colon), which stories print on purpose (a timetable, readings, advice).
 */
function strayShortLine(body: string[], i: number): boolean {
  if (!shortNonSentence(body[i]!)) return false;
  const prev = body[i - 1];
  const next = body[i + 1];
  return !(prev && (shortNonSentence(prev) || /[:：]$/.test(prev))) && !(next && shortNonSentence(next));
}

/** An address, a handle, a phone number or a social platform: a contact or follow line. */
const RE_CONTACT = /[\w.+-]+@[\w-]+\.\w|\[email[^\]]*\]|https?:\/\/|\bwww\.|(?:^|\s)@\w{2,}|\+\d[\d ]{7,}\d|\b(?:whatsapp|facebook|twitter|instagram|tiktok|telegram|youtube|newsletter|podcast|privacy policy|cookies?)\b/i;
/** A reporter's biography closing the story: "X is a … journalist", "X covers … for …", "Journaliste à …". */
const RE_BIO_LINE = /^\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,3}\s+(?:is|was|covers|writes)\s[^.]{0,80}\b(?:journalist|reporter|correspondent|writer|editor|covers|for)\b|^(?:journaliste|periodista|jornalista|giornalista|journalist|redakteur|reporter)\s+(?:à|a|en|em|bei|at|for)\s/iu;
/** A label opening a box after the story ("Content Highlights:", "Tags:"): a capitalised word or two and a colon. */
const RE_LABEL_START = /^\p{Lu}\p{L}+(?:\s\p{L}+)?\s?:\s/u;

/** Why the last paragraph reads like a sign-off, a contact or follow line, a bio or a promo; "" when it does not. */
export function signOffShaped(p: string, publisher: string): string {
  // (A contact line or a bio is short: a long last paragraph is the story's, and these searches read it whole.)
  if (p.length < 300 && RE_CONTACT.test(p)) return "an address or a social account";
  if (p.length < 300 && RE_BIO_LINE.test(p)) return "a reporter's biography";
  if (publisher && p.length < 400 && namesPublisher(p, publisher)) return "it names the publisher";
  if (p.length < 120 && RE_LABEL_START.test(p)) return "a label";
  return "";
}

/**
 * Does the paragraph name the publisher, as a whole word or words (without a leading "The")? Ignoring case, except
 * for a name of three letters or fewer ("DR", "g1"), which a story's words may spell in lower case.
 */
function namesPublisher(p: string, publisher: string): boolean {
  // A plain search for the name, then a look at the characters around it: a per-publisher regex with a word-boundary
  // alternation before the name cannot skip ahead to the name and costs ~10% of a page's extraction time.
  const name = publisher.replace(/^(?:the|el|la|le|les|il|der|die|das|de|o|a)\s+/i, "");
  if (!name) return false;
  const fold = name.length > 3;
  const needle = fold ? name.toLowerCase() : name;
  const text = fold ? p.toLowerCase() : p;
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
    if (!RE_WORD_END.test(text.slice(Math.max(0, at - 2), at)) && !RE_WORD_START.test(text.slice(at + needle.length, at + needle.length + 2))) return true;
  }
  return false;
}
const RE_WORD_END = /[\p{L}\p{N}]$/u;
const RE_WORD_START = /^[\p{L}\p{N}]/u;
