// Publisher brand for sites without a profile. Every reader collects the clues
// a page gives about its own name (metadata, the site name in a browser-title line, the
// copyright owner, masthead lines at the top, the hosts of its own URLs) and
// the clues vote: a name that two kinds of clue agree on is the brand, and the
// confidence says how the name was found.
import { wordCount } from "./normalize.js";
import { brandFor, type ProfileMatch } from "./profiles/index.js";

const NOT_MASTHEAD = /^(?:skip to|jump to|vai al contenuto|aller au contenu|zum inhalt|ir al contenido|saltar al contenido|pular para o conteúdo|przejdź do|pāriet uz saturu|pereiti prie turinio|liigu sisu juurde|přejít na obsah|prejsť na obsah|siirry sisältöön|hoppa till innehåll|spring til indhold|hopp til innhold|naar inhoud|ugrás a tartalomhoz|본문 바로가기|menu|search|sign in|sign up|log ?in|subscribe|accessibility|your account|notifications|home|edition|global edition|english|breaking|live|close|open|toggle|navigation|main menu|advertisement|ad|we value your privacy|we use cookies|accept|reject|manage|cookie|privacy|consent)\b/i;

/** Lines among the first six that could be the site's name, in page order (opening with a capital or a letter of a script without capitals). */
/** One word of letters with digits in it or after it ("Digi24", "Antena3", "N1"): a brand, not a date or a count. */
const BRAND_WITH_DIGITS = /^\p{L}{1,20}\d{1,3}\p{L}{0,10}$/u;
/** A one-word brand in lower-case Latin letters ("ynet", "euronews", "g1"). */
const LOWER_BRAND = /^[a-z][a-z0-9]{1,15}$/;

export function mastheadCandidates(firstLines: string[]): string[] {
  const out: string[] = [];
  for (const [i, t] of firstLines.slice(0, 6).entries()) {
    // A "… home" link ("网易首页") is navigation, not the masthead.
    if (!t || NOT_MASTHEAD.test(t) || (/\d/.test(t) && !BRAND_WITH_DIGITS.test(t)) || /[|:>/]/.test(t) || /(?:首[页頁]|바로가기)$/.test(t)) continue;
    const wc = wordCount(t);
    // (A brand set in lower case, "ynet", only as the page's first line: menu items below it are lower case too.)
    if (wc >= 1 && wc <= 6 && (/^[\p{Lu}\p{Lo}]/u.test(t) || (i === 0 && LOWER_BRAND.test(t))) && !/[.!?]$/.test(t)) out.push(t);
  }
  return out;
}

// (A period inside a name, "Folha de S.Paulo", does not end it; one before a space or the end does.)
const COPYRIGHT_OWNER = /(?:[©ⓒ]|\(c\)|copyright)(?:\s*(?:[©ⓒ]|\(c\)|copyright))?\s*(?:\d{4}(?:\s*[-–]\s*\d{2,4})?\s*)?(?:by\s+)?(?:PT\.?\s+)?((?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}(?![\w-])|(?:[^.,|·•©ⓒ]|\.(?=\p{L}))+?)\s*(?:\.(?!\p{L})|[,|·•]|all rights|版[权權]所有|$)/iu;
/** What follows the copyright sign when no owner does: "© All rights reserved", "© RIPRODUZIONE RISERVATA". */
const RIGHTS_PHRASE = /^(?:all rights|riproduzione|tutti i diritti|todos los derechos|tous droits|alle rechte|reproduction|some rights)/i;
/** The owner printed before the sign: "Daily Maverick © All rights reserved". */
const OWNER_BEFORE_SIGN = /^\s*([^©ⓒ|,.]{2,60}?)\s*(?:©|ⓒ|\(c\))\s*(?:\d{4}\s*)?all rights/iu;
/** "江城新闻网版权所有", "版权所有：新华网股份有限公司", "自由時報版權所有". */
const COPYRIGHT_OWNER_ZH = /^([^\s，,。:：|]{2,16}?)版[权權]所有|版[权權]所有\s*[:：]\s*([^\s，,。|]{2,20})/u;

/** The words before an owner in a Chinese-script copyright sentence, up to "belongs to" (屬, 属, 歸, 归). */
const RE_BELONGS_TO = /^[^\s，,。]*?(?:所有)?[內内]容[均皆]?(?:[屬属]於?|[歸归])/u;
/** "Copyright belongs to" before the owner in Latin-script languages: Vietnamese "Bản quyền thuộc về X", Indonesian "Hak cipta milik X". */
const RE_OWNED_BY = /^(?:bản quyền thuộc về|hak cipta milik)\s+/iu;

