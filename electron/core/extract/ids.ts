// Page URL and document id. The id is what the site itself left: a long digit
// tracking string (Xinhua), else the article number at the end of the URL path.

const RE_UUID_END = /(?:^|[-_])[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const RE_UUID_SEGMENT = /^(?:\d{1,4}-)?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** One letter and 6+ digits after the slug's last separator ("…-b2561234"). */
const RE_LETTER_ID = /[-_]([a-z]\d{6,})$/i;

/**
 * Article number in a URL: the last run of 5+ digits in the last path segment (not a date), standing
 * at its start or end ("123456-slug", "slug-48213"); a number inside a slug is a word of the headline ("…-40000-in-…").
 */
/**
 * A date written as eight digits (a real month and day: "20312345" is an article number), which is no article number:
 * year first ("20250821") or last, day or month first ("21082025", as LA NACION's "nid21082025").
 */
const RE_YMD = /^(?:(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])|(?:0[1-9]|[12]\d|3[01])(?:0[1-9]|1[0-2])(?:19|20)\d\d|(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?:19|20)\d\d)$/;

/** Is this run of digits a date written as eight digits (no article number)? */
export function isDateNumber(digits: string): boolean {
  return RE_YMD.test(digits);
}

export function idFromUrl(url: string): string {
  const id = idFromPath(url);
  if (id) return id;
  // None in the path: a numeric id in the query ("news.php?id=2275123", WordPress "?p=412345").
  const q = url.match(/[?&](?:id|p|aid|articleid|article_id|newsid|news_id|story_id|storyid|docid|cid|nid)=(\d{4,})(?:[&#]|$)/i);
  return q && !RE_YMD.test(q[1]!) ? q[1]! : "";
}

/**
 * A shortlink printed on the page or in its head: WordPress's post ("Shortlink: https://site.example/?p=712345") or
 * Drupal's node ("https://site.example/node/1148236"). The id, when the link is on the page URL's own host (a pretty
 * permalink carries no id); else "".
 */
const RE_SHORTLINK = /https?:\/\/([^/\s?#]+)(?:\/?\?p=|\/node\/)(\d{3,})(?:[&#\s/]|$)/;
export function shortlinkId(line: string, pageUrl: string): string {
  const m = line.includes("?p=") || line.includes("/node/") ? RE_SHORTLINK.exec(line) : null;
  return m && pageUrl.replace(/^https?:\/\//, "").split("/")[0] === m[1] ? m[2]! : "";
}

/**
 * An alphanumeric id, letters and digits interleaved: the whole last segment ("/bangladesh/8xq2m4hz7k", CCTV's
 * "/2025/03/14/ARTIk3m9…250314.shtml", up to 40 characters), or closing
 * a slug after an underscore ("…-conurbano_0_Xk9pQ2mV4a"; hyphens join a slug's words, "covid-19-cases").
 */
const RE_TOKEN_END = /(?:^|_)([a-z0-9]{8,16})$|^([a-z0-9]{17,40})$/i;
/** Letters and digits change places three times or more ("8xq2m4…"); a word and a number ("football2024") once. */
function interleaved(s: string): boolean {
  let switches = 0;
  for (let i = 1; i < s.length && switches < 3; i++) if ((s.charCodeAt(i) <= 57) !== (s.charCodeAt(i - 1) <= 57)) switches++;
  return switches >= 3;
}
/**
 * A prefixed article number closing a slug, kept with its prefix as the site writes it: dotted ("…-i-vestland-1.17081234",
 * "…-bis-2-uhr-ld.1867345") or a one-letter prefix set off by a hyphen ("…-six-month-trial-c-17345678").
 */
const RE_DOTTED_ID = /[-_/](\d{1,2}\.\d{6,}|[a-z]{1,3}\.\d{6,}|[a-z]-\d{6,})$/;
/** An alphanumeric id after a tilde closing the slug ("…-voor-jou~a7f3c9e2"): letters and digits both. */
const RE_TILDE_TOKEN = /~((?=[a-z]*\d)(?=\d*[a-z])[a-z0-9]{6,16})$/i;

/** An alphanumeric id closing a slug after its date ("…-20240304-p5f9ab"): letters and digits both. */
const RE_DATED_TOKEN = /[-_](?:19|20)\d{6}[-_]((?=[a-z]*\d)(?=\d*[a-z])[a-z0-9]{5,12})$/i;

/** 24 to 40 hex digits, letters and digits both. */
const RE_HEX_SEGMENT = /^(?=[a-f]*\d)(?=\d*[a-f])[0-9a-f]{24,40}$/i;
/** One short word, then letters fused to a long number: the whole token is the id ("detail-iheqrvxa1234567", "doc-imzk1234567"). */
const RE_WORD_TOKEN = /^[a-z]{2,8}-([a-z]{3,12}\d{6,})$/i;

/** A code of capitals fused to a long number as the whole segment ("/view/AKR20250603087200051"): the whole code. */
const RE_CAPS_CODE = /^[A-Z]{2,5}\d{10,}$/;

function idFromPath(url: string): string {
  const path = url.replace(/^https?:\/\/[^/]+/i, "").replace(/[?#].*$/, "");
  const segs = path.split("/").filter(Boolean);
  const last = (segs[segs.length - 1] ?? "").replace(/\.\w{2,5}$/, "");
  // A UUID: the whole segment when it is nothing else ("89-<uuid>", a numeric site prefix and the
  // UUID, is the id as the site writes it), else the UUID closing a slug ("…-a-<uuid>").
  if (last.length >= 36 && RE_UUID_END.test(last)) {
    const whole = last.match(RE_UUID_SEGMENT);
    return whole ? whole[0] : last.slice(-36);
  }
  // A long hex token as a whole segment before a generic file name ("/20250314/8c4e…2a1b/c.html"): the document's hash id.
  const hex = segs.length >= 2 ? segs.slice(0, -1).reverse().find((x) => RE_HEX_SEGMENT.test(x)) : undefined;
  if (hex && last.length <= 8 && !/\d{5}/.test(last)) return hex;
  // A letter fused to the number closing a slug ("…-cornwall-b2561234") is part of the id, not a word.
  if (RE_CAPS_CODE.test(last)) return last;
  const lettered = last.match(RE_LETTER_ID);
  if (lettered) return lettered[1]!;
  const dotted = ("/" + last).match(RE_DOTTED_ID);
  if (dotted) return dotted[1]!;
  const worded = last.match(RE_WORD_TOKEN);
  if (worded) return worded[1]!;
  const tilde = last.match(RE_TILDE_TOKEN);
  if (tilde) return tilde[1]!;
  const token = segs.length >= 2 ? last.match(RE_TOKEN_END) : null;
  const tok = token ? token[1] ?? token[2]! : "";
  if (tok && interleaved(tok)) return tok;
  const dated = last.match(RE_DATED_TOKEN);
  if (dated) return dated[1]!;
  // Comma-separated numbers before the slug ("7,54420,30756421,slug"), or a segment of numbers joined by hyphens
  // ("20250314004512-260405"): the longest is the article's, the others sections or channels.
  const commas = last.match(/^(\d+(?:,\d+)+),/) ?? last.match(/^(\d+(?:-\d+)+)$/);
  if (commas) {
    const nums = commas[1]!.split(/[,-]/).filter((n) => !RE_YMD.test(n));
    const best = nums.reduce((a, b) => (b.length >= a.length ? b : a), "");
    if (best.length >= 5) return best;
  }
  const runs = last.match(/^\d{5,}(?=[-_.]|$)|\d{5,}(?=$|[-_.]\d)/g);
  // "/news/1819234/slug": the number as a whole segment just before the slug (not a yyyymmdd date).
  const prev = segs[segs.length - 2] ?? "";
  if (!runs) return segs.length >= 2 && /^\d{5,}$/.test(prev) && !RE_YMD.test(prev) ? prev : "";
  // A long stamp-like number ("bkn-20250320184205123-0320_00822_001") is the article's; the short runs after it are codes.
  const id = runs.find((r) => r.length >= 12) ?? runs[runs.length - 1]!;
  // A yyyymmdd date is no article number ("…-20240305"): the number before it, else none.
  if (RE_YMD.test(id)) return runs.length > 1 ? runs[runs.length - 2] ?? "" : "";
  return id;
}

// (The social hosts whole, after "//" or a dot: "timescolonist.com/" ends in "t.com/" but is no t.co link.)
const NOT_ARTICLE = /\.(?:jpe?g|png|gif|webp|svg|css|js|ico|pdf|mp4)(?:[?#]|$)|(?:\/\/|\.)(?:twitter|x|facebook|instagram|youtube|linkedin|t)\.(?:com|co)\//i;

/** Is this URL plausibly the article page itself (not an image, a social profile, a home page)? */
export function isArticleUrl(url: string): boolean {
  if (NOT_ARTICLE.test(url)) return false;
  const path = url.replace(/^https?:\/\/[^/]+/i, "");
  return path.replace(/\/$/, "").split("/").filter(Boolean).length >= 1 && (/\d/.test(path) || /[-_]\w+[-_]/.test(path) || /\.s?html?$/.test(path));
}

/** A page address printed without its scheme ("example.hu/section/2024/03/05/slug", a print footer): a host with a dot and a path. */
const BARE_URL = /^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}\/\S+$/i;

/** A line that is nothing but an address without its scheme, as an https URL ("" when it is not one). */
export function bareUrl(line: string): string {
  return BARE_URL.test(line) ? `https://${line}` : "";
}

/**
 * The address without the tracking parameters a share link adds ("?utm_source=zalo&utm_medium=share", fbclid, gclid):
 * the page's canonical address, which carries none.
 */
export function withoutTracking(url: string): string {
  if (!url.includes("?")) return url;
  const [base, query = ""] = url.split("?", 2) as [string, string?];
  const [params, hash] = query.split("#", 2) as [string, string?];
  const kept = params.split("&").filter((p) => p && !RE_TRACKING_PARAM.test(p));
  return base + (kept.length ? `?${kept.join("&")}` : "") + (hash !== undefined ? `#${hash}` : "");
}
const RE_TRACKING_PARAM = /^(?:utm_[a-z]+|fbclid|gclid|dclid|msclkid|igshid|mc_cid|mc_eid|_ga|ocid|cmpid|ito)(?:=|$)/i;

export function cleanUrl(url: string): string {
  return url.replace(/[)\].,;:!?'"”’]+$/, "");
}
