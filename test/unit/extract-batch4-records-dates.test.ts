// Rules learnt from held-out batch 4 for scraper records, HTML pages, date grammar, home zones and
// ids, each on made-up inputs (not the fixtures' own text), so a rule keyed to one file would fail here.
import { test } from "node:test";
import assert from "node:assert/strict";
import { extractScrape } from "../../electron/core/extract/index.js";
import { findContent } from "../../electron/core/extract/json-record.js";
import { findDates, formatDate } from "../../electron/core/extract/dates.js";
import { idFromUrl } from "../../electron/core/extract/ids.js";
import { guessHomeZone, zoneFromBrand, zoneFromHost } from "../../electron/core/extract/home-zone.js";
import { detectLanguage } from "../../electron/core/extract/language.js";
import { classifyLines } from "../../electron/core/extract/text-dump/classify.js";
import { splitLines } from "../../electron/core/extract/text-dump/lines.js";
import { utf8 as enc } from "../helpers.js";

const iso = (s: string) => findDates(s).map((d) => formatDate(d).value);
const kinds = (text: string) => classifyLines(splitLines(text)).filter((l) => l.text).map((l) => l.kind);

const STORY = [
  "The harbour board approved a new timetable for the island ferries on Monday, adding two late sailings on weekdays.",
  "The board said the extra crossings would start next month and would be paid for from the port's own budget this year.",
  "Ferry users have long complained that the last boat leaves too early for shift workers on the far side of the bay.",
  "A spokesperson said the timetable would be reviewed again in the autumn once passenger counts were available.",
];

// ---- scraper records --------------------------------------------------------------

test("records: the page under a key named like content (main_text), metadata read from a nested meta object", () => {
  const rec = {
    request_url: "https://news.example.nl/s/88123",
    final_url: "https://news.example.nl/story/7712345-ferry-board-adds-late-sailings",
    fetched_at: "2023-06-12T21:00:00Z",
    lang: "en",
    meta: {
      title: "Ferry board adds late sailings | Harbour Wire",
      "og:site_name": "Harbour Wire",
      "og:title": "Ferry board adds late sailings",
      canonical: "https://news.example.nl/story/7712345-ferry-board-adds-late-sailings",
      "article:published_time": "2023-06-12T09:15:00+02:00",
    },
    main_text: ["Local", "Ferry board adds late sailings", "today, 09:15", "Share", "", "A ferry leaves the quay", "", ...STORY.flatMap((p) => [p, ""])].join("\n"),
  };
  const r = extractScrape(enc(JSON.stringify(rec, null, 2)), "rec.json");
  assert.equal(r.error, undefined);
  assert.equal(r.fields.title, "Ferry board adds late sailings");
  assert.equal(r.fields.publisher, "Harbour Wire");
  assert.equal(r.fields.publishedAt, "2023-06-12T09:15:00+02:00");
  assert.equal(r.fields.url, "https://news.example.nl/story/7712345-ferry-board-adds-late-sailings");
  assert.equal(r.fields.externalId, "7712345");
  assert.equal(r.fields.language, "en");
  assert.deepEqual(r.fields.body, STORY);
  for (const spans of Object.values(r.spans)) for (const s of spans ?? []) assert.ok(s.start >= 0 && s.end <= r.text.length);
});

test("records: content found by key pattern, then as the longest page-like string; none is still an error", () => {
  assert.equal(findContent({ id: 3, data: { body_html: "<div><p>" + STORY.join("</p><p>") + "</p></div>" } })?.key, "body_html");
  assert.equal(findContent({ id: 3, payload: "<html><body><p>" + STORY.join("</p><p>") + "</p></body></html>", note: "short" })?.key, "payload");
  assert.equal(findContent({ url: "https://x.test/1", description: "One line only." }), null);
  assert.match(extractScrape(enc('{"url": "https://x.test/1", "status": 404}'), "rec.json").error ?? "", /no page content/);
});

test("records: og:site_name from a [{property, content}] list beats a copyright company name", () => {
  const rec = {
    url: "https://www.example-tv.com/article/news/local/ferry-sailings/55-0f1e2d3c-4b5a-4978-8a9b-0c1d2e3f4a5b",
    metadata: { openGraph: [{ property: "og:site_name", content: "Channel 9 Coast" }, { property: "og:type", content: "article" }] },
    text: ["Skip Navigation", "Ferry board adds late sailings", "Author: Dana Holt", "Published: 9:15 AM EDT June 12, 2023", ...STORY, "© 2023 Coast Broadcasting Company LLC. All Rights Reserved."].join("\n"),
  };
  const r = extractScrape(enc(JSON.stringify(rec)), "rec.json");
  assert.equal(r.fields.publisher, "Channel 9 Coast");
  assert.equal(r.fields.externalId, "55-0f1e2d3c-4b5a-4978-8a9b-0c1d2e3f4a5b");
});