export function copyrightOwner(line: string): string {
  // The owner in the page's own script first: "自由時報版權所有 … Copyright 2024 The Liberty Times."
  const m = (/版[权權]所有/.test(line) ? line.match(COPYRIGHT_OWNER_ZH) : null) ?? line.match(COPYRIGHT_OWNER) ?? line.match(COPYRIGHT_OWNER_ZH);
  // "PT Kompas Cyber Media (Kompas Gramedia Digital Group)": the group in brackets is the owner's owner.
  let raw = (m?.[1] ?? m?.[2] ?? "").trim();
  // "本網站所有內容屬香港文匯報版權所有": "all content of this site belongs to" — the owner follows the verb.
  raw = raw.replace(RE_BELONGS_TO, "").replace(RE_OWNED_BY, "");
  if (RIGHTS_PHRASE.test(raw)) raw = line.match(OWNER_BEFORE_SIGN)?.[1] ?? "";
  // "聯合線上公司 udn.com": the name, then its site's domain.
  raw = raw.replace(/(\S)\s+(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}$/, "$1");
  // ("Copyright: The Tribune Trust": the label's colon is no part of the name.)
  const owner = raw.replace(/^[:\s]+/, "").replace(/^www\./i, "").replace(/\s*[-–—|]+$/, "").replace(/\.$/, "").replace(/\s+\d{4}$/, "").replace(/\s*\([^()]*\)$/, "");
  // "… which is copyright and cannot be reproduced": prose, not a name (a lower-case brand like "euronews" is one).
  if (!owner || /^\d/.test(owner) || wordCount(owner) > 6 || /^(?:and|or|but|which|that|who|is|are|was|may|can|cannot|will|to|of|in)\b/i.test(owner)) return "";
  return owner;
}

/**
 * The sections a page's navigation lists at its top: the items of a menu line ("首頁 | 要聞 | 港聞 | …") and of a
 * breadcrumb ("港聞 > 交通"), each line's first item excepted (often the site itself: "新浪广东 | 广州 | 深圳").
 */
export function navigationSections(topLines: string[]): Set<string> {
  const out = new Set<string>();
  for (const line of topLines) {
    const menu = line.split(/\s*[|｜]\s*/);
    const crumbs = line.split(/\s+[>›»]\s+/);
    const items = menu.length >= 3 ? menu : crumbs.length >= 2 ? crumbs : [];
    if (items.every((x) => x && wordCount(x) <= 4)) for (const x of items.slice(1)) out.add(x.trim());
  }
  return out;
}

/** The site name beside the headline in a browser-title line: "Headline - Site", "Headline | Site", "Site | Headline". */
export function siteNameBesideTitle(line: string, title: string, sections?: ReadonlySet<string> | (() => ReadonlySet<string>)): string {
  if (!title || line.length <= title.length) return "";
  const low = line.toLowerCase();
  const t = title.toLowerCase();
  const m = low.startsWith(t) ? line.slice(title.length).match(/^\s*(?:[-|–—:·»_]|::)\s*(.{2,60}?)\s*$/)
    : low.endsWith(t) ? line.slice(0, line.length - title.length).match(/^\s*(.{2,60}?)\s*(?:[-|–—:·»_]|::)\s*$/) : null;
  // "Headline | Mumbai News - Times of India": the site is the outermost part, the section sits next to the headline.
  // Chinese portals join the parts with "_" and add their domain: "Headline_新闻频道_央视网(cctv.com)".
  const parts = (m?.[1] ?? "").split(/\s+(?:[-|–—·»]|::)\s+|_/);
  let outer = low.startsWith(t) ? parts.length - 1 : 0;
  const inward = low.startsWith(t) ? -1 : 1;
  // "Headline - 香港文匯報 | 港聞": a part the page's navigation lists is a section, even outermost; the site is the next part in.
  // (The sections may come as a function: read from the page's top lines only when a title has parts to check.)
  if (sections && parts.length > 1 && (typeof sections === "function" ? sections() : sections).has(parts[outer]!.trim())) outer += inward;
  let name = (parts[outer] ?? "").replace(RE_DOMAIN_IN_BRACKETS, "");
  // "Headline_新浪广东_新浪网": a channel beside the portal named with the portal's name is its regional or topical
  // edition, the site that published the page.
  const inner = parts[outer + inward]?.trim();
  if (inner && name && isEditionOf(inner, name)) name = inner;
  if (!name || wordCount(name) > 6 || /[.!?]$/.test(name)) return "";
  // "Bisnis Tempo.co": a section printed before the site's domain-like name without a separator; the site is the domain.
  const glued = name.match(RE_SECTION_THEN_DOMAIN);
  return glued ? glued[1]! : name;
}
const RE_DOMAIN_IN_BRACKETS = /(?<=\S)\s*[(（](?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}[)）]$/i;
const RE_SECTION_THEN_DOMAIN = /^\p{L}[\p{L} ]*\s([\p{L}\d-]+\.[a-z]{2,4})$/u;

