// Byline grammar: "By A and B", "By ZHANG XI | chinadaily.com.cn | ...",
// "By Li Wen (People's Daily Online)", "By ROSALIND PRYCE and TOBIAS LINDGREN
// Associated Press", a bare name list under the headline ("Ana Whitfield,
// Daniel Kovac"), and the credit lines that close a story ("Reporting by ...;
// Editing by ..."). Names are returned as printed, upper-case names in title case.
import { fixNameCase } from "./normalize.js";

/** News agencies, whose names follow a byline or stand as the credit beside the date. */
const AGENCIES = "associated press|ap|reuters|afp|agence france[- ]presse|bloomberg|the canadian press|canadian press|xinhua|yonhap|kyodo(?: news)?|ansa|dpa|efe|pa media|press association|aap|anadolu agency|bernama|press trust of india|pti|tass|upi";

/** The same agencies as Arabic papers print them (Xinhua, Reuters, AFP, dpa, Anadolu, WAM, SPA, QNA, KUNA, Petra, SANA, MENA, Sputnik, Yonhap, Kyodo, TASS, IRNA): a regex source. */
export const ARABIC_AGENCIES = "شينخوا|رويترز|أ ف ب|ا ف ب|فرانس برس|د ب أ|الأناضول|وام|واس|قنا|كونا|بترا|سانا|أ ش أ|سبوتنيك|يونهاب|كيودو|تاس|إرنا";

const AGENCY_LINE = new RegExp(`^(?:by\\s+)?((?:the\\s+)?(?:${AGENCIES})(?:\\s+[-–—]\\s+(?:the\\s+)?(?:${AGENCIES}))?)$`, "i");

/** A line that is nothing but an agency credit ("AFP", "By AFP", "The Canadian Press", "By AFP - Agence France Presse"): the agency as printed. */
export function agencyCredit(text: string): string {
  return text.match(AGENCY_LINE)?.[1] ?? "";
}

/** Trailing agency or role words that follow the names in a byline. */
const TRAILERS = new RegExp(`\\s*(?:[,\u2013\u2014-]\\s*)?\\b(?:the\\s+)?(?:${AGENCIES}|bbc news|cnn|staff writers?|staff reporters?|staff|senior (?:correspondent|reporter|writer)|correspondents?|reporters?|contributors?|special to .+|for .+)\\s*$`, "i");

/**
 * "By" and its equivalents in the languages news pages come in, as a word before the names:
 * English "By" ("Written by", "Reported by", "Story by"), Spanish/Portuguese "Por", French "Par",
 * German "Von", Italian "Di", Dutch "Door", Afrikaans "Deur", Swedish/Norwegian "Av", Danish "Af", Indonesian/Malay
 * "Penulis"/"Oleh", Arabic "بقلم" ("by the pen of"); or as a label with a colon: "By: X", "WRITER: X",
 * "Author: X", "Автор: X", "Текст: X" (Bulgarian, Russian), "作者：X", "文／X" (Taiwanese papers: "text / name"), Turkish "Haber: X" ("news: X", as
 * Hürriyet credits the reporter), "Yazar:"/"Muhabir:", Hindi "लेखक: X" (writer), "रिपोर्टर: X".
 * Swahili "Na", Arabic "كتب" ("wrote").
 * "Di", "Door", "Deur", "Av", "Af" and "Na" are also everyday words: capitalised, they count only before full names (see WEAK_BY).
 */
const BY_WORDS = "(?:(?:written|reported|story|words|text)\\s+)?by|por|par|von|penulis|oleh|di|door|deur|av|af|na|بقلم|كتب";
const BY_LABELS = "(?:by|writer|authors?|reporters?|words|text|texto|texte|teksti|autor(?:es|a)?|autore|auteur|penulis|oleh|haber|yazar|muhabir|автор|авторы|авторка|аутор|ауторка|текст|作者|文|लेखक|रिपोर्टर|ผู้เขียน)";
// (Arabic "كتب" also takes a dash or a colon after it: "كتب - X", first, so that the spaced form does not take the dash as the name.)
const BY_HEAD = `كتب\\s*[-–—:]\\s*|(?:${BY_WORDS}|${BY_LABELS}\\s*[:：])[\\s\\u00A0]+|(?:作者|文)\\s*[／/:：]\\s*`;
const BY_WORD = new RegExp(`^(?:${BY_HEAD})`, "i");
const BYLINE = new RegExp(`^(${BY_HEAD})(.+)$`, "i");
/** Does the text open with a byline word (the cheap test before parseByline)? */
export const BYLINE_OPENER = new RegExp(`^(?:${BY_HEAD})\\S`, "i");
/**
 * "By" glued to the name after it, and perhaps to a section label before it, as some CMSs print the byline block
 * without spaces ("NewsByJo Bell, Transport Reporter", "ByJo Bell"). Case-sensitive: "By" then a capitalised word, so
 * words that hold "by" ("Lobbying", "Nearby") are not bylines.
 */
