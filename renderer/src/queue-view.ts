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

/** `found`: the host's answer to `view.search` (ids whose title, body or file name match); null until it comes. */
export function applyView(items: ItemSummary[], view: QueueView, found: ReadonlySet<string> | null = null): ItemSummary[] {
  const keepStatus = STATUS_FILTERS[view.status].keep;
  const publisher = view.publisher;
  const terms = searchTerms(view.search);
  const out = items.filter(
    (i) =>
      keepStatus(i) &&
      (publisher === "" || i.publisher === publisher) &&
      (!view.warnings || hasWarnings(i)) &&
      (!view.lowConfidence || isDoubtful(i)) &&
      (terms.length === 0 || (found ? found.has(i.id) : matchesTerms(terms, searchKey(i)))),
  );
  switch (view.sort) {
    case "file":
      return out.sort(byFile);
    case "dateDesc":
    case "dateAsc": {
      const dir = view.sort === "dateAsc" ? 1 : -1;
      // Undated items last either way.
      return out.sort((a, b) => {
        if (!a.publishedAt || !b.publishedAt) return (a.publishedAt ? -1 : 0) + (b.publishedAt ? 1 : 0) || byFile(a, b);
        return (a.publishedAt < b.publishedAt ? -dir : a.publishedAt > b.publishedAt ? dir : 0) || byFile(a, b);
      });
    }
    case "confidence":
      return out.sort((a, b) => a.minConfidence - b.minConfidence || byFile(a, b));
  }
}

export function publishersOf(items: ItemSummary[]): string[] {
  const set = new Set<string>();
  for (const i of items) if (i.publisher) set.add(i.publisher);
  return [...set].sort((a, b) => a.localeCompare(b));
}
