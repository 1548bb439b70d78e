// Story language as a BCP 47 primary tag, from the script of the body text. A script one language
// writes decides alone; for Latin script, common function words decide when they are frequent and
// varied (most pages: fast, and they tell Indonesian from Malay); anything else (an unlisted Latin
// language, a close relative of a listed one, Cyrillic, Arabic and Devanagari scripts) goes to
// franc's trigram model of the languages below.
import { franc } from "franc";
import { unitsOf } from "./normalize.js";

const STOPWORDS: Record<string, string[]> = {
  en: ["the", "and", "of", "to", "in", "is", "that", "said", "for", "with", "was", "on", "by", "from", "has", "have", "it"],
  fr: ["le", "la", "les", "des", "et", "est", "dans", "une", "du", "pour", "que", "qui", "sur", "au", "pas", "a"],
  es: ["el", "la", "los", "las", "del", "y", "que", "en", "por", "una", "con", "para", "es", "se", "al"],
  de: ["der", "die", "das", "und", "ist", "nicht", "mit", "den", "von", "zu", "ein", "eine", "im", "auf", "sich"],
  pt: ["o", "os", "as", "do", "da", "dos", "e", "que", "em", "um", "uma", "para", "com", "não", "foi"],
  it: ["il", "di", "che", "della", "e", "per", "un", "una", "del", "non", "sono", "nel", "gli", "alla"],
  // Dutch without "de"/"en", the commonest words of Spanish, French and Portuguese too (which leave them out).
  nl: ["het", "een", "van", "dat", "op", "voor", "met", "niet", "zijn", "wordt", "ook", "naar", "bij", "heeft", "werd"],
  // Turkish and Polish: only words written in a-z/à-ÿ (ş, ğ, ı, ą, ę, ł, ż split words here), none shared
  // with the lists above or common in English ("her", "to", "do", "de", "da" left out).
  tr: ["ve", "bir", "bu", "ile", "için", "olarak", "daha", "gibi", "ise", "çok", "kadar", "sonra", "yeni", "göre", "olan", "ilk", "yüzde"],
  pl: ["i", "w", "z", "na", "nie", "jest", "od", "po", "jak", "oraz", "przez", "dla", "ale", "jego", "tym", "ma", "we", "za", "ze"],
  // Indonesian and Malay share most function words: both lists hold the shared ones, so the words only one of
  // them writes ("bahwa"/"bahawa", "karena"/"kerana", "bisa"/"boleh") decide; a tie is read as Indonesian (listed first).
  id: ["yang", "dan", "di", "ini", "itu", "dengan", "untuk", "dari", "akan", "pada", "tidak", "ke", "dalam", "juga", "bahwa", "karena", "bisa", "sudah", "saat", "ujar"],
  ms: ["yang", "dan", "di", "ini", "itu", "dengan", "untuk", "dari", "akan", "pada", "tidak", "ke", "dalam", "juga", "bahawa", "kerana", "boleh", "ialah", "iaitu", "semasa"],
  // Swahili: the noun-class particles ("ya", "wa", "za", "cha") and "kwa", "na", "katika".
  sw: ["na", "ya", "wa", "kwa", "za", "ni", "katika", "hiyo", "kuwa", "pia", "hii", "cha", "yake", "baada", "lakini", "ili", "huku", "zaidi", "hadi"],
  // Romanian without the words it shares with French, Italian or Spanish ("la", "de", "a", "un") and without "în"
  // (î would need a letter code of its own: see LETTER_CODE).
  ro: ["care", "pe", "din", "este", "fost", "mai", "pentru", "sunt", "cu", "lui", "iar", "ale", "dar", "cele", "acest", "fiind"],
  // Finnish without "on"/"se" (English and Spanish words too).
  fi: ["ja", "ei", "että", "oli", "hän", "kun", "myös", "mutta", "ovat", "tai", "joka", "sekä", "kuin", "mukaan"],
};
/**
 * The languages franc may answer, in its ISO 639-3 codes, with their BCP 47 primary tags: languages with a
 * news press written in Latin, Cyrillic, Arabic, Devanagari, Hebrew or Ethiopic script (franc's long tail of
 * minor languages left out, so that short or mixed text is not read as one). Dari is read as Persian. Bosnian is
 * left out: franc reads Croatian paragraphs as Bosnian, while a Bosnian page read as Croatian keeps its clock.
 */
