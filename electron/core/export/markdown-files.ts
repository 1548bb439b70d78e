// The Markdown format: a folder with one file per article. Each file starts with YAML front matter
// holding every field except the body, plus provenance; then the title as a heading and the body
// paragraphs separated by blank lines. Values in the front matter are written as JSON strings and
// arrays, which YAML 1.2 reads as the same values. Text is backslash-escaped so that a paragraph
// is never read as Markdown or HTML; unescapeMarkdown() undoes it exactly.
import type { ExportRecord } from "../../../shared/export-record.js";
import { FIELD_NAMES } from "../../../shared/record.js";

/** ASCII punctuation that means something to Markdown or HTML anywhere in a line. */
const INLINE = /[\\`*_[\]<>&#|~!]/g;

export function escapeMarkdown(text: string): string {
  return text
    .replace(INLINE, (c) => "\\" + c)
    .split("\n")
    .map((line) =>
      line
        // Block markers at the start of a line: list items, setext underlines, ordered lists.
        .replace(/^(\s*)([+\-=])/, "$1\\$2")
        .replace(/^(\s*\d+)([.)])/, "$1\\$2"),
    )
    .join("\n");
}

/** The inverse of escapeMarkdown (CommonMark's backslash escapes). */
export const unescapeMarkdown = (text: string): string => text.replace(/\\([!-/:-@[-`{-~])/g, "$1");

export function markdownFile(record: ExportRecord): string {
  const lines = ["---"];
  for (const name of FIELD_NAMES) {
    if (name === "body") continue;
    lines.push(`${name}: ${JSON.stringify(record[name])}`);
  }
  lines.push("provenance:");
  for (const [key, value] of Object.entries(record.provenance)) lines.push(`  ${key}: ${JSON.stringify(value)}`);
  lines.push("---");
  const blocks = [lines.join("\n")];
  if (record.title) blocks.push(`# ${escapeMarkdown(record.title)}`);
  for (const paragraph of record.body) blocks.push(escapeMarkdown(paragraph));
  return blocks.join("\n\n") + "\n";
}

const MAX_SLUG = 60;

/**
 * A safe, readable file name: letters and digits of the title (any script) joined by "-", then 12
 * hex digits of the sha256 so names are unique. Never empty, never starts with a dot, no separators,
 * no Windows device names, well under 255 bytes.
 */
export function markdownFileName(record: ExportRecord): string {
  const words = record.title.normalize("NFKC").toLocaleLowerCase("en").match(/[\p{L}\p{N}]+/gu) ?? [];
  let slug = "";
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if ([...next].length > MAX_SLUG) {
      if (!slug) slug = [...word].slice(0, MAX_SLUG).join("");
      break;
    }
    slug = next;
  }
  return `${slug || "article"}-${record.provenance.sha256.slice(0, 12)}.md`;
}
