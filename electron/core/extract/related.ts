// Related-headline grammar shared by the text-dump and HTML readers: which
// block headers introduce headline lists, which introduce lists that are not
// headlines (topic tags, sponsored links), and what a headline looks like.
import { escapeRegExp, hanCount, wordCount, type TextStats } from "./normalize.js";
import { endsWithYearAbbr } from "./dates.js";

/**
 * List headings ("More news", "Most read") and inline labels ("Read also: Headline") of more languages, as data,
 * written as printed: matched without case and without accents (capitals often drop them: "ΔΙΑΒΑΖΟΝΤΑΙ",
 * "CITESTE SI"). A trailing "…" stands for a section's name ("Mais em Local"). The patterns below hold the
 * languages met first; new languages and phrases go here.
 */
const RELATED_PHRASES: Record<string, { headers?: string[]; inline?: string[]; skip?: string[] }> = {
  ar: { headers: ["أخبار متعلقة", "موضوعات متعلقة", "مقالات متعلقة"], skip: ["التعليقات"] },
  bg: { headers: ["още по темата", "още от рубриката", "най-четени", "най-нови", "последни новини", "свързани новини"], inline: ["още по темата", "прочетете още"], skip: ["теми", "коментари"] },
  el: { headers: ["διαβάστε επίσης", "διαβάστε ακόμη", "δείτε επίσης", "διαβάζονται περισσότερο", "τα πιο δημοφιλή", "σχετικά άρθρα", "σχετικά θέματα"], inline: ["διαβάστε επίσης", "διαβάστε ακόμη"], skip: ["σχόλια"] },
  // (A comments heading, "תגובות", heads readers' comment titles, which are no headlines.)
  he: { headers: ["כתבות נוספות", "כתבות קשורות", "עוד בנושא", "הנקראות ביותר", "הכי נקראות", "קראו גם"], inline: ["קראו גם", "קראו עוד"], skip: ["תגובות"] },
  ko: { headers: ["이 시각 많이 본 뉴스", "많이 본 뉴스", "주요 뉴스", "최신 뉴스"] },
  ja: { headers: ["よく読まれている記事", "よく読まれているニュース", "人気記事", "おすすめ記事", "おすすめ", "あわせて読みたい"] },
  ne: { headers: ["सम्बन्धित समाचार", "यो पनि पढ्नुहोस्", "धेरै पढिएका", "ताजा समाचार"], inline: ["यो पनि पढ्नुहोस्", "यो पनि पढ्नुस्", "सम्बन्धित समाचार"] },
  ms: { headers: ["berita berkaitan", "artikel berkaitan", "berita lain", "paling popular"], inline: ["baca", "baca lagi"] },
  // A topic box that lists headlines on some sites and tags on others: a tag (one word) is no headline, so its items are dropped.
  // (Dutch and Afrikaans share the inline label "Lees ook:".)
  nl: { headers: ["meer over dit onderwerp"], inline: ["lees ook"] },
  es: { headers: ["más en …", "más noticias de …", "notas relacionadas"], inline: ["lee también", "lea también", "te recomendamos", "le puede interesar", "te puede interesar", "también le puede interesar"] },
  pt: { headers: ["veja também", "leia mais", "ler mais", "leia também", "mais em …", "mais de …"], inline: ["veja também", "ler mais", "leia mais", "ler também"] },
  ro: { headers: ["citește și", "citește mai mult", "cele mai citite", "cele mai noi", "articole similare", "știri similare", "mai multe știri"], inline: ["citește și", "vezi și"], skip: ["comentarii", "etichete"] },
  sw: { headers: ["habari zaidi", "habari zinazohusiana", "soma pia", "zilizosomwa zaidi"], inline: ["soma pia", "soma zaidi"] },
  id: { headers: ["populer", "berita populer", "terpopuler hari ini"], inline: ["pilihan editor"] },
  de: { headers: ["lesen sie mehr zum thema", "mehr zum thema …", "weitere nachrichten", "weiterlesen"] },
  vi: { skip: ["từ khóa", "từ khoá"] },
  fr: { headers: ["articles similaires", "dans la même rubrique"] },
  // Hong Kong and Taiwan "most read" boxes.
  // An e-paper's other stories of the same printed page; a market portal's news of the company's sector.
  en: { headers: ["stories on this page", "other stories on this page", "more stories on this page", "sector news", "industry news"] },
  zh: { headers: ["本版其他新闻", "本版其他新聞", "本版其他文章", "最多人看", "最多人睇", "最多人閱讀", "最受歡迎", "最受欢迎", "閱讀排行", "阅读排行", "排行榜"] },
  is: { headers: ["fleiri fréttir", "vinsælast", "mest lesið", "nýjast"], inline: ["lestu líka", "lestu einnig"] },
  fa: { headers: ["مطالب مرتبط", "اخبار مرتبط", "پربازدیدترین"], inline: ["بیشتر بخوانید", "بخوانید"] },
  hi: { headers: ["संबंधित खबरें", "ये भी पढ़ें", "यह भी पढ़ें", "सबसे ज्यादा पढ़ी गई"], inline: ["ये भी पढ़ें", "यह भी पढ़ें"] },
  hr: { headers: ["pročitajte i", "pročitajte još", "najčitanije", "povezane vijesti", "još vijesti", "najnovije"], inline: ["pročitajte i", "pročitajte još", "vezano"] },
  lt: { headers: ["susijusios naujienos", "skaitykite daugiau", "skaitykite taip pat", "populiariausios", "daugiau naujienų"], inline: ["skaitykite daugiau", "skaitykite taip pat"], skip: ["temos", "žymės"] },
  nb: { headers: ["les også", "mest lest", "siste nytt"], inline: ["les også"] },
  sr: { headers: ["повезани текстови", "повезане вести", "најчитаније", "најновије", "прочитајте још", "povezani tekstovi", "povezane vesti"], inline: ["прочитајте још", "прочитајте и"], skip: ["коментари"] },
  sk: { headers: ["prečítajte si viac", "prečítajte si tiež", "prečítajte si aj", "najčítanejšie", "najčítanejšie na …", "súvisiace články", "ďalšie články …", "ďalšie správy"], inline: ["prečítajte si tiež", "prečítajte si aj"], skip: ["tagy", "článok je zaradený do kategórie"] },
  cs: { headers: ["přečtěte si také", "přečtěte si též", "související články", "nejčtenější na …"], inline: ["přečtěte si také", "čtěte také"] },
  sl: { headers: ["preberite tudi", "najbolj brano", "sorodne novice", "več novic"], inline: ["preberite tudi", "preberite še"] },
  sv: { headers: ["läs också", "läs även", "mest läst", "mest lästa", "senaste nytt", "mer från …"], inline: ["läs också", "läs även", "läs mer"] },
  th: { headers: ["ข่าวที่เกี่ยวข้อง", "เรื่องที่เกี่ยวข้อง", "ข่าวล่าสุด", "ข่าวยอดนิยม", "อ่านเพิ่มเติม"], inline: ["อ่านเพิ่มเติม", "อ่านข่าวที่เกี่ยวข้อง"], skip: ["แท็ก"] },
  tl: { headers: ["basahin din", "mga kaugnay na balita", "iba pang balita", "pinakabagong balita"], inline: ["basahin", "basahin din"] },
  ur: { headers: ["مزید خبریں", "متعلقہ خبریں", "یہ بھی پڑھیں", "سب سے زیادہ پڑھی جانے والی"], inline: ["یہ بھی پڑھیں", "مزید پڑھیں"] },
};