const FRANC_TAGS: Record<string, string> = {
  eng: "en", fra: "fr", spa: "es", por: "pt", deu: "de", ita: "it", nld: "nl", afr: "af", dan: "da", swe: "sv", nob: "nb", nno: "nn",
  fin: "fi", ekk: "et", lvs: "lv", lit: "lt", pol: "pl", ces: "cs", slk: "sk", slv: "sl", hrv: "hr", srp: "sr", als: "sq",
  hun: "hu", ron: "ro", cat: "ca", glg: "gl", tur: "tr", azj: "az", uzn: "uz", vie: "vi", ind: "id", zlm: "ms", jav: "jv", sun: "su",
  tgl: "tl", ceb: "ceb", swh: "sw", hau: "ha", yor: "yo", ibo: "ig", zul: "zu", xho: "xh", som: "so", kin: "rw", hat: "ht",
  rus: "ru", ukr: "uk", bel: "be", bul: "bg", mkd: "mk", kaz: "kk", kir: "ky", tat: "tt", tgk: "tg", khk: "mn",
  arb: "ar", pes: "fa", prs: "fa", urd: "ur", pbu: "ps", ckb: "ckb", uig: "ug",
  hin: "hi", mar: "mr", npi: "ne", heb: "he", ydd: "yi", amh: "am", tir: "ti",
};
const FRANC_ONLY = Object.keys(FRANC_TAGS);
/** The languages of news pages this module tells apart (other modules take their locale data by them). */
export const NEWS_LANGUAGES: readonly string[] = [...new Set([...Object.values(FRANC_TAGS), "el", "bs", "is", "ga", "cy", "eu", "mt", "ka", "hy", "th"])];

/**
 * franc's answer for the first 300 characters ("" when it has none). Trigram distances to every language of
 * the script cost about 0.6 ms there, so it runs only where the cheaper evidence above cannot decide.
 */
function trigramLanguage(sample: string): string {
  const tag = FRANC_TAGS[franc(sample.slice(0, 300), { only: FRANC_ONLY, minLength: 40 })] ?? "";
  return tag === "hr" || tag === "sr" ? croatianOrSerbian(sample, tag) : tag;
}

/**
 * Croatian or Serbian in Latin script, which franc's trigrams do not tell apart: the same words in their
 * ijekavian (Croatian) and ekavian (Serbian) forms, and a few words only one of them uses ("tisuća"/"hiljada").
 */
const IJEKAVIAN = new Set(["prije", "dvije", "vrijeme", "mjesto", "gdje", "uvijek", "cijena", "cijene", "rijeka", "svijet", "mjesec", "mjeseca", "djeca", "dijete", "tisuća", "tjedan", "također", "općina", "općine"]);
const EKAVIAN = new Set(["pre", "dve", "vreme", "mesto", "gde", "uvek", "cena", "cene", "reka", "svet", "mesec", "meseca", "deca", "dete", "hiljada", "nedelja", "takođe", "opština", "opštine"]);
function croatianOrSerbian(sample: string, tag: string): string {
  let hr = 0, sr = 0;
  for (const w of sample.toLowerCase().split(/[^\p{L}]+/u)) { if (IJEKAVIAN.has(w)) hr++; else if (EKAVIAN.has(w)) sr++; }
  return hr > sr ? "hr" : sr > hr ? "sr" : tag;
}

const LOOKUP = new Map<string, string[]>();
for (const [lang, words] of Object.entries(STOPWORDS)) for (const w of words) LOOKUP.set(w, [...(LOOKUP.get(w) ?? []), lang]);