test("records: other scrapers' key spellings (source = the URL, sitename, a JSON-LD list's datePublished)", () => {
  const rec = {
    source: "https://www.example.com/news/2023/06/12/ferry-board-adds-late-sailings-7712345",
    sitename: "Harbour Wire",
    raw_text: ["Ferry board adds late sailings", ...STORY].join("\n"),
    jsonLd: [{ "@type": "NewsArticle", datePublished: "2023-06-12T09:15:00-04:00", author: [{ "@type": "Person", name: "Dana Holt", url: "https://www.example.com/staff/dana" }] }],
  };
  const r = extractScrape(enc(JSON.stringify(rec)), "rec.json");
  assert.equal(r.fields.url, rec.source);
  assert.equal(r.fields.publisher, "Harbour Wire");
  assert.equal(r.fields.publishedAt, "2023-06-12T09:15:00-04:00");
});

test("records: a zoned metadata stamp adds the offset to the same time printed without a zone; a bare date key does not", () => {
  const page = ["Ferry board adds late sailings", "12 June 2023 09:15", ...STORY].join("\n");
  const withMeta = extractScrape(enc(JSON.stringify({ url: "https://example.com/a/ferry-1234567", datePublished: "2023-06-12T09:15:00-04:00", text: page })), "r.json");
  assert.equal(withMeta.fields.publishedAt, "2023-06-12T09:15:00-04:00");
  const crawlDate = extractScrape(enc(JSON.stringify({ url: "https://example.com/a/ferry-1234567", date: "2023-06-12T09:15:00Z", text: page })), "r.json");
  assert.equal(crawlDate.fields.publishedAt, "2023-06-12T09:15:00");
});

// ---- ids and urls --------------------------------------------------------------------

test("ids: a UUID closing the slug, a site prefix kept with a UUID segment, a letter fused to the closing number", () => {
  assert.equal(idFromUrl("https://www.example.de/politik/ferry-board-adds-sailings-a-0f1e2d3c-4b5a-4978-8a9b-0c1d2e3f4a5b"), "0f1e2d3c-4b5a-4978-8a9b-0c1d2e3f4a5b");
  assert.equal(idFromUrl("https://www.example-tv.com/article/news/local/ferry/12-0f1e2d3c-4b5a-4978-8a9b-0c1d2e3f4a5b"), "12-0f1e2d3c-4b5a-4978-8a9b-0c1d2e3f4a5b");
  assert.equal(idFromUrl("https://www.example.co.uk/news/ferry-board-adds-sailings-c7654321.html"), "c7654321");
  // Unchanged: a plain closing number, a number inside the slug.
  assert.equal(idFromUrl("https://example.com/news/ferry-board-adds-sailings-5512345"), "5512345");
  assert.equal(idFromUrl("https://example.com/news/ferry-carries-120000-riders"), "");
});

test("urls: a browser print footer (URL and page count) is the page's URL", () => {
  assert.deepEqual(kinds("https://www.example.co.uk/news/ferry-board-adds-sailings-c7654321.html 2/3"), ["url"]);
  const dump = ["Ferry board adds late sailings", "By Dana Holt", "Monday 12 June 2023 09:15 BST", "", STORY[0], STORY[1],
    "https://www.example.co.uk/news/ferry-board-adds-sailings-c7654321.html 1/2", STORY[2], STORY[3]].join("\n");
  const r = extractScrape(enc(dump), "d.txt");
  assert.equal(r.fields.url, "https://www.example.co.uk/news/ferry-board-adds-sailings-c7654321.html");
  assert.equal(r.fields.externalId, "c7654321");
  assert.deepEqual(r.fields.body, STORY);
});

// ---- date grammar ------------------------------------------------------------------

/** Each line with the dates it must give, as ISO 8601 per the guidelines. */
const expectDates = (cases: [string, string[]][]) => { for (const [line, want] of cases) assert.deepEqual(iso(line), want, line); };

test("dates: dotted times with an hour or clock word, dotted day.month-name.year, clock words between date and time", () => {
  expectDates([
    ["12.06.2023, 09.15 Uhr", ["2023-06-12T09:15:00"]],
    ["Senin, 12 Juni 2023, pukul 09.15 WIB", ["2023-06-12T09:15:00+07:00"]],
    ["7.jun.2023 às 9h05", ["2023-06-07T09:05:00"]],
    ["12 juni 2023 om 09:15", ["2023-06-12T09:15:00"]],
    ["12 de junio de 2023 a las 09:15", ["2023-06-12T09:15:00"]],
    ["12 czerwca 2023 o godz. 09:15", ["2023-06-12T09:15:00"]],
    // A decimal is no time.
    ["Fares rose 12.50 in 2023", []],
  ]);
});