/** Each base letter with the accented letters that decompose to it (Latin and Greek), for accent-blind phrases. */
const ACCENTED = new Map<string, string>();
for (const [from, to] of [[0xc0, 0x24f], [0x370, 0x3ff], [0x1e00, 0x1fff]] as const) {
  for (let c = from; c <= to; c++) {
    const ch = String.fromCharCode(c).toLowerCase();
    const base = ch.normalize("NFD").replace(/\p{M}/gu, "");
    if (base.length === 1 && base !== ch) ACCENTED.set(base, (ACCENTED.get(base) ?? "") + ch);
  }
}
/** A phrase's letter as a pattern matching it with or without its accent (case is left to the /i flag). */
function charPattern(ch: string): string {
  // Only Latin and Greek letters lose their accents (Arabic "أ" keeps its hamza, kana their voicing marks).
  const base = ch.normalize("NFD").replace(/\p{M}/gu, "");
  const variants = base.length === 1 ? ACCENTED.get(base) : undefined;
  return ch === " " ? "\\s+" : ch === "…" ? ".{2,30}" : variants ? `[${base}${variants}]` : escapeRegExp(ch);
}
/**
 * The phrases, with or without their accents, as one alternation grouped by first letter: "m(?:ais em …|ais de …)|l(?:es også|…)". An anchored
 * alternation of a hundred phrases tried each against every line of a page; grouped, a line is tried only
 * against the phrases its first letter opens. Matches the same lines as the plain alternation.
 */