const GLUED_BY = /^(?:[A-Z][a-z]{1,15})?By(?=[A-Z][a-z])/;
/** BYLINE_OPENER, or "By" glued to the name (see GLUED_BY). */
export function opensByline(text: string): boolean {
  return BYLINE_OPENER.test(text) || GLUED_BY.test(text);
}
/** By-words that are also common words ("Di" = of, "Door" = through, "Av"/"Af" = of): only as printed in a byline, capitalised, before full names. */
const WEAK_BY = /^(?:Di|Door|Deur|Av|Af|Na|NA)\s/;
/** An article or a brand word opens the phrase: "The Guardian", "La Nación", "Staff", not a person. */
/** Words no name opens with: articles, desks, and a reporter's role in the byline languages ("Repórter de Cidades"). */
const NOT_PERSON = /^(?:the|la|el|le|les|los|las|die|der|das)\s|^(?:staff|news|agencies|agencias|redacción|redaccion|rep[oó]rter|reportera?|periodista|jornalista|journaliste|giornalista|correspondente|corresponsal|correspondant|corrispondente|redator[a]?|redactor[a]?|rédacteur|rédactrice|wartawan|editor[a]?)\b/i;

/** A beat and role after the name: "Environment correspondent", "Home affairs editor", "Science Reporter". */
const ROLE = /,?\s+\p{Lu}\p{Ll}+(?:\s+\p{Ll}+)*\s+(?:[Cc]orrespondent|[Ee]ditor|[Rr]eporter|[Ww]riter|[Cc]olumnist|[Cc]ritic)s?$/u;

const NAME = /^[\p{Lu}][\p{L}'’.\-]*(?:\s+(?:de|da|van|von|der|la|le|bin|al|el|[\p{Lu}][\p{L}'’.\-]*)){0,4}$/u;
const ARABIC_NAME = /^[\u0621-\u064A\u0671-\u06D3]+(?:\s[\u0621-\u064A\u0671-\u06D3]+){1,3}$/;
/**
 * Two to four words of one script without capitals (Devanagari, Hebrew, Thai): a name where a name is expected.
 * (Not Bengali: a Bengali byline is as often a role alone, "নিজস্ব প্রতিবেদক", staff correspondent.)
 */
