// Source choice and confidence (source.ts): how a credit was found, and what else the page says about it, decide
// how far to trust it; a credit the page also prints as a section, a place or its own masthead is flagged for an
// editor, and so is an empty source where the page shows signs of a credit. All text invented.
import { test } from "node:test";
import assert from "node:assert/strict";
import { extractScrape } from "../../electron/core/extract/index.js";
import { FERRY_STORY } from "../helpers.js";

const fromText = (text: string) => extractScrape(new TextEncoder().encode(text), "page.txt");
const fromHtml = (html: string) => extractScrape(new TextEncoder().encode(html), "page.html");
const STORY = FERRY_STORY;
const page = (head: string[], story: string[] = STORY, foot: string[] = ["© 2024 The Lakeside Courier. All rights reserved."]) =>
  [...head, "", ...story.flatMap((p) => [p, ""]), ...foot].join("\n");
const HEAD = ["The Lakeside Courier", "Home | World | Business | Transport | Sport", "", "Harbour board adds evening ferry sailings", ""];
const sourceWarning = (r: ReturnType<typeof fromText>) => r.warnings.find((w) => w.field === "source")?.message ?? "";

test("a labelled credit is trusted more than a phrase in a segment of its own beside the date", () => {
  const labelled = fromText(page([...HEAD, "Source: Harbour Wire | 2024-03-05 10:21"]));
  const segment = fromText(page([...HEAD, "Harbour Wire | Updated: 2024-03-05 10:21"]));
  assert.equal(labelled.fields.source, "Harbour Wire");
  assert.equal(segment.fields.source, "Harbour Wire");
  assert.ok(labelled.confidence.source! >= 0.85, `labelled ${labelled.confidence.source}`);
  assert.ok(segment.confidence.source! <= 0.65, `segment ${segment.confidence.source}`);
});

test("an agency or a domain printed beside the date is nearly sure", () => {
  const agency = fromText(page([...HEAD, "AFP 2024-03-05 10:21"]));
  const domain = fromText(page([...HEAD, "lakesidecourier.example 2024-03-05 10:21"]));
  assert.equal(agency.fields.source, "AFP");
  assert.equal(domain.fields.source, "lakesidecourier.example");
  assert.ok(agency.confidence.source! >= 0.85, `agency ${agency.confidence.source}`);
  assert.ok(domain.confidence.source! >= 0.85, `domain ${domain.confidence.source}`);
});

test("a credit that is also one of the page's navigation sections is flagged", () => {
  const r = fromText(page([...HEAD, "Transport | Updated: 2024-03-05 10:21"]));
  assert.equal(r.fields.source, "Transport");
  assert.ok(r.confidence.source! <= 0.4, `confidence ${r.confidence.source}`);
  assert.match(sourceWarning(r), /navigation section/);
});

