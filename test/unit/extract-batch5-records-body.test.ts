// Batch 5 rules for records, ids, language, related lists and body lines, each on made-up input
// (none copied from test/fixtures/heldout), with negatives that must stay as they are.
import { test } from "node:test";
import assert from "node:assert/strict";
import { detectLanguage } from "../../electron/core/extract/language.js";

test("language: Turkish and Polish by function words, other scripts by script", () => {
  assert.equal(detectLanguage("Belediye yeni hattın bir yıl içinde açılacağını ve bu proje için daha fazla otobüs alınacağını söyledi."), "tr");
  assert.equal(detectLanguage("Miasto ogłosiło, że nowa linia nie będzie gotowa przed zimą, a prace na budowie trwają od roku."), "pl");
  assert.equal(detectLanguage("नगर निगम ने कहा कि नई बसें अगले महीने से चलेंगी। Home | News | Login"), "hi");
  assert.equal(detectLanguage("শহরে নতুন বাস চালু হবে"), "bn");
  assert.equal(detectLanguage("ரயில் சேவை நாளை தொடங்கும்"), "ta");
  assert.equal(detectLanguage("รถไฟฟ้าสายใหม่จะเปิดให้บริการ"), "th");
  assert.equal(detectLanguage("העירייה הודיעה על קו חדש"), "he");
  assert.equal(detectLanguage("Ο δήμος ανακοίνωσε νέα γραμμή"), "el");
  // Negatives: English, Spanish and Dutch stay as they were.
  assert.equal(detectLanguage("The council said on Tuesday that her plan for the new line would be put to a vote in June."), "en");
  assert.equal(detectLanguage("El alcalde dijo que la nueva línea de autobuses estará lista en los próximos meses."), "es");
  assert.equal(detectLanguage("Het college heeft besloten dat de nieuwe lijn niet voor de zomer wordt geopend."), "nl");
});

import { extractScrape } from "../../electron/core/extract/index.js";

const para = (n: number) => `The harbour board said the new ferry pier ${n} would take two more years to build, after the contractor found old foundations under the quay and asked for more time and money to remove them.`;

test("JSON record: a list of {selector, text} nodes is the page's text, h1 the headline, lead and captions left out", () => {
  const rec = {
    request: { url: "https://news.example.org/city/ferry-pier-delay-88123456.html" },
    fetched: 1709650931,
    head: { lang: "en", meta: { "og:site_name": "Example Tribune" } },
    nodes: [
      { selector: "nav.menu", text: "Home\nCity\nSport" },
      { selector: "h1.headline", text: "Ferry pier delayed by two years" },
      { selector: "p.article-lead", text: "The harbour board blames old foundations." },
      { selector: "figure figcaption", text: "The quay on Monday (Photo: Jo Bloggs)" },
      { selector: "p", text: para(1) },
      { selector: "p", text: para(2) },
      { selector: "p", text: para(3) },
      { selector: "footer", text: "© Example Tribune" },
    ],
  };
  const r = extractScrape(new TextEncoder().encode(JSON.stringify(rec, null, 2)), "x.json");
  const f = r.fields;
  assert.equal(f.title, "Ferry pier delayed by two years");
  assert.deepEqual(f.body, [para(1), para(2), para(3)]);
  assert.equal(f.publisher, "Example Tribune");
  assert.equal(f.publishedAt, "", "an epoch crawl time is no publication date");
});

import { idFromUrl } from "../../electron/core/extract/ids.js";

test("ids: query ids, dated alphanumeric tokens, comma-numbered paths; a date is no id", () => {
  assert.equal(idFromUrl("https://www.example.my/en/world/story.php?id=8812345"), "8812345");
  assert.equal(idFromUrl("https://blog.example.org/?p=99812"), "99812");
  assert.equal(idFromUrl("https://www.example.com.au/politics/budget-surplus-grows-20231102-p7k2qz.html"), "p7k2qz");
  assert.equal(idFromUrl("https://city.example.pl/city/7,12345,29911223,some-story-slug.html"), "29911223");
  assert.equal(idFromUrl("https://www.example.fr/politique/le-budget-vote-20231102"), "");
  // Negatives: a slug word after a date is no id; existing numeric ids unchanged.
  assert.equal(idFromUrl("https://www.example.com.au/politics/budget-surplus-grows-20231102-update.html"), "");
  assert.equal(idFromUrl("https://www.example.com/news/story-slug-4821377"), "4821377");
  assert.equal(idFromUrl("https://www.example.com/search?page=123456"), "");
});

test("text dump: a copy trailer with the title before the address gives the page URL", () => {
  const body = [para(1), para(2), para(3)].join("\n\n");
  const dump = `Ferry pier delayed by two years\n\n${body}\n\n原文網址：渡輪碼頭延宕兩年 | 地方 | 範例新聞網 https://news.example.tw/story/1234/5566778\n`;
  const r = extractScrape(new TextEncoder().encode(dump), "x.txt");
  assert.equal(r.fields.url, "https://news.example.tw/story/1234/5566778");
  assert.equal(r.fields.externalId, "5566778");
});