test("dates: month names of more languages, also without accents or in capitals", () => {
  expectDates([
    ["12 HAZİRAN 2023", ["2023-06-12"]],
    ["12 MAYIS 2023", ["2023-05-12"]],
    ["12 Ιουνίου 2023", ["2023-06-12"]],
    ["12 ΙΟΥΝΙΟΥ 2023", ["2023-06-12"]],
    ["12 червня 2023", ["2023-06-12"]],
    ["12. kesäkuuta 2023", ["2023-06-12"]],
    ["12 mrt 2023", ["2023-03-12"]],
    ["12 Ogos 2023", ["2023-08-12"]],
    ["12 fevrier 2023", ["2023-02-12"]],
    ["12 d'octubre de 2023", ["2023-10-12"]],
    ["2023년 6월 12일 09:15", ["2023-06-12T09:15:00"]],
    ["ngày 12 tháng 6 năm 2023", ["2023-06-12"]],
  ]);
});

test("dates: Arabic month names (three naming traditions), a comma before the year, ص/م, Arabic-Indic digits", () => {
  expectDates([
    ["نشر في: 12 يونيو ,2023: 09:15 م GST", ["2023-06-12T21:15:00+04:00"]],
    ["12 يونيو، 2023 - 09:15 ص", ["2023-06-12T09:15:00"]],
    ["12 حزيران 2023", ["2023-06-12"]],
    ["3 تشرين الأول 2023", ["2023-10-03"]],
    ["12 جوان 2023", ["2023-06-12"]],
    ["١٢ يونيو ٢٠٢٣ - ١٢:١٥ م", ["2023-06-12T12:15:00"]],
  ]);
});

test("an update stamp in another language is no source credit", () => {
  const dump = ["Prefeitura amplia linhas de balsa", "Ana Souza", "7.jun.2023 às 9h05", "Atualizado: 7.jun.2023 às 11h40", "",
    "A prefeitura anunciou nesta quarta-feira que vai ampliar o número de linhas de balsa que atendem a região metropolitana.",
    "Segundo a secretaria de transportes, as novas linhas começam a operar no próximo mês com embarcações maiores.",
    "Os usuários reclamam há anos da falta de horários no fim da noite e nos fins de semana, disse a associação de moradores."].join("\n");
  const r = extractScrape(enc(dump), "d.txt");
  assert.equal(r.fields.publishedAt, "2023-06-07T09:05:00");
  assert.equal(r.fields.source, "");
});

// ---- home zones ---------------------------------------------------------------------

test("home zones: a single-zone country's domain, a place in the brand, a one-clock language; none for the rest", () => {
  assert.equal(zoneFromHost("https://www.example.de/a/b-123"), "Europe/Berlin");
  assert.equal(zoneFromHost("https://news.example.co.uk/a"), "Europe/London");
  for (const u of ["https://example.com.br/a", "https://example.com/a", "https://example.io/a", "https://example.com.au/a", "https://example.ca/a"]) assert.equal(zoneFromHost(u), "", u);
  assert.equal(zoneFromBrand("The Malta Ledger"), "Europe/Malta");
  assert.equal(zoneFromBrand("Chicago Evening Star"), "America/Chicago");
  assert.equal(zoneFromBrand("Diário de S. Paulo"), "America/Sao_Paulo");
  assert.equal(zoneFromBrand("Jornal de São Paulo"), "America/Sao_Paulo");
  assert.equal(zoneFromBrand("The Morning Herald"), "");
  assert.equal(zoneFromBrand("Indianapolis Courier"), "", "a place name inside another word is no place");
  assert.equal(guessHomeZone({ urls: ["https://example.com/a"], publisher: "Harbour Wire", language: "ko" })?.zone, "Asia/Seoul");
  assert.equal(guessHomeZone({ urls: ["https://example.com/a"], publisher: "Harbour Wire", language: "en" }), null);
  assert.equal(guessHomeZone({ urls: ["https://example.it/a"], publisher: "Tokyo Review", language: "ja" })?.zone, "Europe/Rome", "the page's own domain first");
});