function groupedAlternation(list: string[]): string {
  const groups = new Map<string, Set<string>>();
  for (const p of list) {
    const [first, ...rest] = [...p.toLowerCase()];
    const key = charPattern(first!);
    groups.set(key, (groups.get(key) ?? new Set()).add(rest.map(charPattern).join("")));
  }
  return [...groups].map(([first, rests]) => `${first}(?:${[...rests].join("|")})`).join("|");
}
const phrases = (kind: "headers" | "inline" | "skip"): string[] => Object.values(RELATED_PHRASES).flatMap((p) => p[kind] ?? []);
const HEADER_PHRASES = groupedAlternation(phrases("headers"));
const INLINE_PHRASES = groupedAlternation(phrases("inline"));
const SKIP_PHRASES = groupedAlternation(phrases("skip"));
/** Lines opening with a phrase of the table: the text-dump classifier's cheap gate for them (run on lower-cased lines). */
export const RELATED_PHRASE_GATE = new RegExp(`^(?:${groupedAlternation([...phrases("headers"), ...phrases("inline"), ...phrases("skip")])})`);

export const RELATED_HEADER = new RegExp(`^(?:${/related(?:\s+(?:coverage|stories|story|news|articles|content|links|reading|posts))?|more\s+(?:from|on|in|stories|news|headlines|to read|coverage)\b.*|most\s+(?:read|viewed|popular|shared|recent)\b.*|top\s+(?:stories|news|headlines)(?:\s+today)?|trending(?:\s+now)?|recommended(?:\s+for you|\s+stories)?|you\s+(?:may|might)\s+(?:also\s+)?(?:like|be interested in)|read\s+(?:more|next|also)|see\s+also|also\s+read|popular(?:\s+now|\s+stories)?|latest(?:\s+news(?:\s+(?:about|on|from|in)\s+.{2,40})?|\s+stories|\s+(?:from|in)\s+.{2,30})?|also\s+in\s+.{2,30}|recent(?:\s+(?:posts|stories|news|articles))|editors?[’']?s?\s+(?:picks?|choice)|what to read next|further reading|(?:also\s+)?worth\s+reading|in other news|don[’']?t miss|must[- ]reads?|in case you missed it|相关(?:新闻|阅读|报道|文章|链接|稿件)?|推荐阅读|延伸阅读|相關(?:新聞|閱讀|報導|文章)?|推薦閱讀|延伸閱讀|熱門(?:新聞|文章)?|热点(?:推荐|新闻)|熱點(?:推薦|新聞)|热门(?:新闻|文章|推荐)?|精彩推荐|更多(?:新闻|报道|精彩)?|猜你喜欢|関連(?:記事|ニュース)|アクセスランキング|관련\s?(?:기사|뉴스)|많이 본 (?:기사|뉴스)|noticias relacionadas|relacionad[oa]s|te puede interesar|también te puede interesar|lo más (?:leído|visto)|más noticias|à lire aussi|a lire aussi|articles liés|les plus lus|sur le même sujet|mehr zum thema|meistgelesen|das könnte sie auch interessieren|leia também|leggi anche|baca juga|baca berikutnya|berita terkait|читайте также|mais lidas|notícias relacionadas|lees (?:ook|meer)|meer nieuws|meest (?:gelezen|bekeken)|gerelateerde? (?:artikelen|berichten|nieuws)|lesen sie (?:auch|mehr)|auch interessant|weitere artikel|lee también|lea también|te recomendamos|lire aussi|à lire également|ti potrebbe interessare|potrebbe interessarti|(?:i )?più letti|ultime notizie(?:\s+(?:di|da|dalla|dal|in)\s+.{2,30})?|últimas noticias(?:\s+(?:de|en)\s+.{2,30})?|últimas notícias(?:\s+(?:de|do|da|em)\s+.{2,30})?|dernières (?:nouvelles|actualités|infos)|[İi]lg[İi]l[İi] haberler|en çok okunanlar|sıradaki haber|benzer haberler|zobacz (?:także|też|również)|czytaj (?:także|też|również)|najczęściej czytane|polecamy|berita lainnya|terpopuler|по теме|самое читаемое|більше новин|головне за добу|související|nejčtenější|luetuimmat|tin cùng chuyên mục|đọc nhiều|mirá también|อ่านข่าวที่เกี่ยวข้อง|ข่าวล่าสุด|আরও পড়ুন|اقرأ (?:أيضا[ًا]?|أيضًا|المزيد)|المزيد من .{2,30}|(?:أخبار|مواضيع|مقالات) ذات صلة|الأكثر (?:قراءة|مشاهدة)/.source}|${HEADER_PHRASES})\\s*(?:[:：]|\\.{3}|…)?$`, "i");

