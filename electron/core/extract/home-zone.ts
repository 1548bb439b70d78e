// The publisher's home zone for sites without a profile, used (as the guidelines ask) only when the
// page prints a time without a zone. Four clues, most direct first, each kept to cases where the
// zone is unambiguous: the country-code domain of the page's own URL, for countries on one zone;
// a place named in the publisher's brand ("Times of Malta", "Folha de S.Paulo", "Chicago Tribune");
// a place the page names for itself above the story (a masthead's city or tagline, a section of
// its address: "Doha", "Scotland's Best Newspaper", "/news/bangladesh/"), which also settles the
// zone where the domain's country spans several (a .ru site's "Петербург" weather line);
// the story's language, where every country writing it keeps the same clock. A zone found so is a
// guess about the outlet, so it carries less confidence than a profile's, and the warning says how
// it was chosen. IANA zones, so that daylight saving is right for the date.
import { hostOf } from "./profiles/index.js";

export interface HomeZoneGuess {
  zone: string;
  /** How the zone was chosen, for the warning: "the .de domain of the page". */
  why: string;
}

/**
 * Country-code domains of countries on one clock. Left out: countries spanning zones (.us .ca .au .br
 * .ru .mx .id .cl .kz …) and codes used as generic domains (.co .io .me .tv .fm .ai .ly .to .cc).
 * Spain and Portugal are read as their mainland clocks (the Canaries and the Azores are the exception).
 */
const TLD_ZONES: Record<string, string> = {
  uk: "Europe/London", ie: "Europe/Dublin", pt: "Europe/Lisbon", es: "Europe/Madrid", fr: "Europe/Paris", be: "Europe/Brussels",
  nl: "Europe/Amsterdam", lu: "Europe/Luxembourg", de: "Europe/Berlin", at: "Europe/Vienna", ch: "Europe/Zurich", li: "Europe/Vaduz",
  it: "Europe/Rome", mt: "Europe/Malta", dk: "Europe/Copenhagen", no: "Europe/Oslo", se: "Europe/Stockholm", fi: "Europe/Helsinki",
  is: "Atlantic/Reykjavik", pl: "Europe/Warsaw", cz: "Europe/Prague", sk: "Europe/Bratislava", hu: "Europe/Budapest",
  si: "Europe/Ljubljana", hr: "Europe/Zagreb", rs: "Europe/Belgrade", ba: "Europe/Sarajevo", mk: "Europe/Skopje", al: "Europe/Tirane",
  gr: "Europe/Athens", cy: "Asia/Nicosia", bg: "Europe/Sofia", ro: "Europe/Bucharest", md: "Europe/Chisinau", ua: "Europe/Kiev",
  lt: "Europe/Vilnius", lv: "Europe/Riga", ee: "Europe/Tallinn", tr: "Europe/Istanbul",
  il: "Asia/Jerusalem", jo: "Asia/Amman", lb: "Asia/Beirut", sa: "Asia/Riyadh", ae: "Asia/Dubai", qa: "Asia/Qatar", bh: "Asia/Bahrain",
  kw: "Asia/Kuwait", om: "Asia/Muscat", iq: "Asia/Baghdad", ir: "Asia/Tehran", eg: "Africa/Cairo", tn: "Africa/Tunis", dz: "Africa/Algiers",
  ma: "Africa/Casablanca", ng: "Africa/Lagos", gh: "Africa/Accra", ke: "Africa/Nairobi", tz: "Africa/Dar_es_Salaam", ug: "Africa/Kampala",
  et: "Africa/Addis_Ababa", za: "Africa/Johannesburg", zw: "Africa/Harare", rw: "Africa/Kigali", sn: "Africa/Dakar",
  in: "Asia/Kolkata", pk: "Asia/Karachi", bd: "Asia/Dhaka", lk: "Asia/Colombo", np: "Asia/Kathmandu", th: "Asia/Bangkok",
  vn: "Asia/Ho_Chi_Minh", kh: "Asia/Phnom_Penh", my: "Asia/Kuala_Lumpur", sg: "Asia/Singapore", ph: "Asia/Manila", tw: "Asia/Taipei",
  hk: "Asia/Hong_Kong", mo: "Asia/Macau", cn: "Asia/Shanghai", jp: "Asia/Tokyo", kr: "Asia/Seoul", nz: "Pacific/Auckland",
  ar: "America/Argentina/Buenos_Aires", uy: "America/Montevideo", py: "America/Asuncion", pe: "America/Lima", ve: "America/Caracas",
  bo: "America/La_Paz", cr: "America/Costa_Rica", pa: "America/Panama", gt: "America/Guatemala", sv: "America/El_Salvador",
  hn: "America/Tegucigalpa", ni: "America/Managua", do: "America/Santo_Domingo", cu: "America/Havana", jm: "America/Jamaica",
  pr: "America/Puerto_Rico", tt: "America/Port_of_Spain",
};