export interface PublisherEvidence {
  /** Names the page gives itself in metadata: og:site_name, JSON-LD publisher or WebSite name. */
  metadata?: string[];
  /** Site names beside the headline in a browser-title line. */
  browserTitles?: string[];
  /** Owners named by copyright lines (a domain here counts as a host). */
  copyrightOwners?: string[];
  /** Lines at the top of the page that may be the masthead, in page order. */
  mastheads?: string[];
  /** Hosts of the page's own URLs (canonical, record url, printed page URL, staff e-mail). */
  hosts?: string[];
  /** The site's name as running text prints it (the credit beside the date): no vote, but the
   *  spelling shown when the winner was met only as a logo in capitals ("KOMPAS.com" → "Kompas.com"). */
  spellings?: string[];
  /** Outlet credits beside the byline or date that the page also prints as a line of its own above the
   *  headline (its masthead or navigation): the site crediting itself. */
  credits?: string[];
  /** People the page names as its writers: a copyright owner among them (a newsletter's author) is no brand. */
  people?: string[];
  /** The story's language (BCP 47): on a page in a language of another script, an owner spelt in Latin
   *  letters ("The Asahi Shimbun Company" under 朝日新聞デジタル) is the name for foreign readers. */
  language?: string;
}

type Clue = "metadata" | "browser title" | "copyright" | "masthead" | "credit" | "URL";

export interface PublisherGuess {
  name: string;
  confidence: number;
  /** The clues that agree on the name, for the editor ("copyright + masthead"). */
  how: string;
  /** How many kinds of clue agree on the name. */
  kinds: number;
  /** Another brand the page's clues name, unrelated to this one (not its owner, edition or paper): a disagreement. */
  rival?: { name: string; how: string; kinds: number };
}

const WEIGHT: Record<Exclude<Clue, "URL">, number> = { metadata: 3, "browser title": 2.5, copyright: 2, credit: 2, masthead: 1.5 };
/** Confidence when only one kind of clue names the site. */
const ALONE: Record<Clue, number> = { metadata: 0.8, "browser title": 0.7, copyright: 0.6, credit: 0.6, masthead: 0.5, URL: 0.3 };
/** A company's legal name, not a brand: a legal form after the name (Bulgarian "… АД", "… ЕООД"), or before it ("Société Radio-Canada", "АТ «НСТУ»"). */
const COMPANY = /^(?:société|sociedade|sociedad|società|АТ|ПАТ|ПрАТ|ТОВ|АО|ПАО|ОАО|ЗАО|ООО|JSC|PJSC)\s|\b(?:corporation|corp|company|limited|ltd|llc|inc|plc|berhad|bhd|gmbh|holdings|pty)\.?$|\b(?:publishing|media)\s+(?:group|company|co)\b|\b(?:s\.?p\.?a|s\.?r\.?l|s\.?a|ag|se)\.?$|\s(?:АД|ЕАД|ООД|ЕООД)$|(?:公司|新聞社|新闻社|신문사)$/i;
/** An owner named in the page's own script with a company suffix: the stem is the brand ("网易公司" → 网易). */
const CJK_COMPANY = /(?:股份有限公司|有限公司|公司|新聞社|新闻社|신문사)$/u;
/** Languages not written in Latin letters. */
const NON_LATIN_LANGUAGE = /^(?:zh|ja|ko|ar|fa|ur|ps|he|yi|ru|uk|be|bg|sr|mk|kk|ky|mn|el|ka|hy|th|lo|km|my|hi|mr|ne|bn|pa|gu|ta|te|kn|ml|si|am)\b/i;
const LATIN_ONLY = /^[\p{Script=Latin}\p{N}\p{P}\p{S}\s]+$/u;
const ARTICLE = /^(?:the|la|el|le|les|die|der|das)\s/i;
const DOMAIN = /^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+$/i;
const LATIN_MARKS = /[\u0300-\u036f]/g;
/** Letters with accents (Latin-1, Latin Extended, Vietnamese). */
const ACCENTED = /[\u00c0-\u024f\u1e00-\u1eff]/;

/** A name reduced for comparison: lower case, letters and digits only, without a leading article;
 *  a domain-like brand by the label that names the site ("DAWN.COM" = "Dawn", "Kompas.com" = "Kompas"). */
function nameKey(name: string): string {
  // (Memoised: the publisher rules compare the same few names, a profile's and the page's, many times a page, and
  // the pages of a folder share them. Bounded: cleared when full.)
  let key = NAME_KEYS.get(name);
  if (key === undefined) {
    if (NAME_KEYS.size >= 4096) NAME_KEYS.clear();
    NAME_KEYS.set(name, (key = computeNameKey(name)));
  }
  return key;
}
const NAME_KEYS = new Map<string, string>();
function computeNameKey(name: string): string {
  if (DOMAIN.test(name)) return siteLabel(name);
  // Latin accents dropped: a footer may spell the masthead's "Tuổi Trẻ Online" as "TuoiTre Online".
  return (/^[\x00-\x7f]*$/.test(name) ? name : name.normalize("NFKD").replace(LATIN_MARKS, "").normalize("NFKC")).toLowerCase().replace(/^(?:the|la|el|le|les|die|der|das)\s+/, "").replace(/[^\p{L}\p{N}]+/gu, "");
}

