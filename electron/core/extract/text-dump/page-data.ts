// JSON objects a page dump printed from the page's scripts (an AMP analytics config, JSON-LD): the page's own
// machine data. They give the canonical URL and the publication stamp when the visible page does not (a relative
// "3 hours ago" stamp only, no URL line), read by the same keys as a scraper record's fields.
import { DATE_KEYS, URL_KEYS, flatFields, pickString } from "../record-fields.js";
import type { Classified } from "./classify.js";

export interface PageDataFact {
  value: string;
  line: Classified;
  /** Where the value starts in the line's text. */
  at: number;
}

export function pageData(lines: Classified[]): { url: PageDataFact | null; date: PageDataFact | null } {
  let url: PageDataFact | null = null;
  let date: PageDataFact | null = null;
  for (const l of lines) {
    if (l.kind !== "data" || (url && date)) continue;
    let rec: unknown;
    try { rec = JSON.parse(l.text); } catch { continue; }
    if (!rec || typeof rec !== "object" || Array.isArray(rec)) continue;
    const f = flatFields(rec as Record<string, unknown>);
    const fact = (value: string): PageDataFact | null => (value && l.text.includes(value) ? { value, line: l, at: l.text.indexOf(value) } : null);
    url ??= fact(pickString(f, URL_KEYS, (s) => /^https?:\/\/\S+$/i.test(s)));
    // Without the bare "date" key: in page data it may be anything (a crawl's or an event's).
    date ??= fact(pickString(f, DATE_KEYS.slice(0, -1), (s) => /^\d{4}-\d\d-\d\d/.test(s)));
  }
  return { url, date };
}
