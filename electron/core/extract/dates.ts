// Dates as printed -> ISO 8601 by the guidelines: seconds and an offset when a
// time is given; the page's own offset first, then the publisher's home zone,
// else none; date-only as YYYY-MM-DD. Zone abbreviations map to IANA zones so
// daylight saving is right for the date (MT in January is -07:00).
import { DateTime } from "luxon";
import { NEWS_LANGUAGES } from "./language.js";

export interface FoundDate {
  /** Offset in the searched string where the date text starts / ends. */
  start: number;
  end: number;
  year: number;
  month: number;
  day: number;
  hour?: number;
  minute?: number;
  second?: number;
  /** "+01:00" style offset, when the page states one. */
  offset?: string;
  /** IANA zone named by an abbreviation (MT, ET, BST ...), resolved later for the date. */
  zone?: string;
  /** The zone text as printed, for warnings. */
  zoneText?: string;
}

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

/** Abbreviations seen on news pages. CST is read as China time only with a China profile (see resolveZone). */
const ZONE_ABBR: Record<string, string> = {
  UTC: "UTC", GMT: "UTC", Z: "UTC",
  ET: "America/New_York", EST: "America/New_York", EDT: "America/New_York",
  CT: "America/Chicago", CST: "America/Chicago", CDT: "America/Chicago",
  MT: "America/Denver", MST: "America/Denver", MDT: "America/Denver",
  PT: "America/Los_Angeles", PST: "America/Los_Angeles", PDT: "America/Los_Angeles",
  AKST: "America/Anchorage", HST: "Pacific/Honolulu",
  BST: "Europe/London", CET: "Europe/Paris", CEST: "Europe/Paris", EET: "Europe/Athens",
  HKT: "Asia/Hong_Kong", SGT: "Asia/Singapore", JST: "Asia/Tokyo", KST: "Asia/Seoul", IST: "Asia/Kolkata",
  BJT: "Asia/Shanghai", AEST: "Australia/Sydney", AEDT: "Australia/Sydney",
};

/** Abbreviations that name one offset (standard or summer time). CST is left out: US Central or China. */
const FIXED_ABBR: Record<string, string> = {
  EST: "-05:00", EDT: "-04:00", CDT: "-05:00", MST: "-07:00", MDT: "-06:00", PST: "-08:00", PDT: "-07:00",
  AKST: "-09:00", AKDT: "-08:00", HST: "-10:00", BST: "+01:00", CET: "+01:00", CEST: "+02:00", EET: "+02:00", EEST: "+03:00",
  HKT: "+08:00", SGT: "+08:00", JST: "+09:00", KST: "+09:00", IST: "+05:30", BJT: "+08:00", AEST: "+10:00", AEDT: "+11:00",
  MYT: "+08:00", PHT: "+08:00", WIB: "+07:00", WITA: "+08:00", WIT: "+09:00", ICT: "+07:00", PKT: "+05:00", GST: "+04:00",
  MSK: "+03:00", EAT: "+03:00", CAT: "+02:00", SAST: "+02:00", WAT: "+01:00", NZST: "+12:00", NZDT: "+13:00", AWST: "+08:00",
  // Atlantic and Newfoundland Canada (AST is left out: Atlantic or Arabia Standard Time, as Gulf papers print it).
  ADT: "-03:00", NDT: "-02:30", NST: "-03:30",
  // Canadian French: heure normale / avancée de l'Est, du Centre, des Rocheuses, du Pacifique, de l'Atlantique, de Terre-Neuve.
  HNE: "-05:00", HAE: "-04:00", HNC: "-06:00", HAC: "-05:00", HNR: "-07:00", HAR: "-06:00", HNP: "-08:00", HAP: "-07:00",
  HNA: "-04:00", HAA: "-03:00", HNT: "-03:30", HAT: "-02:30",
};

/**
 * Month names news pages print day-first dates with ("5 de marzo de 2024", "5. März 2024", "05 مارس 2024"),
 * by number, as a data table per language: full names, the case a date takes (Slavic genitive, Finnish
 * partitive, Greek genitive) and the abbreviations sites print. Each name also counts without its accents
 * ("fevrier", "marco", "subat", "ابريل", "ΜΑΡΤΙΟΥ" lower-cased), as pages and capitals often drop them.
 */