/**
 * Headers whose lists are not headlines: topic tags, sponsored links, a recommendation widget's teaser
 * ("Before you leave, check this out"). (A bare "Advertisement" is an ad slot, often between paragraphs: see the "ad" line kind.)
 */
const SKIP_LABELS = `(?:${/related\s+topics|topics|tags?|tagged(?:\s+with)?|keywords|sponsored(?:\s+(?:content|stories|links))?|promoted(?:\s+stories)?|paid\s+(?:content|partner\s+content|post)|from\s+(?:our|the)\s+(?:partners|web)|around\s+the\s+web|partner\s+content|before\s+you\s+(?:leave|go)(?:,?\s+check\s+(?:this|these|it)\s+out)?|onderwerpen|关键词|标签|广告|مواضيع|الكلمات المفتاحية/.source}|${SKIP_PHRASES})`;
export const SKIP_HEADER = new RegExp(`^${SKIP_LABELS}\\s*[:：!]?$`, "i");
/** A tag line: a skip label and its values on one line ("Tags: transport, city hall"). */
export const SKIP_LINE = new RegExp(`^${SKIP_LABELS}\\s*[:：]\\s*\\S`, "i");

/** "RELATED: Headline", "ALSO READ | Headline", "READ: Headline", "Lire aussi | Titre" printed inside a story. */
export const INLINE_RELATED = new RegExp(`^(?:${/related|read more|see also|also read|read also|read|more|lire aussi|à lire aussi|a lire aussi|leggi anche|baca juga|czytaj (?:także|też|również)|zobacz (?:także|też|również)|читайте также|читайте також|xem thêm|lue myös|mirá también|相关阅读|相关新闻/.source}|${INLINE_PHRASES})\\s*[:：|]\\s*(.{8,})$`, "i");

const BOILERPLATE_WORDS =
  /\b(?:privacy|cookies?|terms of (?:use|service)|subscribe|subscription|sign (?:in|up)|log ?in|newsletters?|advertis\w*|contact us|about us|all rights reserved|copyright|download (?:the|our) app|follow us|site ?map|accessibility|e-?paper|see more|view more|load more|read more|see all|view all|back to top|do not sell|privacy policy|careers|help centre|help center|logged in|thank you for (?:registering|subscribing|signing up)|refresh (?:the|this|your) (?:page|browser))\b/i;
const CJK_BOILERPLATE = /版权|登录|注册|首页|返回|评论|客户端|下载|关于我们|联系我们|网站地图|举报|纠错/;

export function stripBullet(s: string): string {
  return s.replace(/^(?:[•·▪►▸>»*\-–—]|\d{1,2}[.)])\s+/, "").trim();
}

/**
 * A numbered list's items without their numbers ("1 Headline", "2　Headline", "3º Headline" …, the number set off by a space only):
 * only when the items are numbered 1, 2, 3 … in order, since a headline may itself open with a number ("5 tips for …").
 */
export function stripListNumbers(items: string[]): string[] {
  // (An ordinal indicator may follow the number: "1º Headline", "2ª …".)
  const NUMBERED = /^(\d{1,2})[ºª°]?\s+(?=\S)/;
  const numbered = items.length >= 2 && items.every((it, k) => Number(it.match(NUMBERED)?.[1]) === k + 1);
  return numbered ? items.map((it) => it.replace(NUMBERED, "")) : items;
}

/** A list's items without the numbers and the stamps the whole list carries (see the two below). */
export function listItemTexts(items: string[]): string[] {
  return stripListStamps(stripListNumbers(items));
}

/**
 * A news list's items without the time or short date each is stamped with ("Headline 09:32am", "Headline Aug. 13"):
 * only when most items carry one, since a headline may itself end with a date ("Vote set for May 5").
 */
