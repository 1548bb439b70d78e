// The profile registry and how a page is matched to a profile. Matching uses
// only signals that name the site itself (a URL or canonical on its domain, the
// masthead at the top of a dump, its copyright footer), never a story credit:
// a Xinhua dateline on a China Daily page does not make it a Xinhua page.
import type { PublisherProfile } from "./types.js";
import { escapeRegExp } from "../normalize.js";
import { xinhua } from "./xinhua.js";
import { chinadaily } from "./chinadaily.js";
import { peoplesdaily } from "./peoplesdaily.js";
import { globaltimes } from "./globaltimes.js";
import { cgtn } from "./cgtn.js";
import { chinanews } from "./chinanews.js";
import { reuters } from "./reuters.js";
import { ap } from "./ap.js";
import { bbc } from "./bbc.js";
import { guardian } from "./guardian.js";
import { scmp } from "./scmp.js";
import { aljazeera } from "./aljazeera.js";
import { yonhap } from "./yonhap.js";
import { straitstimes } from "./straitstimes.js";
import { cna } from "./cna.js";
import { bangkokpost } from "./bangkokpost.js";
import { inquirer } from "./inquirer.js";
import { rappler } from "./rappler.js";
import { koreaherald } from "./koreaherald.js";
import { nzherald } from "./nzherald.js";
import { sina } from "./sina.js";
import { tass } from "./tass.js";
import { ansa } from "./ansa.js";
import { prothomalo } from "./prothomalo.js";
import { youm7 } from "./youm7.js";
import { g1 } from "./g1.js";
import { dr } from "./dr.js";

export type { PublisherProfile } from "./types.js";

export const PROFILES: readonly PublisherProfile[] = [
  xinhua, chinadaily, peoplesdaily, globaltimes, cgtn, chinanews, reuters, ap, bbc, guardian, scmp, aljazeera, yonhap, straitstimes, cna, bangkokpost, inquirer, rappler,
  koreaherald, nzherald, sina, tass, ansa, prothomalo, youm7, g1, dr,
];

export function hostOf(url: string): string {
  const m = url.match(/^https?:\/\/([^/?#:]+)/i);
  return m && m[1] ? m[1].toLowerCase().replace(/^www\./, "") : "";
}

function onDomain(host: string, p: PublisherProfile): boolean {
  for (const d of p.domains) if (host === d || subdomainOf(host, d)) return true;
  return false;
}

/** host.endsWith("." + d), without building the dotted string (asked for every profile's domains on each page). */
function subdomainOf(host: string, d: string): boolean {
  return host.length > d.length && host.charCodeAt(host.length - d.length - 1) === 0x2e && host.endsWith(d);
}

export interface ProfileEvidence {
  /** URLs that belong to the page itself (canonical, og:url, record url, a printed page URL). */
  pageUrls: string[];
  /** The first lines of a text dump (masthead area), normalised. */
  headLines: string[];
  /** Footer / copyright lines, normalised. */
  footerLines: string[];
  /** Short credit segments near the date (e.g. "chinadaily.com.cn", "English.news.cn"). */
  credits: string[];
}

export interface ProfileMatch {
  profile: PublisherProfile;
  score: number;
  why: string;
  /** Matched on the page's own URL. */
  url: boolean;
}

/** The profiles each lower-cased masthead names, computed once: a page's lines are looked up, not compared with every masthead. */
const BY_MASTHEAD = new Map<string, PublisherProfile[]>();
for (const p of PROFILES) {
  for (const m of new Set(p.mastheads.map((x) => x.toLowerCase()))) BY_MASTHEAD.set(m, [...(BY_MASTHEAD.get(m) ?? []), p]);
}

/** Profiles with a masthead equal to `line` or printed before a bar at its start ("masthead | …"). */
function mastheadsOf(line: string, into: Set<PublisherProfile>): void {
  for (const p of BY_MASTHEAD.get(line) ?? []) into.add(p);
  for (let bar = line.indexOf(" |"); bar > 0; bar = line.indexOf(" |", bar + 1)) {
    for (const p of BY_MASTHEAD.get(line.slice(0, bar)) ?? []) into.add(p);
  }
}

/**
 * Every profile's footer patterns in one case-insensitive alternation: a line it does not match
 * matches none of them, so most footer lines are cleared by one scan instead of ~25. Only built
 * when no pattern has a flag besides /i (which the alternation could not honour).
 */
const ANY_FOOTER: RegExp | null = PROFILES.every((p) => p.footers.every((re) => /^i?$/.test(re.flags) && !/\\[1-9k]/.test(re.source)))
  ? new RegExp(PROFILES.flatMap((p) => p.footers.map((re) => `(?:${re.source})`)).join("|"), "i")
  : null;

/** Every profile's domains as one literal alternation: a credit it does not match holds none of them (most credits). */
const ANY_DOMAIN = new RegExp(PROFILES.flatMap((p) => p.domains.map(escapeRegExp)).join("|"));

/** The most points a footer can add: a profile that cannot beat the best match with them needs no footer test. */
const FOOTER_POINTS = 3;

export function matchProfile(ev: ProfileEvidence): ProfileMatch | null {
  let best: { profile: PublisherProfile; score: number; url: boolean; masthead: boolean; footer: boolean; credit: boolean } | null = null;
  const hosts = ev.pageUrls.map(hostOf);
  const heads = ev.headLines.map((l) => l.toLowerCase());
  const credits = ev.credits.map((c) => c.toLowerCase());
  const footerLines = ANY_FOOTER ? ev.footerLines.filter((l) => ANY_FOOTER.test(l)) : ev.footerLines;
  const byMasthead = new Set<PublisherProfile>();
  for (const h of heads) mastheadsOf(h, byMasthead);
  // A credit holding the site's domain ("English.news.cn"), or spelling a masthead whole ("Xinhua", "ТАСС"). The
  // second alone matches no profile: a regional site republishing a wire story credits the agency the same way.
  const byCreditDomain = new Set<PublisherProfile>();
  const byCreditName = new Set<PublisherProfile>();
  for (const c of credits) {
    for (const p of BY_MASTHEAD.get(c) ?? []) byCreditName.add(p);
    if (ANY_DOMAIN.test(c)) for (const p of PROFILES) for (const d of p.domains) if (c.includes(d)) byCreditDomain.add(p);
  }
  for (const p of PROFILES) {
    const url = hosts.length > 0 && hosts.some((h) => onDomain(h, p));
    const masthead = byMasthead.has(p);
    const credit = byCreditDomain.has(p) || byCreditName.has(p);
    const others = (url ? 4 : 0) + (masthead ? 3 : 0) + (byCreditDomain.has(p) ? 2 : byCreditName.has(p) ? 1 : 0);
    // The footer patterns are the costly test: skipped when even with them this profile could not win.
    const footer: boolean = footerLines.length > 0 && (!best || others + FOOTER_POINTS > best.score) &&
      p.footers.some((re) => footerLines.some((l) => re.test(l)));
    const score: number = others + (footer ? FOOTER_POINTS : 0);
    if (score >= 2 && (!best || score > best.score)) best = { profile: p, score, url, masthead, footer, credit };
  }
  if (!best) return null;
  const why: string[] = [best.url ? "page URL" : "", best.masthead ? "masthead" : "", best.footer ? "footer" : "", best.credit ? "credit line" : ""].filter(Boolean);
  return { profile: best.profile, score: best.score, why: why.join(" + "), url: best.url };
}

export function brandFor(p: PublisherProfile, language: string): string {
  return p.brandByLanguage?.[language] ?? p.brand;
}