const MONTH_TABLE: [lang: string, names: string][] = [
  // One line per language: twelve space-separated slots, "/" between spellings of one month.
  ["es", "ene/enero feb/febrero mar/marzo abr/abril may/mayo jun/junio jul/julio ago/agosto sep/sept/set/septiembre/setiembre oct/octubre nov/noviembre dic/diciembre"],
  ["pt", "jan/janeiro fev/fevereiro mar/março abr/abril mai/maio jun/junho jul/julho ago/agosto set/setembro out/outubro nov/novembro dez/dezembro"],
  ["fr", "janv/janvier févr/fév/février mars avr/avril mai juin juil/juillet août sept/septembre oct/octobre nov/novembre déc/décembre"],
  ["it", "gen/gennaio feb/febbraio mar/marzo apr/aprile mag/maggio giu/giugno lug/luglio ago/agosto set/sett/settembre ott/ottobre nov/novembre dic/dicembre"],
  ["de", "jan/januar/jän/jänner feb/februar/feber mär/märz/mrz apr/april mai jun/juni jul/juli aug/august sep/sept/september okt/oktober nov/november dez/dezember"],
  ["nl", "jan/januari feb/februari mrt/maart apr/april mei jun/juni jul/juli aug/augustus sep/sept/september okt/oktober nov/november dec/december"],
  ["ca", "gen/gener febr/febrer març abr/abril maig juny jul/juliol ag/agost set/setembre oct/octubre nov/novembre des/desembre"],
  ["ro", "ian/ianuarie feb/februarie mar/martie apr/aprilie mai iun/iunie iul/iulie aug/august sep/septembrie oct/octombrie noi/noiembrie dec/decembrie"],
  ["sv da no", "jan/januari/januar feb/februari/februar mar/mars/marts apr/april maj/mai jun/juni jul/juli aug/augusti/august sep/sept/september okt/oktober nov/november dec/des/december/desember"],
  ["fi", "tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta syyskuuta lokakuuta marraskuuta joulukuuta"],
  ["pl", "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia"],
  ["cs", "ledna února března dubna května června července srpna září října listopadu prosince"],
  ["id ms", "jan/januari feb/februari/pebruari mar/maret/mac apr/april mei jun/juni jul/juli/julai agu/agt/agustus/ogos sep/september okt/oktober nov/november des/desember/dis/disember"],
  ["tr", "oca/ocak şub/şubat mar/mart nis/nisan may/mayıs haz/haziran tem/temmuz ağu/ağustos eyl/eylül eki/ekim kas/kasım ara/aralık"],
  ["ru", "января февраля марта апреля мая июня июля августа сентября октября ноября декабря"],
  ["uk", "січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня"],
  ["el", "Ιανουαρίου Φεβρουαρίου Μαρτίου Απριλίου Μαΐου Ιουνίου Ιουλίου Αυγούστου Σεπτεμβρίου Οκτωβρίου Νοεμβρίου Δεκεμβρίου"],
  // Arabic: the Egyptian/Gulf names, the Levantine (Syriac) names, and the Maghreb's French- and Moroccan-derived ones.
  ["ar", "يناير/كانون_الثاني/جانفي فبراير/شباط/فيفري مارس/آذار أبريل/إبريل/نيسان/أفريل مايو/أيار/ماي يونيو/يونيه/حزيران/جوان يوليو/يوليه/تموز/جويلية/يوليوز أغسطس/آب/أوت/غشت سبتمبر/أيلول/شتنبر أكتوبر/تشرين_الأول نوفمبر/تشرين_الثاني/نونبر ديسمبر/كانون_الأول/دجنبر"],
];
/**
 * Weekday names as pages print them beside a date ("Torsdag 7. mar. 2024", "Mon, 4 Nov"), one line per language,
 * "/" between spellings of one day. Each also counts without its accents, like the month names.
 */
const WEEKDAY_TABLE: [lang: string, names: string][] = [
  ["en", "mon/monday tue/tues/tuesday wed/weds/wednesday thu/thur/thurs/thursday fri/friday sat/saturday sun/sunday"],
  ["de", "montag dienstag mittwoch donnerstag freitag samstag/sonnabend sonntag"],
  ["nl", "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag"],
  ["fr", "lundi mardi mercredi jeudi vendredi samedi dimanche"],
  ["es", "lunes martes miércoles jueves viernes sábado domingo"],
  ["pt", "segunda/segunda-feira terça/terça-feira quarta/quarta-feira quinta/quinta-feira sexta/sexta-feira sábado domingo"],
  ["it", "lunedì martedì mercoledì giovedì venerdì sabato domenica"],
  ["da no", "mandag tirsdag onsdag torsdag fredag lørdag søndag"],
  ["sv", "måndag tisdag onsdag torsdag fredag lördag söndag"],
  ["fi", "maanantai tiistai keskiviikko torstai perjantai lauantai sunnuntai"],
  ["hu", "hétfő kedd szerda csütörtök péntek szombat vasárnap"],
  ["pl", "poniedziałek wtorek środa czwartek piątek sobota niedziela"],
  ["cs", "pondělí úterý středa čtvrtek pátek sobota neděle"],
  ["ro", "luni marți/marti miercuri joi vineri sâmbătă duminică"],
  ["tr", "pazartesi salı çarşamba perşembe cuma cumartesi pazar"],
  ["id ms", "senin/isnin selasa rabu kamis/khamis jumat/jumaat sabtu minggu/ahad"],
  ["sw", "jumatatu jumanne jumatano alhamisi ijumaa jumamosi jumapili"],
  ["ru", "понедельник вторник среда четверг пятница суббота воскресенье"],
  ["uk", "понеділок вівторок середа четвер п'ятниця субота неділя"],
  ["el", "δευτέρα τρίτη τετάρτη πέμπτη παρασκευή σάββατο κυριακή"],
  ["ar", "الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت الأحد"],
  ["zh", "星期一/週一/周一/禮拜一/礼拜一 星期二/週二/周二/禮拜二/礼拜二 星期三/週三/周三/禮拜三/礼拜三 星期四/週四/周四/禮拜四/礼拜四 星期五/週五/周五/禮拜五/礼拜五 星期六/週六/周六/禮拜六/礼拜六 星期日/星期天/週日/周日/禮拜日/礼拜日/禮拜天/礼拜天"],
  ["ja", "月曜日/月曜 火曜日/火曜 水曜日/水曜 木曜日/木曜 金曜日/金曜 土曜日/土曜 日曜日/日曜"],
  ["ko", "월요일 화요일 수요일 목요일 금요일 토요일 일요일"],
  ["vi", "thứ_hai/thứ_2 thứ_ba/thứ_3 thứ_tư/thứ_4 thứ_năm/thứ_5 thứ_sáu/thứ_6 thứ_bảy/thứ_7 chủ_nhật"],
];
const MARKS = /\p{M}/gu;
/** A name without its accents; Turkish dotless ı as i ("MAYIS" lower-cases to "mayis"). */
function bare(name: string): string {
  return name.normalize("NFD").replace(MARKS, "").replace(/ı/g, "i").normalize("NFC");
}
const INTL_MONTHS: Record<string, number> = {};
for (const [, names] of MONTH_TABLE) {
  names.split(" ").forEach((slot, i) => {
    for (const w of slot.split("/")) {
      const name = w.replace(/_/g, " ").toLowerCase();
      INTL_MONTHS[name] = i + 1;
      INTL_MONTHS[bare(name)] = i + 1;
    }
  });
}
const WEEKDAYS = new Set<string>();
for (const [, names] of WEEKDAY_TABLE) {
  // ("_" joins the words of a name: Vietnamese "thứ_năm".)
  for (const slot of names.split(" ")) for (const w of slot.split("/").map((x) => x.replace(/_/g, " "))) { WEEKDAYS.add(w); WEEKDAYS.add(bare(w)); }
}
/** A year and its abbreviated word closing a text ("… до края на 2026 г.", Polish "2024 r.", Lithuanian "2025 m."): the full stop is the abbreviation's, no sentence's. */
const YEAR_ABBR_END = /\d{4}\s?(?:г|r|m)\.$/;
export function endsWithYearAbbr(t: string): boolean {
  // Its last two characters first, and the pattern on the tail only: asked of every sentence-long line.
  const n = t.length;
  const c = t.charCodeAt(n - 2);
  return t.charCodeAt(n - 1) === 0x2e && (c === 0x433 || c === 0x72 || c === 0x6d) && YEAR_ABBR_END.test(t.slice(-8));
}