test("the site's own name on the line above the date is flagged as a possible masthead", () => {
  const r = fromText(page([...HEAD, "The Lakeside Courier", "Published 2024-03-05 10:21"]));
  assert.equal(r.fields.source, "The Lakeside Courier");
  assert.ok(r.confidence.source! <= 0.5, `confidence ${r.confidence.source}`);
  assert.match(sourceWarning(r), /site's own name/);
});

test("the place the story's dateline names, printed above the date, is no credit", () => {
  const r = fromText(page([...HEAD, "HARBOURTON", "05 March 2024", "10:21"], [`(LCW) - HARBOURTON, 05 MAR - ${STORY[0]}`, ...STORY.slice(1)]));
  assert.equal(r.fields.dateline, "(LCW) - HARBOURTON, 05 MAR");
  assert.equal(r.fields.source, "");
});

test("no source read where the dateline credits an agency other than the site: a low confidence and a warning", () => {
  const r = fromText(page([...HEAD, "By Anna Lindqvist", "2024-03-05 10:21"], [`HARBOURTON (Reuters) - ${STORY[0]}`, ...STORY.slice(1)]));
  assert.equal(r.fields.source, "");
  assert.ok(r.confidence.source! <= 0.35, `confidence ${r.confidence.source}`);
  assert.match(sourceWarning(r), /dateline credits Reuters/);
});

test("no source read where the header prints a source label: a low confidence and a warning", () => {
  const r = fromText(page([...HEAD, "By Anna Lindqvist", "2024-03-05 10:21", "Source:", "Harbour Wire"]));
  assert.equal(r.fields.source, "");
  assert.ok(r.confidence.source! <= 0.35, `confidence ${r.confidence.source}`);
  assert.match(sourceWarning(r), /source label/);
});

test("an HTML source element printed after the story (a sign-off) is no credit beside the date: empty, with a warning", () => {
  const r = fromHtml(`<!doctype html><html><head><title>Harbour board adds evening ferry sailings</title>
<meta property="og:site_name" content="The Lakeside Courier"></head><body><article>
<h1>Harbour board adds evening ferry sailings</h1><time datetime="2024-03-05T10:21:00+01:00">5 March 2024</time>
${STORY.map((p) => `<p>${p}</p>`).join("\n")}
<p class="source">Source: LCW/ab(cd)</p></article></body></html>`);
  assert.equal(r.fields.source, "");
  assert.ok(r.confidence.source! <= 0.5, `confidence ${r.confidence.source}`);
  assert.match(sourceWarning(r), /closes the story/);
});

test("a headline's own second line above the date is no credit", () => {
  const r = fromText(page(["Harbour board adds two evening sailings to the island ferry route from Lakeside LRT Pier - The Lakeside Courier", "The Lakeside Courier", "Home | World | Business | Transport | Sport", "", "Harbour board adds two evening sailings to the island ferry route from", "Lakeside LRT Pier", "", "Tuesday, 5 March 2024 10:21"]));
  assert.equal(r.fields.title, "Harbour board adds two evening sailings to the island ferry route from Lakeside LRT Pier");
  assert.equal(r.fields.source, "");
});

test("an agency alone on the line right above the headline (a portal's provider line) is the credit, not on the agency's own site", () => {
  const portal = fromText(page(["Harbour board adds evening ferry sailings - Zephyr Portal", "Zephyr Portal", "Home | Mail | Finance | Sport", "", "Reuters", "Harbour board adds evening ferry sailings", "Anna Lindqvist", "Tue, March 5, 2024 at 10:21 AM GMT+1 · 2 min read"]));
  assert.equal(portal.fields.source, "Reuters");
  assert.ok(portal.confidence.source! < 0.85, `confidence ${portal.confidence.source}`);
  const own = fromText(page(["Harbour board adds evening ferry sailings | Reuters", "Home | World | Business | Markets", "", "Reuters", "Harbour board adds evening ferry sailings", "Anna Lindqvist", "March 5, 2024 10:21 AM GMT+1"], STORY, ["© 2024 Reuters. All rights reserved."]));
  assert.equal(own.fields.publisher, "Reuters");
  assert.equal(own.fields.source, "");
});

const htmlPage = (byline: string) => `<!doctype html><html><head><title>Harbour board adds evening ferry sailings</title>
<meta property="og:site_name" content="The Lakeside Courier">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Harbour board adds evening ferry sailings","datePublished":"2024-03-05T10:21:00+01:00","author":[{"@type":"Person","name":"Anna Lindqvist"}]}</script>
</head><body><article><h1>Harbour board adds evening ferry sailings</h1>
${byline}
<time datetime="2024-03-05T10:21:00+01:00">5 March 2024</time>
${STORY.map((p) => `<p>${p}</p>`).join("\n")}
</article></body></html>`;

test("an HTML byline's credit run with the reporter's e-mail address names the outlet as the source", () => {
  const r = fromHtml(htmlPage(`<div class="author-name">By <a href="/author/anna/">Anna Lindqvist</a> | <a href="mailto:anna@lakeside.example">anna@lakeside.example</a> | The Lakeside Courier</div>`));
  assert.deepEqual(r.fields.authors, ["Anna Lindqvist"]);
  assert.equal(r.fields.source, "The Lakeside Courier");
});

test("an HTML byline block printing the outlet as an element after the names names the source", () => {
  const r = fromHtml(htmlPage(`<div class="xq_by"><a class="xq_by_a" href="/staff/anna/">Anna Lindqvist</a><div class="xq_by_o">Harbour News Service</div></div>`));
  assert.deepEqual(r.fields.authors, ["Anna Lindqvist"]);
  assert.equal(r.fields.source, "Harbour News Service");
  assert.ok(r.confidence.source! >= 0.85, `confidence ${r.confidence.source}`);
});

test("a labelled credit is read though no date the extractor knows stands beside it", () => {
  const r = fromText(page([...HEAD, "By Anna Lindqvist", "Quartidi 15 Ventôse an CCXXXII　来源：湖畔日报"]));
  assert.equal(r.fields.source, "湖畔日报");
  assert.ok(r.confidence.source! >= 0.85, `confidence ${r.confidence.source}`);
});

test("a credit holding a label's colon, a weekday or a stamp's word is flagged", () => {
  const credit = (c: string) => fromHtml(htmlPage(`<div class="byline">By Anna Lindqvist</div><div class="source">${c}</div>`));
  for (const [c, why] of [["Kilde: Lakeside Wire", /colon/], ["Harbourton, Tuesday", /weekday/], ["Lakeside Wire Originally published", /stamp/]] as const) {
    const r = credit(c);
    assert.equal(r.fields.source, c);
    assert.ok(r.confidence.source! <= 0.4, `${c}: confidence ${r.confidence.source}`);
    assert.match(sourceWarning(r), why);
  }
});

test("an agency among a scraper record's authors is the source, spelled as the page prints it", () => {
  const record = {
    url: "https://lakeside.example/harbour/evening-sailings-123",
    title: "Harbour board adds evening ferry sailings",
    authors: ["Afp", "Anna Lindqvist"],
    publish_date: "2024-03-05T10:21:00+01:00",
    meta_site_name: "The Lakeside Courier",
    top_image: "https://lakeside.example/img/ferry_afp.jpg",
    text: [`HARBOURTON, March 5 (AFP) ${STORY[0]}`, ...STORY.slice(1)].join("\n\n"),
  };
  const r = extractScrape(new TextEncoder().encode(JSON.stringify(record)), "page.json");
  assert.equal(r.fields.source, "AFP");
  assert.equal(sourceWarning(r), "");
});
