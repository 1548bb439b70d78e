// Generic rules the lead added on the sixteenth held-out batch's first contact (Chinese portals and e-papers, Xinhua's
// Japanese edition, Polish, Arabic and Latin American sites). Every text here is invented.
import { test } from "node:test";
import assert from "node:assert/strict";
import { parseByline, parseBareNames } from "../../electron/core/extract/byline.js";
import { parseDateline } from "../../electron/core/extract/dateline.js";
import { findDates } from "../../electron/core/extract/dates.js";
import { extractScrape } from "../../electron/core/extract/index.js";
import { utf8 as enc, lineKind as kind } from "../helpers.js";

const ZH = [
  "本报某市4月9日讯 记者从市公交集团获悉，自4月15日首班车起，快速公交6号线将由现在的立交桥东站延伸至西站公交枢纽，线路全长增至26.3公里。",
  "延伸后，6号线沿主干道新增4个站点，全线设站增至32个。早晚高峰发车间隔由8分钟压缩至5分钟，平峰时段保持10分钟一班。",
  "公交集团相关负责人介绍，新增区段全部设置公交专用道，并在6个路口实行信号优先，预计全程运行时间可缩短约12分钟。",
];
const zh = (...lines: string[]) => extractScrape(enc(lines.join("\n")), "zh.txt").fields;

test("a Chinese browser title 'Headline_Channel_Site' names the headline over the subtitle printed under it", () => {
  const f = zh("快速公交6号线4月15日起延伸至西站_本省新闻_某某网", "某某网", "", "快速公交6号线4月15日起延伸至西站", "新增4个站点 高峰发车间隔压缩至5分钟", "",
    "2025-04-10 07:18:42 来源: 某某日报", "", ZH.join("\n\n"));
  assert.equal(f.title, "快速公交6号线4月15日起延伸至西站");
});

test("a labelled Chinese author among a stamp line's credits, set off by single spaces, with reporter roles", () => {
  const f = zh("快速公交6号线4月15日起延伸至西站", "2025-04-10 07:18:42 来源: 某某日报 作者: 记者 王振华 通讯员 刘晓琳", "", ZH.join("\n\n"));
  assert.deepEqual(f.authors, ["王振华", "刘晓琳"]);
  assert.equal(f.source, "某某日报");
});

test("a weekday in Chinese is no credit, nor is a masthead above the page's date line under a browser title", () => {
  const f = zh("輕軌新線本月底試運行 - 某某日報", "某某日報 Example Daily News", "2025年4月10日 星期四 天氣：21°C - 25°C 多雲", "首頁 | 要聞 | 體育 | 經濟", "",
    "輕軌新線本月底試運行", "", "【本報消息】輕軌系統建設辦公室昨日表示，連接輕軌總站與口岸的新線，各項系統測試已大致完成，將於本月底展開試運行。",
    "", "新線全長約二點二公里，設兩個車站，乘客日後由總站轉乘前往口岸，車程約需十五分鐘，較現時乘搭巴士節省約一半時間。",
    "", "試運行期間列車不載客，主要測試行車調度、信號及緊急應變等程序，正式通車初期繁忙時段班次約每五分鐘一班。");
  assert.equal(f.source, "");
  assert.equal(f.dateline, "【本報消息】");
  assert.equal(f.publishedAt, "2025-04-10");
});

test("bracketed own-report tags ending in a date (Xinhua's Japanese wire line); 出典 labels a source", () => {
  assert.equal(parseDateline("【新華社成都4月10日】中国四川省成都市で10日、快速列車の運行が始まった。")?.text, "【新華社成都4月10日】");
  assert.equal(kind("出典：新華社"), "meta");
  assert.equal(kind("おすすめ"), "relHeader");
});

test("a Han reporter credit in brackets closing the story is its byline", () => {
  const ja = ["市中心部と空港を結ぶ快速列車の運行が10日、始まった。所要時間は最短28分で、地下鉄を利用した場合に比べ約30分短縮される。",
    "列車は1日36往復運行し、始発は午前6時30分、最終は午後11時。運賃は片道20元に設定された。",
    "同庁の担当者は「今後は空港と各駅を結ぶ路線の整備も進め、乗り換えの利便性をさらに高める」と述べた。"];
  const f = extractScrape(enc(["空港と中心部結ぶ快速列車が運行開始", "2025-04-10 16:22:05 | 出典：新華社", "", ja.join("\n\n"), "", "（記者/王旭、李娜）", "", "関連記事"].join("\n")), "ja.txt").fields;
  assert.deepEqual(f.authors, ["王旭", "李娜"]);
  assert.equal(f.source, "新華社");
});

test("a name with the author's initials signed after it; Arabic 'كتب -' with a dash", () => {
  assert.deepEqual(parseBareNames("Michał Zieliński (mz)"), ["Michał Zieliński"]);
  assert.deepEqual(parseBareNames("Anna Nowak (AN)"), [], "capitals in brackets may be an agency, not initials");
  assert.deepEqual(parseByline("كتب - محمود عبد الرحمن")?.names, ["محمود عبد الرحمن"]);
  assert.equal(kind("كتب - محمود عبد الرحمن"), "byline");
});

test("a day-first date joined by hyphens, with its time after a bar", () => {
  const [d] = findDates("10-4-2025 | 14:32");
  assert.deepEqual([d?.year, d?.month, d?.day, d?.hour, d?.minute], [2025, 4, 10, 14, 32]);
  const [us] = findDates("4-13-2025");
  assert.deepEqual([us?.month, us?.day], [4, 13], "month first only when the second part cannot be a month");
});

test("HTML: the footer's imprint editor is no story editor; a data layer's idNota; a 'Lee también...' box; 'Notas relacionadas'", () => {
  const p = (k: number) => `<p>Diez trolebuses eléctricos nuevos comenzarán a circular por el plan de la ciudad antes de que termine junio, según informó la secretaría regional número ${k}.</p>`;
  const html = `<!doctype html><html lang="es"><head><title>Trolebuses nuevos en la ciudad</title>
    <script>var dl = {"idNota":"4123456","seccion":"nacional"};</script></head><body><article><h1>Trolebuses nuevos en la ciudad</h1>
    <div class="post-content">${p(1)}${p(2)}
    <div class="lee-tambien"><span class="titulo">Lee también...</span> <a href="/a">El metro extenderá su horario los viernes desde mayo</a></div>
    ${p(3)}${p(4)}</div></article>
    <section class="notas"><h2>Notas relacionadas</h2><article><a href="/b"><h3>La región licita cuarenta buses eléctricos nuevos</h3></a></article></section>
    <footer><p>Editor: <span>Pedro Soto</span></p><p>© 2025 Ejemplo. Todos los derechos reservados.</p></footer></body></html>`;
  const f = extractScrape(enc(html), "p.html").fields;
  assert.equal(f.editor, "");
  assert.equal(f.externalId, "4123456");
  assert.deepEqual(f.related, ["El metro extenderá su horario los viernes desde mayo", "La región licita cuarenta buses eléctricos nuevos"]);
});

test("'READ: Headline' inside a story is an inline related item", () => {
  assert.equal(kind("READ: City to fine private cars caught on the busway"), "inlineRelated");
});