/**
 * Places an outlet's brand may name, as patterns on the brand lower-cased without accents: countries
 * on one clock, and cities (which settle the zone in countries that span several: "Chicago Tribune",
 * "Folha de S.Paulo", "Sydney Morning Herald"). Regions spanning zones ("Gulf", "Asia") are not places here.
 */
const BRAND_PLACES: [string, string][] = ([
  ["malta", "Europe/Malta"], ["ireland|irish|dublin", "Europe/Dublin"], ["london|scotland|scotsman|glasgow|edinburgh|wales|welsh|yorkshire|manchester|liverpool|birmingham|belfast", "Europe/London"],
  ["paris", "Europe/Paris"], ["berlin|frankfurt|hamburg|munich|munchen", "Europe/Berlin"], ["roma|rome|milano|milan", "Europe/Rome"],
  ["madrid|barcelona", "Europe/Madrid"], ["lisboa|lisbon", "Europe/Lisbon"], ["amsterdam", "Europe/Amsterdam"], ["brussels|bruxelles", "Europe/Brussels"],
  ["athens|greece|greek", "Europe/Athens"], ["cyprus", "Asia/Nicosia"],
  ["moscow|moskva|москва|московск\\p{L}*|(?:st\\.?|saint|sankt) petersburg|(?:санкт-)?петербург\\p{L}*", "Europe/Moscow"],
  ["kyiv|kiev|ukraine|ukrainian", "Europe/Kiev"], ["israel|jerusalem", "Asia/Jerusalem"], ["jordan", "Asia/Amman"], ["saudi|riyadh", "Asia/Riyadh"],
  ["kuwait", "Asia/Kuwait"], ["qatar|doha", "Asia/Qatar"], ["bahrain", "Asia/Bahrain"], ["oman|muscat", "Asia/Muscat"], ["dubai|abu dhabi", "Asia/Dubai"],
  ["egypt|cairo", "Africa/Cairo"], ["nigeria|lagos|abuja", "Africa/Lagos"], ["ghana", "Africa/Accra"], ["kenya|nairobi", "Africa/Nairobi"],
  ["uganda", "Africa/Kampala"], ["tanzania", "Africa/Dar_es_Salaam"], ["ethiopia|addis", "Africa/Addis_Ababa"], ["johannesburg|cape town|south africa", "Africa/Johannesburg"],
  ["india|hindustan|delhi|mumbai|bombay|kolkata|calcutta|chennai|madras|deccan|bangalore|bengaluru", "Asia/Kolkata"],
  ["pakistan|karachi|lahore|islamabad", "Asia/Karachi"], ["bangladesh|dhaka", "Asia/Dhaka"], ["nepal|kathmandu", "Asia/Kathmandu"], ["sri lanka|colombo", "Asia/Colombo"],
  ["bangkok|thailand|thai", "Asia/Bangkok"], ["vietnam|hanoi|saigon", "Asia/Ho_Chi_Minh"], ["jakarta", "Asia/Jakarta"],
  ["malaysia|malay|kuala lumpur", "Asia/Kuala_Lumpur"], ["singapore", "Asia/Singapore"], ["philippines?|manila", "Asia/Manila"],
  ["taipei|taiwan", "Asia/Taipei"], ["hong kong", "Asia/Hong_Kong"], ["macau|macao", "Asia/Macau"], ["china|beijing|shanghai", "Asia/Shanghai"],
  ["vladivostok|владивосток\\p{L}*", "Asia/Vladivostok"], ["phnom penh|cambodia", "Asia/Phnom_Penh"], ["japan|tokyo|osaka", "Asia/Tokyo"], ["korea|seoul", "Asia/Seoul"],
  ["new zealand|auckland|wellington", "Pacific/Auckland"], ["sydney|canberra", "Australia/Sydney"], ["melbourne", "Australia/Melbourne"],
  ["brisbane|queensland", "Australia/Brisbane"], ["adelaide", "Australia/Adelaide"], ["perth|west(?:ern)? australian?", "Australia/Perth"], ["hobart|tasmania", "Australia/Hobart"],
  ["new york|brooklyn|newark|boston|philadelphia|washington|baltimore|pittsburgh|atlanta|miami|orlando|tampa|detroit|cleveland|charlotte", "America/New_York"],
  ["chicago|houston|dallas|austin|san antonio|minneapolis|st\\.? louis|kansas city|milwaukee|new orleans|nashville", "America/Chicago"],
  ["denver|salt lake", "America/Denver"], ["phoenix|arizona", "America/Phoenix"],
  ["los angeles|san francisco|san diego|seattle|portland|las vegas|sacramento", "America/Los_Angeles"], ["honolulu|hawaii", "Pacific/Honolulu"],
  ["toronto|ottawa|montreal", "America/Toronto"], ["vancouver", "America/Vancouver"], ["calgary|edmonton", "America/Edmonton"], ["winnipeg", "America/Winnipeg"],
  ["s(?:ao|\\.)\\s*paulo|rio de janeiro|brasilia", "America/Sao_Paulo"], ["buenos aires|argentina", "America/Argentina/Buenos_Aires"],
  ["manaus|amazonas", "America/Manaus"], ["anchorage|alaska", "America/Anchorage"], ["lima|peru", "America/Lima"], ["mexico city|ciudad de mexico|cdmx", "America/Mexico_City"], ["jamaica", "America/Jamaica"],
] as [string, string][]);
/** The places in one pattern, a capture group per zone: one scan of the brand, not one per place. */
const PLACES = `(?:${BRAND_PLACES.map(([re]) => `(${re})`).join("|")})(?![\\p{L}\\p{N}])`;
const RE_BRAND_PLACE = new RegExp(`(?<![\\p{L}\\p{N}])${PLACES}`, "u");
/** A line opening with a place (a masthead's city, "Scotland's Best Newspaper", "Петербург +9°"), on the folded line. */
const RE_PLACE_LINE = new RegExp(`^${PLACES}`, "u");
/** Lower-cased without accents, as the place patterns are written. */
const fold = (s: string): string => s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
/** The zone of the place a match of RE_BRAND_PLACE or RE_PLACE_LINE found (its capture group). */
const zoneOfMatch = (m: RegExpExecArray): string => BRAND_PLACES[m.findIndex((g, i) => i > 0 && g !== undefined) - 1]![1];
/** Zones by brand: a batch's pages repeat a few brands. */
const BRAND_ZONES = new Map<string, string>();