const CASELESS_NAME = /^(?:[\u0900-\u0963\u0966-\u097F]+(?:\s[\u0900-\u0963\u0966-\u097F]+){1,3}|[\u05D0-\u05EA'"׳״-]+(?:\s[\u05D0-\u05EA'"׳״-]+){1,3}|[\u0E01-\u0E4E]+(?:\s[\u0E01-\u0E4E]+){1,3})$/;
/** A short line of a script without capitals that reads as a name (see CASELESS_NAME): the caller knows a name is expected there. */
export function caselessName(text: string): boolean {
  return text.length <= 50 && CASELESS_NAME.test(text);
}
/** Two Arabic names and the "و" glued to the second ("محمد علي وسارة أحمد"). */
const ARABIC_AND = /^([\u0621-\u064A\u0671-\u06D3]+(?:\s[\u0621-\u064A\u0671-\u06D3]+)+)\sو([\u0621-\u064A\u0671-\u06D3]+(?:\s[\u0621-\u064A\u0671-\u06D3]+)+)$/;
/** Team, editing, agency, site, desk, editor, correspondent, newsroom: a credit, not a person. */
/** Newsroom words of Arabic-script bylines (Arabic; Urdu and Persian reporter, correspondent, staff, desk): a desk, not a person. */
export const ARABIC_DESK = /فريق|تحرير|وكالة|موقع|قسم|محرر|مراسل|أخبار|الأخبار|رپورٹر|نمائندہ|نامہ نگار|نامہ‌نگار|خبرنگار|اسٹاف|ڈیسک/;
/**
 * Between names: commas (Latin, Arabic), semicolons, "&", "、", slashes, bars, "with (additional) reporting by" (whose
 * names are reporters too), and "and" in the byline languages (English, Spanish y, Portuguese/Italian e, French et,
 * German und, Swedish och, Danish/Norwegian og, Indonesian dan, Russian и), between spaces: \b is ASCII-only, so
 * "Lavallée" would end in a word "e". Dutch "en" is left out: it is Spanish "in" ("Por Ana Ruiz en Madrid").
 */
const NAME_SEPARATORS = /\s*(?:;?\s(?:with\s+)?(?:additional\s+)?reporting\s+by\s|,|،|;|\s(?:[Aa]nd|AND|y|e|et|und|och|og|dan)\s|\sи\s|&|、|\/|\|)\s*/;
/** ", Hamburg" closing a byline: a single capitalised word after a comma. */
const PLACE_AFTER = /,\s*\p{Lu}[\p{L}'’-]+$/u;

// (Patterns with \p{…} written inline are rebuilt by the transpiler on every call: kept here, built once.)
const HAN_CHAR = /\p{Script=Han}/u;
const STARTS_CAPITAL = /^\p{Lu}/u;

/** A desk or a role standing where a name would ("Staff Reporter", "News Desk", "اسٹاف رپورٹر"), as metadata gives an author. */
const DESK_NAME = /^(?:staff(?:\s+(?:reporters?|writers?|correspondents?))?|(?:news|web|online|digital|city|metro|foreign)\s+desk|newsroom|editorial\s+(?:team|staff|board))$/i;
export function isNewsroomDesk(name: string): boolean {
  const n = name.trim();
  // (ARABIC_DESK's words are all in Arabic script, DESK_NAME's in Latin: a name can meet only one of them.)
  return DESK_NAME.test(n) || ARABIC_DESK.test(n);
}

export function splitNames(s: string): string[] {
  let rest = s.trim().replace(BY_WORD, "").replace(ROLE, "");
  // Up to three trailers ("..., Staff Reporter, Reuters"); stop at the first pass that removes nothing.
  // (The text the last pass left unchanged: a name part equal to it needs no TRAILERS scan of its own below.)
  let trailerFree = "";
  for (let i = 0; i < 3; i++) {
    const cut = rest.replace(TRAILERS, "");
    if (cut === rest) { trailerFree = rest; break; }
    rest = cut;
  }
  // The place each reporter writes from: "X in Changsha and Y in Beijing".
  rest = rest.replace(/\s+in\s+[A-Z][\w]*(?:\s+[A-Z][\w]*)*(?=\s+(?:and|&)\s|\s*,|\s*$)/g, "");
  // "Von Katrin Weber und Jan Ott, Hamburg", "By Ana Cruz, Manila": one capitalised word after a comma closing a
  // list of full names is the place the reporters write from, not a name (a one-word name after full names is rare).
  const place = rest.includes(",") ? rest.match(PLACE_AFTER) : null;
  if (place && place.index !== undefined && /\S\s+\S/.test(rest.slice(0, place.index).split(/,|\s(?:and|und|et|y|e)\s|&/).pop() ?? "")) rest = rest.slice(0, place.index);
  const parts = rest.split(NAME_SEPARATORS).map((p) => p.trim()).filter(Boolean);
  const out: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i]!;
    // Each name with its role or its service after a comma ("Jo Bell, Transport Reporter and Al Roy, Local Democracy
    // Reporting Service"): after a name, a role phrase, or three words or more naming an outlet, is no name.
    if (out.length && (ROLE_PHRASE.test(p) || (OUTLET_WORD.test(p) && p.split(/\s+/).length >= 3))) continue;
    const cleaned = (p === trailerFree ? p : p.replace(TRAILERS, "")).trim();
    if (!cleaned) continue;
    if (HAN_CHAR.test(cleaned)) {
      if (cleaned.length >= 2 && cleaned.length <= 4) out.push(cleaned);
      continue;
    }
    // Two Arabic names joined by "و" ("and"), which is written glued to the second: split where both sides are names
    // of two words or more (a one-word side is a name that itself opens with و, "وليد").
    const joined = ARABIC_AND.exec(cleaned);
    if (joined && ARABIC_NAME.test(joined[1]!) && ARABIC_NAME.test(joined[2]!) && !ARABIC_DESK.test(cleaned)) {
      out.push(joined[1]!, joined[2]!);
      continue;
    }
    // Arabic script has no capitals: two to four Arabic words are a name ("بقلم محمد العلي"), unless a newsroom word
    // makes them a desk ("فريق التحرير", the editorial team).
    if (ARABIC_NAME.test(cleaned)) {
      if (ARABIC_DESK.test(cleaned)) return [];
      out.push(cleaned);
      continue;
    }
    // Devanagari, Hebrew and Thai have no capitals either: two to four words ("लेखक: रोहित शर्मा").
    if (CASELESS_NAME.test(cleaned)) {
      out.push(cleaned);
      continue;
    }
    // The outlet after the names ("By Jane Doe, The Washington Post") is not a name; anything else unlike a name spoils the line.
    if (out.length && i === parts.length - 1 && NOT_PERSON.test(cleaned)) break;
    if (!NAME.test(cleaned) || cleaned.split(/\s+/).length > 5 || NOT_PERSON.test(cleaned)) return [];
    out.push(fixNameCase(cleaned));
  }
  return out;
}

export interface Byline {
  names: string[];
  /** A credit printed in parentheses or after a bar beside the names ("People's Daily Online"). */
  source?: string;
  /** An editor credited after the reporter in the same byline ("Reported by X, Edited by Y"). */
  editor?: string;
}

/**
 * "Photo" as a credit label, in the languages met so far (a new language is one more word here):
 * English, Romance, German, Nordic (Bild, Billede, Bilde), Finnish Kuva, Hungarian Fotó / Kép, Polish, Turkish, Russian, Bulgarian (Снимка), Korean, Japanese, Chinese.
 */
const PHOTO_WORDS = "photos?|photograph(?:s|y)?|pictures?|images?|fotos?|fotó|fot\\.|fotoğraf(?:lar)?|fotografi(?:e|a|as)?|fotografía|fotografias|bild(?:er)?|billede|bilde|kuva|kép|zdjęcie|фото|снимка|사진|写真|摄影|攝影";
/**
 * A photo credit printed after the reporters' names on the byline line ("Jo Bell / Photos: Al Roy",
 * "Haber: X / Fotoğraf: Y", "Text: X | Foto: Y"): the photographer is no author.
 */
const PHOTO_CREDIT_AFTER = new RegExp(`\\s*[/|,;–—-]\\s*(?:${PHOTO_WORDS})\\s*(?:by\\s|:|：).*$`, "iu");
/** A line opening with a photo credit label ("Foto: Jo Bell", "Fotó: Outlet", "Photo by X"): a caption's credit. */
export const PHOTO_LABEL = new RegExp(`^(?:${PHOTO_WORDS})\\s*(?:by\\s|:|：)`, "iu");

/** An agency's initials after the last name ("Jana Nováková, ČTK", "By Kofi Mensah, GNA"): the source credit, no name. */
const AGENCY_AFTER = /,\s*(\p{Lu}{2,6})$/u;
/** The last of a byline's comma-separated parts, and the place after a dash: "…, g1 PR — Curitiba" (see outletAfterNames). */
const OUTLET_AFTER = /,\s*([^,]{2,40}?)$/;
const PLACE_AFTER_DASH = /\s+[—–]\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)?$/u;
/** A news agency joined to the reporters as the last "name" ("Oleh X dan Bernama", "By X and Reuters"): the credit. */
const AGENCY_JOINED = new RegExp(`(?:\\s*,|\\s+(?:and|dan|e|y|et|und|og|och|&))\\s+(${AGENCIES})$`, "i");

