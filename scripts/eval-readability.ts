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
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseHTML } from "linkedom";
import { Readability } from "@mozilla/readability";
import { extractScrape } from "../electron/core/extract/index.js";
import { decodeBytes } from "../electron/core/extract/decode.js";

const handbook = resolve(process.env.COPYDESK_HANDBOOK ?? join("..", "shared"));
const scorer = join(handbook, "tools", "score-extraction.mjs");
const args = process.argv.slice(2);
const corpora = args.flatMap((a, i) => (args[i - 1] === "--corpus" ? [resolve(a)] : []));
if (corpora.length === 0) corpora.push(join(handbook, "corpus"), resolve("test/fixtures/heldout"));
if (!existsSync(scorer)) {
  console.error(`eval-readability: ${scorer} is missing; set COPYDESK_HANDBOOK to the handbook folder.`);
  process.exit(1);
}

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

const gold = mkdtempSync(join(tmpdir(), "copydesk-readability-"));
const ours: string[] = [];
const theirs: string[] = [];
for (const corpus of corpora) {
  const scrapes = join(corpus, "scrapes");
  for (const file of readdirSync(scrapes).filter((f) => /\.html?$/i.test(f)).sort()) {
    const goldFile = file.replace(/\.[^.]+$/, ".gold.json");
    if (!existsSync(join(corpus, "gold", goldFile))) continue;
    symlinkSync(join(corpus, "gold", goldFile), join(gold, goldFile));
    const bytes = new Uint8Array(readFileSync(join(scrapes, file)));
    ours.push(JSON.stringify({ file, fields: extractScrape(bytes, file).fields }));
    theirs.push(JSON.stringify({ file, fields: readabilityFields(decodeBytes(bytes).text) }));
  }
}

type Summary = { files: number; fieldScore: number; bodyF1: number; bodyExactParagraphs: number; duplicatedBodies: number; perField: Record<string, number> };
function score(lines: string[]): Summary {
  const run = spawnSync(process.execPath, [scorer, "--gold", gold, "--json"], { input: lines.join("\n") + "\n", encoding: "utf8", maxBuffer: 1 << 28 });
  if (run.status !== 0) throw new Error(`scorer failed: ${run.stderr}`);
  return (JSON.parse(run.stdout) as { summary: Summary }).summary;
}
try {
  const a = score(ours);
  const b = score(theirs);
  const pct = (x: number) => `${(100 * x).toFixed(0)}%`.padStart(5);
  console.log(`${a.files} HTML pages from ${corpora.join(", ")}`);
  console.log(`${"".padEnd(13)}${"copydesk".padStart(10)}${"readability".padStart(13)}`);
  const row = (name: string, x: number, y: number) => console.log(`${name.padEnd(13)}${pct(x).padStart(10)}${pct(y).padStart(13)}`);
  row("fields", a.fieldScore, b.fieldScore);
  row("body F1", a.bodyF1, b.bodyF1);
  row("exact ¶", a.bodyExactParagraphs, b.bodyExactParagraphs);
  console.log(`${"duplicated".padEnd(13)}${String(a.duplicatedBodies).padStart(10)}${String(b.duplicatedBodies).padStart(13)}`);
  for (const f of Object.keys(a.perField)) row(`  ${f}`, a.perField[f]!, b.perField[f]!);
} finally {
  rmSync(gold, { recursive: true, force: true });
}
