// Line-level classification of a text dump. Each rule names a kind of line
// that news pages print around a story; whatever no rule claims is "text",
// and text lines are then graded as prose (story paragraphs) or not.
import { escapeRegExp, isMostlyUpper, wordCount } from "../normalize.js";
import { INLINE_RELATED, RELATED_HEADER, RELATED_PHRASE_GATE, SKIP_HEADER, SKIP_LINE } from "../related.js";
import { lineDates, type Line } from "./lines.js";
import { keepFacts } from "./line-cache.js";
import { ARABIC_AGENCIES, BYLINE_OPENER, namesWithOutletCredit, opensByline, parseByline, parseCreditRun, PHOTO_LABEL } from "../byline.js";
import { lineAlternation } from "./line-alternation.js";
import { byLastChar, firstCharDispatch } from "./edge-chars.js";
import { endsWithYearAbbr, westernDigits } from "../dates.js";
import { bareUrl } from "../ids.js";
import { SOURCE_LABEL_WORDS } from "../credit-roles.js";

export type Kind =
  | "blank" | "nav" | "share" | "caption" | "imageMeta" | "credit" | "editor" | "copyright" | "id" | "url"
  | "end" | "ad" | "relHeader" | "skipHeader" | "inlineRelated" | "meta" | "byline" | "text"
  /** A summary printed between the headline and the byline/date lines (set by selectBody). */
  | "standfirst"
  /** A cookie banner or a newsletter / app sign-up promo, often printed between paragraphs. */
  | "promo"
  /** A JSON object the dump printed from the page's scripts (an analytics config, JSON-LD): page data, not prose. */
  | "data";

const KINDS: readonly Kind[] = [
  "blank", "nav", "share", "caption", "imageMeta", "credit", "editor", "copyright", "id", "url",
  "end", "ad", "relHeader", "skipHeader", "inlineRelated", "meta", "byline", "text", "standfirst", "promo", "data",
];
const KIND_INDEX = new Map<Kind, number>(KINDS.map((k, i) => [k, i]));

/** The code units of a string of single-unit characters, for a test of one character without a regex call. */
function unitSet(chars: string): Set<number> {
  return new Set([...chars].map((c) => c.charCodeAt(0)));
}

export interface Classified extends Line {
  kind: Kind;
  /** 2 = clearly a story paragraph, 1 = a short sentence that may be one, 0 = not prose. */
  prose: 0 | 1 | 2;
}

const SHARE_WORDS = new Set([
  "share", "shares", "this", "article", "story", "page", "to", "on", "via", "facebook", "twitter", "x", "google+", "linkedin", "reddit",
  "whatsapp", "email", "e-mail", "messenger", "pinterest", "flipboard", "print", "wechat", "weibo", "copy", "link", "copied", "about",
  "sharing", "close", "panel", "tumblr", "telegram", "mail", "sms", "more", "tweet", "connect", "comment", "comments", "save", "-", "|",
  // "Save for later", "Bookmark", "Gift article".
  "for", "later", "bookmark", "gift",
  "分享", "分享到", "微信", "微博", "打印", "收藏", "qq空间",
  // Korean: share, subscribe (the button beside each reporter's name), print, bookmark.
  "공유", "공유하기", "구독", "구독하기", "인쇄", "스크랩",
  // Share and copy-link buttons of other languages: Swedish, Norwegian/Danish, Icelandic, German, Dutch, Spanish,
  // Portuguese, French, Italian, Finnish, Polish.
  "dela", "del", "deila", "teilen", "delen", "compartir", "compartilhar", "partager", "condividi", "jaa", "udostępnij",
  "kopiera", "kopier", "kopieren", "kopieer", "copiar", "copier", "copia", "afrita", "länk", "lenke", "enlace", "lien", "linkki", "hlekk",
]);
const SHARE_CORE = /^(?:share|分享|공유|구독|facebook|twitter|email|print|tweet|connect|linkedin|whatsapp|wechat|weibo|copy|reddit|pinterest|flipboard|messenger|more|comment|close|save|x|del|deila|teilen|compart|partager|condividi|jaa|udostępnij|kopi|copi|afrita)/;