/**
 * Languages written only where one clock is kept: Chinese (China, Taiwan, Hong Kong, Macau, Singapore, Malaysia: all
 * +08:00), Japanese, Korean, and the languages of one single-zone country (Czech, Ukrainian, Danish, Hungarian, …),
 * or of countries that keep the same clock: Hebrew (Israel), Greek (Greece, Cyprus), Romanian (Romania, Moldova),
 * Malay (Malaysia, Brunei, Singapore: +08:00), Swahili (Kenya, Tanzania, Uganda: East Africa Time), Croatian, Bosnian
 * and Serbian (Central European Time). Left out: languages written on several clocks (English, French, Spanish,
 * Portuguese, Arabic, Russian, German with its Namibian press, Swedish with Finland's, Urdu, Bengali, Tamil, Persian).
 */
const LANGUAGE_ZONES: Record<string, [zone: string, name: string]> = {
  zh: ["Asia/Shanghai", "Chinese"], ja: ["Asia/Tokyo", "Japanese"], ko: ["Asia/Seoul", "Korean"],
  cs: ["Europe/Prague", "Czech"], uk: ["Europe/Kiev", "Ukrainian"], he: ["Asia/Jerusalem", "Hebrew"], el: ["Europe/Athens", "Greek"],
  ro: ["Europe/Bucharest", "Romanian"], ms: ["Asia/Kuala_Lumpur", "Malay"], sw: ["Africa/Nairobi", "Swahili"],
  da: ["Europe/Copenhagen", "Danish"], nb: ["Europe/Oslo", "Norwegian"], nn: ["Europe/Oslo", "Norwegian"], fi: ["Europe/Helsinki", "Finnish"],
  is: ["Atlantic/Reykjavik", "Icelandic"], et: ["Europe/Tallinn", "Estonian"], lv: ["Europe/Riga", "Latvian"], lt: ["Europe/Vilnius", "Lithuanian"],
  pl: ["Europe/Warsaw", "Polish"], sk: ["Europe/Bratislava", "Slovak"], hu: ["Europe/Budapest", "Hungarian"], sl: ["Europe/Ljubljana", "Slovene"],
  hr: ["Europe/Zagreb", "Croatian"], bs: ["Europe/Sarajevo", "Bosnian"], sr: ["Europe/Belgrade", "Serbian"], mk: ["Europe/Skopje", "Macedonian"],
  sq: ["Europe/Tirane", "Albanian"], bg: ["Europe/Sofia", "Bulgarian"], ka: ["Asia/Tbilisi", "Georgian"], hy: ["Asia/Yerevan", "Armenian"],
  az: ["Asia/Baku", "Azerbaijani"], th: ["Asia/Bangkok", "Thai"], vi: ["Asia/Ho_Chi_Minh", "Vietnamese"], tl: ["Asia/Manila", "Filipino"],
  hi: ["Asia/Kolkata", "Hindi"],
};

