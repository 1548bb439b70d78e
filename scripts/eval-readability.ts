// `npm run eval:readability`: our extractor against plain Mozilla Readability on the same HTML
// pages, both scored by the handbook's scorer (issue #3: "for HTML we should beat Readability").
//
//   node --import tsx scripts/eval-readability.ts [--corpus DIR]...
//
// Every .html scrape of the given corpora (default: the handbook corpus and test/fixtures/heldout)
// is decoded once by our decoder (decoding is not Readability's job) and read twice:
// - ours: extractScrape, as `npm run eval` runs it;
// - Readability as it is commonly used: `new Readability(document).parse()` on linkedom with the
//   default options; title, byline (as the one author), siteName, publishedTime and lang map to
//   the fields, and the body is the text of each <p> of the result. Readability has no source,
//   dateline, editor, ids, url or related headlines, so those are left empty.
// The scorer runs on a folder holding only those pages' gold files.
import { readFileSync } from "node:fs";
import { parseHTML } from "linkedom";
import { Readability } from "@mozilla/readability";
import { extractScrape } from "../electron/core/extract/index.js";
import { decodeBytes } from "../electron/core/extract/decode.js";
import { corporaFromArgs, corpusFiles, requireScorer, score } from "./lib/handbook-scorer.js";

requireScorer("eval-readability");
const corpora = corporaFromArgs(process.argv.slice(2));

/** The little of linkedom's DOM used here (the project's Node code is typed without the DOM library). */
interface Node { textContent: string | null; getAttribute(name: string): string | null; querySelectorAll(selector: string): Iterable<Node> }
type Doc = { documentElement: Node | null; querySelectorAll(selector: string): Iterable<Node> };
const parse = (html: string): Doc => (parseHTML(html) as unknown as { document: Doc }).document;

const squash = (s: string | null | undefined): string => (s ?? "").replace(/\s+/g, " ").trim();

function readabilityFields(html: string): Record<string, unknown> {
  const document = parse(html);
  const lang = document.documentElement?.getAttribute("lang") ?? "";
  let article: ReturnType<Readability["parse"]> = null;
  try {
    article = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0]).parse();
  } catch {
    article = null;
  }
  const body: string[] = [];
  if (article?.content) {
    const result = parse(`<!doctype html><html><body>${article.content}</body></html>`);
    for (const p of result.querySelectorAll("p")) {
      const text = squash(p.textContent);
      if (text) body.push(text);
    }
  }
  return {
    title: squash(article?.title),
    publisher: squash(article?.siteName),
    source: "",
    publishedAt: squash(article?.publishedTime),
    dateline: "",
    authors: article?.byline ? [squash(article.byline)] : [],
    editor: "",
    body,
    related: [],
    language: squash(article?.lang ?? lang),
    externalId: "",
    url: "",
  };
}

const pages = corpusFiles(corpora, (name) => /\.html?$/i.test(name));
const ours = [];
const theirs = [];
for (const page of pages) {
  const bytes = new Uint8Array(readFileSync(page.scrape));
  ours.push({ file: page.name, fields: extractScrape(bytes, page.name).fields });
  theirs.push({ file: page.name, fields: readabilityFields(decodeBytes(bytes).text) });
}
const golds = pages.map((p) => p.gold);
const a = score(golds, ours).summary;
const b = score(golds, theirs).summary;
const pct = (x: number) => `${(100 * x).toFixed(0)}%`;
const row = (name: string, x: string, y: string) => console.log(`${name.padEnd(13)}${x.padStart(10)}${y.padStart(13)}`);
console.log(`${a.files} HTML pages from ${corpora.join(", ")}`);
row("", "copydesk", "readability");
row("fields", pct(a.fieldScore), pct(b.fieldScore));
row("body F1", pct(a.bodyF1), pct(b.bodyF1));
row("exact ¶", pct(a.bodyExactParagraphs), pct(b.bodyExactParagraphs));
row("duplicated", String(a.duplicatedBodies), String(b.duplicatedBodies));
for (const f of Object.keys(a.perField)) row(`  ${f}`, pct(a.perField[f]!), pct(b.perField[f]!));