test("home zones: applied with DST for the date, with a warning saying how, only when the page states no zone", () => {
  const dump = (date: string, url: string) => ["Fähre fährt länger", "Von Jana Kohl", date, "", ...STORY, "", `Quelle: ${url}`].join("\n");
  const winter = extractScrape(enc(dump("12.01.2023, 09.15 Uhr", "https://www.example.de/a/faehre-a-0f1e2d3c-4b5a-4978-8a9b-0c1d2e3f4a5b")), "d.txt");
  assert.equal(winter.fields.publishedAt, "2023-01-12T09:15:00+01:00");
  assert.ok(winter.warnings.some((w) => w.field === "publishedAt" && /assumed from the \.de domain/.test(w.message)));
  assert.ok((winter.confidence.publishedAt ?? 1) < 0.85);
  const summer = extractScrape(enc(dump("12.07.2023, 09.15 Uhr", "https://www.example.de/a/faehre-1234567")), "d.txt");
  assert.equal(summer.fields.publishedAt, "2023-07-12T09:15:00+02:00");
  const stated = extractScrape(enc(dump("12.07.2023, 09:15 GMT", "https://www.example.de/a/faehre-1234567")), "d.txt");
  assert.equal(stated.fields.publishedAt, "2023-07-12T09:15:00+00:00");
  const elsewhere = extractScrape(enc(dump("12.07.2023, 09.15 Uhr", "https://www.example.com/a/faehre-1234567")), "d.txt");
  assert.equal(elsewhere.fields.publishedAt, "2023-07-12T09:15:00");
});

test("home zones: a Japanese-language page without a profile is on Tokyo time", () => {
  const dump = ["港町新報", "", "フェリー、夜の便を増発", "2023年6月12日 9時15分", "",
    "港湾局は12日、離島を結ぶフェリーの夜の便を平日に2便増やすと発表した。来月から運航を始める。",
    "夜勤の利用者からは、最終便が早すぎるとの声が以前から上がっていた。",
    "港湾局は秋に利用者数を調べ、ダイヤを改めて見直すとしている。"].join("\n");
  const r = extractScrape(enc(dump), "d.txt");
  assert.equal(r.fields.publishedAt, "2023-06-12T09:15:00+09:00");
  assert.ok(r.warnings.some((w) => /Japanese-language page/.test(w.message)));
});

// ---- HTML pages -----------------------------------------------------------------------

const page = (inner: string, ld = "") => `<!doctype html><html lang="en"><head><title>Ferry board adds late sailings | Harbour Wire</title>
<meta property="og:site_name" content="Harbour Wire">${ld}</head><body><article class="post">
<h1>Ferry board adds late sailings</h1>${inner}</article></body></html>`;

test("HTML: a themed byline naming two people beats a JSON-LD author naming one", () => {
  const ld = `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Ferry board adds late sailings","author":{"@type":"Person","name":"Dana Holt"},"datePublished":"2023-06-12T09:15:00+00:00"}</script>`;
  const html = page(`<div class="td-post-author-name"><span>By</span> <a href="/author/dholt">Dana Holt</a> and <a href="/author/mreyes">Marco Reyes</a></div>
<div class="entry-content">${STORY.map((p) => `<p>${p}</p>`).join("\n")}</div>`, ld);
  assert.deepEqual(extractScrape(enc(html), "p.html").fields.authors, ["Dana Holt", "Marco Reyes"]);
  // Agreeing names: the JSON-LD list stands.
  const one = page(`<div class="td-post-author-name">By <a href="/author/dholt">Dana Holt</a></div><div>${STORY.map((p) => `<p>${p}</p>`).join("")}</div>`, ld);
  assert.deepEqual(extractScrape(enc(one), "p.html").fields.authors, ["Dana Holt"]);
});

test("HTML: teaser cards (<article><h3>) in a related box, and a box titled by its first line, are related", () => {
  const html = page(`<div class="entry-content">${STORY.slice(0, 2).map((p) => `<p>${p}</p>`).join("")}
<aside class="box-x"><p class="box-x-t">More information</p>
<article class="card"><h2><a href="/a/1">Island council votes to extend pier opening hours</a></h2></article></aside>
${STORY.slice(2).map((p) => `<p>${p}</p>`).join("")}</div>
<div class="block-wrap"><div class="block-heading"><h3><span>You may also like</span></h3></div><div class="posts">
<article class="card"><h3><a href="/a/2">Night buses return to the harbour district next week</a></h3><div class="date">June 9, 2023</div></article>
<article class="card"><h3><a href="/a/3">Port authority names new chief after long search</a></h3><div class="date">June 2, 2023</div></article>
</div></div>`);
  const r = extractScrape(enc(html), "p.html");
  assert.deepEqual(r.fields.related, ["Island council votes to extend pier opening hours", "Night buses return to the harbour district next week", "Port authority names new chief after long search"]);
  assert.deepEqual(r.fields.body, STORY);
});

test("language: Dutch function words", () => {
  assert.equal(detectLanguage("Het college heeft besloten dat de busjes niet meer in de binnenstad mogen rijden. Ook de ondernemers zijn van mening dat het voor hen te duur wordt."), "nl");
  assert.equal(detectLanguage("El ayuntamiento de la ciudad aprobó el plan para los barrios del sur, que incluye nuevas estaciones."), "es");
});