export function stripListStamps(items: string[]): string[] {
  const stamped = items.filter((it) => STAMP_END.test(it) && RE_ITEM_STAMP.test(it)).length;
  return items.length >= 3 && stamped * 2 > items.length ? items.map((it) => it.replace(RE_ITEM_STAMP, "").trim() || it) : items;
}
/** What a stamp ends with (a digit, or the m of "am"/"pm"): the cheap test before RE_ITEM_STAMP. */
const STAMP_END = /[\dmM.]$/;
const RE_ITEM_STAMP = /\s+(?:\d{1,2}:\d{2}\s?(?:[ap]\.?m\.?)?|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?\s\d{1,2}|\d{1,2}\s(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec))$/i;

/** A list item without the date printed after it ("Headline 2023-06-10", "标题 (06-02)"). */
export function stripItemDate(s: string): string {
  // With a year, in brackets, or zero-padded "06-02": a score like "3-1" ends a headline, not a date.
  return s.replace(/\s+(?:[(（[]?\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s+\d{1,2}:\d{2})?[)）\]]?|[(（[]\d{1,2}[-/.月]\d{1,2}日?[)）\]]|\d{2}[-/]\d{2})$/, "").trim() || s;
}

/** Could this line be a headline in a list? `strict` asks more of header-less lists. */
/** Letters of scripts written without spaces between words (Thai, Lao, Burmese, Khmer), four in a row. */
const RE_UNSPACED_SCRIPT = /[\u0E00-\u0EFF\u1000-\u109F\u1780-\u17FF]{4}/;
/** A dotted abbreviation of letters of a caseless script closing the text ("… 30 เม.ย.", a month). */
const RE_DOTTED_ABBR_END = /(?:^|\s)\p{Lo}{1,3}\.\p{Lo}{1,3}\.$/u;

/**
 * A pager of an article split over pages, in any language: "Page 1 of 2", "Bladsy 2 van 2", "Seite 1 von 3" (a word,
 * a number, a short word, a number), or the page numbers in a row beside "next" / "previous" ("1 2 Next page »").
 */
const RE_PAGER = /^\p{L}+\s+\d{1,2}\s+\p{L}{1,3}\s+\d{1,2}$|(?:^|\s)1\s+2(?:\s+\d{1,2})*(?:\s|$)/u;

/** A full stop after a lower-case word, then a capital: one sentence ending and another starting ("U.S. Senate" is no break). */
const RE_SENTENCE_BREAK = /\p{Ll}{2}[.!]\s+\p{Lu}/u;

/** A pager line of an article split over pages (see RE_PAGER). */
export function isPager(text: string): boolean {
  return RE_PAGER.test(text);
}

export function isHeadlineLike(text: string, strict = false, stats?: TextStats): boolean {
  // A bar joins footer links ("Standards and Practices|About Us") or a title and its site; no listed headline has one.
  if (!text || text.length > 200 || text.includes("|")) return false;
  const han = stats ? stats.han : hanCount(text);
  if (han >= 4) {
    if (han < (strict ? 8 : 6) || han > 60) return false;
    if (/[。]$/.test(text) || CJK_BOILERPLATE.test(text)) return false;
    return true;
  }
  const wc = stats ? stats.words : wordCount(text);
  // (Thai, Lao, Khmer and Burmese put no space between words: a headline of one to six spaced runs is long enough by its letters.)
  if ((wc < (strict ? 4 : 3) && !(text.length >= 20 && RE_UNSPACED_SCRIPT.test(text))) || wc > 25) return false;
  // A capital, or a letter of a script without case (Arabic, Hebrew, Thai, Devanagari …).
  if (!/^[\p{Lu}\p{Lo}\p{N}"“‘'¿¡«]/u.test(text)) return false;
  // A headline does not end with a full stop (abbreviations like "U.S.", Thai "เม.ย." or a year's "2025 г." aside).
  if (/[.;,:]$/.test(text) && !/\b(?:[A-Z]\.){2,}$/.test(text) && !RE_DOTTED_ABBR_END.test(text) && !endsWithYearAbbr(text)) return false;
  if (BOILERPLATE_WORDS.test(text)) return false;
  if (/^(?:published|updated|posted)\b/i.test(text)) return false;
  if (/https?:\/\/|@\w|\b\d{1,2}:\d{2}\b/.test(text)) return false;
  if (isPager(text)) return false;
  // Two sentences ("… gifts. Sign up now"): a teaser or a promo, not an item of a list that has no heading to vouch for it.
  if (strict && RE_SENTENCE_BREAK.test(text)) return false;
  return true;
}
