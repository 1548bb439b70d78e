// Generic rules the lead added on the twentieth held-out batch's first contact (a Slovak regional paper, a tagDiv
// WordPress page, an Arc XP page, a Chinese news CMS page, a Scrapfly record of LSM's English site).
// Every text here is invented.
import { test } from "node:test";
import assert from "node:assert/strict";
import { extractScrape } from "../../electron/core/extract/index.js";
import { guessPublisher } from "../../electron/core/extract/publisher.js";
import { lineKind as kind, utf8 } from "../helpers.js";

const p = (k: number) => `<p>The city will close the old bridge to trams for five weeks from Monday while its tracks are renewed, the transit company said, in step ${k} of its plan.</p>`;

test("a Chinese CMS page without a lang attribute: Beijing time, the dateline's reporters, the id in a contentid meta tag", () => {
  const html = `<!doctype html><html><head><meta charset="utf-8"><title>示例市长虹大桥8月20日起封闭施工</title>
    <meta name="contentid" content="55443322" /><meta name="publishdate" content="2025-08-14 09:35:21" /></head><body>
    <h1>示例市长虹大桥8月20日起封闭施工</h1>
    <div class="content"><p>示例日报讯（记者王强 通讯员李红）8月13日，记者从示例市城市管理委员会获悉，长虹大桥将于8月20日起封闭施工，预计工期三个月。</p>
    <p>据介绍，长虹大桥建成于1990年，此次施工将更换桥面铺装和伸缩缝，并对桥墩进行加固。施工期间，过江车辆可绕行其他桥梁。</p>
    <p>市城管委提醒市民提前规划出行路线，公交线路调整信息将另行公布。施工结束后，大桥将恢复双向四车道通行。</p></div></body></html>`;
  const r = extractScrape(utf8(html), "cms.html");
  assert.equal(r.fields.publishedAt, "2025-08-14T09:35:21+08:00");
  assert.deepEqual(r.fields.authors, ["王强", "李红"]);
  assert.equal(r.fields.externalId, "55443322");
});

test("HTML: a box's heading printed as a link is no related headline; a disclaimer paragraph is no story; 'Name (Outlet)' gives the source", () => {
  const html = `<!doctype html><html lang="en"><head><title>Bridge to close to trams</title></head><body><article><h1>Bridge to close to trams</h1>
    <div class="article__meta"><span class="article__author">Ilze Berga (Example Radio)</span></div>
    <div class="article__body">${p(1)}${p(2)}${p(3)}<p class="article__disclaimer"><em>If you notice an error in the text, please highlight it and press Ctrl+Enter.</em></p></div></article>
    <div class="td_block_related_posts"><h4><a href="#">MORE FROM AUTHOR</a></h4>
    <div class="related"><a href="/news/ferry-fares-to-rise-in-autumn-2025">Ferry fares to rise in autumn as fuel costs climb</a></div></div></body></html>`;
  const r = extractScrape(utf8(html), "p.html");
  assert.equal(r.fields.body.length, 3, r.fields.body.join(" / "));
  assert.deepEqual(r.fields.related, ["Ferry fares to rise in autumn as fuel costs climb"]);
  assert.deepEqual(r.fields.authors, ["Ilze Berga"]);
  assert.equal(r.fields.source, "Example Radio");
});

test("a reporter's bio 'X covers … for The Outlet' closes the story; a story sentence with 'covers' does not", () => {
  assert.equal(kind("Dana Price covers transportation and infrastructure for The Example Inquirer."), "credit");
  assert.equal(kind("Jo Bell covers the story of the bridge, which was built for the city in 1950 and is now closed."), "text");
});

test("a logo line 'Brand - Edition' whose brand the host spells is the brand, over the copyright's publishing company", () => {
  assert.equal(guessPublisher({ mastheads: ["Východ - Prešov"], copyrightOwners: ["Example Press"], hosts: ["vychod.sk"] })?.name, "Východ");
  // (A dash in a name the host does not spell is kept as printed.)
  assert.equal(guessPublisher({ mastheads: ["Times - Herald"], hosts: ["example.com"] })?.name, "Times - Herald");
});

test("Slovak tag and category lines and 'Ďalšie články …' heading are no related headlines", () => {
  assert.equal(kind("Tagy: električky, výluka"), "skipHeader");
  assert.equal(kind("Článok je zaradený do kategórie: Doprava"), "skipHeader");
  assert.equal(kind("Ďalšie články z Prešova"), "relHeader");
});

test("a news list stamped with times or short dates: the stamps go when most items carry one; the story's own headline is no related item", () => {
  const page = ["Depot order goes to Example Rail", "", "August 14, 2025 at 09:32 am EDT", "", ...[1, 2, 3].flatMap((k) => [`MUNICH, Aug 14 (Reuters) - Example Rail has won an order for new regional trains and a depot, the company said on Thursday, in step ${k} of the plan.`, ""]),
    "Latest news about Example Rail AG", "Depot order goes to Example Rail 09:32am", "Example Rail to cut 600 jobs in its signalling unit 08:05am", "Example Energy raises full-year outlook as grid orders surge Aug. 13", "Example shares rise after broker upgrade Aug. 12", "",
    "Sector news", "Tram maker delays delivery of suburban trains by six months", "Norwegian order for 30 electric trains goes to rival maker"].join("\n");
  assert.deepEqual(extractScrape(utf8(page), "p.txt").fields.related, [
    "Example Rail to cut 600 jobs in its signalling unit", "Example Energy raises full-year outlook as grid orders surge", "Example shares rise after broker upgrade",
    "Tram maker delays delivery of suburban trains by six months", "Norwegian order for 30 electric trains goes to rival maker"]);
});

test("HTML: metadata whose publication time equals its modified time, under a printed earlier 'Published … ET': the printed time; an Arc id in the data layer", () => {
  const html = `<!doctype html><html lang="en"><head><title>Trolley tunnel to close for three weeks</title>
    <meta property="article:published_time" content="2025-08-14T23:12:44.118Z"/><meta property="article:modified_time" content="2025-08-14T23:12:44.118Z"/>
    <script>dataLayer.push({"pageType":"article","contentId":"5AB7QH2GBFMNDL3RVT6YW4PXE"});</script></head>
    <body><article><h1>Trolley tunnel to close for three weeks</h1><div class="timestamp"><span>Published </span><time class="date">Aug. 14, 2025, 5:00 a.m. ET</time></div>
    <div class="body">${p(1)}${p(2)}${p(3)}</div></article></body></html>`;
  const r = extractScrape(utf8(html), "arc.html");
  assert.equal(r.fields.publishedAt, "2025-08-14T05:00:00-04:00");
  assert.equal(r.fields.externalId, "5AB7QH2GBFMNDL3RVT6YW4PXE");
  // (A modified time later than the published one: the metadata's publication time stands.)
  const later = html.replace('article:modified_time" content="2025-08-14T23:12:44.118Z"', 'article:modified_time" content="2025-08-15T08:00:00Z"');
  assert.equal(extractScrape(utf8(later), "arc.html").fields.publishedAt, "2025-08-14T23:12:44+00:00");
});
