// Line-level classification of a text dump. Each rule names a kind of line
// that news pages print around a story; whatever no rule claims is "text",
// and text lines are then graded as prose (story paragraphs) or not.
import { hanCount, isMostlyUpper, wordCount } from "../normalize.js";
import { findDates } from "../dates.js";
import { INLINE_RELATED, RELATED_HEADER, SKIP_HEADER } from "../related.js";
import type { Line } from "./lines.js";
import { parseByline } from "../byline.js";

export type Kind =
  | "blank" | "nav" | "share" | "caption" | "imageMeta" | "credit" | "editor" | "copyright" | "id" | "url"
  | "end" | "ad" | "relHeader" | "skipHeader" | "inlineRelated" | "meta" | "byline" | "text";

export interface Classified extends Line {
  kind: Kind;
  /** 2 = clearly a story paragraph, 1 = a short sentence that may be one, 0 = not prose. */
  prose: 0 | 1 | 2;
}

const SHARE_WORDS = new Set([
  "share", "shares", "this", "article", "story", "page", "to", "on", "via", "facebook", "twitter", "x", "google+", "linkedin", "reddit",
  "whatsapp", "email", "e-mail", "messenger", "pinterest", "flipboard", "print", "wechat", "weibo", "copy", "link", "copied", "about",
  "sharing", "close", "panel", "tumblr", "telegram", "mail", "sms", "more", "tweet", "connect", "comment", "comments", "save", "-", "|",
  "分享", "分享到", "微信", "微博", "打印", "收藏", "qq空间",
]);
const SHARE_CORE = /^(?:share|分享|facebook|twitter|email|print|tweet|connect|linkedin|whatsapp|wechat|weibo|copy|reddit|pinterest|flipboard|messenger|more|comment|close|save|x)/i;

const CAPTION = [
  /^(?:FILE PHOTO\s*[:-]|FILE\s*[-–—]\s|PHOTO\s*[:：]|Photo taken\b|In this (?:photo|image|picture|file photo)\b|This (?:photo|picture|image) (?:taken|shows)\b|Photo shows\b|Aerial (?:photo|view) taken\b)/i,
  /\((?:AP|Reuters|AFP|Getty|EPA|Xinhua|CFP)?\s*Photo\b[^)]*\)\s*$/i,
  /\(Photo\s*[:/][^)]*\)\s*$/i,
  /\[(?:Photo|Image|Provided)\b[^\]]*\]\s*$/i,
  /\((?:Xinhua|Photo|Reuters|AFP|CFP|IC|VCG|AP|EPA|Getty Images|China News Service)\/[^)]*\)\s*$/,
  /\b(?:REUTERS|AFP|Getty Images)\/[A-Z][\w .'-]+(?:\/File Photo)?\.?\s*$/,
  /THE CANADIAN PRESS\/[A-Z]/,
  /[（(](?:新华社|记者|中新社)?[^（()）]{0,20}摄[）)]\s*$/,
  /\((?:Photo|Image|Picture) (?:by|courtesy of|provided by)\b[^)]*\)\s*$/i,
];

const EDITOR = /^[[(（【]?\s*(?:web\s+|chief\s+|copy\s+)?editors?\s*[:：]\s*([^\])）】|]+?)\s*[\])）】]?\s*$/i;
const EDITOR_ZH = /责任编辑\s*[:：]?\s*([^\s\])）】|]+)/;

export function editorOf(text: string): string | null {
  const m = text.match(EDITOR) ?? text.match(EDITOR_ZH);
  return m && m[1] ? m[1].trim() : null;
}