export function detectLanguage(text: string, fallback = ""): string {
  const sample = text.length > 1500 ? text.slice(0, 1500) : text;
  // No letter of another script at all (one native scan): Latin, decided by function words below.
  if (!OTHER_SCRIPTS.test(sample)) return /[A-Za-z\u00c0-\u024f]/.test(sample) ? latinLanguage(sample, fallback) : fallback;
  let han = 0, kana = 0, hangul = 0, cyr = 0, arab = 0, latin = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c < 128) { if ((c | 32) >= 97 && (c | 32) <= 122) latin++; }
    else if (c >= 0x4e00 && c <= 0x9fff) han++;
    else if (c >= 0x3040 && c <= 0x30ff) kana++;
    else if (c >= 0xac00 && c <= 0xd7af) hangul++;
    else if (c >= 0x0400 && c <= 0x04ff) cyr++;
    else if (c >= 0x0600 && c <= 0x06ff) arab++;
    else if (c >= 0xc0 && c <= 0x24f) latin++;
  }
  // A script used by one main language (Devanagari, Bengali, Thai, Hebrew, Greek, …): counted apart, so
  // a page in it is never read as Latin for its English menu words.
  let other = 0, otherLang = "";
  const otherCounts = new Map<string, number>();
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c < 0x0370 || (c >= 0x0400 && c < 0x0530) || (c >= 0x0600 && c < 0x0900) || c >= 0x1100) continue;
    const l = scriptLanguage(c);
    if (l) otherCounts.set(l, (otherCounts.get(l) ?? 0) + 1);
  }
  for (const [l, n] of otherCounts) if (n > other) { other = n; otherLang = l; }
  const top = Math.max(han, kana, hangul, cyr, arab, latin, other);
  if (top === 0) return fallback;
  // Devanagari writes Hindi, Marathi and Nepali.
  if (other === top && otherLang) return otherLang === "hi" ? trigramLanguage(sample) || "hi" : otherLang;
  if (kana > 0 && kana * 4 >= han && top === Math.max(han, kana)) return "ja";
  if (top === han) return "zh";
  if (top === hangul) return "ko";
  if (top === cyr) return trigramLanguage(sample) || "ru";
  if (top === arab) return trigramLanguage(sample) || "ar";
  return latinLanguage(sample, fallback);
}

/** The language of a letter of a script with one main language (U+0370–U+10FF), else "". */
function scriptLanguage(c: number): string {
  if (c < 0x0400) return c >= 0x0370 ? "el" : "";
  if (c >= 0x0590 && c < 0x0600) return "he";
  if (c >= 0x0900 && c < 0x0980) return "hi";
  if (c >= 0x0980 && c < 0x0a00) return "bn";
  if (c >= 0x0a00 && c < 0x0a80) return "pa";
  if (c >= 0x0a80 && c < 0x0b00) return "gu";
  if (c >= 0x0b00 && c < 0x0b80) return "or";
  if (c >= 0x0b80 && c < 0x0c00) return "ta";
  if (c >= 0x0c00 && c < 0x0c80) return "te";
  if (c >= 0x0c80 && c < 0x0d00) return "kn";
  if (c >= 0x0d00 && c < 0x0d80) return "ml";
  if (c >= 0x0d80 && c < 0x0e00) return "si";
  if (c >= 0x0e00 && c < 0x0e80) return "th";
  if (c >= 0x0e80 && c < 0x0f00) return "lo";
  if (c >= 0x1000 && c < 0x10a0) return "my";
  if (c >= 0x10a0 && c < 0x1100) return "ka";
  if (c >= 0x0530 && c < 0x0590) return "hy";
  return "";
}

const OTHER_SCRIPTS = /[\u0370-\u03ff\u0530-\u05ff\u0900-\u10ff\u0400-\u04ff\u0600-\u06ff\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]/;

/** The longest function word: longer runs of letters need no lookup. */
const LONGEST = Math.max(...[...LOOKUP.keys()].map((w) => w.length));