/** Do two names name the same site ("The Riviera Post", "Riviera Post")? */
export function sameName(a: string, b: string): boolean {
  return nameKey(a) === nameKey(b);
}

/** Is this byline name the site itself ("By Global Times", an Organization author)? A site is no author. */
export function isSiteName(name: string, siteNames: string[]): boolean {
  return siteNames.some((s) => s && sameName(s, name));
}

/** isSiteName() against one list for many names: the list's keys are computed once, not once per name. */
export function siteNameTest(siteNames: string[]): (name: string) => boolean {
  // (Each name once: a profile's brand, masthead and copyright owner are often the same string.)
  const keys = new Set([...new Set(siteNames)].filter(Boolean).map(nameKey));
  return (name) => keys.has(nameKey(name));
}

/** The label of a host that names the site: "en.yna.co.kr" -> "yna", "www.rmcourier.com" -> "rmcourier". */
export function siteLabel(host: string): string {
  const parts = host.toLowerCase().replace(/^www\./, "").split(".").filter(Boolean);
  while (parts.length > 1 && /^(?:com|net|org|co|gov|edu|ac|news|info|biz|[a-z]{2})$/.test(parts[parts.length - 1]!)) parts.pop();
  return (parts[parts.length - 1] ?? "").replace(/[^a-z0-9]/g, "");
}

const SKIPPABLE = new Set(["the", "of", "and", "a", "la", "el", "le", "de", "del", "du", "die", "der"]);

/** Does the host spell the name, each word whole or by its initial ("rmcourier" = Rocky Mountain Courier)? */
export function hostSpellsName(host: string, name: string): boolean {
  // (Memoised, bounded: the same host and names come back page after page of a folder.)
  const k = `${host}\u0000${name}`;
  let known = HOST_SPELLS.get(k);
  if (known === undefined) {
    if (HOST_SPELLS.size >= 4096) HOST_SPELLS.clear();
    HOST_SPELLS.set(k, (known = computeHostSpellsName(host, name)));
  }
  return known;
}
const HOST_SPELLS = new Map<string, boolean>();
function computeHostSpellsName(host: string, name: string): boolean {
  const label = siteLabel(host);
  // A name written as a domain ("Index.hr", "KOMPAS.com") spells the host with the same label.
  if (DOMAIN.test(name.trim())) return label.length >= 2 && siteLabel(name.trim()) === label;
  const words = name.normalize("NFKD").toLowerCase().replace(/[\u0300-\u036f]/g, "").split(/[^a-z0-9]+/).filter(Boolean);
  if (label.length < 3 || !words.length) return false;
  const memo = new Map<string, boolean>();
  const walk = (w: number, at: number): boolean => {
    if (w === words.length) return at === label.length;
    const k = `${w}:${at}`;
    const known = memo.get(k);
    if (known !== undefined) return known;
    const word = words[w]!;
    const ok = (label.startsWith(word, at) && walk(w + 1, at + word.length)) ||
      (label[at] === word[0] && walk(w + 1, at + 1)) ||
      (SKIPPABLE.has(word) && walk(w + 1, at));
    memo.set(k, ok);
    return ok;
  };
  return walk(0, 0);
}

/**
 * "Headline - Site" given as one title (a scraper's `title` field, the page's <title>): the headline and the
 * site when the part after the last separator names the site (`named`): a known site name, or the words the
 * page's host spells, whole or as its first letters ("The Standard" on standardmedia.co.ke); or is shaped like
 * a name (see below). Else null.
 */
export function splitSiteSuffix(title: string, host: string, siteNames: string[]): { headline: string; site: string; named: boolean } | null {
  const m = title.match(/^(.{10,}?)\s+(?:[-|–—·»]|::)\s+([^|\-–—·»]{2,60})$/);
  if (!m) return null;
  const headline = m[1]!.trim();
  const site = m[2]!.trim();
  if (wordCount(site) > 6 || /[.!?]$/.test(site)) return null;
  const letters = site.normalize("NFKD").toLowerCase().replace(/[\u0300-\u036f]/g, "").split(/[^a-z0-9]+/).filter((w) => w && !SKIPPABLE.has(w)).join("");
  const named = isSiteName(site, siteNames) || (host !== "" && (hostSpellsName(host, site) || (letters.length >= 5 && siteLabel(host).startsWith(letters))));
  // Unconfirmed, a suffix still reads as a name, not the headline's second half, when it is one to three words,
  // none set in small letters (a name in a caseless script counts), under half the headline's length.
  const nameShaped = wordCount(site) <= 3 && !/(?:^|\s)\p{Ll}/u.test(site) && headline.length >= 2 * site.length;
  return named || nameShaped ? { headline, site, named } : null;
}

