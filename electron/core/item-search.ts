// The queue search on the host: title, body and file name of every item, with the editor's
// corrections applied, so the renderer never needs the bodies. The folded text of each item is
// kept per index entry (a rescan that extracts a file again replaces its entry, which drops the
// old text) and read on the first search, one extraction shard at a time; corrected titles and
// bodies are folded as they are met, and kept while the correction stays the same.
import type { Corrections } from "../../shared/api.js";
import { foldForSearch, matchesTerms, searchTerms } from "../../shared/search-text.js";
import type { ItemView, ReviewStore } from "./store/review-store.js";
import type { IndexEntry } from "./store/schema.js";

interface Folded {
  file: string;
  title: string;
  body: string;
}

interface FoldedCorrection {
  title: string | undefined;
  body: string[] | undefined;
  folded: { title?: string; body?: string };
}

const foldBody = (body: string[]): string => foldForSearch(body.join("\n"));

export class ItemSearch {
  private readonly extracted = new WeakMap<IndexEntry, Folded>();
  private readonly corrected = new WeakMap<Corrections, FoldedCorrection>();
  private reading: Promise<void> | null = null;

  constructor(private readonly store: ReviewStore) {}

  /** Ids of the items, in queue order, whose title, body or file name holds every term of the query. */
  async find(query: string): Promise<string[]> {
    const terms = searchTerms(query);
    if (terms.length === 0) return [];
    await this.readAll();
    const out: string[] = [];
    for (const view of this.store.views()) {
      // An item added while the text was being read is matched on its title and file name until the next search.
      const doc = this.extracted.get(view.entry) ?? { file: foldForSearch(view.entry.file), title: foldForSearch(view.entry.title), body: "" };
      const fix = this.correction(view.decision?.corrections);
      if (matchesTerms(terms, [fix?.title ?? doc.title, fix?.body ?? doc.body, doc.file])) out.push(view.id);
    }
    return out;
  }

  /** Folds the text of every entry not yet folded; one reading at a time, shard by shard (ids start with their shard). */
  private readAll(): Promise<void> {
    this.reading ??= (async () => {
      const todo = this.store.views().filter((view) => !this.extracted.has(view.entry));
      todo.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
      for (const view of todo) this.extracted.set(view.entry, await this.fold(view));
    })().finally(() => (this.reading = null));
    return this.reading;
  }

  private async fold({ id, entry }: ItemView): Promise<Folded> {
    // A lost extraction (damaged cache) is extracted again when the item is opened; until then, its title.
    const fields = (await this.store.extraction(id))?.fields;
    return { file: foldForSearch(entry.file), title: foldForSearch(fields?.title ?? entry.title), body: fields ? foldBody(fields.body) : "" };
  }

  private correction(corrections: Corrections | undefined): FoldedCorrection["folded"] | undefined {
    if (!corrections || (corrections.title === undefined && corrections.body === undefined)) return undefined;
    let cached = this.corrected.get(corrections);
    if (!cached || cached.title !== corrections.title || cached.body !== corrections.body) {
      cached = {
        title: corrections.title,
        body: corrections.body,
        folded: {
          ...(corrections.title !== undefined ? { title: foldForSearch(corrections.title) } : {}),
          ...(corrections.body !== undefined ? { body: foldBody(corrections.body) } : {}),
        },
      };
      this.corrected.set(corrections, cached);
    }
    return cached.folded;
  }
}