/**
 * Function words keyed by a small integer: each letter of a function word has a five-bit code
 * (LETTER_CODE, 0 for a letter no function word has), a word of up to six letters their 30 bits.
 * Walking the sample builds the key as it goes: no slice and no string hash per word, and the key
 * stays a small integer (a larger number is boxed and hashed as a double on every lookup).
 */
const LETTER_CODE = new Uint8Array(256);
let letters = 0;
for (const w of LOOKUP.keys()) for (let i = 0; i < w.length; i++) if (!LETTER_CODE[w.charCodeAt(i)]) LETTER_CODE[w.charCodeAt(i)] = ++letters;
const wordNumber = (w: string): number => { let k = 0; for (let i = w.length - 1; i >= 0; i--) k = k * 32 + LETTER_CODE[w.charCodeAt(i)]!; return k; };
if (LONGEST > 6 || letters > 31 || [...LOOKUP.keys()].some((w) => /[^\x00-\xff]/.test(w))) throw new Error("language: function words unfit for number keys");

/** The languages, in STOPWORDS order; latinLanguage counts by index into it. */
const LANGS = Object.keys(STOPWORDS);
/**
 * The word numbers in an open-addressing table of typed arrays (a Map lookup per word was the costly
 * part of latinLanguage): SLOT_KEY holds the number (0 for an empty slot: no word number is 0, every
 * letter code being 1 or more), SLOT_LANGS the word's languages as indices into LANGS.
 */
const SLOTS = 1024;
const SLOT_KEY = new Int32Array(SLOTS);
const SLOT_LANGS: number[][] = new Array<number[]>(SLOTS);
function slotOf(k: number): number {
  let h = Math.imul(k, 0x9e3779b1) >>> 22;
  while (SLOT_KEY[h] !== 0 && SLOT_KEY[h] !== k) h = (h + 1) & (SLOTS - 1);
  return h;
}
for (const [w, langs] of LOOKUP) {
  const h = slotOf(wordNumber(w));
  SLOT_KEY[h] = wordNumber(w);
  SLOT_LANGS[h] = langs.map((l) => LANGS.indexOf(l));
}
if (LOOKUP.size * 4 > SLOTS) throw new Error("language: too many function words for the lookup table");

/**
 * Latin-script languages told by letters no other language writes, where their function words are split by
 * those letters (the word walk below reads a-z and à-ÿ only): Vietnamese (the stacked tone marks of U+1EA0–U+1EF9,
 * ơ, ư), Czech (ě ř ů) and Icelandic (þ and ð: franc has no Icelandic, and its function words, "það", "með", "við",
 * would need letter codes the walk has no room for). A name or two in another language's story ("Dvořák") stays
 * under the share asked.
 */
function markedLatinLanguage(sample: string): string {
  // The marked letters counted by native searches, and the letters by a loop only when there are enough of them:
  // most pages have none, and the loop over every character (its former single pass) cost ~14 µs a page.
  if (!MARKED_LETTER.test(sample)) return "";
  const vi = sample.match(VI_LETTERS)?.length ?? 0;
  const cs = sample.match(CS_LETTERS)?.length ?? 0;
  const thorn = sample.match(THORN)?.length ?? 0;
  const eth = sample.match(ETH)?.length ?? 0;
  if (vi < 3 && cs < 3 && (thorn < 1 || thorn + eth < 3)) return "";
  let letters = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c >= 0x100 || ((c | 32) >= 97 && (c | 32) <= 122) || c >= 0xc0) letters++;
  }
  // Vietnamese marks a letter in five or more; Czech ě, ř and ů together about one in thirty.
  if (vi >= 3 && vi * 20 >= letters) return "vi";
  if (cs >= 3 && cs * 100 >= letters) return "cs";
  // Icelandic: a þ, and þ and ð together one letter in sixty or more (Faroese writes ð but no þ).
  if (thorn >= 1 && thorn + eth >= 3 && (thorn + eth) * 60 >= letters) return "is";
  return "";
}
const VI_LETTERS = /[\u1ea0-\u1ef9\u01a0\u01a1\u01af\u01b0]/g;
const CS_LETTERS = /[\u011a\u011b\u0158\u0159\u016e\u016f]/g;
const THORN = /[\u00de\u00fe]/g;
const ETH = /[\u00d0\u00f0]/g;
/** Any of the kinds, in one character class (one search of a page that has none). */
const MARKED_LETTER = new RegExp(`[${[VI_LETTERS, CS_LETTERS, THORN, ETH].map((r) => r.source.slice(1, -1)).join("")}]`);