/** A link label a screen reader reads after a linked name ("Jo Bell (new window)", "(Nouvelle fenêtre)"). */
const SIGNED_INITIALS = /\s+\(\p{Ll}{1,4}\)$/u;
const NEW_WINDOW = /\s*\((?:nouvelle fenêtre|s['’]ouvre dans une nouvelle fenêtre|new window|opens in (?:a )?new (?:window|tab)|nueva ventana|neues fenster|nuova finestra)\)$/i;

/** ", Edited by Y" after the reporters' names. */
const EDITED_BY = /\s*[,;|]?\s*\b(?:edited|editing)\s+by\s+(.+)$/i;

/** A line (or segment) that starts with "By" (or a by-word of another language), or a Chinese role byline. */
export function parseByline(text: string): Byline | null {
  const glued = text.charCodeAt(0) < 0x5b ? GLUED_BY.exec(text) : null;
  if (glued) text = "By " + text.slice(glued[0].length);
  const m = text.match(BYLINE);
  if (!m || !m[2]) {
    const c0 = text.charCodeAt(0);
    if (c0 < 0x3400 || c0 > 0x9fff) return null;
    const zh = parseZhRoleByline(text);
    return zh.length ? { names: zh } : null;
  }
  // "By Jane Doe • Published March 5, 2024": the names end at a bullet.
  // "By: Carla Reyes - Reporter / @creyesINQ": a social handle is no name.
  let rest = m[2].split(/\s+[•·]\s+/)[0]!.replace(/\s*\/?\s*@\w+/g, "").replace(PHOTO_CREDIT_AFTER, "");
  let source: string | undefined;
  const paren = rest.match(/\(([^()]{2,60})\)/);
  if (paren && paren[1]) {
    source = paren[1].trim();
    rest = rest.slice(0, paren.index).trim();
  }
  const agency = !source && rest.includes(",") ? AGENCY_AFTER.exec(rest) : null;
  if (agency) { source = agency[1]!; rest = rest.slice(0, agency.index); }
  const joined = !source ? AGENCY_JOINED.exec(rest) : null;
  if (joined) { source = joined[1]!; rest = rest.slice(0, joined.index); }
  // "Por Ana Lima, g1 PR — Curitiba": the place filed from after a dash is dropped, and the outlet after the names is the credit.
  if (!source && rest.includes(",")) {
    const outlet = OUTLET_AFTER.exec(rest.replace(PLACE_AFTER_DASH, ""));
    if (outlet && outletLike(outlet[1]!)) { source = outlet[1]!; rest = rest.slice(0, outlet.index); }
  }
  let editor: string | undefined;
  const ed = rest.length > 12 && /edit/i.test(rest) ? rest.match(EDITED_BY) : null;
  if (ed && ed[1] && ed.index) {
    editor = splitNames(ed[1]).join(", ") || undefined;
    rest = rest.slice(0, ed.index);
  }
  // "作者：本报记者 王晓燕 通讯员 陈默": a label, then a Chinese role byline.
  const c = rest.charCodeAt(0);
  const zh = c >= 0x3400 && c <= 0x9fff ? parseZhRoleByline(rest) : [];
  const names = zh.length ? zh : splitNames(rest);
  if (!names.length) return null;
  // (Swahili "na" in lower case is "and", never a by-word; Corriere's lower-case "di" is one.)
  if ((WEAK_BY.test(m[1]!) && !names.every((n) => /\s/.test(n))) || m[1]!.startsWith("na ")) return null;
  const out: Byline = { names };
  if (source) out.source = source;
  if (editor) out.editor = editor;
  return out;
}

/**
 * Chinese role bylines, a role word before each name or group of names:
 * "本报记者 王小明 实习生 李华", "记者：张三、李四", "文／陈美玲", "新华社记者 赵一 通讯员 钱二".
 * Reporters, interns, correspondents and writers are authors; the photographer, picture editor,
 * proof-reader or editor credited on the same line are not. An outlet may open the line before
 * "记者" ("本报", "澎湃新闻"). Every token must be a role or a 2–4 character name, else it is no byline
 * (a sentence that mentions a reporter fails on its first long token).
 */
const ZH_ROLE = /^(.{0,8}?)(实习记者|實習記者|特约记者|特約記者|记者|記者|实习生|實習生|通讯员|通訊員|撰文|撰稿|文|图片编辑|圖片編輯|责任编辑|責任編輯|摄影|攝影|摄像|攝像|视频|視頻|图|圖|编辑|編輯|校对|校對|设计|設計|制图|製圖)(?:[／/：:]|$)/;
const ZH_AUTHOR_ROLE = /^(?:实习记者|實習記者|特约记者|特約記者|记者|記者|实习生|實習生|通讯员|通訊員|撰文|撰稿|文)$/;
const ZH_NAME = /^[\u3400-\u9fff]{2,4}$|^[\u3400-\u9fff]{1,4}[·・][\u3400-\u9fff]{1,6}$/;

/**
 * A Japanese paper's byline in brackets under the story, the desk then the reporter ("（社会部　山田花子）",
 * "(札幌支社 鈴木一郎)"): the name. A bracket without a desk word ("（共同）", an agency) is not one.
 */
const DESK_BYLINE = /^[(（]\s*[\p{Script=Han}\p{Script=Katakana}ー]{1,12}(?:センター|部|局|支社|支局|総局|本社|編集委員|取材班)[\s\u3000]+([\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー]{2,6}(?:[\s\u3000][\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー]{1,4})?)\s*[)）]$/u;
export function parseDeskByline(text: string): string[] {
  const m = text.length <= 40 ? DESK_BYLINE.exec(text) : null;
  return m ? [m[1]!.replace(/[\s\u3000]+/g, "")] : [];
}

export function parseZhRoleByline(text: string): string[] {
  if (text.length > 60 || /[。，！？（）()「」]/.test(text)) return [];
  const out: string[] = [];
  let role = "";
  let authorRole = false;
  let first = true;
  for (const raw of text.split(/[\s\u3000]+/)) {
    if (!raw) continue;
    let tok = raw;
    const r = tok.match(ZH_ROLE);
    // An outlet before the role word only on the first token and only before "记者" ("澎湃新闻记者").
    if (r && (!r[1] || (first && /记者|記者/.test(r[2]!)))) {
      role = r[2]!;
      authorRole = ZH_AUTHOR_ROLE.test(role);
      tok = tok.slice(r[0].length);
    } else {
      // Role and name run together: "记者王小明" (the name is what follows the longest role word).
      const joined = tok.match(/^(.{0,8}?)(实习记者|實習記者|特约记者|特約記者|记者|記者|实习生|實習生|通讯员|通訊員)([\u3400-\u9fff、]{2,})$/);
      if (joined && (!joined[1] || first)) { role = joined[2]!; authorRole = true; tok = joined[3]!; }
    }
    first = false;
    if (!tok) continue;
    if (!role) return [];
    for (const n of tok.split(/[、,，]/)) {
      if (!n) continue;
      if (!ZH_NAME.test(n)) return [];
      if (authorRole) out.push(n);
    }
  }
  return out;
}

/**
 * A line of Han names joined by "、" ("佐藤健太、山本美咲"), as Japanese pages print a byline. Three to five
 * characters a name: section lists joined the same way are mostly two-character words ("政治、経済、国際").
 * Function words and administrative suffixes that names do not hold mark a short headline or a place list.
 */
const NOT_IN_HAN_NAME = /[的了是与與和将將等对對为為从從被把于於及或而就也还還又不没沒这這那们們么麼会會说說要市省県]/;
function parseHanNames(text: string): string[] {
  if (text.length > 40 || !text.includes("、") || NOT_IN_HAN_NAME.test(text)) return [];
  const names = text.split("、").map((n) => n.trim());
  if (names.length < 2 || names.length > 6 || !names.every((n) => /^[\u3400-\u9fff々]{3,5}$/.test(n))) return [];
  return names;
}

/**
 * Korean bylines: each name followed by "기자" (reporter) or "특파원" (correspondent), one or more on a line
 * ("김철수 기자", "김철수·이영희 기자", "김철수 기자 이영희 기자"). Hangul names are two to four syllables.
 */
const HANGUL_REPORTERS = /^[가-힣]{2,4}(?:\s*[·,]\s*[가-힣]{2,4})*\s?(?:기자|특파원)(?:[\s,]+[가-힣]{2,4}(?:\s*[·,]\s*[가-힣]{2,4})*\s?(?:기자|특파원))*$/;
function parseHangulReporters(text: string): string[] {
  if (text.length > 60 || !HANGUL_REPORTERS.test(text)) return [];
  return text.split(/\s*(?:기자|특파원)\s*,?\s*/).flatMap((g) => g.split(/\s*[·,]\s*/)).map((n) => n.trim()).filter(Boolean);
}

/**
 * A sign-off closing the story: the reporter's name, then the outlets in brackets ("Minh Thu (TTXVN/Vietnam+)",
 * "Jo Bell (AFP)"): the names, else [].
 */
export function namesWithOutletCredit(text: string): string[] {
  const m = text.length <= 90 && text.endsWith(")") ? RE_NAMES_OUTLET_CREDIT.exec(text) : null;
  return m ? parseBareNames(m[1]!) : [];
}
const RE_NAMES_OUTLET_CREDIT = /^(.{3,60}?)\s+\((?:\p{Lu}[\p{L}\d.+-]*(?:\s*\/\s*\p{Lu}[\p{L}\d.+-]*)+|\p{Lu}{2,8})\)$/u;

/** A line that is nothing but one to four person names ("Ana Whitfield, Daniel Kovac"). */
export function parseBareNames(text: string): string[] {
  // (And the author's initials signed after the name, lower-case: "Michał Zieliński (mz)".)
  if (text.endsWith(")")) text = text.replace(NEW_WINDOW, "").replace(SIGNED_INITIALS, "");
  if (text.length > 90 || /\d|[:|]/.test(text)) return [];
  const c0 = text.charCodeAt(0);
  if (c0 >= 0x3400 && c0 <= 0x9fff) return parseHanNames(text);
  if (c0 >= 0xac00 && c0 <= 0xd7a3) return parseHangulReporters(text);
  // (No space: one word, never a two-word name, as most menu lines. " in ": a phrase such as a kicker,
  // "Driverless Buses in Hamburg", is no name list.)
  if (!text.includes(" ") || !STARTS_CAPITAL.test(text) || text.includes(" in ")) return [];
  // "Rūta Jankauskaitė, LRT.lt": the outlet after the names is their credit (see outletAfterNames), no name.
  const outlet = outletAfterNames(text);
  if (outlet) text = text.slice(0, text.lastIndexOf(outlet)).replace(/[,(]?\s*$/, "");
  // A spaced dash joins names on a line of their own ("Thu Hiến - Ngọc Phượng"), each checked as a full name below.
  const names = splitNames(text.includes(" - ") || text.includes(" – ") ? text.replace(RE_SPACED_DASH, ", ") : text);
  if (!names.length || names.length > 4) return [];
  // Each name: two or three words; guards against section labels like "Local News".
  if (!names.every((n) => /^\S+(\s+\S+){1,2}$/.test(n))) return [];
  if (names.some((n) => LABEL_WORD.test(n))) return [];
  // (A site's domain is no name: "Example.ca Multi-Media Journalist", a role line under the byline.)
  if (text.includes(".") && names.some((n) => RE_DOMAIN_WORD.test(n))) return [];
  return names;
}

const RE_SPACED_DASH = /\s[-–]\s/g;

/** The outlet closing a line of bare names after a comma ("Jo Bell, LRT.lt", "Jo Bell, CBC News"): a domain, an acronym or an outlet word; else "". */
export function outletAfterNames(text: string): string {
  const m = text.includes(",") ? OUTLET_AFTER.exec(text) : text.endsWith(")") ? OUTLET_BRACKETED.exec(text) : null;
  return m && outletLike(m[1]!.trim()) ? m[1]!.trim() : "";
}
/** The outlet in brackets after the names: "Anna Kalniņa (Latvijas Radio)". */
const OUTLET_BRACKETED = /\s\(([^()]{3,40})\)$/;

/** Words of section labels, box titles and menu items that look like two capitalised names ("Quick Reads", "Top Stories"). */
const LABEL_WORD = /\b(news|home|help|world|business|sports?|more|local|edition|politics|opinion|search|menu|skip|reads?|reading|sign|account|video|videos|photos?|quick|key|top|latest|stories|story|updates?|live|links?|points|popular|trending|related|recommended|listen|watch|follow|subscribe|newsletters?|podcasts?|topics?|tags?|comments?|contact|about|privacy|terms|cookies?|settings|weather|markets?|tech|science|health|entertainment|lifestyle|travel|culture|climate|education|economy|highlights|summary|explainer|analysis|features?|premium|exclusive|breaking)\b/i;

/** A word spelt as a domain ("CTVNewsAtlantic.ca", "Example.com"). */
const RE_DOMAIN_WORD = /\p{L}{2,}\.(?:com|net|org|[a-z]{2})(?:\s|$)/u;

/** A reporter's role, alone or after a beat: "Staff Writer", "Auckland Super City Reporter", "Senior Correspondent". */
const ROLE_PHRASE = /^(?:[\p{L}&-]+\s+){0,4}(?:correspondent|editor|reporter|writer|columnist|critic|journalist|producer|contributor|photographer|presenter|anchor)s?$/iu;

/**
 * Words that make a short capitalised phrase an outlet rather than a person ("Global Times", "Kyodo News"),
 * in the languages of the corpus; an acronym ("CBC", "NZ", "TNN") or a domain does too (see outletLike).
 */
const OUTLET_WORD = new RegExp(`\\b(?:times|post|news|herald|daily|journal|press|tribune|gazette|online|network|agency|radio|tv|television|media|wire|service|star|mail|telegraph|observer|chronicle|express|standard|review|magazine|weekly|today|sun|mirror|guardian|independent|inquirer|courier|examiner|record|sentinel|ledger|bulletin|dispatch|register|monitor|globe|report|channel|argus|citizen|mercury|advertiser|enquirer|gleaner|beacon|broadcasting|corporation|group|digital|zeitung|presse|diario|noticias|notícias|jornal|correio|giornale|nieuws|dagblad|berita|harian|${AGENCIES})\\b`, "i");

/** Is a short phrase printed beside a date an outlet's name (the source credit) rather than a person's? */
export function outletLike(s: string): boolean {
  if (/^[\w-]+(?:\.[\w-]+)+$/.test(s)) return true; // a domain: chinadaily.com.cn
  if (/^the\s/i.test(s)) return true; // "The Canadian Press"
  // An acronym beside other words ("CBC News", "NZ Herald") or alone ("TNN"); not a name printed in capitals ("JANE DOE").
  if (/\b[A-Z]{2,}\b/.test(s) && (/[a-z]/.test(s) || !/\s/.test(s.trim()))) return true;
  return OUTLET_WORD.test(s);
}

const READ_TIME = /^\d+\s*(?:min(?:ute)?s?|m)\b.*$|\bago$/i;

export interface CreditRun {
  names: string[];
  /** The outlet credited after the names or the role. */
  source: string;
  /** [start, end) of the source in the text. */
  sourceStart: number;
}

/** An e-mail address alone in a segment of a credit run. */
const RE_EMAIL_SEGMENT = /^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/;

/** The parts of a credit run, between middle dots, bullets or bars. */
const CREDIT_RUN_SEGMENT = /[^·•|]+/g;

/**
 * A credit run joined by middle dots, bullets or bars, as CBC, the NZ Herald and The West Australian print it on the
 * byline line: "Ana Whitfield, Dan Kovac · CBC News ·", "Super City Reporter·NZ Herald·", "By Jo Bell · Staff Writer ·
 * The Star", "Jo Bell and Al Roy | The Daily Clarion".
 * Names (or a byline) come first, then roles, then the outlet: the outlet is the source credit (as a credit beside
 * the date is). Anything else in the run (a date, a sentence) makes it no credit run.
 */
export function parseCreditRun(text: string): CreditRun | null {
  if (text.length > 120) return null;
  let names: string[] = [];
  let person = false;
  let role = false;
  let source = "";
  let sourceStart = -1;
  let n = 0;
  for (const m of text.matchAll(CREDIT_RUN_SEGMENT)) {
    const raw = m[0];
    const seg = raw.trim();
    const segAt = m.index + raw.indexOf(seg);
    if (!seg) continue;
    // A reading time or "… ago" closing the run is no part of the credit ("Jo Bell · CBC News · 4 min read").
    if (n > 1 && READ_TIME.test(seg)) continue;
    // Nor is the reporter's e-mail address after the names ("By Jo Bell | jo@clarion.example | The Daily Clarion").
    if (n >= 1 && RE_EMAIL_SEGMENT.test(seg)) continue;
    if (++n > 4 || /\d{4}|\d:\d/.test(seg)) return null;
    if (ROLE_PHRASE.test(seg)) { person = role = true; continue; }
    if (n === 1) {
      const by = BYLINE_OPENER.test(seg) ? parseByline(seg) : null;
      names = by ? by.names : parseBareNames(seg);
      if (!names.length) return null;
      person = true;
      continue;
    }
    // The outlet: after a role, any capitalised phrase ("Super City Reporter·NZ Herald·"); after names, one that reads as an outlet
    // (not "Jane Doe · Listen to this story").
    if (!person || source || !/^[\p{Lu}\d]/u.test(seg) || seg.split(/\s+/).length > 5 || !(role || outletLike(seg))) return null;
    source = seg;
    sourceStart = segAt;
  }
  return person && source ? { names, source, sourceStart } : null;
}

export interface Credit {
  authors: string[];
  editors: string[];
}

/** "Reporting by A and B; Editing by C" (Reuters style). */
const RE_TRAILING_EMAIL = /,?\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/;

export function parseCredit(text: string): Credit | null {
  // Often in brackets: "(Reporting by A; Editing by B)".
  if (text.startsWith("(") && text.endsWith(")")) text = text.slice(1, -1);
    if (!/^(?:additional\s+)?(?:reporting|writing|editing|edited|copy[- ]?edited|compiled)\s+by\b/i.test(text)) return null;
  const out: Credit = { authors: [], editors: [] };
  for (const part of text.split(/;/)) {
    const m = part.trim().match(/^(additional reporting|reporting|writing|editing|edited|copy[- ]?edited)\s+by\s+(.+?)\.?$/i);
    if (!m || !m[1] || !m[2]) continue;
    const kind = m[1].toLowerCase().replace(/^copy[- ]?/, "");
    // (Without the contact address and the outlet the credit may name after the names: "Edited by X with Y Outlet, x@y.org".)
    let who = m[2].replace(RE_TRAILING_EMAIL, "");
    const withOutlet = who.match(/^(.+?)\s+with\s+(.+)$/);
    if (withOutlet && outletLike(withOutlet[2]!)) who = withOutlet[1]!;
    const names = splitNames(who);
    if (kind === "reporting") out.authors.push(...names);
    else if (kind === "editing" || kind === "edited") out.editors.push(...names);
  }
  return out;
}
