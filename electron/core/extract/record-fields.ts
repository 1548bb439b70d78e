// Reading a scraper record's (or any dumped JSON object's) fields by key, whatever the scraper's spelling:
// shared by the JSON-record reader and the text-dump reader (JSON objects a page dump printed from its scripts).

/** A key as compared: lower case without "_" / "-" ("final_url", "finalUrl" -> "finalurl"; "og:site_name" -> "og:sitename"). */
export function keyOf(k: string): string {
  return k.toLowerCase().replace(/[_-]/g, "");
}

/** Sub-objects whose strings describe something else (an image's url, the crawl's referrer), not the page. */
const NOT_PAGE_OBJECT = /image|thumb|logo|icon|video|screenshot|referr|request|headers|links|cookies|author|creator|publisher|breadcrumb|itemlist|related/i;

/** A redirect through an aggregator or a news API's click tracker, not the page's address (webz.io's omgili.com/ri/…, Google News). */
const REDIRECT_URL = /^https?:\/\/(?:www\.)?(?:omgili\.com\/ri\/|news\.google\.com\/(?:rss\/)?articles\/)/i;

/**
 * The record's scalar fields by compared key, top level first, then nested objects (a `meta` or
 * `metadata` object) down to three levels, then `[{property, content}]` lists of meta tags (an
 * Apify-style `openGraph`). The first value met for a key wins, so a top-level field beats a nested one (a redirect aside).
 */
export function flatFields(rec: Record<string, unknown>): Map<string, string | string[]> {
  const out = new Map<string, string | string[]>();
  // (A news API's click-through redirect, at the top level, yields to the page's own address nested under it.)
  const put = (k: string, v: string | string[]) => { const key = keyOf(k); const had = out.get(key); if (had === undefined || (typeof had === "string" && REDIRECT_URL.test(had) && typeof v === "string" && !REDIRECT_URL.test(v))) out.set(key, v); };
  let level: Record<string, unknown>[] = [rec];
  for (let depth = 0; depth < 3 && level.length; depth++) {
    const next: Record<string, unknown>[] = [];
    for (const o of level) {
      for (const [k, v] of Object.entries(o)) {
        if (typeof v === "string") { if (v.trim()) put(k, v); }
        else if (Array.isArray(v)) {
          if (v.length && v.every((x) => typeof x === "string")) put(k, v as string[]);
          // Linked items or people as objects (`related_links: [{title, url}]`, `authors: [{name}]`): their titles or
          // names, as a list of strings would give them.
          else if (v.length && v.every((x) => typeof titleOf(x) === "string")) put(k, v.map(titleOf) as string[]);
          // Meta tags as a list of pairs: {"property": "og:site_name", "content": "…"}; other objects
          // (a JSON-LD list) are read as nested objects.
          else for (const x of v) {
            if (!x || typeof x !== "object" || Array.isArray(x)) continue;
            const t = x as Record<string, unknown>;
            const name = t.property ?? t.name ?? t.key ?? t.itemprop;
            const val = t.content ?? t.value;
            if (typeof name === "string" && typeof val === "string") { if (val.trim()) put(name, val); }
            else if (!NOT_PAGE_OBJECT.test(k)) next.push(t);
          }
        } else if (v && typeof v === "object" && !NOT_PAGE_OBJECT.test(k)) next.push(v as Record<string, unknown>);
        // A WARC record's headers, kept with the text a Common Crawl WET record converted: they describe the page itself.
        else if (v && typeof v === "object") for (const [h, x] of Object.entries(v)) if (typeof x === "string" && /^warc-/i.test(h) && x.trim()) put(h, x);
      }
    }
    level = next;
  }
  return out;
}

/**
 * An object's title when it is a linked item or a person, not a meta-tag pair: `title` or `headline`
 * (`related_links: [{title, url}]`), else `name` (Zyte's `authors: [{name, nameRaw}]`).
 */
function titleOf(x: unknown): string | undefined {
  if (!x || typeof x !== "object" || Array.isArray(x)) return undefined;
  const t = x as Record<string, unknown>;
  const title = t.title ?? t.headline ?? t.name;
  return typeof title === "string" && title.trim() && t.content === undefined && t.value === undefined ? title : undefined;
}

/** The first string (or string list) among the record's fields, by compared key. */
export function pick(f: Map<string, string | string[]>, keys: string[]): string | string[] {
  for (const k of keys) {
    const v = f.get(k);
    if (v !== undefined) return v;
  }
  return "";
}

export function pickString(f: Map<string, string | string[]>, keys: string[], ok: (s: string) => boolean = () => true): string {
  for (const k of keys) {
    const v = f.get(k);
    if (typeof v === "string" && ok(v.trim())) return v.trim();
  }
  return "";
}

// Key spellings of common scrapers: Scrapy items, newspaper3k (canonical_link, meta_site_name, meta_lang), trafilatura
// (sitename, source-hostname = the outlet's name, source = the URL), Apify (crawl.loadedUrl, metadata.canonicalUrl), Firecrawl (ogSiteName, sourceURL).
/** Keys naming the page's own address, best first: the canonical, then where the crawl ended, then what it asked for. */
export const URL_KEYS = ["canonical", "canonicalurl", "canonicallink", "og:url", "ogurl", "finalurl", "loadedurl", "resolvedurl", "resolvedpageurl", "responseurl", "url", "link", "pageurl", "sourceurl", "source", "requesturl", "warctargeturi"];
export const DATE_KEYS = ["article:publishedtime", "articlepublishedtime", "published", "publishedat", "publishedtime", "datepublished", "datepublish", "pubdate", "publishdate", "date"];