function isNav(t: string): boolean {
  if (t.length > 150 && !t.includes("|")) return false;
  if (t.includes("|")) {
    const segs = t.split("|").map((s) => s.trim()).filter(Boolean);
    if (segs.length >= 3 && segs.every((s) => wordCount(s) <= 4 && !/\d{1,2}:\d{2}/.test(s))) return true;
  }
  for (const sep of [">>", "›", " > ", " / ", "»", "＞"]) {
    if (t.includes(sep)) {
      const segs = t.split(sep).map((s) => s.trim()).filter(Boolean);
      if (segs.length >= 2 && segs.every((s) => wordCount(s) <= 3 && !/\d/.test(s))) return true;
    }
  }
  if (wordCount(t) >= 5 && isMostlyUpper(t) && !/[.,:;!?"“”]/.test(t)) return true;
  return false;
}

function isShare(t: string): boolean {
  if (t.length > 120 || !SHARE_CORE.test(t)) return false;
  const toks = t.toLowerCase().replace(/[:：]/g, " ").split(/\s+/).filter(Boolean);
  if (!toks.length || toks.length > 14) return false;
  return toks.every((w) => SHARE_WORDS.has(w)) && SHARE_CORE.test(toks[0]!);
}

/**
 * Cheap gate: every keyword rule below is anchored at the start of a line, at its
 * end, or looks for one of a few words; a story paragraph (the bulk of a page) is
 * cleared by these three tests instead of running thirty rules.
 */
const HEAD_GATE = /^(?:[[(（【]?\s*(?:web |chief |copy )?editor|copyright|©|\(c\)|contact|reach|email|follow|like us|subscribe|our standards|share|read|image|media|buy photo|video|play video|enlarge|hide|toggle|getty|photo|file|in this|this|aerial|related|more|most|top|trending|recommended|you|see|also|popular|latest|what|相关|推荐|延伸|热|精彩|更多|猜|关键|标签|tag|topics|keywords|sponsor|advert|promoted|paid|from|around|partner|enditem|end item|\(end\)|-?end|[-_*=]{3}|back to|返回|\[?close|ad|广告|by\s|source|来源|出处|published|updated|posted|last updated|发布|更新|\d+\s+min|additional|reporting|writing|editing|\((?:editing|reporting)|[（(]?(?:编辑|校对|审核))/i;
const ANY_GATE = /copyright|©|rights reserved|版权|责任编辑|contributed to|first published|press\//i;
const TAIL_GATE = /[)\]）】]$|ago$|photo\.?$|\/[A-Z][\w .'-]+$/i;

function gate(t: string): boolean {
  return HEAD_GATE.test(t.length > 40 ? t.slice(0, 40) : t) || TAIL_GATE.test(t.length > 80 ? t.slice(-80) : t) || ANY_GATE.test(t);
}

function classifyText(t: string): Kind {
  if (!t) return "blank";
  // Keyword rules are anchored at the start or the end of a line, so a long line is gated on its ends only.
  const gated = gate(t);
  if (/^\d{12,}$/.test(t)) return "id";
  if (t.includes("http") && /^(?:[\p{L} ]{0,40}[:：]\s*)?https?:\/\/\S+$/u.test(t)) return "url";
  if (gated) {
    const short = t.length < 80;
    if (short && SKIP_HEADER.test(t)) return "skipHeader";
    if (short && RELATED_HEADER.test(t)) return "relHeader";
    if (t.length < 250 && INLINE_RELATED.test(t) && wordCount(t) <= 30) return "inlineRelated";
    if (short && /^(?:enditem|end item|\(end\)|-?end-?|_{3,}|-{3,}|\*{3,}|={3,}|back to top(?: close)?|back to the top|top|返回顶部|\[?close\]?)$/i.test(t)) return "end";
    if (short && /^(?:ad|ads|advertisement|advertising|广告)$/i.test(t)) return "ad";
    if (/^(?:image source|image caption|image copyright|media caption|buy photo|video player\s*close|video playerclose|play video|enlarge this image|hide caption|toggle caption|getty images|photo gallery)\b/i.test(t)) return "imageMeta";
    if (t.length < 200 && editorOf(t) !== null) return "editor";
    if (/(?:copyright|©|all rights reserved|版权所有)/i.test(t.length > 300 ? t.slice(0, 150) + " " + t.slice(-150) : t)) return "copyright";
    if (
      /contributed to this (?:report|story|article)/i.test(t.length > 300 ? t.slice(-150) : t) ||
      /^this (?:report|story|article) (?:by|was|first|has been)\b/i.test(t) ||
      /^(?:additional\s+)?(?:reporting|writing|editing)\s+by\b/i.test(t) ||
      /^(?:contact|reach|email)\b.{0,80}\b(?:at|via)\b/i.test(t) ||
      /^follow\s+(?:him|her|them|us|@|[A-Z])/i.test(t) ||
      /^(?:like us on|subscribe to our)\b/i.test(t) ||
      /^our standards\b/i.test(t) ||
      /^(?:read|share)\s+(?:or share\s+)?this story\b/i.test(t) ||
      /^\(?(?:editing|reporting) by\b/i.test(t) ||
      /^[（(]?(?:编辑|校对|审核)\s*[:：]/.test(t)
    ) return "credit";
  }
  if (t.length <= 120 && isShare(t)) return "share";
  if (gated && /^By[\s\u00A0]+\S/i.test(t) && wordCount(t) <= 16 && parseByline(t.split(/\s*\|\s*/)[0] ?? t)) return "byline";
  if (gated && /^(?:source|来源|出处)\s*[:：]/i.test(t)) return "meta";
  if (gated && t.length < 40 && /^(?:published|updated|posted|last updated|发布时间|更新时间)\s*:?$/i.test(t)) return "meta";
  if (gated && (/^\d+\s+min(?:ute)?s?\s+read$/i.test(t) || /\b\d+\s+(?:minutes?|hours?|days?)\s+ago$/i.test(t))) return "meta";
  if (t.length < 140 && /\d/.test(t)) {
    const dates = findDates(t);
    if (dates.length) {
      let rest = t;
      for (const d of dates) rest = rest.slice(0, d.start) + " ".repeat(d.end - d.start) + rest.slice(d.end);
      if (wordCount(rest) <= 10 && (!/[.。]$/.test(t) || /\b[ap]\.m\.$/i.test(t))) return "meta";
    }
  }
  if (t.length < 400 && isNav(t)) return "nav";
  if (gated) {
    const probe = t.length > 300 ? t.slice(0, 120) + " … " + t.slice(-150) : t;
    for (const re of CAPTION) if (re.test(probe)) return "caption";
  }
  return "text";
}

function proseGrade(t: string): 0 | 1 | 2 {
  const han = hanCount(t);
  if (han >= 6) {
    if ((han >= 20 && /[，。；：！？]/.test(t)) || han >= 40) return 2;
    return /[。！？”」]$/.test(t) ? 1 : 0;
  }
  const wc = wordCount(t);
  const terminal = /[.!?"”’'):;…]$/.test(t);
  if ((wc >= 12 && terminal) || wc >= 20) return 2;
  if (wc >= 3 && terminal && /^[\p{Lu}\p{N}"“‘'(¿¡]/u.test(t) && /\p{Ll}/u.test(t)) return 1;
  return 0;
}

export function classifyLines(lines: Line[]): Classified[] {
  const out: Classified[] = [];
  for (const l of lines) {
    let kind = classifyText(l.text);
    const prev = out[out.length - 1];
    // The line after "Image caption" / "Buy Photo" is the caption itself.
    if (kind === "text" && prev && prev.kind === "imageMeta" && /caption|buy photo/i.test(prev.text)) kind = "caption";
    out.push({ i: l.i, start: l.start, end: l.end, raw: l.raw, text: l.text, key: l.key, kind, prose: kind === "text" ? proseGrade(l.text) : 0 });
  }
  return out;
}
