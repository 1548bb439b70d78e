// How the queue search compares text, on both sides (the renderer's instant title and file-name
// match, the host's search of the bodies): case- and width-insensitive (NFKC, so full-width
// Latin matches too), zero-width characters ignored. A query is split on white space into terms
// that must all occur, each as a plain substring: no word splitting of the text, so Chinese
// (written without spaces) matches as written.
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/g;
const NOT_ASCII = /[^\x00-\x7f]/;

export function foldForSearch(text: string): string {
  // NFKC is the slow part and changes nothing in plain ASCII, the bulk of most queues.
  return (NOT_ASCII.test(text) ? text.normalize("NFKC").replace(ZERO_WIDTH, "") : text).toLowerCase();
}

export function searchTerms(query: string): string[] {
  return foldForSearch(query).split(/\s+/).filter(Boolean);
}

/** Every term occurs in one of the (folded) texts. */
export function matchesTerms(terms: readonly string[], texts: readonly string[]): boolean {
  return terms.every((term) => texts.some((text) => text.includes(term)));
}