/** Is a name set in capitals, as logos are ("THE DAILY CLARION", "KOMPAS.com")? More capitals than small letters. */
function shouted(name: string): boolean {
  let upper = 0;
  let lower = 0;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    // (ASCII letters by their codes; other characters by their case mappings: most names are ASCII, and a string
    // per character made this count a visible share of the publisher rules.)
    if (c < 0x80) { if (c >= 65 && c <= 90) upper++; else if (c >= 97 && c <= 122) lower++; continue; }
    const ch = name[i]!;
    if (ch !== ch.toLowerCase()) upper++;
    else if (ch !== ch.toUpperCase()) lower++;
  }
  return upper > lower;
}

interface Candidate { name: string; key: string; score: number; clues: Set<Clue> }

export function guessPublisher(ev: PublisherEvidence): PublisherGuess | null {
  const cands = new Map<string, Candidate>();
  const hosts = [...(ev.hosts ?? [])];
  const add = (name: string, clue: Exclude<Clue, "URL">, weight: number): void => {
    const n = name.trim();
    if (!n || n.length > 60) return;
    // A domain is a host clue; the site naming itself so in its metadata ("DAWN.COM"), or in a logo or a
    // browser title with capitals ("KOMPAS.com", "Headline - iDNES.cz", unlike a bare "www.example.com") is also a name.
    if (DOMAIN.test(n)) { hosts.push(n); if (clue !== "metadata" && !((clue === "masthead" || clue === "browser title") && /[A-Z]/.test(n) && !/^www\./i.test(n))) return; }
    const key = nameKey(n);
    if (key.length < 2) return;
    const c = cands.get(key) ?? { name: n, key, score: 0, clues: new Set<Clue>() };
    // A logo printed in capitals ("THE DAILY CLARION") is shown as another clue spells it, and a bare
    // masthead word ("Independent") as a clue that spells the brand with its article ("The Independent").
    // And a name spelt without its accents as one that has them.
    // (Not a copyright owner's legal spelling, "© The Taipei Times", over the name the site shows, "Taipei Times".)
    if ((shouted(c.name) && !shouted(n)) || (ARTICLE.test(n) && !ARTICLE.test(c.name) && !shouted(n) && clue !== "copyright") || (ACCENTED.test(n) && !ACCENTED.test(c.name) && !shouted(n))) c.name = n;
    if (!c.clues.has(clue)) c.score += weight;
    c.clues.add(clue);
    cands.set(key, c);
  };
  for (const n of ev.metadata ?? []) add(n, "metadata", WEIGHT.metadata);
  ev.mastheads?.forEach((n, i) => add(brandBeforeDash(n, hosts), "masthead", i === 0 ? WEIGHT.masthead : WEIGHT.masthead - 0.5));
  for (const n of ev.browserTitles ?? []) add(n, "browser title", WEIGHT["browser title"]);
  for (const n of ev.credits ?? []) add(n, "credit", WEIGHT.credit);
  const foreign = Boolean(ev.language && NON_LATIN_LANGUAGE.test(ev.language));
  for (const n of ev.copyrightOwners ?? []) {
    // A person (the newsletter's own writer) is no brand, unless the logo at the top prints that name too.
    if (ev.people?.some((p) => sameName(p, n)) && !(ev.mastheads?.[0] && sameName(ev.mastheads[0], n))) continue;
    // A company ("Herald Corporation", "NZME Publishing Limited") owns the brand the masthead prints, and an owner in
    // Latin letters on a page in another script is the name for foreign readers: each counts for less.
    add(n, "copyright", COMPANY.test(n) || (foreign && LATIN_ONLY.test(n)) ? WEIGHT.masthead - 0.5 : WEIGHT.copyright);
  }
  const all = [...cands.values()];
  for (const c of all) {
    // A longer name that starts with this one ("Riviera Post Media Ltd", "東都新聞社") is its owner: it backs this brand.
    // But an owner named only by the copyright ("© Yahoo") backs the site the masthead or title names after it ("Yahoo News").
    for (const o of all) {
      if (o === c || !extendsName(o, c)) continue;
      // ("央广网 cnr.cn" is the owner's name and its domain, no other name.)
      const [from, to] = ownerOnly(c) && siteClue(o) && !RE_NAME_THEN_DOMAIN.test(o.name) ? [c, o] : [o, c];
      for (const clue of from.clues) if (!to.clues.has(clue)) { to.clues.add(clue); to.score += 0.8 * (WEIGHT[clue as Exclude<Clue, "URL">] ?? 0); }
    }
    // "网易新闻" under "网易公司版权所有": a masthead that starts with the owner's stem is the owner's brand.
    for (const o of all) {
      if (o === c || !o.clues.has("copyright") || !c.clues.has("masthead") || !CJK_COMPANY.test(o.name)) continue;
      const stem = o.key.replace(CJK_COMPANY, "");
      if (stem.length >= 2 && c.key.startsWith(stem) && !c.clues.has("copyright")) { c.clues.add("copyright"); c.score += 0.8 * WEIGHT.masthead; }
    }
    if (hosts.some((h) => hostSpellsName(h, c.name))) { c.clues.add("URL"); c.score += 1.5; }
  }
  let best: Candidate | undefined;
  for (const c of all) if (!best || c.score > best.score) best = c;
  if (!best) {
    const host = hosts.map((h) => h.toLowerCase().replace(/^www\./, "")).find(Boolean);
    return host ? { name: host, confidence: ALONE.URL, how: "URL host only", kinds: 1 } : null;
  }
  if (shouted(best.name)) {
    const key = best.key;
    const spelt = ev.spellings?.find((s) => !shouted(s) && nameKey(s) === key);
    if (spelt) best.name = spelt.trim();
  }
  // A site name with a tagline ("Otago Daily Times Online News") where another clue names the brand alone: the brand.
  const top = best;
  const bare = all.find((c) => c !== top && c.clues.size > 0 && extendsName(top, c) && RE_SITE_TAGLINE.test(top.name.slice(c.name.length)));
  if (bare) { for (const clue of top.clues) bare.clues.add(clue); best = bare; }
  // An organisation whose initials the logo prints ("LSM.lv" above "© Latvijas Sabiedriskais medijs"): the logo's name
  // is the brand, the full name its owner.
  const logo = best.clues.has("copyright") ? all.find((c) => c !== best && c.clues.has("masthead") && ev.mastheads?.[0] === c.name) : undefined;
  if (logo && logo.name.length <= 12 && initialsSpell(best.name, logo.name)) { for (const clue of best.clues) logo.clues.add(clue); best = logo; }
  // The paper's website: the masthead names the site (香港文匯網) where the title and copyright name the paper (香港文匯報).
  const site = websiteOfPaper(best, all, ev.mastheads?.[0] ?? "");
  if (site) return { name: site.name, confidence: DISPUTED, how: [...site.clues].join(" + "), kinds: site.clues.size, rival: { name: best.name, how: [...best.clues].join(" + "), kinds: best.clues.size } };
  const clues = [...best.clues];
  let confidence = clues.length >= 3 ? 0.9 : clues.length === 2 ? (best.clues.has("metadata") ? 0.9 : 0.85) : ALONE[clues[0]!];
  // Clues that disagree make the vote a guess: a lone clue against a strong one, or two kinds against two.
  let rival = rivalOf(best, all);
  if (rival && clues.length === 1) confidence = Math.min(confidence, DISPUTED_ALONE);
  else if (rival && clues.length === 2 && rival.clues.size >= 2) confidence = Math.min(confidence, DISPUTED);
  else rival = undefined;
  return { name: best.name, confidence, how: clues.join(" + "), kinds: clues.length, ...(rival ? { rival: { name: rival.name, how: [...rival.clues].join(" + "), kinds: rival.clues.size } } : {}) };
}

