// Generic rules the lead added on the thirteenth held-out batch's first contact (Chinese-language and China-focused
// outlets, two North American local ones). Every text here is invented.
import { test } from "node:test";
import assert from "node:assert/strict";
import { parseByline } from "../../electron/core/extract/byline.js";
import { parseDateline } from "../../electron/core/extract/dateline.js";
import { findDates } from "../../electron/core/extract/dates.js";
import { idFromUrl } from "../../electron/core/extract/ids.js";
import { copyrightOwner, siteNameBesideTitle } from "../../electron/core/extract/publisher.js";
import { extractScrape } from "../../electron/core/extract/index.js";
import { utf8 as enc } from "../helpers.js";

const STORY = [
  "The city's rail operator said on Friday that trains on the monorail line would run until midnight at weekends from April.",
  "It said the later service would be paid for from ticket sales, which rose by a third last year as visitors came to see the line.",
  "Residents near the viaduct said they had been asked about noise and that the trains would slow down on the section past their homes.",
];
const dump = (header: string[], after: string[] = []) => extractScrape(enc([...header, "", ...STORY, "", ...after].join("\n")), "dump.txt");

test("names joined by a connector word need spaces around it: an accented letter before a final 'e' is no 'and'", () => {
  assert.deepEqual(parseByline("By: Marcy Lavallée")?.names, ["Marcy Lavallée"]);
  assert.deepEqual(parseByline("Por Ana Ruiz y Luis Gil")?.names, ["Ana Ruiz", "Luis Gil"]);
  assert.deepEqual(parseByline("Di Marco Bianchi e Anna Verdi")?.names, ["Marco Bianchi", "Anna Verdi"]);
});

test("a labelled source stops at the next stamp label; an app promo beside the date is no source", () => {
  const gt = dump(["Monorail to run until midnight", "By Lin Hao", "Source: Harbour Times Published: 2025/03/14 18:32"]);
  assert.equal(gt.fields.source, "Harbour Times");
  const app = dump(["Monorail to run until midnight", "2025-01-08 14:32:00 | Editor: Wang Fan | HNS App Download"]);
  assert.equal(app.fields.source, "");
  assert.equal(app.fields.editor, "Wang Fan");
});

test("datelines: an outlet's capitals alone, a day-first Romance date, an outlet's own tag with a desk-qualified reporter", () => {
  assert.equal(parseDateline("(HNS) -- The rail operator said on Friday that trains would run later.")?.text, "(HNS)");
  assert.equal(parseDateline("(Updated) - The rail operator said on Friday that trains would run later."), null);
  assert.equal(parseDateline("SHENZHEN, 14 mar (Xinhua) -- La ciudad abrió este viernes nuevas rutas.")?.text, "SHENZHEN, 14 mar (Xinhua)");
  assert.equal(parseDateline("PARIS, 5 déc (Xinhua) -- La ville a ouvert de nouvelles lignes.")?.text, "PARIS, 5 déc (Xinhua)");
  const zh = parseDateline("某某网消息（总台记者 王磊）：3月14日上午，地铁二期正式开通初期运营。");
  assert.equal(zh?.text, "某某网消息");
  assert.deepEqual(zh?.authors, ["王磊"]);
});

test("a Chinese role byline after a label; the half-day word before a Chinese time", () => {
  assert.deepEqual(parseByline("作者：本报记者 王晓燕 通讯员 陈默")?.names, ["王晓燕", "陈默"]);
  const [d] = findDates("某某时报　2025年3月14日 週五 下午6:32");
  assert.deepEqual([d?.hour, d?.minute], [18, 32]);
  assert.equal(findDates("2025年3月14日 上午9:05")[0]?.hour, 9);
  assert.equal(findDates("2025年3月14日 中午12:10")[0]?.hour, 12);
});

test("ids: hyphen-joined numbers give the longest (not a channel code or a date), a word-plus-token, a hash segment, a long token", () => {
  assert.equal(idFromUrl("https://www.example.com/realtimenews/20250314004512-260405"), "20250314004512");
  assert.equal(idFromUrl("https://www.example.com/a/20240305-123456"), "123456");
  assert.equal(idFromUrl("http://www.example.cn/news/society/2025-01-08/detail-iheqrvxa1234567.shtml"), "iheqrvxa1234567");
  assert.equal(idFromUrl("https://es.example.cn/20250314/8c4e2f1a9b3d4e5f8a7b6c5d4e3f2a1b/c.html"), "8c4e2f1a9b3d4e5f8a7b6c5d4e3f2a1b");
  assert.equal(idFromUrl("https://news.example.com/2025/03/14/ARTIk3m9Qz7RtYp2Lx8VbN4c250314.shtml"), "ARTIk3m9Qz7RtYp2Lx8VbN4c250314");
});

test("a share bar's copy-link address is the page's URL", () => {
  const r = dump(["Monorail to run until midnight", "2025-01-08 14:32"], ["Share: Weibo | WeChat | Copy link http://www.example.cn/news/society/2025-01-08/detail-iheqrvxa1234567.shtml"]);
  assert.equal(r.fields.url, "http://www.example.cn/news/society/2025-01-08/detail-iheqrvxa1234567.shtml");
  assert.equal(r.fields.externalId, "iheqrvxa1234567");
});

test("publisher: a Chinese portal's '_' title parts and bracketed domain; a copyright owner without a trailing dash", () => {
  assert.equal(siteNameBesideTitle("地铁二期开通初期运营_新闻频道_某某网(example.com)", "地铁二期开通初期运营"), "某某网");
  assert.equal(copyrightOwner("Copyright 2025 by KXYZ News - All rights reserved."), "KXYZ News");
});

test("HTML: a labelled source element, an editor element, a linkless inline related paragraph, a copyright paragraph", () => {
  const html = `<!doctype html><html lang="en"><head><title>Bike lanes for the high street | HNS</title></head><body><article>
    <h1>Bike lanes for the high street</h1><div class="info"><span class="source">Source: HNS</span> <span class="editor">Editor: Fu Rong</span></div>
    ${STORY.map((p) => `<p>${p}</p>`).join("")}<p>RELATED | Ferry operator to retire two old vessels by 2026</p><p>${STORY[0]}</p>
    <p>Copyright 2025 by Harbour News Service - All rights reserved.</p></article></body></html>`;
  const r = extractScrape(enc(html), "page.html");
  assert.equal(r.fields.source, "HNS");
  assert.equal(r.fields.editor, "Fu Rong");
  assert.deepEqual(r.fields.related, ["Ferry operator to retire two old vessels by 2026"]);
});

test("records: people as objects ({name}), a WARC record's target URI", () => {
  const body = STORY.join("\n\n");
  const zyte = extractScrape(enc(JSON.stringify({ article: { headline: "Monorail to run until midnight", authors: [{ name: "Jake Harding", nameRaw: "by Jake Harding, Reporter" }], articleBody: body } })), "r.json");
  assert.deepEqual(zyte.fields.authors, ["Jake Harding"]);
  const wet = extractScrape(enc(JSON.stringify({ headers: { "WARC-Type": "conversion", "WARC-Target-URI": "https://news.example.com/2025/03/14/ARTIk3m9Qz7RtYp2Lx8VbN4c250314.shtml" }, plain_text: ["Monorail to run until midnight", "2025-03-14 19:32", "", body].join("\n") })), "w.json");
  assert.equal(wet.fields.url, "https://news.example.com/2025/03/14/ARTIk3m9Qz7RtYp2Lx8VbN4c250314.shtml");
});
