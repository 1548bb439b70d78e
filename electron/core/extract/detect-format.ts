// Which reader gets the file: by extension, corrected by a look at the first
// bytes (a .txt that is really HTML is read as HTML).
import type { ScrapeFormat } from "../../../shared/record.js";

export function detectFormat(fileName: string, text: string): ScrapeFormat {
  const ext = (fileName.match(/\.([a-z0-9]+)$/i)?.[1] ?? "").toLowerCase();
  // Only the first characters are compared: lower-casing 512 of them cost more than the rest of this function.
  const head = text.slice(0, 512).trimStart().slice(0, 16).toLowerCase();
  if (ext === "html" || ext === "htm" || ext === "xhtml") return "html";
  if (ext === "json" || ext === "jsonl" || ext === "ndjson") return "json";
  if (ext === "txt" || ext === "text" || ext === "") {
    if (head.startsWith("<!doctype html") || head.startsWith("<html")) return "html";
    return "text";
  }
  return "unsupported";
}