/** A letter of a word for latinLanguage(): a-z or à-ÿ (after lower-casing). */
function isWordLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 0xe0 && c <= 0xff);
}

/** A slot's last walk (latinLanguage's call number), to count each function word once per walk. */
const SLOT_SEEN = new Int32Array(SLOTS);
let walk = 0;

/**
 * The Latin-script language of the first 800 characters. Words are runs of a-z and à-ÿ, walked by hand
 * rather than with split(/[^a-zà-ÿ]+/), and looked up by number (SLOT_KEY). The language whose function
 * words are most frequent decides when they are at least one word in seven and five different words
 * (a story in a listed language: in the corpora 11–27% of its words, 6 to 12 different ones); below that
 * the page is in another language, or a relative sharing a few of the words (Croatian has Polish "i",
 * "na", "za", "od", "po"; Catalan has Spanish "la", "que", "del"), and franc decides. Indonesian and Malay,
 * which franc confuses, are told by the words only one of them writes: franc's answer of either defers
 * to the words.
 */
function latinLanguage(sample: string, fallback: string): string {
  const marked = markedLatinLanguage(sample);
  if (marked) return marked;
  const counts: number[] = new Array<number>(LANGS.length).fill(0);
  const distinct: number[] = new Array<number>(LANGS.length).fill(0);
  // Languages in the order first counted (ties go to the first).
  const order: number[] = [];
  const s = sample.slice(0, 800).toLowerCase();
  // The walk reads code units from an array (unitsOf): charCodeAt() on the sliced, often two-byte, sample was most of its cost.
  const u = unitsOf(s);
  const n = s.length;
  const seen = ++walk;
  let words = 0;
  for (let i = 0; i < n; ) {
    if (!isWordLetter(u[i]!)) { i++; continue; }
    words++;
    let k = LETTER_CODE[u[i]!]!;
    // A letter no function word has (code 0) rules the word out.
    let known = k > 0;
    let shift = 5;
    let j = i + 1;
    for (let c: number; j < n && isWordLetter((c = u[j]!)); j++) {
      if (j - i < LONGEST) { const code = LETTER_CODE[c]!; known &&= code > 0; k |= code << shift; shift += 5; }
    }
    if (known && j - i <= LONGEST) {
      const h = slotOf(k);
      if (SLOT_KEY[h] === k) {
        const first = SLOT_SEEN[h] !== seen;
        SLOT_SEEN[h] = seen;
        for (const x of SLOT_LANGS[h]!) { if (counts[x]!++ === 0) order.push(x); if (first) distinct[x]!++; }
      }
    }
    i = j;
  }
  let best = -1;
  let bestN = 0;
  for (const x of order) if (counts[x]! > bestN) { best = x; bestN = counts[x]!; }
  const byWords = best < 0 ? fallback || "en" : LANGS[best]!;
  // Too few words to tell: the words' answer (or the profile's language) stands.
  if (words < MIN_WORDS || (bestN * 7 >= words && distinct[best]! >= 5)) return byWords;
  const trigram = trigramLanguage(sample);
  if (!trigram) return byWords;
  return (trigram === "id" || trigram === "ms") && (byWords === "id" || byWords === "ms") ? byWords : trigram;
}

/** Fewer words than this (a short HTML body, a record's summary) are too few for franc to do better. */
const MIN_WORDS = 15;
