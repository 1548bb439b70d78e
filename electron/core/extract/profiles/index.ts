// The profile registry and how a page is matched to a profile. Matching uses
// only signals that name the site itself (a URL or canonical on its domain, the
// masthead at the top of a dump, its copyright footer), never a story credit:
// a Xinhua dateline on a China Daily page does not make it a Xinhua page.
import type { PublisherProfile } from "./types.js";
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
import { koreaherald } from "./koreaherald.js";
import { nzherald } from "./nzherald.js";
import { sina } from "./sina.js";
import { tass } from "./tass.js";
import { ansa } from "./ansa.js";

export type { PublisherProfile } from "./types.js";

export const PROFILES: readonly PublisherProfile[] = [
  xinhua, chinadaily, peoplesdaily, globaltimes, cgtn, chinanews, reuters, ap, bbc, guardian, scmp, aljazeera, yonhap, straitstimes, cna, bangkokpost, inquirer,
  koreaherald, nzherald, sina, tass, ansa,
];

export function hostOf(url: string): string {
  const m = url.match(/^https?:\/\/([^/?#:]+)/i);
  return m && m[1] ? m[1].toLowerCase().replace(/^www\./, "") : "";
}

function onDomain(host: string, p: PublisherProfile): boolean {
  return p.domains.some((d) => host === d || host.endsWith("." + d));
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
}

/** Lower-cased mastheads of each profile, computed once. */
const MASTHEADS_LC = new Map<PublisherProfile, string[]>(PROFILES.map((p) => [p, p.mastheads.map((m) => m.toLowerCase())]));

export function matchProfile(ev: ProfileEvidence): ProfileMatch | null {
  let best: ProfileMatch | null = null;
  const hosts = ev.pageUrls.map(hostOf);
  const heads = ev.headLines.map((l) => l.toLowerCase());
  const credits = ev.credits.map((c) => c.toLowerCase());
  for (const p of PROFILES) {
    let score = 0;
    const why: string[] = [];
    const mastheads = MASTHEADS_LC.get(p)!;
    if (hosts.some((h) => onDomain(h, p))) { score += 4; why.push("page URL"); }
    if (mastheads.some((m) => heads.some((h) => h === m || (h.startsWith(m) && h.startsWith(m + " |"))))) { score += 3; why.push("masthead"); }
    if (ev.footerLines.length && p.footers.some((re) => ev.footerLines.some((l) => re.test(l)))) { score += 3; why.push("footer"); }
    if (credits.some((c) => p.domains.some((d) => c.includes(d)) || mastheads.some((m) => m === c))) {
      score += 2; why.push("credit line");
    }
    if (score >= 2 && (!best || score > best.score)) best = { profile: p, score, why: why.join(" + ") };
  }
  return best;
}

export function brandFor(p: PublisherProfile, language: string): string {
  return p.brandByLanguage?.[language] ?? p.brand;
}