/** Is the word (a trailing dot or comma allowed) a weekday's name, in any language of the table? */
export function isWeekday(word: string): boolean {
  return WEEKDAYS.has(word.replace(/[.,]$/, "").toLowerCase());
}

/**
 * Then the month names ICU knows for every news language (Croatian "ožujka", Hungarian "március", Urdu "مارچ"):
 * as a date prints them (the genitive of "5. ožujka"), standalone, and abbreviated. A name the table or an
 * earlier language already holds keeps its month (Polish "listopada" is November, Croatian October).
 */
function addIcuMonths(): void {
  const styles = [{ month: "long", day: "numeric" }, { month: "long" }, { month: "short", day: "numeric" }] as const;
  for (const lang of NEWS_LANGUAGES) {
    if (!Intl.DateTimeFormat.supportedLocalesOf(lang).length) continue;
    for (const style of styles) {
      const format = new Intl.DateTimeFormat(lang, { ...style, timeZone: "UTC" });
      for (let m = 0; m < 12; m++) {
        const v = format.formatToParts(new Date(Date.UTC(2024, m, 5))).find((p) => p.type === "month")?.value ?? "";
        const name = v.toLowerCase().replace(/[.\u05f3\u0970]$/u, "");
        // Numbered months ("10", "3月") are read by the numeric patterns.
        if (!name || /\d/.test(name)) continue;
        INTL_MONTHS[name] ??= m + 1;
        INTL_MONTHS[bare(name)] ??= m + 1;
      }
    }
  }
}
/** ICU's names are added at the first word the table above does not know: ~140 ms, which English pages never pay. */
let icuMonthsAdded = false;
/**
 * Day, month name, year: "5 marzo 2024", "5 de marzo de 2024", "5. März 2024", "5.mar.2024" (Folha's dots),
 * "05 مارس ,2024" / "05 مارس، 2024" (a comma, Latin or Arabic, before the year), "5 d'abril de 2024".
 * The month is any word, looked up in the table above (an alternation of ~300 names made the regex
 * costly at every digit of a line); a second word only in Arabic script ("تشرين الأول").
 */
