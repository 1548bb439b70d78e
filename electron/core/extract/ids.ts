// Page URL and document id. The id is what the site itself left: a long digit
// tracking string (Xinhua), else the article number at the end of the URL path.

/**
 * Article number in a URL: the last run of 5+ digits in the last path segment (not a date), standing
 * at its start or end ("123456-slug", "slug-48213"); a number inside a slug is a word of the headline ("…-40000-in-…").
 */
export function idFromUrl(url: string): string {
  const path = url.replace(/^https?:\/\/[^/]+/i, "").replace(/[?#].*$/, "");
  const segs = path.split("/").filter(Boolean);
  const last = (segs[segs.length - 1] ?? "").replace(/\.\w{2,5}$/, "");
  const runs = last.match(/^\d{5,}(?=[-_.]|$)|\d{5,}(?=$|[-_.]\d)/g);
  // "/news/1819234/slug": the number as a whole segment just before the slug (not a yyyymmdd date).
  const prev = segs[segs.length - 2] ?? "";
  if (!runs) return segs.length >= 2 && /^\d{5,}$/.test(prev) && !/^(?:19|20)\d{6}$/.test(prev) ? prev : "";
  const id = runs[runs.length - 1]!;
  if (/^(?:19|20)\d{6}$/.test(id) && runs.length > 1) return runs[runs.length - 2] ?? "";
  return id;
}

const NOT_ARTICLE = /\.(?:jpe?g|png|gif|webp|svg|css|js|ico|pdf|mp4)(?:[?#]|$)|(?:twitter|x|facebook|instagram|youtube|linkedin|t)\.(?:com|co)\//i;

/** Is this URL plausibly the article page itself (not an image, a social profile, a home page)? */
export function isArticleUrl(url: string): boolean {
  if (NOT_ARTICLE.test(url)) return false;
  const path = url.replace(/^https?:\/\/[^/]+/i, "");
  return path.replace(/\/$/, "").split("/").filter(Boolean).length >= 1 && (/\d/.test(path) || /[-_]\w+[-_]/.test(path) || /\.s?html?$/.test(path));
}

export function cleanUrl(url: string): string {
  return url.replace(/[)\].,;:!?'"”’]+$/, "");
}
