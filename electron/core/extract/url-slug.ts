// The words of an article URL's slug ("…/1435121-cork-cycle-route/" -> cork, cycle, route): sites
// build the slug from the headline, so a line sharing its words is that headline printed, in any
// language written in Latin letters (accents dropped, as slugs drop them).

const MARKS = /\p{M}/gu;
const SLUG_SEP = /[-_+]/;
const WORD = /[\p{L}\p{N}]+/gu;

/** Lower case, accents dropped (ő -> o, ø stays: it has no decomposition, nor has its slug spelling). */
function fold(s: string): string {
  return s.normalize("NFD").replace(MARKS, "").toLowerCase();
}

/** The slug's words of three letters or more (numbers and ids left out), from the last path segment that has a separator. */
export function slugWords(url: string): string[] {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return [];
  }
  const segs = path.split("/").filter((s) => SLUG_SEP.test(s));
  const seg = segs.at(-1);
  if (!seg) return [];
  const out: string[] = [];
  for (const w of fold(decodeURIComponentSafe(seg).replace(/\.\w{2,5}$/, "")).split(/[-_+.]+/)) if (w.length >= 3 && !/\d/.test(w)) out.push(w);
  return out;
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** Does the line print the slug's headline: two of its words at least, and a third of them? */
export function agreesWithSlug(words: string[], line: string): boolean {
  if (words.length < 2) return false;
  const have = new Set(fold(line).match(WORD) ?? []);
  let n = 0;
  for (const w of words) if (have.has(w)) n++;
  return n >= 2 && n * 3 >= words.length;
}
