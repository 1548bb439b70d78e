// What the queue shows: filters (status, publisher, warnings, low confidence), the search and the
// sort order. The item summary carries no body text, so the host searches the bodies (searchItems)
// and its answer, a set of ids, filters the queue; until it comes, titles and file names are
// matched here at once. Pure.
import type { ItemSummary } from "../../shared/api.js";
import { foldForSearch, matchesTerms, searchTerms } from "../../shared/search-text.js";
import { LOW_CONFIDENCE } from "./fields.js";

const waiting = (s: ItemSummary["status"]): boolean => s === "pending" || s === "draft";

export const STATUS_FILTERS = {
  all: { label: "All items", keep: () => true },
  waiting: { label: "Waiting (pending or draft)", keep: (i: ItemSummary) => waiting(i.status) },
  pending: { label: "Pending", keep: (i: ItemSummary) => i.status === "pending" },
  draft: { label: "Draft", keep: (i: ItemSummary) => i.status === "draft" },
  approved: { label: "Approved", keep: (i: ItemSummary) => i.status === "approved" },
  rejected: { label: "Rejected", keep: (i: ItemSummary) => i.status === "rejected" },
} as const;
export type StatusFilter = keyof typeof STATUS_FILTERS;

export const SORTS = {
  file: "File name",
  dateDesc: "Date, newest first",
  dateAsc: "Date, oldest first",
  confidence: "Confidence, lowest first",
} as const;
export type SortKey = keyof typeof SORTS;

export interface QueueView {
  status: StatusFilter;
  /** "" for every publisher. */
  publisher: string;
  warnings: boolean;
  lowConfidence: boolean;
  search: string;
  sort: SortKey;
}

export const DEFAULT_VIEW: QueueView = { status: "all", publisher: "", warnings: false, lowConfidence: false, search: "", sort: "file" };

export const hasWarnings = (i: ItemSummary): boolean => i.warningCount > 0 || Boolean(i.error);
export const isDoubtful = (i: ItemSummary): boolean => i.minConfidence < LOW_CONFIDENCE || Boolean(i.error);

const searchKeys = new WeakMap<ItemSummary, string[]>();
function searchKey(i: ItemSummary): string[] {
  let key = searchKeys.get(i);
  if (key === undefined) {
    key = [foldForSearch(i.title), foldForSearch(i.file)];
    searchKeys.set(i, key);
  }
  return key;
}

const byFile = (a: ItemSummary, b: ItemSummary): number => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);

/** Whether the view shows an item. `found`: the host's answer to `view.search` (ids whose title, body or file name match); null until it comes. */
function keeper(view: QueueView, found: ReadonlySet<string> | null): (i: ItemSummary) => boolean {
  const keepStatus = STATUS_FILTERS[view.status].keep;
  const publisher = view.publisher;
  const terms = searchTerms(view.search);
  return (i) =>
    keepStatus(i) &&
    (publisher === "" || i.publisher === publisher) &&
    (!view.warnings || hasWarnings(i)) &&
    (!view.lowConfidence || isDoubtful(i)) &&
    (terms.length === 0 || (found ? found.has(i.id) : matchesTerms(terms, searchKey(i))));
}

/** The view's order. */
function comparator(view: QueueView): (a: ItemSummary, b: ItemSummary) => number {
  switch (view.sort) {
    case "file":
      return byFile;
    case "dateDesc":
    case "dateAsc": {
      const dir = view.sort === "dateAsc" ? 1 : -1;
      // Undated items last either way.
      return (a, b) => {
        if (!a.publishedAt || !b.publishedAt) return (a.publishedAt ? -1 : 0) + (b.publishedAt ? 1 : 0) || byFile(a, b);
        return (a.publishedAt < b.publishedAt ? -dir : a.publishedAt > b.publishedAt ? dir : 0) || byFile(a, b);
      };
    }
    case "confidence":
      return (a, b) => a.minConfidence - b.minConfidence || byFile(a, b);
  }
}

export function applyView(items: ItemSummary[], view: QueueView, found: ReadonlySet<string> | null = null): ItemSummary[] {
  return items.filter(keeper(view, found)).sort(comparator(view));
}

/**
 * The summaries replaced between two lists of the same items, as [before, after] pairs; null when
 * the lists differ in more than a few places or otherwise (length, order).
 */
export function replacedSummaries(before: ItemSummary[], items: ItemSummary[], limit = 16): [ItemSummary, ItemSummary][] | null {
  if (before.length !== items.length) return null;
  const pairs: [ItemSummary, ItemSummary][] = [];
  for (let i = 0; i < items.length; i++) {
    const old = before[i]!;
    const now = items[i]!;
    if (old === now) continue;
    if (old.id !== now.id || pairs.length === limit) return null;
    pairs.push([old, now]);
  }
  return pairs;
}

/**
 * The view after `replaced` summaries changed, from the view before (`shown`): when each is shown
 * or hidden as before and still fits between its neighbours, the old view with those entries
 * swapped; else worked out again from `items`. So the queue's redraw after a decision or a saved
 * draft does not filter and sort 10,000 items.
 */
export function refreshView(shown: ItemSummary[], replaced: [ItemSummary, ItemSummary][], items: ItemSummary[], view: QueueView, found: ReadonlySet<string> | null = null): ItemSummary[] {
  const keep = keeper(view, found);
  const compare = comparator(view);
  const next = shown.slice();
  const places: number[] = [];
  for (const [old, now] of replaced) {
    if (keep(old) !== keep(now)) return applyView(items, view, found);
    if (!keep(now)) continue;
    const at = shown.indexOf(old);
    if (at === -1) return applyView(items, view, found);
    next[at] = now;
    places.push(at);
  }
  for (const at of places) {
    if ((at > 0 && compare(next[at - 1]!, next[at]!) > 0) || (at + 1 < next.length && compare(next[at]!, next[at + 1]!) > 0)) return applyView(items, view, found);
  }
  return places.length > 0 ? next : shown;
}

export function publishersOf(items: ItemSummary[]): string[] {
  const set = new Set<string>();
  for (const i of items) if (i.publisher) set.add(i.publisher);
  return [...set].sort((a, b) => a.localeCompare(b));
}
