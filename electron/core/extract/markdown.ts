// A page a crawler kept as Markdown (Apify, Firecrawl, Jina Reader records): read as a text dump once its
// markup is gone. Headings lose their `#`s, links keep their text, images and emphasis markers go; each
// output character keeps the offset of the character it came from, so spans map back to the record.

/** A line of images only (a picture, a linked logo): no text of the page. */
const RE_IMAGE_LINE = /^[ \t]*(?:\[?!\[[^\]\n]*\]\([^)\n]*\)(?:\]\([^)\n]*\))?[ \t]*)+$/;
const RE_HEADING = /^[ \t]{0,3}#{1,6}[ \t]+/;
const RE_BULLET = /^[ \t]*[*+-][ \t]+/;
const RE_ESCAPABLE = /[\\`*_{}[\]()#+\-.!|>~]/;
const RE_WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * Is this content Markdown? By the key a crawler stores it under ("markdown"), or by its shape: an
 * ATX heading line and several `[text](url)` links.
 */
export function isMarkdown(key: string, value: string): boolean {
  if (/markdown|^md$/i.test(key)) return true;
  const head = value.slice(0, 20000);
  return (/^#{1,6} \S/m.test(head) || RE_SETEXT_HEADING.test(head)) && (head.match(/\]\((?:https?:\/)?\//g)?.length ?? 0) >= 3;
}

/** A heading underlined on the next line ("Headline" / "====", "Section" / "----"), as Jina Reader writes them. */
const RE_SETEXT_HEADING = /^[ \t]{0,3}\S[^\n]*\n[ \t]{0,3}(?:={3,}|-{3,})[ \t]*$/m;
/** The underline itself: "=" under a level-one heading, "-" under a level-two one. */
const RE_SETEXT_UNDERLINE = /^[ \t]{0,3}(?:={3,}|-{3,})[ \t]*$/;

const RE_H1 = /^[ \t]{0,3}#[ \t]+\S/;

/**
 * The page's text with its Markdown markup removed, and for each of its characters (and its end) the offset in `md`;
 * with where in that text the first level-one heading (`# Headline`, the page's <h1>) stands, if any.
 */
export function markdownToText(md: string): { text: string; offsets: number[]; h1: { start: number; end: number } | null } {
  let text = "";
  const offsets: number[] = [];
  let h1: { start: number; end: number } | null = null;
  const emit = (at: number, c = md[at]!) => { text += c; offsets.push(at); };
  let s = 0;
  // The text of the line before, where a setext underline makes it a heading.
  let prev: { start: number; end: number } | null = null;
  while (s <= md.length) {
    let e = md.indexOf("\n", s);
    if (e < 0) e = md.length;
    const line = md.slice(s, e);
    const from = text.length;
    // An underline under a line of text is markup, not a line of the page (a "----" alone stays: a rule).
    const underline: boolean = prev !== null && RE_SETEXT_UNDERLINE.test(line);
    if (underline && !h1 && line.trimStart().startsWith("=")) h1 = prev;
    if (!underline && !RE_IMAGE_LINE.test(line)) readLine(md, s, e, line, emit);
    if (!h1 && RE_H1.test(line) && text.slice(from).trim()) h1 = { start: from + text.slice(from).search(/\S/), end: from + text.slice(from).trimEnd().length };
    prev = !underline && text.slice(from).trim() ? { start: from + text.slice(from).search(/\S/), end: from + text.slice(from).trimEnd().length } : null;
    if (e < md.length) emit(e);
    s = e + 1;
  }
  offsets.push(md.length);
  return { text, offsets, h1 };
}

function readLine(md: string, s: number, e: number, line: string, emit: (at: number, c?: string) => void): void {
  let i = s;
  const heading = RE_HEADING.exec(line);
  if (heading) {
    i += heading[0].length;
    // A closing run of #s ("## Title ##").
    const close = /[ \t]+#+[ \t]*$/.exec(line);
    if (close && close.index > heading[0].length) e = s + close.index;
  } else {
    const bullet = RE_BULLET.exec(line);
    // A bullet is kept as "- " (a list the related and body readers know).
    if (bullet) { emit(s + bullet[0].length - 2, "-"); emit(s + bullet[0].length - 1, " "); i += bullet[0].length; }
  }
  // Where each open link's text ends ("](") and where its target ends (after ")").
  const linkEnds: { at: number; resume: number }[] = [];
  while (i < e) {
    const top = linkEnds[linkEnds.length - 1];
    if (top && i === top.at) { i = top.resume; linkEnds.pop(); continue; }
    const c = md[i]!;
    if (c === "\r") { i++; continue; }
    if (c === "\\" && i + 1 < e && RE_ESCAPABLE.test(md[i + 1]!)) { emit(i + 1); i += 2; continue; }
    if (c === "!" && md[i + 1] === "[") {
      const end = linkEnd(md, i + 1, e);
      if (end) { i = end.resume; continue; }
    }
    if (c === "[") {
      const end = linkEnd(md, i, e);
      if (end) { linkEnds.push(end); i++; continue; }
    }
    if (c === "*" || c === "_") {
      let j = i;
      while (j < e && md[j] === c) j++;
      // Emphasis markers flank a word: one side touches text, the other space or punctuation ("**Lee también:**",
      // "_Foto_"); inside a word ("snake_case") or spaced on both sides ("2 * 3") they are text.
      const before = i > s ? md[i - 1]! : " ";
      const after = j < e ? md[j]! : " ";
      const opens = !/\s/.test(after) && !RE_WORD_CHAR.test(before);
      const closes = !/\s/.test(before) && !RE_WORD_CHAR.test(after);
      if (j - i <= 3 && (opens || closes) && !(c === "_" && RE_WORD_CHAR.test(before) && RE_WORD_CHAR.test(after))) { i = j; continue; }
      for (; i < j; i++) emit(i);
      continue;
    }
    emit(i);
    i++;
  }
}

/** For a `[` at `open`: where its text ends (the `]` of `](`) and the offset after the link's `)`; null when not a link. */
function linkEnd(md: string, open: number, e: number): { at: number; resume: number } | null {
  let depth = 0;
  for (let k = open; k < e; k++) {
    const c = md[k];
    if (c === "[") depth++;
    else if (c === "]" && --depth === 0) {
      if (md[k + 1] !== "(") return null;
      const close = md.indexOf(")", k + 2);
      return close >= 0 && close < e ? { at: k, resume: close + 1 } : null;
    }
  }
  return null;
}