const RE_DMY_INTL = /(?<![\p{L}\d])(\d{1,2})(?:\.?(?:º|er)?\s+(?:de\s+|d['’])?|\.)([\p{L}\p{M}]+(?:\s+(?!\u060c)[\u0600-\u06ff]+)?)(?![\p{L}\p{M}])[.\s,،]*?(?:\s(?:de|del)\s+)?(\d{4})(?!\d)/gu;
/** Year first, as Hungarian prints it: "2024. március 5.", "2024. márc. 5." (the month looked up in the table above). */
const RE_YMD_INTL = /(?<![\d.])(\d{4})\.\s+([\p{L}\p{M}]+)\.?\s+(\d{1,2})\.?(?!\d)/gu;
/** Latvian: the year, "gada", then the day before the month: "2025. gada 9. aprīlis". */
const RE_YMD_LV = /(?<![\d.])(\d{4})\.\s+gada\s+(\d{1,2})\.\s+([\p{L}\p{M}]+)(?![\p{L}\p{M}])/gu;
/** The lookup key of a matched month name: lower case (Turkish İ as i), white space folded. */
function intlMonth(name: string): number {
  const k = name.replace(/İ/g, "I").toLowerCase().replace(/\s+/g, " ");
  const known = INTL_MONTHS[k] ?? INTL_MONTHS[bare(k)];
  if (known !== undefined || icuMonthsAdded) return known ?? 0;
  icuMonthsAdded = true;
  addIcuMonths();
  return INTL_MONTHS[k] ?? INTL_MONTHS[bare(k)] ?? 0;
}
/**
 * Thai "11 มิถุนายน พ.ศ. 2567", "11 มิ.ย. 2567": day, month name (ICU's, full or abbreviated with dots), year in the
 * Buddhist Era (543 years ahead: marked พ.ศ., or past 2400 unmarked) or, marked ค.ศ. or below 2400, the Common Era.
 */
const RE_TH = /(?<!\d)(\d{1,2})\s+([\u0e01-\u0e4e.]+?)\s*(?:(พ\.\s?ศ\.|ค\.\s?ศ\.)\s*)?(\d{4})(?!\d)/g;
const RE_THAI_LETTER = /[\u0e01-\u0e4e]/;
/** Korean "2024년 3월 5일", Vietnamese "5 tháng 3 năm 2024" / "ngày 5 tháng 3, 2024": numbered months. */
const RE_KO = /(\d{4})년\s*(\d{1,2})월\s*(\d{1,2})일/g;
const RE_VI = /(?<!\d)(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s+năm|\s*,)?\s+(\d{4})(?!\d)/gi;
/** Letters of the scripts the month names above are written in: a line without any has no month name. */
const RE_MONTH_SCRIPT = /[A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff\u0600-\u06ff]/;
/** Arabic-Indic and Persian digits, read as 0–9 (one UTF-16 unit each, so offsets hold). */
const RE_EASTERN_DIGIT = /[\u0660-\u0669\u06f0-\u06f9]/;
export function westernDigits(s: string): string {
  // (Most text has none: a plain search first spares the global replace with a callback, a slow path even when nothing matches.)
  if (!RE_EASTERN_DIGIT.test(s)) return s;
  return s.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (c) => String(c.charCodeAt(0) - (c.charCodeAt(0) >= 0x6f0 ? 0x6f0 : 0x660)));
}

const MONTH_NAME = "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
const RE_ISO = /(?<!\d)(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?!\d)(?:(?:T|\s+|\s*,\s*)(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?)?/g;
/**
 * "05.03.2024": day, month, year (dots are the European order; slashes are left alone, 3/5 is ambiguous); also spaced
 * after each dot, as Slovene, Czech, Slovak and Croatian print it ("12. 1. 2024").
 */
const RE_DMY_DOT = /(?<![\d.])(\d{1,2})\. ?(\d{1,2})\. ?(\d{4})(?![\d.]\d)/g;
/**
 * "10-4-2025": day, month, year joined by hyphens, the order of the pages that print it so (Arabic, Indian, Dutch);
 * month first only when the second part cannot be a month ("4-13-2025").
 */
const RE_DMY_DASH = /(?<![\d-])(\d{1,2})-(\d{1,2})-(\d{4})(?![\d-])/g;
/** "12.08.24": the same order with a two-digit year (20xx), zero-padded throughout so that "1.2.3" version numbers are not dates. */
const RE_DMY_DOT_YY = /(?<![\d.])(\d{2})\.(\d{2})\.(\d{2})(?!\d|\.\d)/g;
/**
 * "05/03/2024": 3/5 is ambiguous, so a slashed date is read only when one part is over 12, or when a
 * zone east of Greenwich (GMT+1, CET, WIB, MYT …) on the line says day first; US pages state US zones.
 */
const RE_SLASH_DMY = /(?<![\d/])(\d{1,2})\/(\d{1,2})\/(\d{4})(?![\d/])/g;
const DAY_FIRST_ZONE = /\b(?:GMT|UTC)\s*\+\s*\d|\b(?:CET|CEST|BST|EET|EEST|WET|WEST|MSK|EAT|WAT|CAT|SAST|PKT|IST|ICT|WIB|WITA|WIT|MYT|SGT|PHT|HKT|AWST|AEST|AEDT|NZST|NZDT)\b/;
const RE_ZH = /(\d{4})年(\d{1,2})月(\d{1,2})日(?:\s*(\d{1,2})[:：时時](\d{2})(?:[:：分](\d{2}))?分?)?/g;
/** Month name first in other languages ("Ogos 5, 2024", "März 5, 2024"): looked up in MONTH_TABLE like RE_DMY_INTL. */
const RE_MDY_INTL = /(?<![\p{L}\p{M}])([\p{L}\p{M}]{3,})\.?\s+(\d{1,2}),?\s+(\d{4})(?!\d)/gu;
/**
 * What every RE_MDY_INTL match holds (a day, perhaps a comma, and the year), tested first: the Unicode pattern
 * tries each word of the line as a month name (~1.5 µs a line) and most date lines are in another form.
 */
const DAY_COMMA_YEAR = /\d,?\s+\d{4}/;
const RE_MDY = new RegExp(`\\b${MONTH_NAME}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, "gi");
// "5 March 2024", and CGTN's "05-Mar-2024".
const RE_DMY = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?(?:\\s+|-)${MONTH_NAME},?(?:\\s+|-)(\\d{4})\\b`, "gi");
// "12:04", "2:12 PM", and the British "12.04 GMT" / "3.30pm" (a dot only with a zone or am/pm after it, so decimals are not times).
// French "14h05" and Canadian French "14 h 05" too.
// Arabic pages mark the half of the day with ص (a.m.) / م (p.m.), or the words صباحاً / مساءً.
const RE_TIME = /(?<![\d:.])(\d{1,2})([:.]|\s?h\s?)(\d{2})(?::(\d{2}))?(?:\s*([ap])\.?\s?m\.?(?![a-z])|\s?(صباحاً|صباحا|صباح|مساءً|مساء|ص|م)(?![\u0600-\u06ff]))?/gi;
/** A dotted time is a time, not a decimal, with an hour word after it ("14.32 Uhr", "14.32 h") or a clock word before it ("pukul 14.32", "kl. 14.32", "ore 14.32"). */
/** The half of the day before a Chinese or Japanese time; the afternoon and evening words are p.m. ("中午" is noon: 12 stays, 1 is 13). */
const ZH_HALF_BEFORE = /(上午|下午|中午|晚上|晚间|凌晨|早上|午前|午後)\s*$/;
const ZH_PM = /下午|中午|晚上|晚间|午後/;
const DOT_TIME_AFTER = /^\s?(?:uhr|h|hrs?|horas?|heures?)(?![a-z])/i;
const DOT_TIME_AFTER_YEAR = /\d{4},?\s$/;
const DOT_TIME_BEFORE = /(?:^|[^a-z])(?:pukul|jam|kl|klo|ore|alle|um|om|godz)\.?\s*$/i;
const RE_ZONE = /^\s*(?:\(?\s*)(?:(UTC|GMT)\s*([+-]\d{1,2})(?::?(\d{2}))?|(Z|[+-]\d{2}:?\d{2})|([A-Z]{1,4}T|UTC|GMT|Z|WIB|WITA|MSK|H[NA][ECRPA]))\b\)?/;

const FOUR_DIGITS = /\d{4}/;
const RE_H_TIME = /\d\s?h\s?\d/;

/** What may separate a time from its date: spaces, commas, bars, dashes, "at", a weekday name. */
// English "at" and "on" ("5:32 pm on 5 March 2024"); clock words of other languages too ("um", "às", "a las", "alle", "om", "pukul", "kl.", "в", "الساعة", Croatian and
// Serbian "u" and "у", Ukrainian "о", Czech and Slovak "v", Slovene "ob", Romanian "la ora", Estonian "kell", Latvian "plkst.", Lithuanian "val."),
// a colon ("05 مارس ,2024: 02:32"), and the full stop Croatian, Serbian and Hungarian print after a year ("2024. u 14:32").
const GAP = /^(?:[\s,/|·•@:\-–—]|(?<=^)\.(?=\s)|(?:at|on|à|um|às|a las|a les|alle|ore|om|o|u|v|ob|la ora|ora|kell|plkst|val|pukul|jam|saat|kl|klo|godz|в|у|о|الساعة)\.?(?=\s|\d|$)|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?|(?:星期|週|周)[一二三四五六日天]|[（(](?:星期|週|周)?[一二三四五六日天][)）])*$/i;
/** A zone printed between the date and the time: "2024-03-05 HKT 14:32". */
const ZONE_GAP = /^\s+(?:[A-Z]{1,4}T|UTC|GMT)\s+$/;

function monthOf(s: string): number {
  return MONTHS[s.toLowerCase().replace(/\.$/, "").slice(0, s.toLowerCase().startsWith("sept") ? 4 : 3)] ?? 0;
}

function pad(n: number, w = 2): string {
  return String(n).padStart(w, "0");
}

function validDate(y: number, m: number, d: number): boolean {
  return y >= 1990 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= 31;
}

/** Reads a zone right after position `at` in `s`. */
function zoneAt(s: string, at: number): { offset?: string; zone?: string; text: string; len: number } | null {
  const m = s.slice(at, at + 16).match(RE_ZONE);
  if (!m) return null;
  if (m[1]) {
    const h = Number(m[2]);
    const mm = m[3] ? Number(m[3]) : 0;
    const sign = h < 0 || m[2]!.startsWith("-") ? "-" : "+";
    return { offset: `${sign}${pad(Math.abs(h))}:${pad(mm)}`, text: m[0].trim(), len: m[0].length };
  }
  if (m[4]) {
    if (m[4] === "Z") return { offset: "+00:00", text: "Z", len: m[0].length };
    const raw = m[4].replace(":", "");
    return { offset: `${raw.slice(0, 3)}:${raw.slice(3)}`, text: m[4], len: m[0].length };
  }
  const abbr = m[5]!;
  // A named standard or summer time states its offset ("EDT" is -04:00 whatever the date).
  const fixed = FIXED_ABBR[abbr];
  if (fixed) return { offset: fixed, text: abbr, len: m[0].length };
  const zone = ZONE_ABBR[abbr];
  if (!zone) return null;
  return zone === "UTC" ? { offset: "+00:00", text: abbr, len: m[0].length } : { zone, text: abbr, len: m[0].length };
}

interface TimeHit { start: number; end: number; hour: number; minute: number; second: number; offset?: string; zone?: string; zoneText?: string }

function timesIn(s: string): TimeHit[] {
  const out: TimeHit[] = [];
  RE_TIME.lastIndex = 0;
  for (let m = RE_TIME.exec(s); m; m = RE_TIME.exec(s)) {
    let hour = Number(m[1]);
    const minute = Number(m[3]);
    if (hour > 23 || minute > 59) continue;
    const dot = m[2] === ".";
    // Chinese and Japanese name the half of the day before the time ("下午6:32", "午後 6:32").
    const zhHalf = !m[5] && !m[6] && m.index > 0 ? ZH_HALF_BEFORE.exec(s.slice(Math.max(0, m.index - 4), m.index)) : null;
    const half = m[5] ? m[5].toLowerCase() : m[6] ? (m[6].startsWith("م") ? "p" : "a") : zhHalf ? (ZH_PM.test(zhHalf[1]!) ? "p" : "a") : "";
    if (half) {
      const pm = half === "p";
      if (hour === 12) hour = pm ? 12 : 0;
      else if (pm && hour < 12) hour += 12;
    }
    const hit: TimeHit = { start: m.index - (zhHalf ? zhHalf[0].length : 0), end: m.index + m[0].length, hour, minute, second: m[4] ? Number(m[4]) : 0 };
    let z = zoneAt(s, hit.end);
    if (dot && !half && !z) {
      const word = s.slice(hit.end, hit.end + 8).match(DOT_TIME_AFTER);
      if (word) { hit.end += word[0].length; z = zoneAt(s, hit.end); }
      // (Or it closes the text right after a date's year: "petek, 12. 1. 2024, 14.32".)
      else if (!DOT_TIME_BEFORE.test(s.slice(Math.max(0, hit.start - 8), hit.start)) && !(hit.end === s.length && DOT_TIME_AFTER_YEAR.test(s.slice(Math.max(0, hit.start - 7), hit.start)))) continue;
    }
    if (z) {
      hit.end += z.len;
      hit.zoneText = z.text;
      if (z.offset) hit.offset = z.offset;
      if (z.zone) hit.zone = z.zone;
    }
    out.push(hit);
  }
  return out;
}

/**
 * Adds a valid date that overlaps none found before. A module function, not a closure in
 * findDates: under tsx (keepNames) a named closure costs a defineProperty on every call.
 */
function pushDate(found: FoundDate[], start: number, end: number, y: number, mo: number, d: number): void {
  if (validDate(y, mo, d) && !overlapsFound(found, start, end)) found.push({ start, end, year: y, month: mo, day: d });
}
/** Does [start, end) overlap a date already found? (The earlier form wins: pushDate drops the later one.) */
function overlapsFound(found: FoundDate[], start: number, end: number): boolean {
  return found.some((f) => start < f.end && end > f.start);
}

/** The Solar Hijri months (Persian names, Farvardin first), a day before and a year (13xx, 14xx) after. */
const SOLAR_MONTHS = ["فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند"];
const RE_SOLAR_HIJRI = new RegExp(`(?<!\\d)(\\d{1,2})\\s+(${SOLAR_MONTHS.join("|")})\\s+(1[34]\\d{2})(?!\\d)`, "g");
const RE_SOLAR_YEAR = /(?<!\d)1[34]\d{2}(?!\d)/;

/** Solar Hijri (Jalali) year, month, day to the Gregorian ones (the arithmetic of the 33-year leap cycle). */
function solarHijriToGregorian(jy: number, jm: number, jd: number): [number, number, number] {
  jy += 1595;
  let days = -355668 + 365 * jy + Math.floor(jy / 33) * 8 + Math.floor(((jy % 33) + 3) / 4) + jd + (jm < 7 ? (jm - 1) * 31 : (jm - 7) * 30 + 186);
  let gy = 400 * Math.floor(days / 146097);
  days %= 146097;
  if (days > 36524) {
    gy += 100 * Math.floor(--days / 36524);
    days %= 36524;
    if (days >= 365) days++;
  }
  gy += 4 * Math.floor(days / 1461);
  days %= 1461;
  if (days > 365) {
    gy += Math.floor((days - 1) / 365);
    days = (days - 1) % 365;
  }
  let gd = days + 1;
  const leap = (gy % 4 === 0 && gy % 100 !== 0) || gy % 400 === 0;
  const lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  let gm = 0;
  while (gm < 12 && gd > lengths[gm]!) gd -= lengths[gm++]!;
  return [gy, gm + 1, gd];
}

/** Every date in `s`, with the nearest time (within a few characters) attached. */
export function findDates(s: string): FoundDate[] {
  const found: FoundDate[] = [];
  // Every date form below has a four-digit year (and a time is only kept next to a date):
  // a line without four digits in a row ("3 Min Read", "2 hours ago") has none.
  // (Or a dotted date with a two-digit year, RE_DMY_DOT_YY.)
  if (!FOUR_DIGITS.test(s)) {
    // Arabic-Indic digits ("٥ مارس ٢٠٢٤") are read as 0–9 (same length, so offsets hold).
    if (RE_EASTERN_DIGIT.test(s)) s = westernDigits(s);
    if (!FOUR_DIGITS.test(s)) {
      RE_DMY_DOT_YY.lastIndex = 0;
      if (!s.includes(".") || !RE_DMY_DOT_YY.test(s)) return found;
    }
  }
  let m: RegExpExecArray | null;
  RE_ISO.lastIndex = 0;
  while ((m = RE_ISO.exec(s))) {
    const before = found.length;
    pushDate(found, m.index, m.index + m[0].length, Number(m[1]), Number(m[3]), Number(m[4]));
    const f = found[before];
    if (f && m[5]) {
      f.hour = Number(m[5]); f.minute = Number(m[6]); f.second = m[7] ? Number(m[7]) : 0;
      const z = zoneAt(s, f.end);
      if (z) { f.end += z.len; f.zoneText = z.text; if (z.offset) f.offset = z.offset; if (z.zone) f.zone = z.zone; }
    }
  }
  RE_DMY_DOT.lastIndex = 0;
  while ((m = RE_DMY_DOT.exec(s))) pushDate(found, m.index, m.index + m[0].length, Number(m[3]), Number(m[2]), Number(m[1]));
  if (s.includes(".")) {
    RE_DMY_DOT_YY.lastIndex = 0;
    while ((m = RE_DMY_DOT_YY.exec(s))) pushDate(found, m.index, m.index + m[0].length, 2000 + Number(m[3]), Number(m[2]), Number(m[1]));
  }
  if (s.includes("-")) {
    RE_DMY_DASH.lastIndex = 0;
    while ((m = RE_DMY_DASH.exec(s))) {
      const a = Number(m[1]), b = Number(m[2]);
      const monthFirst = b > 12 && a <= 12;
      pushDate(found, m.index, m.index + m[0].length, Number(m[3]), monthFirst ? a : b, monthFirst ? b : a);
    }
  }
  if (s.includes("/")) {
    RE_SLASH_DMY.lastIndex = 0;
    while ((m = RE_SLASH_DMY.exec(s))) {
      const a = Number(m[1]), b = Number(m[2]);
      const dayFirst = a > 12 || (b <= 12 && DAY_FIRST_ZONE.test(s));
      if (dayFirst || b > 12) pushDate(found, m.index, m.index + m[0].length, Number(m[3]), dayFirst ? b : a, dayFirst ? a : b);
    }
  }
  RE_ZH.lastIndex = 0;
  while ((m = RE_ZH.exec(s))) {
    const before = found.length;
    pushDate(found, m.index, m.index + m[0].length, Number(m[1]), Number(m[2]), Number(m[3]));
    const f = found[before];
    if (f && m[4]) { f.hour = Number(m[4]); f.minute = Number(m[5]); f.second = m[6] ? Number(m[6]) : 0; }
  }
  if (s.includes("년")) {
    RE_KO.lastIndex = 0;
    while ((m = RE_KO.exec(s))) pushDate(found, m.index, m.index + m[0].length, Number(m[1]), Number(m[2]), Number(m[3]));
  }
  if (RE_MONTH_SCRIPT.test(s)) {
    RE_MDY.lastIndex = 0;
    while ((m = RE_MDY.exec(s))) pushDate(found, m.index, m.index + m[0].length, Number(m[3]), monthOf(m[1]!), Number(m[2]));
    RE_DMY.lastIndex = 0;
    while ((m = RE_DMY.exec(s))) pushDate(found, m.index, m.index + m[0].length, Number(m[3]), monthOf(m[2]!), Number(m[1]));
    // "05 abr 2024", "5 de marzo de 2024", "12 mars 2024", "5. März 2024" (after the English forms, which win on overlap).
    RE_DMY_INTL.lastIndex = 0;
    while ((m = RE_DMY_INTL.exec(s))) {
      // Over a date read already ("5 March 2019", English): pushDate would drop it, and no match can start inside
      // this one (each starts with a day after no digit), so the search resumes where it would after the lookup.
      // Not looked up: an English month name is unknown to the table, and the first unknown word builds ICU's (~140 ms).
      if (overlapsFound(found, m.index, m.index + m[0].length)) continue;
      const mo = intlMonth(m[2]!);
      if (mo) pushDate(found, m.index, m.index + m[0].length, Number(m[3]), mo, Number(m[1]));
      else RE_DMY_INTL.lastIndex = m.index + 1;
    }
    if (s.includes(". ")) {
      RE_YMD_INTL.lastIndex = 0;
      while ((m = RE_YMD_INTL.exec(s))) {
        if (overlapsFound(found, m.index, m.index + m[0].length)) continue; // (as RE_DMY_INTL's above)
        const mo = intlMonth(m[2]!);
        if (mo) pushDate(found, m.index, m.index + m[0].length, Number(m[1]), mo, Number(m[3]));
      }
      if (s.includes(" gada ")) {
        RE_YMD_LV.lastIndex = 0;
        while ((m = RE_YMD_LV.exec(s))) {
          const mo = intlMonth(m[3]!);
          if (mo) pushDate(found, m.index, m.index + m[0].length, Number(m[1]), mo, Number(m[2]));
        }
      }
    }
    if (DAY_COMMA_YEAR.test(s)) {
      RE_MDY_INTL.lastIndex = 0;
      while ((m = RE_MDY_INTL.exec(s))) {
        // (As RE_DMY_INTL's above: no match starts inside this one after its word, each starting with a word of letters.)
        if (overlapsFound(found, m.index, m.index + m[0].length)) continue;
        const mo = intlMonth(m[1]!);
        if (mo) pushDate(found, m.index, m.index + m[0].length, Number(m[3]), mo, Number(m[2]));
        else RE_MDY_INTL.lastIndex = m.index + m[1]!.length;
      }
    }
    if (s.includes("th")) {
      RE_VI.lastIndex = 0;
      while ((m = RE_VI.exec(s))) pushDate(found, m.index, m.index + m[0].length, Number(m[3]), Number(m[2]), Number(m[1]));
    }
  }
  if (RE_THAI_LETTER.test(s)) {
    RE_TH.lastIndex = 0;
    while ((m = RE_TH.exec(s))) {
      const mo = intlMonth(m[2]!.replace(/\.$/, ""));
      const year = Number(m[4]);
      const buddhist = m[3] ? m[3].startsWith("พ") : year > 2400;
      if (mo) pushDate(found, m.index, m.index + m[0].length, buddhist ? year - 543 : year, mo, Number(m[1]));
    }
  }
  // A Solar Hijri date (Iran, Afghanistan: "۱۲ آذر ۱۴۰۳", read after its Persian digits), converted to the Gregorian day.
  if (RE_SOLAR_YEAR.test(s)) {
    RE_SOLAR_HIJRI.lastIndex = 0;
    while ((m = RE_SOLAR_HIJRI.exec(s))) {
      const [y, mo, d] = solarHijriToGregorian(Number(m[3]), SOLAR_MONTHS.indexOf(m[2]!) + 1, Number(m[1]));
      pushDate(found, m.index, m.index + m[0].length, y, mo, d);
    }
  }
  // Attach a free-standing time ("10:31 AM GMT+1, February 14, 2023", "March 5, 2019 / 2:12 PM") to the nearest date.
  if (found.some((f) => f.hour === undefined) && (s.includes(":") || s.includes(".") || RE_H_TIME.test(s))) {
    const times = timesIn(s).filter((t) => !found.some((f) => t.start < f.end && t.end > f.start));
    for (const f of found) {
      if (f.hour !== undefined) continue;
      let best: TimeHit | null = null;
      let bestGap = 24;
      let between: ReturnType<typeof zoneAt> = null;
      for (const t of times) {
        const gap = t.start >= f.end ? t.start - f.end : f.start - t.end;
        if (gap < 0 || gap >= bestGap) continue;
        const text = t.start >= f.end ? s.slice(f.end, t.start) : s.slice(t.end, f.start);
        if (GAP.test(text)) { best = t; bestGap = gap; between = null; }
        else if (t.start >= f.end && !t.zoneText && ZONE_GAP.test(text)) { best = t; bestGap = gap; between = zoneAt(s, f.end); }
      }
      if (best) {
        f.hour = best.hour; f.minute = best.minute; f.second = best.second;
        const z = between ?? best;
        const offset = between ? between.offset : best.offset;
        if (offset) f.offset = offset;
        if (z.zone) f.zone = z.zone;
        const zoneText = between ? between.text : best.zoneText;
        if (zoneText) f.zoneText = zoneText;
        f.start = Math.min(f.start, best.start); f.end = Math.max(f.end, best.end);
      }
    }
  }
  if (found.length > 1) found.sort((a, b) => a.start - b.start);
  return found;
}

/** A line that is nothing but a time, with or without a zone ("14:32", "4:12 PM MYT"): the time of a date printed on the line above. */
export function timeOnly(s: string): Pick<FoundDate, "hour" | "minute" | "second" | "offset" | "zone" | "zoneText"> | null {
  if (s.length > 20 || !s.includes(":")) return null;
  const t = timesIn(s)[0];
  if (!t || t.start !== 0 || t.end < s.trimEnd().length) return null;
  const out: ReturnType<typeof timeOnly> = { hour: t.hour, minute: t.minute, second: t.second };
  if (t.offset) out.offset = t.offset;
  if (t.zone) out.zone = t.zone;
  if (t.zoneText) out.zoneText = t.zoneText;
  return out;
}

/** How much a date tells: 3 with a zone, 2 with a time, 1 date only. */
export function dateRank(d: FoundDate): number {
  return d.hour === undefined ? 1 : d.offset || d.zone ? 3 : 2;
}

/** Zone offsets by zone and hour: Intl lookups behind luxon cost ~0.1 ms each. */
const OFFSETS = new Map<string, string>();

export interface Formatted {
  value: string;
  /** Where the offset came from: "page", "profile" or "" (none / date only). */
  offsetFrom: "page" | "profile" | "";
}

/** ISO 8601 per the guidelines. `homeZone` is used only when the page states no zone. */
export function formatDate(d: FoundDate, homeZone?: string): Formatted {
  const date = `${d.year}-${pad(d.month)}-${pad(d.day)}`;
  if (d.hour === undefined) return { value: date, offsetFrom: "" };
  const time = `${pad(d.hour)}:${pad(d.minute ?? 0)}:${pad(d.second ?? 0)}`;
  if (d.offset) return { value: `${date}T${time}${d.offset}`, offsetFrom: "page" };
  let zone = d.zone;
  let from: Formatted["offsetFrom"] = "page";
  // "CST" on a China site is China Standard Time, not US Central.
  if (zone && d.zoneText === "CST" && homeZone === "Asia/Shanghai") zone = homeZone;
  if (!zone && homeZone) { zone = homeZone; from = "profile"; }
  if (!zone) return { value: `${date}T${time}`, offsetFrom: "" };
  const key = `${zone}|${date}T${pad(d.hour)}`;
  const cached = OFFSETS.get(key);
  if (cached) return { value: `${date}T${time}${cached}`, offsetFrom: from };
  const dt = DateTime.fromObject(
    { year: d.year, month: d.month, day: d.day, hour: d.hour, minute: d.minute ?? 0, second: d.second ?? 0 },
    { zone },
  );
  if (!dt.isValid) return { value: `${date}T${time}`, offsetFrom: "" };
  const off = dt.toFormat("ZZ");
  if (OFFSETS.size > 5000) OFFSETS.clear();
  OFFSETS.set(key, off);
  return { value: `${date}T${time}${off}`, offsetFrom: from };
}

const RE_RFC_WEEKDAY = /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun),\s*$/;
/** An ISO-like machine date (meta tags, JSON-LD, <time datetime>, an RFC 2822 date) -> guideline form. */
export function normalizeIsoDate(s: string, homeZone?: string): Formatted | null {
  const t = s.trim();
  const d = findDates(t)[0];
  // The date starts the value, or follows the weekday of an RFC 2822 / HTTP date ("Tue, 05 Mar 2024 06:32:00 GMT").
  if (!d || (d.start > 0 && !RE_RFC_WEEKDAY.test(t.slice(0, d.start)))) return null;
  return formatDate(d, homeZone);
}

/** Same calendar date and clock time (zone ignored). */
export function sameLocal(a: FoundDate, b: FoundDate): boolean {
  return a.year === b.year && a.month === b.month && a.day === b.day && a.hour === b.hour && a.minute === b.minute;
}