/** What a site adds to its brand in its name: "Online News", "Online", "Digital", "Website" (not "News": "Yahoo News" is a brand). */
const RE_SITE_TAGLINE = /^\s*(?:[-–|:]\s*)?(?:online(?:\s+news)?|news\s+online|digital|website|web\s*site)\s*$/i;

/** Confidence of a name one kind of clue gives while another names a different brand. */
const DISPUTED_ALONE = 0.45;
/** Confidence of a name where the page's clues name two brands, each with two kinds of clue (or a profile and the page disagree). */
const DISPUTED = 0.6;

/** A name's words for comparing names word by word: lower case, without accents or a leading article; a domain by its site label. */
/** A logo line "Brand - Edition" ("Korzár - Košice") whose brand alone the page's host spells: the brand. */
function brandBeforeDash(line: string, hosts: string[]): string {
  const m = line.includes(" - ") || line.includes(" – ") ? RE_BRAND_DASH.exec(line) : null;
  return m && hosts.some((h) => hostSpellsName(h, m[1]!)) ? m[1]! : line;
}
const RE_BRAND_DASH = /^(.{2,40}?)\s[-–]\s\S/;

/** Do the words' first letters spell the short name (or a domain's label): "Latvijas Sabiedriskais medijs" → "LSM.lv"? */
function initialsSpell(long: string, short: string): boolean {
  const words = nameWords(long);
  const [label] = nameWords(short);
  return words.length >= 2 && label !== undefined && label.length === words.length && words.every((w, i) => w[0] === label[i]);
}
function nameWords(name: string): string[] {
  if (DOMAIN.test(name.trim())) return [siteLabel(name)];
  return name.normalize("NFKD").replace(LATIN_MARKS, "").toLowerCase().replace(/^(?:the|la|el|le|les|die|der|das)\s+/, "").split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/**
 * Does `long` name `short` and more, "Riviera Post Media Ltd" after "Riviera Post"? Whole words in Latin
 * script ("Newsquest" does not start with "News"); in a script without spaces, the characters ("東都新聞社", "新浪广东").
 */
function extendsName(long: { name: string; key: string }, short: { name: string; key: string }): boolean {
  if (long.key.length <= short.key.length || !long.key.startsWith(short.key)) return false;
  if (!/^[\x00-\x7f]*$/.test(short.key)) return short.key.length >= 2;
  // (A short Latin name, "VRT" under "VRT NWS", is too common a start to say whose the longer one is.)
  if (short.key.length < 4) return false;
  const lw = nameWords(long.name);
  const sw = nameWords(short.name);
  return sw.length > 0 && lw.length > sw.length && sw.every((w, i) => lw[i] === w);
}

const RE_NAME_THEN_DOMAIN = /\s(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}$/i;
/** A candidate named only by a copyright line: the owner, not a name the site shows as its own. */
const ownerOnly = (c: Candidate): boolean => c.clues.size === 1 && c.clues.has("copyright");
/** A candidate the site shows as its own name: its masthead, browser title or metadata. */
const siteClue = (c: Candidate): boolean => c.clues.has("masthead") || c.clues.has("browser title") || c.clues.has("metadata");

/** The stem of a Chinese-script outlet name without its kind ("香港文匯報" → 香港文匯, "光明网" → 光明, "新浪新闻" → 新浪). */
function cjkStem(key: string): string {
  return key.replace(/(?:新[闻聞][网網]|新[闻聞]|日[报報]|[报報网網])$/u, "");
}

/**
 * Are two names one outlet's: the same, one extending the other, a domain and its name ("Ara.cat", "Ara"), or
 * in a script without spaces a name and one starting with its stem (a paper and its website, 香港文匯報 and
 * 香港文匯網; a portal and its channels, 网易新闻 and 网易公开课)?
 */
function sameOutlet(a: { name: string; key: string }, b: { name: string; key: string }): boolean {
  if (a.key === b.key || extendsName(a, b) || extendsName(b, a) || domainNames(a, b) || domainNames(b, a) || bilingual(a, b) || bilingual(b, a)) return true;
  const stemOf = (x: { key: string }, y: { key: string }): boolean => {
    const st = cjkStem(x.key);
    return st.length >= 2 && st !== x.key && y.key.startsWith(st);
  };
  return stemOf(a, b) || stemOf(b, a);
}

/** A logo naming the outlet in two scripts ("CHINADAILY 中国日报", "Global Times 环球时报"): the Latin name, then only other letters. */
function bilingual(logo: { key: string }, name: { key: string }): boolean {
  return name.key.length >= 4 && /^[\x00-\x7f]+$/.test(name.key) && logo.key.startsWith(name.key) && /^[^\x00-\x7f]+$/.test(logo.key.slice(name.key.length));
}

/** The candidate the first masthead line names when it is the website (…網, …网) of the paper (…報, …报) `best` names. */
function websiteOfPaper(best: Candidate, all: Candidate[], masthead: string): Candidate | undefined {
  if (!masthead || !/[报報]$/u.test(best.key)) return undefined;
  const key = nameKey(masthead);
  const site = all.find((c) => c.key === key && c.clues.has("masthead"));
  return site && /[网網]$/u.test(site.key) && cjkStem(site.key).length >= 2 && cjkStem(site.key) === cjkStem(best.key) ? site : undefined;
}

/** Does `edition` name an edition of `base`: the base's name and more ("China Daily Hong Kong"), or in a script without
 *  spaces the base's stem and more ("新浪广东" of 新浪网)? */
function isEditionOf(edition: string, base: string): boolean {
  const e = { name: edition, key: nameKey(edition) };
  const b = { name: base, key: nameKey(base) };
  if (extendsName(e, b)) return true;
  const stem = cjkStem(b.key);
  return stem.length >= 2 && stem !== b.key && e.key !== b.key && e.key.startsWith(stem) && !/^[\x00-\x7f]*$/.test(stem);
}

/** Is `d` a domain whose first label is the name `n` ("Ara.cat" and "Ara", "Spanish.news.cn" and "Spanish")? */
function domainNames(d: { name: string }, n: { key: string }): boolean {
  return DOMAIN.test(d.name.trim()) && d.name.trim().toLowerCase().replace(/^www\./, "").split(".")[0]!.replace(/[^a-z0-9]/g, "") === n.key;
}

/** The strongest other name the clues give that is no part of the winner's outlet and rests on at least one full clue. */
function rivalOf(best: Candidate, all: Candidate[]): Candidate | undefined {
  let rival: Candidate | undefined;
  for (const c of all) {
    if (c === best || c.score < 2 || sameOutlet(c, best)) continue;
    // Names the metadata gives beside the winner's own (the JSON-LD publisher's legal name under og:site_name) are no dispute.
    if (best.clues.has("metadata") && [...c.clues].every((k) => k === "metadata" || k === "URL")) continue;
    if (!rival || c.score > rival.score) rival = c;
  }
  return rival;
}

/** A profile match as choosePublisher weighs it; `firstMasthead` is the page's first masthead line, if any. */
export function profileVerdict(match: ProfileMatch, language: string, firstMasthead = ""): ProfileVerdict {
  const p = match.profile;
  const names = [p.brand, ...Object.values(p.brandByLanguage ?? {}), ...p.mastheads];
  return {
    brand: brandFor(p, language), names, domains: p.domains,
    own: match.url || (firstMasthead !== "" && names.some((n) => sameName(n, firstMasthead))),
    sure: match.score >= 4,
  };
}

/** What a matched site profile says about the page, for choosePublisher. */
export interface ProfileVerdict {
  /** The profile's brand in the page's language. */
  brand: string;
  /** Every name the profile knows the site by (brand, brands per language, mastheads). */
  names: string[];
  /** The site's domains: a name ending in one ("Русский.news.cn") is the site's too. */
  domains: string[];
  /** Matched on the page's own URL or first masthead line: the site itself, not a story's wire marks (a footer, a credit). */
  own: boolean;
  /** Matched on two or more signals (score ≥ 4). */
  sure: boolean;
}

export interface PublisherChoice {
  name: string;
  confidence: number;
  /** What an editor should check, when the choice is a guess or the page's clues disagree. */
  warning?: string;
}

/** Confidence of a profile's brand the page's own clues do not contradict. */
const PROFILE_SURE = 0.95;
const PROFILE_WEAK = 0.85;

/**
 * The publisher: a matched profile's brand, unless the page names itself otherwise; else the vote of the page's
 * clues. The confidence says how the name was found and whether the page's clues agree, so that a disputed
 * or weakly founded name goes to an editor first:
 * - a profile's brand the page does not contradict, or a name two kinds of clue agree on: high;
 * - an edition of the profile's site the page names ("China Daily Hong Kong", "新浪广东"), the page's own name over a
 *   profile matched only by a wire's marks (Yahoo News carrying Reuters), a profile's brand the page names otherwise,
 *   a name where two brands each have two kinds of clue: DISPUTED;
 * - one kind of clue against another naming a different brand: DISPUTED_ALONE; the domain alone: lower still.
 */
export function choosePublisher(ev: PublisherEvidence, profile?: ProfileVerdict | null): PublisherChoice | null {
  const guess = guessPublisher(ev);
  if (!profile) return guess ? { name: guess.name, confidence: guess.confidence, ...guessWarning(guess) } : null;
  const brand = { name: profile.brand, key: nameKey(profile.brand) };
  const known = profile.names.map((n) => ({ name: n, key: nameKey(n) }));
  // (A profile's name, written as a host on its domains, or its logo in two scripts.)
  const ofProfile = (n: string): boolean => known.some((k) => k.key === nameKey(n) || bilingual({ key: nameKey(n) }, k)) || onProfileDomain(n, profile.domains);
  // An edition of the profile's site, named by the page's first masthead line or by its vote: the page's own brand.
  const edition = [guess?.name, ev.mastheads?.[0]].find((n) => n && !ofProfile(n) && known.some((k) => isEditionOf(n, k.name)));
  if (edition) return { name: edition, confidence: DISPUTED, warning: `publisher "${edition}": the page names this edition of ${profile.brand} (site profile); check which brand published the page` };
  const other = guess && !ofProfile(guess.name) && !known.some((k) => sameOutlet({ name: guess.name, key: nameKey(guess.name) }, k)) ? guess : null;
  if (other && other.kinds >= 2 && !profile.own) {
    // The profile rests on marks a syndicated story carries (the wire's footer, credit or provider line): the site is the page's own name.
    return { name: other.name, confidence: DISPUTED, warning: `publisher "${other.name}" from the ${other.how}; the page also carries ${profile.brand}'s marks (probably the story's source): check which brand published the page` };
  }
  // (A lone copyright owner is often the wire's or a company's: only the site's own metadata or browser title disputes a profile alone.)
  if (other && (other.kinds >= 2 || (!profile.own && other.confidence > DISPUTED_ALONE && /^(?:metadata|browser title)$/.test(other.how)))) {
    return { name: brand.name, confidence: DISPUTED, warning: `publisher "${brand.name}" by the site profile, but the ${other.how} names "${other.name}": check which brand published the page` };
  }
  return { name: brand.name, confidence: profile.sure ? PROFILE_SURE : PROFILE_WEAK };
}

/** A name written as a host on one of the site's domains ("Spanish.news.cn", "Русский.news.cn" on news.cn). */
function onProfileDomain(name: string, domains: string[]): boolean {
  const n = name.trim().toLowerCase();
  return domains.some((d) => n === d || n.endsWith("." + d));
}

/** The warning on a voted name an editor should check: a lone clue, a domain, or clues naming two brands. */
function guessWarning(g: PublisherGuess): { warning?: string } {
  if (g.how === "URL host only") return { warning: `publisher "${g.name}" from the domain only: the page prints no site name (no profile for this site)` };
  if (g.rival) return { warning: `publisher "${g.name}" from the ${g.how}, but the ${g.rival.how} names "${g.rival.name}": check which brand published the page` };
  return g.confidence < ALONE.copyright ? { warning: `publisher "${g.name}" guessed from the ${g.how} (no profile for this site)` } : {};
}