/** The zone of the page's own URL's country-code domain, when that country keeps one clock. */
export function zoneFromHost(url: string): string {
  const host = hostOf(url);
  const tld = host.slice(host.lastIndexOf(".") + 1);
  return host.includes(".") ? TLD_ZONES[tld] ?? "" : "";
}

/** The zone of a place the brand names ("Times of Malta" -> Europe/Malta). */
export function zoneFromBrand(brand: string): string {
  if (!brand) return "";
  let zone = BRAND_ZONES.get(brand);
  if (zone === undefined) {
    const m = RE_BRAND_PLACE.exec(fold(brand));
    zone = m ? zoneOfMatch(m) : "";
    if (BRAND_ZONES.size > 1000) BRAND_ZONES.clear();
    BRAND_ZONES.set(brand, zone);
  }
  return zone;
}

/**
 * The zone of the places a page names for itself: header lines that open with a place and are short (a
 * masthead, a city line, a tagline, not a sentence), and sections of the page's address (not its last part,
 * the story's slug). Only when all of them agree: a world outlet's navigation lists cities on several clocks.
 */
export function zoneFromPlaces(headerLines: readonly string[], urls: readonly string[]): HomeZoneGuess | null {
  const found: HomeZoneGuess[] = [];
  const test = (s: string, why: string) => {
    const m = RE_PLACE_LINE.exec(fold(s));
    if (m) found.push({ zone: zoneOfMatch(m), why });
  };
  for (const line of headerLines) if (line.split(" ").length <= 12) test(line, `the line "${line.length > 40 ? line.slice(0, 40) + "…" : line}" above the story`);
  for (const u of urls) {
    const path = /^https?:\/\/[^/]+(\/[^?#]*)/.exec(u)?.[1] ?? "";
    for (const s of path.split("/").filter(Boolean).slice(0, -1)) if (!/\d/.test(s)) test(s.replace(/-/g, " "), `the section "/${s}/" of the page's address`);
  }
  return found.length && found.every((f) => f.zone === found[0]!.zone) ? found[0]! : null;
}

export function guessHomeZone(clues: { urls: string[]; publisher: string; language: string; headerLines?: readonly string[] }): HomeZoneGuess | null {
  for (const u of clues.urls) {
    const zone = u ? zoneFromHost(u) : "";
    if (zone) return { zone, why: `the .${hostOf(u).split(".").pop()} domain of the page` };
  }
  const zone = zoneFromBrand(clues.publisher);
  if (zone) return { zone, why: `the place named in "${clues.publisher}"` };
  const named = zoneFromPlaces(clues.headerLines ?? [], clues.urls);
  if (named) return named;
  const lang = LANGUAGE_ZONES[clues.language];
  if (lang) return { zone: lang[0], why: `the ${lang[1]}-language page` };
  return null;
}
