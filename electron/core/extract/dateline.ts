// Dateline grammar for the paragraph that opens a story:
//   Xinhua   BEIJING, Oct. 21 (Xinhua) --
//   Reuters  WASHINGTON (Reuters) -        AP  LONDON (AP) —      outlet alone  (ECNS) --
//   local    DENVER —   ROCKLAND, Maine —
//   Chinese  新华社北京8月12日电（记者王丽娟、陈刚）
//   CNA      （中央社記者陳怡君台北5日電）  (bracketed as a whole, reporters inside: kept as printed)
// The dateline is returned without the dash; a Chinese reporter credit that
// follows it is returned as authors.

import { ARABIC_AGENCIES, ARABIC_DESK, parseByline } from "./byline.js";

export interface Dateline {
  text: string;
  /** Offset in the paragraph just after the dateline text. */
  end: number;
  /** Names from a reporter credit right after a Chinese dateline. */
  authors: string[];
  authorsStart?: number;
  authorsEnd?: number;
}

const CITY = "(?:[A-Z][A-Z'’.\\-]*(?:\\s+[A-Z][A-Z'’.\\-]*){0,3})";
const MIXED_CITY = "(?:[A-Z][a-zA-Z'’.\\-]+(?:\\s+[A-Z][a-zA-Z'’.\\-]+){0,3})";
const REGION = "(?:,\\s+[A-Z][\\w'’.\\-]*(?:\\s+[A-Z][\\w'’.\\-]*){0,3})";
/** "Oct. 21", or the day first with a Spanish, Portuguese or French month, as Xinhua's other editions print it ("14 mar", "14 mars"). */
const DATE = "(?:,?\\s+(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?\\s+\\d{1,2}|\\d{1,2}\\s+(?:ene|feb|f[eé]v|mar|abr|avr|may|mai|jun|juin|jul|juil|ago|ao[uû]t|sep|set|oct|out|nov|dic|d[eé][cz]|janv?)[a-zéû]*\\.?))";
const AGENCY = "(?:\\s+\\((?:[A-Z][\\w&.’' ]{0,30}|[A-Z]{2,6}|[a-z]{2,4})\\))";
/** An agency after the date and a comma: "Kumasi, June 13, GNA –". */
const AGENCY_AFTER_DATE = "(?:,\\s+[A-Z]{2,6})";
const DASH = "\\s*(?:--|—|–|-)\\s+";
// Upper-case city: agency and date optional. Mixed-case city: needs an agency or a date to count (then a dash, or a
// colon right after the date: "Chandigarh, March 5:").
const RE_UPPER = new RegExp(`^(${CITY}${REGION}?${DATE}?${AGENCY}?)(?:${DASH}|:\\s+)`);
/** Labels that open a paragraph with a colon like a dateline ("NEW DELHI:") but are not places. */
const NOT_PLACE = /^(?:UPDATE[DS]?|BREAKING(?: NEWS)?|WATCH|LISTEN|EXCLUSIVE|ANALYSIS|OPINION|EDITOR'?S NOTE|CORRECTION|CLARIFICATION|NOTE|FILE|PHOTOS?|VIDEO|LIVE|READ MORE|RELATED|FACTBOX|EXPLAINER|COMMENTARY|REVIEW|UPDATE \d+)$/;
const RE_MIXED = new RegExp(`^(${MIXED_CITY}${REGION}?(?:${DATE}(?:${AGENCY}|${AGENCY_AFTER_DATE})?|${AGENCY}))(?:${DASH}|(?<=\\d):\\s+)`);
/** An agency in brackets closing the dateline with no dash, the story straight after it (PTI: "New Delhi, Mar 5 (PTI) The …"). */
const RE_AGENCY_NO_DASH = new RegExp(`^((?:${CITY}|${MIXED_CITY})${REGION}?${DATE}?${AGENCY})\\s+(?=[A-Z“"])`);
/**
 * A mixed-case place alone before a spaced dash, as South African, Serbian and other papers print it ("Cape Town - Golden
 * Arrow …", "Нови Сад – Градско …"): one to three capitalised words, not a sentence's opening word, and the story
 * opening with a capital.
 */
const RE_MIXED_PLACE_DASH = /^(\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+){0,2})\s[-–—]\s(?=[\p{Lu}“"„«])/u;
const SENTENCE_OPENER = /^(?:The|A|An|In|On|At|By|For|From|To|Last|This|That|These|Those|It|He|She|We|They|I|You|But|And|Or|So|Yet|Meanwhile|However|Now|Then|Today|Yesterday|Tomorrow|Earlier|Later|Also|Here|There|When|While|After|Before|As|If|Some|Many|Most|One|Two|Three|Officials?|Police|Residents?)\b/;
/**
 * Korean agencies and papers: the place and the outlet in brackets, then the reporters and "기자 =" ("(부산=연합뉴스)
 * 김철수 기자 =", "(서울=뉴스1) 이영희·박민수 기자 ="): the bracket is the dateline, the names its authors.
 */
const RE_KO_DESK = /^(\([가-힣]{1,10}=[가-힣A-Za-z0-9]{2,12}\))(\s*([가-힣]{2,4}(?:\s*·\s*[가-힣]{2,4})*)\s*(?:기자|특파원)\s*=)?/;
/** The agency first: "(ANSA) - MILANO, 05 MAR -"; or an outlet's capitals alone, with no place: "(ECNS) --", "(CNN) —". */
const RE_AGENCY_FIRST = new RegExp(`^(\\([A-Z][A-Za-z]{1,10}\\)\\s*[-–—]\\s*${CITY}(?:,\\s+\\d{1,2}\\s+[A-Z]{3,4}\\.?)?|\\([A-Z]{2,}[A-Za-z]{0,8}\\))${DASH}`);
/**
 * Cyrillic agency datelines, the agency in slashes: Russian "МОСКВА, 5 марта. /ТАСС/." (kept without the closing full
 * stop), Bulgarian "София, 12 февруари /БТА/ -" (a mixed-case place counts: the slashed agency marks the dateline).
 */
const RE_RU = /^([\u0400-\u042F][\u0400-\u045F-]+(?:[ -][\u0400-\u042F][\u0400-\u045F-]+){0,2},\s+\d{1,2}\s+[\u0430-\u045F]+\.?\s+\/[^/\n]{2,20}\/)\.?\s/;
/**
 * A place of one or two words in a Brahmic script (Devanagari to Sinhala), without capitals to tell it, and a colon
 * or a dash opening the story ("कोच्चि: …", Nepali "काठमाडौं — …"), as Indian and Nepali papers print it; the story
 * goes on for a sentence after it.
 */
const RE_INDIC_PLACE_COLON = /^([\u0900-\u0DFF]+(?:\s[\u0900-\u0DFF]+)?)(?::|\s[—–])\s+(?=(?:\S+\s+){5})/;
/**
 * A place in capitals closed by a full stop, as Slovak, Czech and Polish papers print it ("KOŠICE. Dopravný …",
 * "NOVÉ ZÁMKY. …"): the place without the stop, when the story goes on with a capitalised word.
 */
const RE_UPPER_PERIOD = /^(\p{Lu}{3,}(?:[ -]\p{Lu}{2,}){0,2})\.\s+(?=\p{Lu}\p{Ll})/u;
/** A mixed-case place (and its country) and a colon ("Dubai: The Roads …", "Doha, Qatar: …"), as Gulf papers print it; labels are not places. */
const RE_MIXED_COLON = /^([A-Z][a-z]+(?:\s[A-Z][a-z]+)?(?:,\s[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)?):\s+(?=[A-Z“"])/;
const NOT_PLACE_MIXED = /^(?:Update[ds]?|Breaking(?: News)?|Watch|Listen|Exclusive|Analysis|Opinion|Editor|Note|Correction|Clarification|File|Photos?|Video|Live|Related|Factbox|Explainer|Commentary|Review|Source|Warning|Disclaimer|Also|Read(?: More)?|Background|Context|Summary|Q|A|Question|Answer|Advertisement|Sponsored|Highlights|Notice|Alert|Reminder|Tip|Caption|Credit|Image|Transcript|Statement|Recap|Preview|Poll|Quiz|Tags|Topics|Keywords|Share|Comment|Comments|Reporting|Editing|Edited|Sources|Updates|Key Points|Quick Reads|In Brief|Latest|Follow|Subscribe|Contact|Disclosure|Methodology|Corrections)$/;
/** An agency's or a site's wire line: "新华社北京10月21日电", "中新网上海3月14日电", "央广网南宁3月27日消息" (any outlet ending 网/社/报/台). */
const RE_ZH = /^((?:新华社|中新社|本报|本報|[\p{Script=Han}]{1,5}?(?:网|網|社|报|報|台))[^，。,（(\s]{0,14}?\d{1,2}月\d{1,2}日(?:电|電|讯|訊|消息))/u;
const RE_CNA = /^[（(]中央社(記者|记者)?([^（()）\d]{0,30}?)\d{1,2}日(?:專電|专电|電|电)[）)]/;
/** Malaysian and Singaporean Chinese papers: the place, the day and 讯 in brackets, kept as printed: "（吉隆坡4日讯）", "（新山5日訊）". */
const RE_ZH_PLACE_DAY = /^[（(][\p{Script=Han}]{2,6}\d{1,2}日(?:讯|訊|电|電)[）)]/u;
/** Places longer than two characters that CNA datelines name; any other place is taken as two characters. */
const LONG_PLACE = /(?:華盛頓|华盛顿|舊金山|旧金山|洛杉磯|洛杉矶|布魯塞爾|布鲁塞尔|耶路撒冷|莫斯科|新加坡|吉隆坡|雅加達|雅加达)$/;
/**
 * Urdu and Arabic papers: the place, then the newsroom credit in brackets, then the story: "کراچی (اسٹاف رپورٹر) واٹر …".
 * The place is the dateline; a bracket naming a desk or a reporter's role is left out, as a Chinese reporter credit is.
 */
const RE_ARABIC_PLACE_DESK = /^([\u0600-\u06ff]+(?:\s[\u0600-\u06ff]+){0,2})\s*\(([^()\n]{2,30})\)\s+\S/;
/**
 * Arabic wire copy: the place, the date and the agency in brackets, kept whole as the English "BEIJING, Oct. 21 (Xinhua)"
 * is: "تشنغدو 12 يونيو 2025 (شينخوا) بدأ …"; without a date, a dash must follow ("القاهرة (رويترز) - …"), since words
 * before an agency's name may be a sentence's ("قالت الوزارة (رويترز) …").
 */
const RE_ARABIC_WIRE = new RegExp(String.raw`^([\u0600-\u06ff]+(?:\s[\u0600-\u06ff]+){0,2}(?:\s+[\d\u0660-\u0669]{1,2}\s+[\u0600-\u06ff]+(?:\s+[\d\u0660-\u0669]{4})?\s*\((?:${ARABIC_AGENCIES})\)|\s*\((?:${ARABIC_AGENCIES})\)(?=\s*[-–—])))\s*[-–—]?\s+\S`);
/**
 * Taiwanese papers open the story with the reporters and the place in brackets, kept as printed:
 * "〔記者王大明、李小華／高雄報導〕", "〔中央社記者王大明／台北報導〕", "［記者陳美玲／綜合報導］".
 * The names (joined by 、) are the authors.
 */
const RE_TW = /^[〔［\[【（(][^〔［\[【（()）\]】〕］／/]{0,10}?(?:記者|记者)([^〔［\[【（()）\]】〕］／/]{2,40})[／/][^〔［\[【（()）\]】〕］／/]{1,10}?(?:報導|报道|報道|電|电)[〕］\]】）)]/;
/** An outlet's own-report mark with no date, before the reporters' bracket: "新京报讯（记者 …）". */
const RE_ZH_BRACKET_TAG = /^【[^【】]{1,20}?(?:專訊|专讯|報訊|报讯|快訊|快讯|電|电|訊|讯|消息|\d{1,2}月\d{1,2}日)】/;
/** The reporter's roles a Chinese credit names, simplified and traditional: every one is an author. */
const ZH_REPORTER_ROLES = "记者|記者|通讯员|通訊員|实习生|實習生";
/** An outlet's own tag before a reporter credit: "新京报讯（记者 X）", "本报讯（记者 X）", "央视网消息（总台记者 X）". */
const RE_ZH_OUTLET = new RegExp(`^([\\p{Script=Han}]{1,6}?(?:(?:报|報)讯|消息))(?=\\s*[（(]\\s*[\\p{Script=Han}]{0,3}?(?:${ZH_REPORTER_ROLES}))`, "u");
/** The reporter credit after it; a desk may qualify the role ("总台记者", "本台记者"). */
const RE_ZH_CREDIT = new RegExp(`^\\s*[（(]\\s*[\\p{Script=Han}]{0,3}?(?:${ZH_REPORTER_ROLES})\\s*([^）)]{1,40})[）)]`, "u");

/** The reporter credit right after a Chinese dateline ("（记者 李明 通讯员 王芳）", "（記者 陳嘉欣）"), as the dateline's authors. */
function withReporterCredit(paragraph: string, d: Dateline): Dateline {
  const credit = paragraph.slice(d.end).match(RE_ZH_CREDIT);
  if (!credit || !credit[1]) return d;
  d.authors = credit[1].split(/[、，,\s]+/).map((s) => s.replace(RE_ZH_REPORTER_ROLE_START, "").trim()).filter((s) => s.length >= 2 && s.length <= 4);
  // "（记者 李明 通讯员 王芳）": each label before its name, all of them authors.
  if (!d.authors.length || RE_ZH_REPORTER_ROLE_INSIDE.test(credit[1])) d.authors = credit[1].split(RE_ZH_REPORTER_ROLE_SPLIT).map((s) => s.trim()).filter((s) => s.length >= 2 && s.length <= 4);
  d.authorsStart = d.end;
  d.authorsEnd = d.end + credit[0].length;
  return d;
}
const RE_ZH_REPORTER_ROLE_START = new RegExp(`^(?:${ZH_REPORTER_ROLES})`);
const RE_ZH_REPORTER_ROLE_INSIDE = new RegExp(`\\s(?:${ZH_REPORTER_ROLES})\\s`);
const RE_ZH_REPORTER_ROLE_SPLIT = new RegExp(`\\s*(?:${ZH_REPORTER_ROLES})\\s*|[、，,\\s]+`);

/**
 * A story opening with its reporters in brackets and nothing saying where or when: "【环球时报记者 王晨 特约记者 赵静】…".
 * No dateline; the names (read as a byline) are the authors, at [start, end) of the paragraph.
 */
const RE_ZH_BRACKET_REPORTERS = new RegExp(`^【([\\p{Script=Han}]{0,8}?(?:${ZH_REPORTER_ROLES})[^【】]{2,40})】`, "u");
export function openingReporters(paragraph: string): { names: string[]; start: number; end: number } | null {
  const m = paragraph.charCodeAt(0) === 0x3010 ? RE_ZH_BRACKET_REPORTERS.exec(paragraph) : null;
  const by = m ? parseByline(m[1]!) : null;
  return by && by.names.length ? { names: by.names, start: 1, end: 1 + m![1]!.length } : null;
}

export function parseDateline(paragraph: string): Dateline | null {
  const cna = paragraph.startsWith("（中央社") || paragraph.startsWith("(中央社") ? paragraph.match(RE_CNA) : null;
  if (cna) {
    const d: Dateline = { text: cna[0], end: cna[0].length, authors: [] };
    if (cna[1] && cna[2]) {
      const names = cna[2].split(/[、，,]/);
      const last = names.pop()!;
      const place = last.match(LONG_PLACE)?.[0].length ?? 2;
      names.push(last.slice(0, last.length - place));
      d.authors = names.map((n) => n.trim()).filter((n) => n.length >= 2 && n.length <= 4);
      d.authorsStart = 4 + cna[1].length;
      d.authorsEnd = d.authorsStart + cna[2].length;
    }
    return d;
  }
  const c0 = paragraph.charCodeAt(0);
  const placeDay = c0 === 0xff08 || c0 === 0x28 ? RE_ZH_PLACE_DAY.exec(paragraph) : null;
  if (placeDay) return { text: placeDay[0], end: placeDay[0].length, authors: [] };
  const tw = c0 === 0x3014 || c0 === 0xff3b || c0 === 0x5b || c0 === 0x3010 || c0 === 0xff08 || c0 === 0x28 ? paragraph.match(RE_TW) : null;
  if (tw && tw[1]) {
    const at = tw[0].indexOf(tw[1]);
    const authors = tw[1].split(/[、，,]/).map((n) => n.trim()).filter((n) => n.length >= 2 && n.length <= 4);
    return { text: tw[0], end: tw[0].length, authors, authorsStart: at, authorsEnd: at + tw[1].length };
  }
  // "【on.cc東網專訊】", "【本报讯】", "【本報消息】", "【新華社成都4月10日】" (Xinhua's Japanese wire line): an outlet's
  // own-report tag in brackets, kept whole as printed.
  const tag = c0 === 0x3010 ? RE_ZH_BRACKET_TAG.exec(paragraph) : null;
  const zh = tag ?? paragraph.match(RE_ZH) ?? (paragraph.includes("讯") || paragraph.includes("消息") ? paragraph.match(RE_ZH_OUTLET) : null);
  const zhText = tag ? tag[0] : zh?.[1];
  if (zhText) return withReporterCredit(paragraph, { text: zhText, end: zhText.length, authors: [] });
  if (c0 >= 0x600 && c0 <= 0x6ff) {
    const wire = RE_ARABIC_WIRE.exec(paragraph);
    if (wire) return { text: wire[1]!, end: wire[1]!.length, authors: [] };
    const ar = paragraph.match(RE_ARABIC_PLACE_DESK);
    if (ar && ARABIC_DESK.test(ar[2]!)) return { text: ar[1]!, end: ar[1]!.length, authors: [] };
  }
  if (c0 >= 0x900 && c0 <= 0xdff) {
    const indic = paragraph.match(RE_INDIC_PLACE_COLON);
    if (indic) return { text: indic[1]!, end: indic[1]!.length, authors: [] };
  }
  const ko = c0 === 0x28 ? RE_KO_DESK.exec(paragraph) : null;
  if (ko) {
    const authors = ko[3] ? ko[3].split(/\s*·\s*/) : [];
    const at = ko[3] ? ko[0].indexOf(ko[3]) : 0;
    return { text: ko[1]!, end: ko[1]!.length, authors, ...(ko[3] ? { authorsStart: at, authorsEnd: at + ko[3].length } : {}) };
  }
  const other = c0 === 0x28 ? paragraph.match(RE_AGENCY_FIRST) : c0 >= 0x401 && c0 <= 0x42f ? paragraph.match(RE_RU) : null;
  if (other && other[1]) return { text: other[1], end: other[1].length, authors: [] };
  const head = paragraph.slice(0, 120);
  const m = head.match(RE_UPPER) ?? head.match(RE_MIXED) ?? head.match(RE_AGENCY_NO_DASH);
  if (!m || !m[1]) {
    const up = head.match(RE_UPPER_PERIOD);
    if (up && up[1] && !NOT_PLACE.test(up[1])) return { text: up[1], end: up[1].length, authors: [] };
    const mc = head.match(RE_MIXED_COLON);
    if (mc && mc[1] && !NOT_PLACE_MIXED.test(mc[1])) return { text: mc[1], end: mc[1].length, authors: [] };
    const md = head.match(RE_MIXED_PLACE_DASH);
    return md && md[1] && !SENTENCE_OPENER.test(md[1]) && !NOT_PLACE_MIXED.test(md[1]) ? { text: md[1], end: md[1].length, authors: [] } : null;
  }
  // (A full stop closing the place before the dash, "MENDOZA.–", is no part of it; an initial's is, "D.C.".)
  const text = m[1].trim().replace(/(?<=[A-Z]{2})\.$/, "");
  // Needs at least two upper-case letters in a row (a city), an agency or a date: "The" or "A" alone is prose.
  if (!/[A-Z]{2}/.test(text) && !/\(/.test(text) && !/\d/.test(text)) return null;
  if (text.split(/\s+/).length > 9) return null;
  // A colon after capitals alone ("NEW DELHI:") needs a city's worth of them; after a date it needs none.
  if (head[m[0].trimEnd().length - 1] === ":" && (NOT_PLACE.test(text) || (!/\d/.test(text) && text.replace(/[^A-Z]/g, "").length < 4))) return null;
  return { text, end: text.length, authors: [] };
}