/** The end of a line: a sentence's stop, then two to four words in capitals, a comma and more capitals. */
const CAPS_CREDIT_TAIL = /[.!?]\s+\p{Lu}{2,}(?:[\s'’-]+\p{Lu}{2,}){1,3},\s+\p{Lu}[\p{Lu}\d .&'’-]{1,40}$/u;
const CAPTION = [
  /^(?:FILE PHOTO\s*[:-]|FILE\s*[-–—]\s|PHOTO\s*[:：]|VIDEO\s*[:：]|Photo taken\b|In this (?:photo|image|picture|file photo)\b|This (?:photo|picture|image) (?:taken|shows)\b|Photo shows\b|Aerial (?:photo|view) taken\b)/i,
  /\((?:AP|Reuters|AFP|Getty|EPA|Xinhua|CFP)?\s*Photo\b[^)]*\)\s*$/i,
  // "(Photo: X)", "(Image: X)", "(Fotoğraf: X)", "(Foto: X)", "(Fot. X)", Vietnamese "(Ảnh: X)", glued to the caption or not.
  /\((?:Photo|Image|Picture|Foto|Fotoğraf|Fotografia|Fotografía|Fot\.|Ảnh)\s*[:/.][^)]*\)\s*$/i,
  // "。圖／X提供", "。图/X": a Chinese picture credit after the caption sentence.
  /[。.]\s*(?:圖|图|照片|攝影|摄影)\s*[／/]\s*[^。，,]{1,20}$/,
  /\[(?:Photo|Image|Provided)\b[^\]]*\]\s*$/i,
  /\((?:Xinhua|Photo|Reuters|AFP|CFP|IC|VCG|AP|EPA|Getty Images|China News Service)\/[^)]*\)\s*$/,
  new RegExp(`\\((?:${ARABIC_AGENCIES})\\/[^)]*\\)\\s*$`),
  // A picture from outside the newsroom, as Spanish-language papers credit it: "Metro de Santo Domingo. (Fuente externa)".
  /\((?:fuente externa|foto externa|external source|handout)\)\s*$/i,
  // A labelled picture source, an outlet and a photographer: "… foto. (Zdroj: Korzár/Marek Juhás)".
  new RegExp(`\\((?:${SOURCE_LABEL_WORDS})\\s*[:：]\\s*[^()/]{1,40}\\/[^()]{1,40}\\)\\s*$`, "i"),
  /\b(?:REUTERS|AFP|Getty Images)\/[A-Z][\w .'-]+(?:\/File Photo)?\.?\s*$/,
  /THE CANADIAN PRESS\/[A-Z]/,
  /[（(](?:新华社|记者|中新社)?[^（()）]{0,20}摄[）)]\s*$/,
  /\((?:Photo|Image|Picture) (?:by|courtesy of|provided by)\b[^)]*\)\s*$/i,
  // "(Gazette photo/Tom Hale)", "(Staff photo by X)", "(Courtesy Millbrook Historical Society)".
  /\([^()]{0,40}\bphoto(?:graph)?s?\s*(?:\/|:|by\b)[^()]*\)\s*$|\(courtesy\b[^()]*\)\s*$/i,
  // A credit after the caption sentence: "… on March 4. ST PHOTO: TAN KAI LIN", "… | Photo Credit: X", "… Photo: Edmond So", "… Picture by Liam Clayton".
  /(?:[.!?]|\s\|)\s+(?:[A-Z]{2,5}\s+)?(?:photo|image|picture)s?(?:\s+credit)?\s*(?::|\s+by\s)\s*\S[^.!?]{0,60}$/i,
  // A slash credit after the caption sentence: "… March 1, 2024. /CFP", "… le 1er mars 2024. JEAN MARTIN / LE MONDE".
  /[.!?]\s+\/[A-Z][\w .'-]{1,40}$|[.!?]\s+\p{Lu}[\p{Lu} .'’-]{1,40}\s\/\s\p{Lu}[\p{Lu} .'’-]{1,40}$/u,
  // A photographer and the outlet in capitals after the caption sentence: "… in September. DARREN STONE, TIMES COLONIST".
  CAPS_CREDIT_TAIL,
  // A credit after a bar closing the caption sentence: "… last spring. | Kyodo".
  /[.!?]\s\|\s\p{Lu}[\p{L}.'’ /-]{1,35}$/u,
  // "(Outlet/PHOTOGRAPHER)" closing a caption: "… (4/3/2024).(KOMPAS.com/RIZKY SYAHPUTRA)"; an agency alone: "… on Monday. (Yonhap)".
  /\([\w.-]{2,30}\/\p{Lu}[\p{Lu} .'’-]{2,40}\)$|[.!?]\s+\((?:Yonhap|Kyodo|AP|AFP|Reuters|EPA|Xinhua|Bernama|Antara|ANSA|Getty Images)\)$/u,
  // "(Station or outlet: Photographer)" closing a sentence: "… near Katoomba. (ABC Blue Mountains: Luisa Tran)".
  /[.!?]\s+\((?:[A-Z][\w.'-]*\s*){1,4}:\s*[A-Z][\p{L}.'’ -]{1,40}\)$/u,
  // A bracketed credit closing a Chinese caption: "（記者X攝）", "（圖由捷運局提供）" ("provided by").
  /[（(][^（()）]{0,20}(?:摄|攝|照片|圖片|图片|提供|供图|供圖)[）)]\s*$/,
  // "资料图：…", or a trailing "X 摄" / "记者 X 图" credit after a space ("photo by X" in a Chinese caption).
  /^(?:资料图|资料图片|图为|图片来源|資料照|資料照片)\s*[:：]?|\s[摄攝图圖]$/,
  // "(Evan Mitchell/CBC)", "(Ahmet Demir - Anadolu Ajansı)" after the caption sentence: a photographer's name and the outlet.
  /[.!?]\s+\(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3}(?:\s?\/\s?|\s[-–]\s)[\p{L}\p{N}&.'’ -]{2,40}\)$/u,
  // "… 390 km. (File)", "(Representational image)": the caption of a file or stock picture.
  /[.!?]\s*\((?:file(?: photo| image| picture)?|representational(?: image| photo| picture)?|representative (?:image|photo|picture)|image for representation)\)$/i,
  // "… under the levy. Photo by the author.", "… Photograph by Jane Doe": a credit after the caption sentence
  // (no /i: the name after "by" must be capitalised, so "Photos by residents showed …" stays a sentence).
  /[.!?]\s+(?:[Pp]hoto(?:graph)?|[Ii]mage|[Pp]icture)s?\s+(?:by|[Cc]ourtesy(?: of)?)\s+(?:the (?:author|writer|reporter)|\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}(?:\s?\/\s?[\p{L} .]{2,30})?)\.?$/u,
];

/** The caption rules a line could match by its last character (see byLastChar): most close a line with ")". */
const captionsFor = byLastChar(CAPTION);

/**
 * "(PA Wire)", "(Jane Doe/Reuters)", "(Comune di Milano)": a bracketed picture credit of one to four capitalised words
 * (lower-case particles between them), with an outlet after a slash.
 */
const BRACKET_CREDIT = /^\(\p{Lu}[\p{L}&.'’-]*(?:\s(?:(?:di|de|del|della|dei|des|du|da|do|dos|das|of|the|van|von|der|la|le|el|y|e|et|and|&)\s)?\p{Lu}[\p{L}&.'’-]*){0,3}(?:\/[^()]{2,40})?\)$/u;
/** Bracketed tags a headline or a story line may end with, which are no credit. */
const BRACKET_TAG = /^\((?:video|photos?|pictures|gallery|updated?|live|watch|listen|audio|podcast|opinion|analysis|exclusive|explainer|poll|graphic|map)\)$/i;
/**
 * "… where almost one in four homes is a holiday let (PA Wire)": a line of eight words or more with no full stop,
 * closed by a bracketed credit. A story paragraph ends its last sentence with a full stop; a caption often does not.
 */
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
function creditClosesCaption(t: string, words: number): boolean {
  if (words < 8) return false;
  const open = t.lastIndexOf(" (");
  if (open < 0 || t.length - open > 60) return false;
  // A letter or digit before the bracket: no sentence ended there (a closing quote or a full stop would say one had).
  if (open < 1 || !LETTER_OR_DIGIT.test(t[open - 1]!)) return false;
  const credit = t.slice(open + 1);
  return BRACKET_CREDIT.test(credit) && !BRACKET_TAG.test(credit);
}

/** An editor's label before a colon: "Editor", "Web editor", "Editor web", "Rédacteur web", "Ответственный редактор", Estonian "Toimetaja", Turkish "Editör", Arabic "المحرر" (a regex source). */
export const EDITOR_LABEL = "(?:web\\s+|chief\\s+|copy\\s+|ответственный\\s+|выпускающий\\s+)?(?:editors?(?:\\s+web)?|редактор(?:ка)?|r[ée]dact(?:eur|rice)\\s+web|toimetaja|editör|المحرر)";
/** An editor credit line: "Editor: X", "(Web editor: X, Y)", "(Rédacteur web : X)", "المحرر: X". */
const EDITOR = new RegExp(`^[[(（【]?\\s*${EDITOR_LABEL}\\s*[:：]\\s*([^\\])）】|]+?)\\s*[\\])）】]?\\s*$`, "i");
/** A Chinese editor credit: 责任编辑 anywhere, 编辑 opening a bracket, or a labelled "编辑：X" among a stamp line's credits. */
const EDITOR_ZH = /(?:责任编辑|責任編輯|责编|^[【[(（]\s*(?:编辑|編輯)|(?<=\s)(?:编辑|編輯)(?=\s*[:：]))\s*[:：]?\s*([^\s\])）】|]+)/;

export function editorOf(text: string): string | null {
  const m = text.match(EDITOR) ?? text.match(EDITOR_ZH);
  // A portal's staff code after the name ("王明_NB1234", "李华_X0012"): the name alone.
  return m && m[1] ? m[1].trim().replace(/(?<=[\p{Script=Han}])_[A-Za-z]*\d+$/u, "") : null;
}

const NAV_SEPS = [">>", "›", " > ", " / ", "»", "＞"];
/**
 * A character every separator has (> › / » ＞): a one-character class is a cheaper
 * gate for the loop below than the separators as a regex alternation, two of which
 * start with a space (~0.1 µs a line, half of that test).
 */
const NAV_SEP_CHAR = new RegExp(`[${[...new Set(NAV_SEPS.join("").replace(/ /g, ""))].map(escapeRegExp).join("")}]`);
const CLOCK = /\d{1,2}:\d{2}/;

/**
 * The needles some rules below look for anywhere in a line ("http", "|", a breadcrumb separator, "/", a middle dot).
 * Most lines hold none: one regex test says so (`plain`), instead of a native includes()/lastIndexOf()
 * per needle (~0.1 µs a call, six calls a story paragraph). Lower-casing makes none of them, so a
 * plain text has a plain key too.
 */
const NEEDLES = new RegExp(`http|[|/·•${NAV_SEP_CHAR.source.slice(1, -1)}]`);

function isNav(l: Line, plain: boolean): boolean {
  const t = l.text;
  const bar = !plain && t.includes("|");
  if (t.length > 150 && !bar) return false;
  if (bar) {
    const segs = t.split("|");
    let n = 0;
    let ok = true;
    for (const raw of segs) {
      const s = raw.trim();
      if (!s) continue;
      n++;
      if (wordCount(s) > 4 || CLOCK.test(s)) { ok = false; break; }
    }
    if (ok && n >= 3) return true;
  }
  if (!plain && NAV_SEP_CHAR.test(t)) {
    for (const sep of NAV_SEPS) {
      if (!t.includes(sep)) continue;
      let n = 0;
      let ok = true;
      for (const raw of t.split(sep)) {
        const s = raw.trim();
        if (!s) continue;
        n++;
        if (wordCount(s) > 3 || RE_DIGIT.test(s)) { ok = false; break; }
      }
      if (ok && n >= 2) return true;
    }
  }
  // (Most lines with five words or more are sentences ending in one of the marks: no search for one then.)
  return l.stats.words >= 5 && l.stats.han < 6 && !NAV_PUNCT_UNITS.has(t.charCodeAt(t.length - 1)) && !NAV_PUNCT.test(t) && isMostlyUpper(t);
}

/** Punctuation no all-capitals navigation line has. */
const NAV_PUNCT_CHARS = '.,:;!?"“”';
const NAV_PUNCT = new RegExp(`[${escapeRegExp(NAV_PUNCT_CHARS)}]`);
const NAV_PUNCT_UNITS = unitSet(NAV_PUNCT_CHARS);

const SPLIT_WS = /\s+/;
function isShare(l: Line): boolean {
  const t = l.key;
  if (t.length > 120 || !SHARE_CORE.test(t)) return false;
  const toks = (t.includes(":") || t.includes("：") ? t.replace(/[:：]/g, " ") : t).split(SPLIT_WS);
  let n = 0;
  for (const w of toks) {
    if (!w) continue;
    if (++n > 14 || !SHARE_WORDS.has(w)) return false;
    if (n === 1 && !SHARE_CORE.test(w)) return false;
  }
  return n > 0;
}

/**
 * Cheap gate: every keyword rule below is anchored at the start of a line, at its
 * end, or looks for one of a few words; a story paragraph (the bulk of a page) is
 * cleared by these three tests instead of running thirty rules. They run on the
 * lower-cased line, so none needs the /i flag.
 */
// (The editor's and the source's labels are spliced in, EDITOR_LABEL and credit-roles.ts's: one list for every reader of them.)
const HEAD_GATE = new RegExp(/^(?:[[(（【]?\s*EDITOR_LABEL|copy[- ]?edited|редактор|ответственный|выпускающий|teksti\s*:|текст\s*:|copyright|©|\(c\)|contact|reach|email|follow|like us|subscribe|our standards|share|read|image|media|buy photo|video|play video|enlarge|hide|toggle|getty|photo|file|in this|this|aerial|related|more|most|top|trending|recommended|you|see|also|popular|latest|recent|what|further|in other|don[’']?t miss|must|in case|相关|推荐|延伸|関連|アクセスランキング|관련|많이 본|noticias|relacionad|te puede|lo más|más noticias|también|à lire|a lire|articles liés|les plus|sur le même|mehr zum|meistgelesen|das könnte|leia|leggi|baca|berita|читайте|mais lidas|notícias|热|精彩|更多|猜|关键|标签|tag|topics|keywords|sponsor|advert|promoted|paid|from|around|partner|enditem|end item|\(end\)|-?end|[-_*=]{3}|back to|返回|\[?close|ad|广告|by\s|by:|writer\s*:|authors?\s*:|reporters?\s*:|por\s|par\s|von\s|penulis\s|oleh\s|di\s|door\s|deur\s|av\s|af\s|(?:reported|story|words|text) by|words\s*:|text[oe]?\s*:|autor|auteur|автор|аутор|بقلم|كتب|作者|文\s*[／/]|do you|did you|was this|SOURCE_LABEL_WORDS|published|updated|posted|last updated|发布|更新|\d+\s+min|additional|reporting|writing|editing|edited by|\((?:editing|reporting)|[（(【[]?\s*(?:编辑|編輯|校对|审核)|[（(]\s*原(?:标题|標題)|written by|lire|join|\d+ (?:comments?|thoughts? on)|comments?$|(?:comments?|कमेंट|टिप्पणियां|yorumlar|kommentare|commentaires|comentarios|commenti|komentarze|bình luận|댓글|评论|コメント)\s*\(\d+\)$|leave a|sign in to comment|post a comment|资料图|图为|資料照|相關|推薦|熱門|with files|before you|اقرأ|المزيد|الأكثر|أخبار ذات|مقالات ذات|مواضيع|الكلمات|author\s*:|reporter\s*:|haber\s*:|yazar\s*:|muhabir\s*:|लेखक|रिपोर्टर|lees|meer|meest|gerelateerd|onderwerpen|lesen sie|auch interessant|weitere artikel|lee también|lea también|te recomendamos|ti potrebbe|potrebbe|più letti|i più letti|ultime notizie|últimas not|dernières|i\u0307?lgi\u0307?li\u0307? haber|en çok|sıradaki|benzer haber|zobacz|czytaj|najczęściej|polecamy|terpopuler|по теме|самое|більше|головне|související|nejčtenější|luetuimmat|lue myös|tin cùng|đọc nhiều|xem thêm|mirá|อ่าน|ข่าว|আরও)/.source.replace("EDITOR_LABEL", EDITOR_LABEL).replace("SOURCE_LABEL_WORDS", SOURCE_LABEL_WORDS));
/**
 * The line-start alternations the gate and the classifier run most (HEAD_GATE and the phrase gate on every line,
 * RELATED_HEADER on every short gated one), tried by the line's first character: each tries a hundred alternatives
 * in turn otherwise (RELATED_HEADER, with /i, ~1.7 µs a line). Same answers (see edge-chars.ts).
 */
const headGate = firstCharDispatch(HEAD_GATE);
const relatedPhraseGate = firstCharDispatch(RELATED_PHRASE_GATE);
const relatedHeader = firstCharDispatch(RELATED_HEADER);
const ANY_GATE = /copyright|©|rights reserved|版权|责任编辑|責任編輯|责编|contributed to|first published|press\//;
/** Chinese no-reproduction notices, looked for only in lines with Han characters. */
const ZH_ANY_GATE = /未经授权|非經授權|不得转载|不得轉載|书面授权|[圖图]\s*[／/]/;
/**
 * The classifier's searches of a whole line in one (NEEDLES, ANY_GATE, ZH_ANY_GATE), on the lower-cased line: most
 * lines hold none, and one scan of a story paragraph says so instead of two. (On the key NEEDLES also finds "HTTP",
 * which only costs the test of NEEDLES itself.)
 */
const LINE_MARKS = new RegExp([NEEDLES, ANY_GATE, ZH_ANY_GATE].map((re) => re.source).join("|"));
const TAIL_SLASH = /\/\s?\p{Lu}[\p{L}\w .'’-]+$/u;

/** s.endsWith(tail), by code units: endsWith() on a sliced two-byte string is a costly native call. */
function endsWith(s: string, tail: string): boolean {
  const d = s.length - tail.length;
  if (d < 0) return false;
  for (let i = tail.length - 1; i >= 0; i--) if (s.charCodeAt(d + i) !== tail.charCodeAt(i)) return false;
  return true;
}

/** Words a gated line may end with ("... ago", "... photo(.)", "… 摄" / "… 图": photo by), by their last code unit (most lines end in none). */
const TAIL_WORDS_BY_LAST = new Map<number, string[]>();
for (const w of ["ago", "photo", "photo.", "摄", "攝", " 图", " 圖"]) {
  const last = w.charCodeAt(w.length - 1);
  TAIL_WORDS_BY_LAST.set(last, [...(TAIL_WORDS_BY_LAST.get(last) ?? []), w]);
}

/**
 * "By" glued to a capitalised name, perhaps after a section label ("NewsByJo Bell"): case-sensitive, so on the text.
 * /^[A-Z][a-z]{0,15}[A-Z]/ by code units: a regex call per line was a good part of the gate.
 */
function gluedByShape(t: string): boolean {
  const c0 = t.charCodeAt(0);
  if (c0 < 65 || c0 > 90) return false;
  let i = 1;
  while (i < 16 && t.charCodeAt(i) >= 97 && t.charCodeAt(i) <= 122) i++;
  const c = t.charCodeAt(i);
  return c >= 65 && c <= 90;
}

function gate(l: Line, plain: boolean, marked: boolean): boolean {
  const k = l.key;
  if (headGate.test(k)) return true;
  // Related headings and labels of the phrase table (related.ts), grouped by first letter. (Kept apart from HEAD_GATE:
  // one regex of the two alternations ran 5-8x slower a line, its first-letter quick check lost.)
  if (relatedPhraseGate.test(k)) return true;
  if (gluedByShape(l.text) && opensByline(l.text)) return true;
  // A dash opening a short line (a sign-off, see RE_SIGN_OFF).
  const c0 = k.charCodeAt(0);
  if ((c0 === 0x2d || c0 === 0x2013 || c0 === 0x2014) && k.length < 40) return true;
  // Tail: ")", "]", "）", "】", "... ago", "... photo(.)", "… 摄" / "… 图" (photo by), "/Name Surname".
  const last = k.charCodeAt(k.length - 1);
  if (last === 0x29 || last === 0x5d || last === 0xff09 || last === 0x3011) return true;
  const tails = TAIL_WORDS_BY_LAST.get(last);
  if (tails !== undefined) for (const w of tails) if (endsWith(k, w)) return true;
  if (!plain) {
    const slash = k.lastIndexOf("/");
    if (slash >= 0 && k.length - slash <= 80 && TAIL_SLASH.test(l.text.slice(slash))) return true;
    // A bar credit closing a caption ("… last spring. | Kyodo").
    const bar = k.lastIndexOf(" | ");
    if (bar > 0 && k.length - bar <= 40 && k.charCodeAt(bar - 1) === 0x2e) return true;
  }
  // A photographer and the outlet in capitals closing a caption ("… in September. DARREN STONE, TIMES COLONIST").
  // (The text's last letter: the key is lower-cased.)
  const lastUpper = l.text.charCodeAt(l.text.length - 1);
  if (lastUpper >= 0x41 && lastUpper <= 0x5a && CAPS_CREDIT_TAIL.test(l.text)) return true;
  // A photo credit closing a caption ("… ST PHOTO: NAME", "… | Photo Credit: X", "… Picture by X").
  // ("photo" in the last 79 characters, by a forward search of them: lastIndexOf() searches slowly.)
  if (k.indexOf("photo", Math.max(0, k.length - 79)) >= 0 || k.indexOf("picture", Math.max(0, k.length - 60)) >= 0) return true;
  return marked && (ANY_GATE.test(k) || (l.stats.han > 0 && ZH_ANY_GATE.test(k)));
}

const RE_ID = /^\d{12,}$/;
// A browser's print footer follows the page's URL with the page count ("https://… 1/2").
const RE_URL_LINE = /^(?:[\p{L} ]{0,40}[:：]\s*)?https?:\/\/\S+(?:\s+\d{1,3}\/\d{1,3})?$/u;
/** A copy trailer naming the page's address after its title ("原文網址：Title | Section | Site https://…", "Source URL: Title https://…"). */
const RE_URL_TRAILER = /^(?:原文網址|原文网址|原文連結|原文链接|本文網址|本文网址|文章網址|文章网址|source url|original url|article url|permalink)\s*[:：].{0,300}\shttps?:\/\/\S+$/iu;
/**
 * A sign-off alone on its line closing the story: a dash and the agency in capitals or the site's domain
 * ("-- BERNAMA", "– Rappler.com", "— AP"). On the text (case matters: "– Tak." is a line of dialogue).
 */
const RE_SIGN_OFF = /^[-–—]{1,2}\s*(?:\p{Lu}{2,}[\p{Lu}\p{N}]*|\p{L}[\p{L}\p{N}-]{1,25}(?:\.[a-z]{2,6}){1,2})$/u;
const RE_END = /^(?:enditem|end item|\(end\)|-?end-?|_{3,}|-{3,}|\*{3,}|={3,}|back to top(?: close)?|back to the top|top|返回顶部|\[?close\]?)$/;
/** An ad slot's label alone on its line, in the languages met: "Advertisement", "广告", "광고", "Werbung", "Reklama" … */
const RE_AD = /^(?:ad|ads|advertisement|advertising|广告|廣告|広告|광고|werbung|anzeige|publicidad|publicité|pubblicità|publicidade|reklama|reklam|iklan|quảng cáo|реклама)$/;
/** A notice that the story goes on under an ad slot: "Story continues below advertisement", Slovak "Článok pokračuje pod reklamou" … */
const RE_AD_CONTINUES = /^(?:(?:the )?(?:story|article) continues (?:below|after) (?:this |the )?(?:advertisement|ad|video)|continue reading below|článok pokračuje pod (?:video ?)?reklamou|článek pokračuje pod (?:video ?)?reklamou|dalsza część artykułu pod (?:reklamą|materiałem wideo)|weiter nach der (?:anzeige|werbung)|artikel wird nach der (?:anzeige|werbung) fortgesetzt|a cikk a hirdetés után folytatódik|la noticia continúa (?:tras|después de) la publicidad|l['’]article continue (?:après|sous) (?:la|cette) publicité)$/;
const RE_IMAGE_META = /^(?:image source|image caption|image copyright|media caption|buy photo|video player\s*close|video playerclose|play video|enlarge this image|hide caption|toggle caption|getty images|photo gallery)\b/;
const RE_COPYRIGHT = /copyright|©|all rights reserved|版权所有|未经授权|非經授權|不得转载|不得轉載|书面授权/;
const RE_CONTRIBUTED = /contributed to this (?:report|story|article)/;
/** Credit lines closing (or, for a repost's "(原标题：…)" original-headline note, opening) a story. */
const RE_CREDIT = /^(?:this (?:report|story|article) (?:by|was|first|has been|appeared|appears)\b|(?:additional\s+)?(?:reporting|writing|editing|edited|copy[- ]?edited)\s+by\b|(?:contact|reach|email)\b.{0,80}\b(?:at|via)\b|(?:like us on|subscribe to our)\b|our standards\b|(?:read|share)\s+(?:or share\s+)?this story\b|\(?(?:editing|edited|reporting) by\b|with files from\b|[（(]?(?:编辑|校对|审核)\s*[:：]|[（(]\s*原(?:标题|標題)\s*[:：])/;
/**
 * An author bio closing the story: "Carla Jessup is a staff writer covering …", "X is the Clarion's marine correspondent.",
 * "X is transport reporter for The Daily Example." (no article: a role and "for"/"at"/"with" right after it),
 * "X covers transportation for The Daily Example."
 */
const RE_BIO = /^\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}\s+(?:(?:is|was)\s+(?:(?:a|an|the)\s[^.]{0,60}\b(?:writer|reporter|correspondent|editor|journalist|columnist|photographer|intern|contributor|fellow)\b|(?:\p{Ll}+\s){0,3}(?:writer|reporter|correspondent|editor|journalist|columnist|photographer)\s(?:for|at|with)\s)|covers\s[^.]{0,80}\s(?:for|at)\s(?:the\s)?\p{Lu}[^.]{0,40}\.?$)/u;
/**
 * Can RE_BIO match? Its second word is capitalised, right after the first space (a line's text holds single
 * spaces and no other white space): an ASCII character there other than a capital rules it out, as in most
 * story paragraphs ("The ministry said …"), without running the Unicode pattern. And its "is" or "was" is the
 * third, fourth or fifth word (or "covers"; the pattern backtracks through the name's words on every line that opens with two
 * capitalised words, ~1 µs a line).
 */
function bioShaped(t: string): boolean {
  let sp = t.indexOf(" ");
  if (sp < 0) return false;
  const c = t.charCodeAt(sp + 1);
  if (!(c > 127 || (c >= 65 && c <= 90) || c === 32)) return false;
  for (let word = 2; word <= 4; word++) {
    while (t.charCodeAt(sp + 1) === 32) sp++;
    sp = t.indexOf(" ", sp + 1);
    if (sp < 0) return false;
    while (t.charCodeAt(sp + 1) === 32) sp++;
    if (bioVerb(t, sp + 1)) return true;
  }
  return false;
}
/** "is ", "was " or "covers " at i. */
function bioVerb(t: string, i: number): boolean {
  const a = t.charCodeAt(i);
  if (a === 0x69) return t.charCodeAt(i + 1) === 0x73 && t.charCodeAt(i + 2) === 32;
  if (a === 0x63) return t.startsWith("covers ", i);
  return a === 0x77 && t.charCodeAt(i + 1) === 0x61 && t.charCodeAt(i + 2) === 0x73 && t.charCodeAt(i + 3) === 32;
}
/** Where reader comments begin: the story is over. */
const RE_COMMENTS = /^(?:comments?|reader comments|(?:comments?|कमेंट|टिप्पणियां|yorumlar|kommentare|commentaires|comentarios|commenti|komentarze|bình luận|댓글|评论|コメント)\s*\(\d+\)|\d+ comments?|\d+ thoughts? on\b.*|leave a (?:reply|comment)|post a comment|sign in to comment|join the conversation)$/;
const RE_FOLLOW = /^follow\s+(?:him|her|them|us|@|[A-Z])/i;
/** A reporter's contact alone on its line after the story: an e-mail address or a handle, perhaps labelled ("X: @jo_bell"). */
const RE_CONTACT_LINE = /^(?:[\p{L} ]{1,20}[:：]\s*)?(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|@\w{2,30})$/u;
const RE_SOURCE = new RegExp(`^(?:${SOURCE_LABEL_WORDS})\\s*[:：]`, "i");
const RE_STAMP_WORD = /^(?:published|updated|posted|last updated|发布时间|更新时间)\s*:?$/;
/**
 * A stamp line however long its relative-time noise: "Posted 5h ago5 hours ago Tue 5 Mar 2024 at 4:12pm, updated …"; or a
 * Chinese portal's "发布时间： 2025-03-27 09:30 | 来源： X | 作者： Y | 字号：…" (its Han labels read as a sentence's worth).
 */
const RE_STAMP_START = /^(?:(?:published|updated|posted|last updated)\b|(?:发布时间|發布時間|发布日期|發布日期|更新时间|更新時間)\s*[:：])/;
const RE_READ_AGO = /^\d+\s+min(?:ute)?s?\s+read$|\b\d+\s+(?:minutes?|hours?|days?)\s+ago$/;
/**
 * A relative stamp alone on a short line in other languages ("3 घंटे पहले", "2 saat önce", "3시간 전", "5分钟前",
 * "vor 3 Stunden", "il y a 2 heures", "hace 3 horas", "há 2 horas"): a date line, not a headline.
 */
const RE_RELATIVE_STAMP = /^(?:\d+\s*(?:मिनट|घंटे|घंटा|दिन|dakika|saat|gün|분|시간|일|分钟|分鐘|小时|小時|天|分|時間|日)\s*(?:पहले|önce|전|前)|(?:vor|il y a|hace|há)\s+\d+\s+\p{L}+|(?:saa|dakika|siku|wiki|miezi|mwezi)\s+\d+\s+(?:zilizopita|iliyopita))$/u;
const RE_TERMINAL_STOP = /[.。]$/;
/** A by-word right after a bar (on the lower-cased line). */
const RE_BAR_BY = /\|\s*(?:(?:written|reported|story|words|text)\s+)?(?:by|por|par|von|oleh|penulis)[\s:]/;
const RE_BAR = /\s*\|\s*/;
const RE_REPORT_BY = /^Laporan (?:[Ww]artawan|[Rr]eporter|[Kk]ontributor|[Kk]oresponden)\b[^,]{2,50},\s*\p{Lu}[\p{L}.'’ -]{2,50}$/u;
const RE_ZH_BY = /记者|記者|实习生|實習生|通讯员|通訊員|^文\s*[／/]|^作者|^撰文|^撰稿/;
const RE_DIGIT = /\d/;
/** A time closing the line with an abbreviation's full stop: "4:12 p.m.", Thai "10:15 น." (nalika, o'clock). */
const RE_AM_PM_END = /(?:\b[ap]\.m\.|\d\s?น\.)$/i;

/** Cookie banners and sign-up promos. Anchored at the start, so most lines fail on their first letters. */
const RE_PROMO = /^(?:(?:have|got) a (?:news |story )?tip\b|máte tip na (?:článok|článek)\b|join (?:us|our|the|[\w’']+)\b.{0,40}\b(?:whatsapp|telegram|channel|newsletter)\b|(?:do|did) you (?:like|enjoy)\b.{0,30}\b(?:article|story)\b|was this (?:article|story) (?:helpful|useful)|subscribe\b.{0,60}\b(?:to get access|unlimited access|digital access)\b|we (?:use|value)\b.{0,40}\b(?:cookies|privacy)|this (?:site|website) uses cookies|by (?:clicking|continuing|using)\b.{0,60}\bcookies|(?:accept|reject|manage|allow)(?: all)? cookies|cookie (?:settings|preferences|policy)|(?:sign up|subscribe|register)\b.{0,60}\b(?:newsletters?|alerts|briefing|digest|inbox)\b|get (?:the|our)\b.{0,60}\b(?:newsletter|inbox|app)\b|download (?:our|the)\b.{0,30}\bapp\b|(?:下载|下載)[^，,。]{0,20}(?:app|客户端|客戶端|應用程式|应用程序)|(?:【[^】]{0,16}】)?(?:欢迎|歡迎)(?:提供|报料|爆料)[^，,。]{0,6}(?:线索|線索)|【[^】]{0,12}(?:新闻|新聞)?(?:热线|熱線)】)/;
/**
 * More page furniture printed between or after paragraphs, by how such lines open (lower-cased, so anchored
 * tests fail on the first letters of a story paragraph): donation appeals ("Whether $5 or $50, every contribution
 * counts"), the fine print of a newsletter form ("You can unsubscribe at any time…", "By subscribing, I agree…"),
 * comment-widget notices, video and listen-to-this-article promos, paywall notices ("Access to … requires a
 * subscription", "有料会員になると続きを…"), AI-summary disclaimers, social-follow invitations ("Puedes seguir a …
 * en X"). Each alternative needs words a reporter would not open a story sentence with. (One opening with ".{0,N}"
 * is tried only on a line holding its words: see lineAlternation.)
 */
const RE_PROMO_MORE = lineAlternation([
  // Donation and membership appeals.
  "(?:independent |quality |good )?journalism costs\\b", "support (?:us|truly|independent|quality journalism|our (?:work|journalism|newsroom))\\b",
  "whether (?:you )?(?:give )?[$€£]\\d+ or [$€£]?\\d+", "every contribution\\b", "our mission is to\\b.{0,60}\\b(?:journalism|reporting|news)\\b",
  "(?:unterstützen sie|soutenez|apoya|apoie|sostieni|steun)\\b.{0,40}\\b(?:journalismus|journalisme|periodismo|jornalismo|giornalismo|journalistiek)",
  "(?:by )?(?:making|make) a (?:modest |small |one-off |monthly |regular )?(?:donation|contribution)\\b", "donate (?:now|today)\\b",
  // "Readers like you are keeping these stories free …", "SUPPORT THE MERCURY. … become a member today."
  // (Anchored at the line's start where the pitch opens with its words: a floating alternative adds a search of every line.)
  "readers like you\\b.{0,80}\\b(?:free|support|possible)", "\\W{0,3}support the\\b.{0,200}\\bbecome a (?:member|supporter|subscriber)\\b",
  // A partner site's note on syndicated copy: "X publishes selected news reports from Reuters. The content … is not edited by our editorial team."
  ".{0,40}\\bpublishes selected (?:news )?reports from\\b",
  // A translation's note: "Translation of an article originally published in French on lemonde.fr; …".
  "translation of an article (?:originally )?published in\\b",
  // A funding disclosure closing a story: "LDR is local body journalism co-funded by RNZ and NZ On Air."
  "(?:ldr|local democracy reporting) is\\b.{0,60}\\bfunded by\\b",
  // "Help safeguard press freedom & keep X free for all readers by supporting our team".
  "(?:help |please )?(?:safeguard|protect|defend|sustain|fund|keep)\\b.{0,80}\\bby (?:supporting|donating to|becoming a (?:member|subscriber|supporter) of)\\b",
  // An outlet's impartiality disclaimer: "X is an impartial platform & does not necessarily share the views of opinion writers".
  ".{0,80}\\b(?:do|does) not necessarily (?:share|reflect|represent) the views of (?:its |our |the )?(?:opinion writers|writers|contributors|columnists|authors|advertisers)\\b",
  // Newsletter form fine print.
  "you can unsubscribe\\b", "by (?:subscribing|signing up)\\b.{0,40}\\b(?:agree|acknowledge|accept|consent)", "we use mailchimp\\b",
  "please select at least one\\b",
  // Comment widgets.
  "comments? (?:not loading|powered by|are closed)\\b", "there are no comments yet\\b", "be the first to comment\\b",
  // Reaction widgets.
  "how does this (?:story |article |post )?make you feel\\b",
  // Video, audio and end-of-post promos.
  "watch (?:more|the latest|all|our)\\b.{0,60}\\b(?:news|videos?|playlist|channel|coverage)\\b",
  "the audio version of this (?:article|story)\\b", "listen(?:ing)? to (?:this |the )?(?:articles?|story)\\b.{0,80}\\b(?:free|subscri|premium|text-to-speech)",
  "thanks? (?:you )?for reading\\b.{0,80}\\b(?:subscribe|support|share)",
  // Paywall notices.
  "access to\\b.{0,60}\\brequires? a\\b.{0,30}\\bsubscription", "already a subscriber\\b", "有料(?:会員|記事)", "この記事は有料", ".{0,30}会員(?:になると|登録すると)",
  // "This article is only available to subscribers", "Dieser Artikel ist nur für Abonnenten", "Cet article est réservé aux abonnés" …
  "(?:this|dieser|cet|este|esta|questo|dit) (?:article|artikel|artículo|artigo|articolo|content|contenido|conteúdo|contenuto|inhalt) (?:is|ist|est|es|é|è) [^.!?]{0,30}\\b(?:subscribers|abonnenten|abonnés|suscriptores|assinantes|abbonati|abonnees)\\b",
  // AI summaries' disclaimers.
  "(?:this )?summary (?:is|was) (?:ai|automatically|machine)[- ]generated", "(?:this is (?:an )?)?ai[- ]generated summar(?:y|ies|ization|isation)\\b",
  // A sign-up or follow line closing a short blurb: "Start the day with … Sign up for our Morning Edition newsletter.",
  // "Stay up to date with the latest news. Follow X on WhatsApp Channels."
  ".{0,200}[.!?]\\s(?:sign up|subscribe|register)\\b.{0,60}\\bnewsletters?[.!]?$",
  ".{0,200}\\bfollow (?:us|[\\w’'.-]+(?: [\\w’'.-]+)?) on (?:whatsapp|telegram|google news|instagram|facebook|x|twitter|threads)(?: channels?)?[.!]?$",
  // "Like X on Facebook, follow @X on X to stay informed …".
  "like (?:us|[\\w’'.-]+(?: [\\w’'.-]+)?) on facebook\\b",
  // "Get the latest news from X on WhatsApp. Join our channel."
  ".{0,200}[.!?]\\sjoin (?:us|our)\\b.{0,40}\\b(?:whatsapp|telegram|channels?|community)[.!]?$",
  // A syndication trailer: "Artikel ini telah tayang di Tribun-Bali.com dengan judul …" ("this article first appeared on").
  "artikel ini (?:telah )?(?:tayang|terbit|dipublikasikan) di\\b",
  // A newsletter's pitch: "The X Transport newsletter brings you the latest on … every Thursday."
  ".{0,80}\\bnewsletters?\\b.{0,20}\\b(?:brings? you|delivers?|lands? in your inbox|sent straight to)\\b",
  // Turkish agencies' subscription notice: "… abonelere sunulan haberler, özetlenerek yayımlanmaktadır. Abonelik için …".
  ".{0,300}\\babonelik için\\b",
  // Russian and Ukrainian "subscribe to us on Telegram / VK …".
  // (No \\b beside Cyrillic words: these patterns run without the u flag, where \\b knows ASCII letters only.)
  "(?:подписывайтесь|подпишитесь|підписуйтесь|підпишіться)\\s.{0,60}(?:telegram|телеграм|vk|вконтакте|дзен|viber|whatsapp)",
  // Thai "follow (our news) on LINE / Facebook …".
  "ติดตาม.{0,80}(?:line|facebook|youtube|tiktok|instagram|twitter|x)\\b",
  // Social-follow invitations addressed to the reader.
  "(?:you can (?:also )?follow|follow us on|puedes seguir(?:nos)?|síguenos|suivez-nous|folgen sie uns|siga-nos|seguici|volg ons|ikuti kami)\\b",
]);

/**
 * "Cookie" as consent banners write it in any language ("cookies", "куки", "คุกกี้", "쿠키", "クッキー", Turkish
 * "çerez", Finnish "eväste", Hebrew "עוגיות", Arabic and Persian): a prose-like line under 400 characters naming
 * them is the banner (a story about cookie law loses such a line; news rarely is one).
 */
const RE_COOKIE_WORD = /cookie|куки|คุกกี้|쿠키|クッキー|çerez|eväste|עוגיות|کوکی|كوكيز|ملفات تعريف الارتباط/;

/**
 * A teaser's closing link ("… पूरी खबर पढ़ें...", "… Read the full story …", "… Lire la suite »"): the line is a teaser
 * of another story, not a paragraph of this one. The ellipsis or arrow after the phrase is required.
 */
const RE_TEASER_END = /(?:पूरी खबर पढ़ें|read (?:the )?full (?:story|article)|continue reading|read more|lire la suite|weiterlesen|leggi (?:tutto|l['’]articolo)|seguir leyendo|leia mais|devamını oku|더보기|阅读全文|閱讀全文|続きを読む)\s*(?:\.{2,}|…|»|›|>+)$/;
/** "Join" / "follow" opening an invitation, in the languages of chat-app promos (a story sentence names the channel otherwise). */
const RE_JOIN_START = /^\W{0,4}(?:join|follow|jiunge|fuata|ikuti|sertai|participe|siga|entre no|segui|unisciti|suivez|rejoignez|únete|síguenos|folgen|tritt|volg|word lid|urmăre[sș]te|alătură|הצטרפו|עקבו|انضم|تابع|ακολουθήστε|theo dõi|tham gia)/;
/** "Channel" in the languages of chat-app promos (see classifyText). */
const RE_CHANNEL_WORD = /(?:^|[^a-z])(?:channels?|chaneli|saluran|canal|kanal|kanaal|kênh)(?![a-z])|ערוץ|قناة|κανάλι/;
/** A link to join a chat or news channel ("… WhatsApp Channel : https://www.whatsapp.com/channel/…") in a prose line. */
const RE_CHANNEL_LINK = /https?:\/\/(?:www\.)?(?:whatsapp\.com\/channel|t\.me\/|news\.google\.com\/)/;

function classifyText(l: Line): Kind {
  const t = l.text;
  if (!t) return "blank";
  const k = l.key;
  const st = l.stats;
  const marked = LINE_MARKS.test(k);
  const plain = !marked || !NEEDLES.test(t);
  // Keyword rules are anchored at the start or the end of a line, so a long line is gated on its ends only.
  const gated = gate(l, plain, marked);
  const c0 = t.charCodeAt(0);
  const last0 = t.charCodeAt(t.length - 1);
  if (c0 >= 48 && c0 <= 57 && t.length >= 12 && RE_ID.test(t)) return "id";
  if (c0 === 0x7b && last0 === 0x7d && t.charCodeAt(1) === 0x22) return "data";
  if (!plain && t.includes("http")) {
    if (RE_URL_LINE.test(t) || RE_URL_TRAILER.test(t)) return "url";
    if (RE_CHANNEL_LINK.test(k)) return "promo";
  }
  // An address printed without its scheme ("example.hu/news/2024/03/05/slug"): a letter or digit first, no space.
  if (!plain && t.length < 300 && bareUrl(t)) return "url";
  if (t.length < 400 && RE_PROMO.test(k)) return "promo";
  // An invitation to a chat-app channel in any language ("Jiunge na chaneli yetu ya WhatsApp…", "Ikuti saluran WhatsApp…").
  // (The anchored opening first: it fails on a line's first letters, where the two searches read the whole line.)
  if (t.length < 200 && RE_JOIN_START.test(k) && (k.includes("whatsapp") || k.includes("telegram")) && RE_CHANNEL_WORD.test(k)) return "promo";
  // (RE_TEASER_END's ending: two dots or more, "…", "»", "›" or ">": a sentence's one full stop spares the test.)
  if (((last0 === 0x2e && t.charCodeAt(t.length - 2) === 0x2e) || last0 === 0x2026 || last0 === 0xbb || last0 === 0x203a || last0 === 0x3e) && RE_TEASER_END.test(k.length > 60 ? k.slice(-60) : k)) return "promo";
  // (Short enough to test ungated: the gate's opening words do not hold every language's label.)
  if (t.length <= 16 && RE_AD.test(k)) return "ad";
  if (t.length < 70 && RE_AD_CONTINUES.test(k)) return "ad";
  if (gated) {
    const short = t.length < 80;
    if (short && SKIP_HEADER.test(t)) return "skipHeader";
    // (A tag line heads no list, but it is no headline either: the block it opens is skipped like a tags list.)
    if (t.length < 200 && (t.includes(":") || t.includes("：")) && SKIP_LINE.test(t)) return "skipHeader";
    if (short && relatedHeader.test(t)) return "relHeader";
    if (t.length < 250 && INLINE_RELATED.test(t) && st.words <= 30) return "inlineRelated";
    if (short && (RE_END.test(k) || RE_COMMENTS.test(k) || RE_SIGN_OFF.test(t))) return "end";
    if (RE_IMAGE_META.test(k)) return "imageMeta";
    // (A stamp line naming the editor among its other credits, "2025-03-27 16:48 来源：X 作者：Y 责任编辑：Z", is the header's
    // meta line: its date, source and byline are read there, and its editor too.)
    if (t.length < 200 && editorOf(t) !== null) return EDITOR.test(t) || !lineDates(l).length ? "editor" : "meta";
    if (RE_COPYRIGHT.test(k.length > 300 ? k.slice(0, 150) + " " + k.slice(-150) : k)) return "copyright";
    if (RE_CONTRIBUTED.test(k.length > 300 ? k.slice(-150) : k) || RE_CREDIT.test(k) || RE_FOLLOW.test(t)) return "credit";
  }
  // A sign-off alone on its line, the outlet and the reporter in brackets: "(Tribun-Bali.com/Ni Komang Ayu)".
  if (c0 === 0x28 && last0 === 0x29 && t.length < 90 && t.includes("/") && BRACKET_CREDIT.test(t)) return "credit";
  // A reporter's sign-off naming the outlets in brackets: "Minh Thu (TTXVN/Vietnam+)" (the byline, read in index.ts).
  if (last0 === 0x29 && t.length <= 90 && namesWithOutletCredit(t).length) return "credit";
  // "Laporan Wartawan Tribun Bali, Ni Komang Ayu" ("report by the outlet's journalist, Name"), the Indonesian regional
  // papers' byline paragraph printed at the top of the story.
  if (c0 === 0x4c && t.length < 120 && RE_REPORT_BY.test(t)) return "byline";
  // Anchored on "Name Surname is/was a|an|the": most lines fail on their second word, so it runs ungated.
  if (t.length < 400 && bioShaped(t) && RE_BIO.test(t)) return "credit";
  if (t.length < 80 && t.indexOf("@") >= 0 && RE_CONTACT_LINE.test(t)) return "credit";
  if (t.length <= 120 && isShare(l)) return "share";
  if (t.length < 30 && RE_RELATIVE_STAMP.test(k)) return "meta";
  if (gated) {
    if (opensByline(t) && st.words <= 16 && parseByline(t.split(/\s*\|\s*/)[0] ?? t)) return "byline";
    if (RE_SOURCE.test(k)) return "meta";
    if (t.length < 40 && RE_STAMP_WORD.test(k)) return "meta";
    if (RE_READ_AGO.test(k)) return "meta";
    if (t.length < 200 && RE_STAMP_START.test(k) && lineDates(l).length) return "meta";
  }
  if (!plain && t.length <= 200) {
    // A byline after a bar, not first: "World | Reported by Jo Bell, Edited by Al Roy | Updated: …" (a section label first).
    if (RE_BAR_BY.test(k) && st.words <= 40) {
      for (const seg of t.split(RE_BAR)) if (BYLINE_OPENER.test(seg) && parseByline(seg)) return "byline";
    }
    // A credit run joined by middle dots or bars: "Jo Bell, Al Roy · CBC News ·", "Jo Bell | The Clarion" (bylines), "City Reporter·NZ Herald·" (the credit).
    if (t.length <= 120 && (t.includes("·") || t.includes("•") || t.includes(" | "))) {
      const run = parseCreditRun(t);
      if (run) return run.names.length ? "byline" : "meta";
    }
  }
  // A Chinese role byline: "本报记者 王小明 实习生 李华", "文／陈美玲" (only short Han lines naming a role are parsed).
  if (st.han >= 3 && t.length <= 60 && RE_ZH_BY.test(t) && parseByline(t)) return "byline";
  // Before the date rule: a short caption with a date in it is still a caption.
  if (gated) {
    const probe = t.length > 300 ? t.slice(0, 120) + " … " + t.slice(-150) : t;
    for (const re of captionsFor(probe)) if (re.test(probe)) return "caption";
    if (last0 === 0x29 && creditClosesCaption(t, st.words)) return "caption";
  }
  if (t.length < 140 && RE_DIGIT.test(t)) {
    // Through the line's cache: the header readers ask for the same dates again later.
    const dates = lineDates(l);
    if (dates.length) {
      let rest = t;
      for (const d of dates) rest = rest.slice(0, d.start) + " ".repeat(d.end - d.start) + rest.slice(d.end);
      if (wordCount(rest) <= 10 && (!RE_TERMINAL_STOP.test(t) || RE_AM_PM_END.test(t))) return "meta";
    }
  }
  if (t.length < 400 && isNav(l, plain)) return "nav";
  return "text";
}

const RE_ZH_PUNCT = /[，。；：！？]/;
const RE_ZH_END = /[。！？”」]$/;
/**
 * A sentence's last character (/[.!?"”’'):;…।]$/, by code unit: a regex call per line cost more than the test).
 * (The danda "।" closes a sentence in Bengali and Hindi.)
 */
const TERMINAL_UNITS = unitSet(".!?\"”’'):;…।");
function endsTerminal(t: string): boolean {
  return TERMINAL_UNITS.has(t.charCodeAt(t.length - 1));
}
const RE_PROSE_START = /^[\p{Lu}\p{N}"“‘'(¿¡]/u;
const RE_LOWER = /\p{Ll}/u;

/** Letters of the scripts written without spaces between words (Thai, Lao, Burmese, Khmer). */
export function unspacedLetters(t: string): number {
  let n = 0;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if ((c >= 0x0e01 && c <= 0x0eff) || (c >= 0x1000 && c <= 0x109f) || (c >= 0x1780 && c <= 0x17ff)) n++;
  }
  return n;
}

function proseGrade(l: Line): 0 | 1 | 2 {
  const t = l.text;
  // Han and kana together: a Japanese sentence is as much kana as kanji.
  const han = l.stats.han >= 6 ? l.stats.han + l.stats.kana : l.stats.han;
  if (han >= 6) {
    if ((han >= 20 && RE_ZH_PUNCT.test(t)) || han >= 40) return 2;
    return RE_ZH_END.test(t) ? 1 : 0;
  }
  const wc = l.stats.words;
  if (wc >= 20) return 2;
  // Thai, Lao, Khmer and Burmese put no spaces between words, and Thai no full stop after a sentence: a run of
  // their letters as long as twenty words (about five letters a word) is a paragraph, as twenty spaced words are.
  // Asked only of lines with long "words".
  if (t.length >= 40 && t.length > wc * 12) {
    const letters = unspacedLetters(t);
    if (letters >= 100) return 2;
    if (letters >= 40) return 1;
  }
  const terminal = endsTerminal(t);
  // (A year's abbreviation closing a headline, "… 2026 г.", ends no sentence.)
  if (wc >= 12 && terminal && !endsWithYearAbbr(t)) return 2;
  if (wc >= 3 && terminal && RE_PROSE_START.test(t) && RE_LOWER.test(t)) return 1;
  return 0;
}

export function classifyLines(lines: Line[]): Classified[] {
  const out = lines as Classified[];
  // The verdict of classifyText and proseGrade is a function of the line's text alone: kept on its facts, shared by
  // the line's repeats in the page and (line-cache.ts) on later pages. Its neighbours are read after this, per page.
  let prev: Classified | undefined;
  for (const l of out) {
    if (!l.text) { l.kind = "blank"; l.prose = 0; prev = l; continue; }
    const f = l.facts;
    let kind: Kind;
    let prose: 0 | 1 | 2 = 0;
    if (f.cls >= 0) {
      kind = KINDS[f.cls >> 2]!;
      prose = (f.cls & 3) as 0 | 1 | 2;
    } else {
      kind = classifyText(l);
      if (kind === "text") {
        prose = proseGrade(l);
        // Furniture that reads like prose (see RE_PROMO_MORE): tested only on lines that could be kept as a paragraph.
        if ((prose > 0 || l.text.length > 40) && l.text.length < 400 && (RE_PROMO_MORE.test(l.key) || RE_COOKIE_WORD.test(l.key))) { kind = "promo"; prose = 0; }
      }
      f.cls = (KIND_INDEX.get(kind)! << 2) | prose;
      keepFacts(f, prose);
    }
    // The line after "Image caption" / "Buy Photo" is the caption itself.
    if (kind === "text" && prev && prev.kind === "imageMeta" && /caption|buy photo/.test(prev.key)) { kind = "caption"; prose = 0; }
    l.kind = kind;
    l.prose = prose;
    prev = l;
  }
  markBoxes(out);
  markNumberedSubheads(out);
  markCreditedCaptions(out);
  return out;
}

/**
 * A sentence printed right above a photo credit line ("… on the new platform." / "Foto: Jo Bell"), no blank line
 * between: the picture's caption, however long, not a paragraph.
 */
function markCreditedCaptions(lines: Classified[]): void {
  for (let i = 0; i + 1 < lines.length; i++) {
    const l = lines[i]!;
    if (l.prose === 0) continue;
    const n = lines[i + 1]!;
    if (n.kind === "blank" || n.text.length > 80 || !PHOTO_LABEL.test(n.text)) continue;
    l.kind = "caption";
    l.prose = 0;
  }
}

/** "2. Heading", "۲) Heading": a number, then a short heading with no sentence stop. */
const RE_NUMBERED_HEAD = /^(\p{Nd}{1,2})[.)]\s+\p{L}[^.!?。]{0,80}$/u;
const RE_DIGIT_START = /^\p{Nd}/u;

/**
 * Numbered sub-headings inside a story ("1. Schools", "2. Traffic"): short numbered lines counting up
 * from one, each with a paragraph under it, are part of the story as printed (as short lines joining
 * it). A numbered headline list (most read) has no paragraph under its items.
 */
function markNumberedSubheads(lines: Classified[]): void {
  let run: Classified[] = [];
  let last = 0;
  for (const l of lines) {
    if (l.kind !== "text" || l.prose !== 0) continue;
    const c = l.text.charCodeAt(0);
    // Cheap gate: an ASCII digit, or a non-ASCII start that is a digit.
    if (c < 0x80 ? c < 48 || c > 57 : !RE_DIGIT_START.test(l.text)) continue;
    const m = RE_NUMBERED_HEAD.exec(l.text);
    if (!m || l.stats.words > 12) continue;
    let j = l.i + 1;
    while (j < lines.length && lines[j]!.kind === "blank") j++;
    if (lines[j]?.prose !== 2) continue;
    const n = Number(westernDigits(m[1]!));
    if (n === last + 1 && run.length) run.push(l);
    else { keepNumberedRun(run); run = n === 1 ? [l] : []; }
    last = n;
  }
  keepNumberedRun(run);
}

/** A run of two numbered headings or more joins the story. */
function keepNumberedRun(run: Classified[]): void {
  if (run.length >= 2) for (const h of run) h.prose = 1;
}

/**
 * Short lines that head or close a box of page furniture whose own lines read like prose, one alternation
 * run once per short line: a summary box heading ("Quick Reads", "Key points"), a sign-up or donation
 * button ("Jetzt kostenlos abonnieren", "Support us"), a subscription pitch heading ("Sua assinatura pode
 * valer ainda mais", "Support truly").
 */
const BOX_LINE = new RegExp(
  "^(?:(" + [
    "quick reads", "key (?:points|takeaways|facts)", "(?:story )?highlights", "in short", "at a glance", "in brief", "summary", "tl;? ?dr",
    "das wichtigste(?: in kürze)?", "auf einen blick", "en bref", "l[’']essentiel", "en resumen", "lo esencial", "(?:em )?resumo",
    "in sintesi", "in breve", "punti chiave", "samenvatting", "in het kort", "ringkasan", "poin penting",
    "要点", "摘要", "要約", "ポイント", "핵심 요약", "ملخص", "أبرز النقاط",
  ].join("|") + ")\\s*[:：]?$|(" + [
    "(?:jetzt |now )?(?:(?:kostenlos|gratis|free) )?(?:subscribe|sign up|sign me up|abonnieren|anmelden|registrieren|s[’']abonner|je m[’']abonne|s[’']inscrire|suscríbete|suscribirme|apúntate|inscríbete|assine|inscreva-se|cadastre-se|iscriviti|abbonati|aanmelden|abonneer|word abonnee|daftar|berlangganan|langganan|support us|donate|contribute|join now|후원하기|구독하기)",
  ].join("|") + ")(?: now| today| for free| here| jetzt| gratis| kostenlos| agora| já| ya| aquí)?[!.]?$|(" + [
    "support (?:us|truly|independent|quality|our (?:work|journalism|newsroom))\\b", "subscribe to\\b", "become a (?:subscriber|member|supporter|patron)\\b",
    "(?:your|sua|seu|tu|su|votre|ihr|il tuo|la tua|je) (?:subscription|assinatura|suscripción|abonnement|abo|abbonamento)\\b",
    "(?:seja|torne-se) assinante", "hazte suscriptor", "abonnez-vous", "abonnent werden",
    // A newsletter box's heading ("La newsletter di Example Milano", "Our newsletter").
    "(?:(?:la|il|le|the|our|die|de|a|o|el|unser|unsere|notre|nuestra|nossa)\\s)?newsletters?\\b",
  ].join("|") + "))",
);

/** "Jo Bloggs/Outlet", "Ana de Silva / Example Daily": a photo credit line. */
const RE_CREDIT_LINE = /^\p{Lu}[\p{L}'’.-]+(?:\s(?:de|da|del|della|di|dos|das|van|von|der|la|le|\p{Lu}[\p{L}'’.-]+)){1,3}\s?\/\s?\p{Lu}[\p{L}\p{N}&.'’ -]{1,30}$/u;
/** Is the next line with text a date or byline line? */
function besideMeta(out: Classified[], i: number): boolean {
  let k = i + 1;
  while (k < out.length && !out[k]!.text) k++;
  return k < out.length && (out[k]!.kind === "meta" || out[k]!.kind === "byline");
}
/** An AI-summary note (see RE_PROMO_MORE), on the lower-cased line. */
const RE_AI_NOTE = /^(?:this )?summary (?:is|was) (?:ai|automatically|machine)[- ]generated/;

/** Line kinds a box heading or button can have. */
function plainOrPromo(l: Classified): boolean {
  return l.kind === "text" || l.kind === "promo";
}

function proseOrPromo(l: Classified | undefined): boolean {
  return l !== undefined && (l.prose > 0 || l.kind === "promo");
}

/**
 * Context rules on top of the line-by-line classification (the same text can be a story line in one place
 * and a promo in another), each anchored on a short line that names the box:
 *
 * - A summary box: a heading ("Quick Reads", "Key points"), perhaps an "AI-generated" note, then one to five
 *   sentences closed by a blank line with the story going on below. They summarise the story and are not body.
 *   (Only so: in a dump without blank lines the story itself may follow the bullets.)
 * - A button ("Subscribe", "Jetzt kostenlos abonnieren") right under a short sentence that stands alone
 *   (a blank line or a short heading above it): that sentence is the box's blurb.
 * - A pitch heading ("Sua assinatura pode valer ainda mais", "Support truly / independent journalism"):
 *   the up to three prose lines printed right under it, without a blank line, are the pitch.
 * - A lone bracketed credit line ("(PA Wire)") right under a line with no full stop (or a long one, a blank
 *   line between): both are a caption.
 */
function markBoxes(out: Classified[]): void {
  const n = out.length;
  for (let i = 0; i < n; i++) {
    const l = out[i]!;
    const t = l.text;
    if (!t || l.prose !== 0 || t.length > 80) continue;
    if (t.charCodeAt(0) === 0x28) {
      // The line right above; or across one blank line, a line of twenty words or more (longer than a headline).
      let p = i > 0 ? out[i - 1]! : undefined;
      if (p && !p.text && i > 1 && out[i - 2]!.prose === 2) p = out[i - 2]!;
      if (p && p.kind === "text" && p.stats.words >= 5 && !endsTerminal(p.text) && BRACKET_CREDIT.test(t) && !BRACKET_TAG.test(t)) {
        p.kind = "caption"; p.prose = 0;
        l.kind = "caption";
      }
      continue;
    }
    // A photographer and outlet alone on the line under a caption sentence ("E-TRIKES. Buses wait at …" / "Jo Bloggs/Outlet"):
    // both are the caption. (A byline "Jo Bell/Reuters" under a dek stands beside the date line: not this.)
    if (l.kind === "text" && i > 0 && out[i - 1]!.kind === "text" && out[i - 1]!.prose > 0 && RE_TERMINAL_STOP.test(out[i - 1]!.text) &&
      t.includes("/") && RE_CREDIT_LINE.test(t) && !besideMeta(out, i)) {
      out[i - 1]!.kind = "caption"; out[i - 1]!.prose = 0;
      l.kind = "caption";
      continue;
    }
    if (!plainOrPromo(l)) continue;
    // Every box line has prose (or a promo) next to it, or two lines below (a heading on two lines);
    // a run of navigation links has not, so most short lines are passed over here.
    if (!proseOrPromo(out[i - 1]) && !proseOrPromo(out[i + 1]) && !proseOrPromo(out[i + 2])) continue;
    // An AI-summary note ("Summary is AI-generated, newsroom-reviewed.") heads the summary like a "Key points" heading.
    const ai = l.kind === "promo" && RE_AI_NOTE.test(l.key);
    const m = ai ? null : BOX_LINE.exec(l.key);
    if (!ai && !m) continue;
    if (ai || m![1] !== undefined) {
      // Summary box: a disclaimer line (a promo) may come first; then sentences up to a blank line.
      // (A blank line may follow the heading or the note.)
      let j = i + 1;
      if (j < n && !out[j]!.text) j++;
      if (j < n && out[j]!.kind === "promo") {
        j++;
        if (j < n && !out[j]!.text) j++;
      }
      const from = j;
      while (j < n && j - from < 6 && out[j]!.text && out[j]!.kind === "text" && out[j]!.prose > 0 && out[j]!.stats.words <= 40) j++;
      // Closed by a blank line, with the story going on after it (a prose line next), or the summary's closing
      // disclaimer ("This is AI generated summarization, which may have errors.").
      let after = j;
      while (after < n && !out[after]!.text) after++;
      const closed = j < n && !out[j]!.text && after < n && ((out[after]!.kind === "text" && out[after]!.prose > 0) || out[after]!.kind === "promo");
      if (j > from && j - from <= 5 && closed) for (let k = from; k < j; k++) { out[k]!.kind = "standfirst"; out[k]!.prose = 0; }
    } else if (m![2] !== undefined) {
      // Button: the blurb right above it.
      const b = i > 0 ? out[i - 1]! : undefined;
      if (!b || b.kind !== "text" || b.prose === 0 || b.stats.words > 40) continue;
      const above = i > 1 ? out[i - 2]! : undefined;
      if (!above || !above.text || (above.kind === "text" && above.prose === 0 && above.text.length <= 80)) { b.kind = "promo"; b.prose = 0; }
    } else {
      // Pitch heading (perhaps on two short lines): the prose lines right under it.
      let j = i + 1;
      if (j < n && out[j]!.text && out[j]!.kind === "text" && out[j]!.prose === 0 && out[j]!.text.length <= 80) j++;
      for (let k = 0; k < 3 && j < n && (out[j]!.kind === "promo" || (out[j]!.kind === "text" && out[j]!.prose > 0)); k++, j++) { out[j]!.kind = "promo"; out[j]!.prose = 0; }
    }
  }
}
